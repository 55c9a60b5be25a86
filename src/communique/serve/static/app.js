// communique dashboard: the little interaction the pages need; no library, no network access.
// Article page: clicking an event highlights its evidence sentence in the text and shows it in
// the Evidence box; clicking an actor or a quote highlights its mentions. "#event-N" in the URL
// opens event N on load (links from the events table land there).
"use strict";

function clearActive() {
  document.querySelectorAll("#article-text .active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll(".side button.selected").forEach((el) => el.classList.remove("selected"));
}

function mark(attr, id, button) {
  clearActive();
  const pieces = document.querySelectorAll(`#article-text [data-${attr}~="${CSS.escape(id)}"]`);
  pieces.forEach((el) => el.classList.add("active"));
  if (button) button.classList.add("selected");
  if (pieces.length) pieces[0].scrollIntoView({ block: "center", behavior: "smooth" });
  return pieces.length;
}

function showEvent(button) {
  const id = button.dataset.event;
  mark("events", id, button);
  const box = document.getElementById("evidence");
  document.getElementById("evidence-sentence").textContent = button.dataset.sentence;
  document.getElementById("evidence-coding").textContent = button.dataset.coding;
  box.hidden = false;
  history.replaceState(null, "", `#event-${id}`);
}

function wireArticle() {
  if (!document.getElementById("article-text")) return;
  document.querySelectorAll("button.event").forEach((b) => b.addEventListener("click", () => showEvent(b)));
  document.querySelectorAll("button.actor-btn").forEach((b) =>
    b.addEventListener("click", () => mark("actors", b.dataset.actor, b)));
  document.querySelectorAll("button.quote-btn").forEach((b) =>
    b.addEventListener("click", () => mark("quotes", b.dataset.quote, b)));
  document.querySelectorAll("#article-text .ev").forEach((span) =>
    span.addEventListener("click", () => {
      const first = span.dataset.events.split(" ")[0];
      const button = document.querySelector(`button.event[data-event="${CSS.escape(first)}"]`);
      if (button) showEvent(button);
    }));
  const hash = /^#event-(\d+)$/.exec(location.hash);
  if (hash) {
    const button = document.querySelector(`button.event[data-event="${hash[1]}"]`);
    if (button) showEvent(button);
  }
}

document.addEventListener("DOMContentLoaded", wireArticle);

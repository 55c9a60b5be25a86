"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against a
real uvicorn server on loopback. Checks what a person sees, and saves screenshots of the dyad
and article pages to tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .written import SCRIPT_TITLE

pytestmark = pytest.mark.browser


def test_search_to_article_to_event_evidence(page, artifacts):
    page.goto("/")
    page.fill("input[name=q]", "Orenburg")
    page.click("#search-form button[type=submit]")
    result = page.locator("li.result a.title", has_text="Russia accuses Kazakhstan over idle trains")
    expect(result).to_have_count(1)
    result.click()
    page.wait_for_url(re.compile(r"/articles/written-trains-feb$"))
    assert page.locator("h1").inner_text() == "Russia accuses Kazakhstan over idle trains"
    assert page.locator("#evidence").is_hidden()

    page.locator("button.event", has_text="SEIZE").click()
    evidence = page.locator("#evidence")
    assert evidence.is_visible()
    sentence = "Russia seized three Kazakh trucks near Orenburg, customs officers reported."
    assert page.locator("#evidence-sentence").inner_text() == sentence
    assert "1711 SEIZE" in page.locator("#evidence-coding").inner_text()
    highlighted = "".join(page.locator("#article-text .active").all_inner_texts())
    assert highlighted == sentence
    assert page.url.endswith("#event-2")
    page.screenshot(path=str(artifacts / "article.png"), full_page=True)
    assert page.errors == []


def test_clicking_highlighted_text_and_actors(page):
    page.goto("/articles/written-trains-feb")
    page.locator("#article-text .ev", has_text="accused").first.click()
    assert page.locator("#evidence-sentence").inner_text().startswith("Russian officials accused Kazakhstan")
    page.locator("button.actor-btn", has_text="Pavel Orlov").click()
    assert page.locator("#article-text .active").all_inner_texts() == ["Pavel Orlov"]


def test_event_link_from_the_events_table_opens_its_evidence(page):
    page.goto("/events?plover=THREATEN&start=2023-02-01&end=2023-02-28")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 1
    rows.first.locator("td.evidence a").click()
    page.wait_for_url(re.compile(r"/articles/written-trains-feb#event-1$"))
    assert page.locator("#evidence").is_visible()
    assert "130 THREATEN" in page.locator("#evidence-coding").inner_text()


def test_script_in_a_title_is_shown_as_text_and_never_runs(page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/articles/written-talks-apr")
    assert page.locator("h1").inner_text() == SCRIPT_TITLE
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto("/search?q=Ministers+meet+in+Astana")
    assert SCRIPT_TITLE in page.locator("li.result a.title").first.inner_text()
    assert dialogs == [] and page.evaluate("typeof window.__pwned") == "undefined"


def test_dyad_page_chart_and_the_events_behind_a_point(page, artifacts):
    page.goto("/dyad?a=KAZ&b=RUS&start=2022-01-01&end=2022-12-31")
    chart = page.locator("#dyad-chart svg")
    assert chart.is_visible()
    drawn = page.locator("#dyad-chart").text_content()
    for label in ("Stories per month", "Month", "Jan 2022", "Jul 2022"):
        assert label in drawn
    legend = page.locator("#dyad-chart figcaption").inner_text()
    assert "Cooperation" in legend and "Conflict" in legend
    assert page.locator("#dyad-chart circle").count() == 24  # two series, twelve months
    page.screenshot(path=str(artifacts / "dyad.png"), full_page=True,
                    clip={"x": 0, "y": 0, "width": 1280, "height": 1150})
    page.screenshot(path=str(artifacts / "dyad-full.png"), full_page=True)

    may = page.locator("#dyad-chart .s-conflict a.point-link").nth(4)  # May 2022: three quarrels
    may.click()
    page.wait_for_url(re.compile(r"period=2022-05-01"))
    heading = page.locator("#events h2").inner_text()
    assert "month starting 2022-05-01" in heading
    days = page.locator("table.events td.day").all_inner_texts()
    assert days and all(d.startswith("2022-05") for d in days)
    assert len(days) == 3 * 3  # three stories, three events each
    assert page.errors == []


def test_events_table_filters(page):
    page.goto("/events")
    page.fill("input[name=root]", "04")
    page.fill("input[name=start]", "2023-01-01")
    page.fill("input[name=end]", "2023-02-28")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url(re.compile(r"root=04"))
    expect(page.locator("table.events .cameo")).to_have_count(2)
    cameos = page.locator("table.events .cameo").all_inner_texts()
    assert cameos == ["040", "040"]
    csv_link = page.locator("p.downloads a", has_text="CSV").get_attribute("href")
    assert "root=04" in csv_link and csv_link.startswith("/api/events.csv")

    page.goto("/events?start=2023-02-01&end=2023-02-28")
    page.click("th a.sort >> text=Goldstein")
    page.wait_for_url(re.compile(r"sort=goldstein"))
    expect(page.locator("table.events td.num")).to_have_text(["-9.2", "-4.4", "-2.0"])


def test_speaker_page_shows_quotes_over_time(page):
    page.goto("/speaker?speaker=Aidar+Bekov&start=2022-01-01&end=2022-12-31")
    assert page.locator("h1").inner_text() == "Quotes by Aidar Bekov"
    assert page.locator("#speaker-chart svg").is_visible()
    assert "Quotes per month" in page.locator("#speaker-chart").text_content()
    assert page.locator("li.quote-row").count() == 18


def test_network_links_to_dyads(page, artifacts):
    page.goto("/network?start=2022-01-01&end=2022-12-31")
    assert page.locator("#network .node").count() == 2
    page.screenshot(path=str(artifacts / "network.png"), full_page=True)
    # click the middle of the first arrow, where a person would (its box centre is off the curve)
    x, y = page.locator("#network path.edge").first.evaluate(
        """p => { const m = p.getPointAtLength(p.getTotalLength() / 2);
                  const pt = p.ownerSVGElement.createSVGPoint(); pt.x = m.x; pt.y = m.y;
                  const s = pt.matrixTransform(p.getScreenCTM()); return [s.x, s.y]; }""")
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/dyad\?a=[A-Z]{3}&b=[A-Z]{3}"))
    assert page.locator("#dyad-chart svg").is_visible()

"""An article's text cut into segments, each knowing which actors, quotes and events cover it.

Annotations overlap (a mention inside a quote inside an event's sentence), so instead of nesting
tags the text is split at every start and end offset; each piece carries the ids of whatever
covers it. The template wraps a piece in one <span> with those ids as data attributes, and the
page's script highlights every piece of an event when the reader clicks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    actors: list[str] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)

    @property
    def marked(self) -> bool:
        return bool(self.actors or self.quotes or self.events)


def _spans(article: dict[str, Any], size: int) -> list[tuple[int, int, str, Any]]:
    """(start, end, kind, id) for every annotation that points inside the text."""
    spans: list[tuple[int, int, str, Any]] = []
    for actor in article.get("actors", []):
        for mention in actor.get("mentions") or []:
            spans.append((mention[0], mention[1], "actor", actor["id"]))
    for quote in article.get("quotes", []):
        spans.append((quote["start"], quote["end"], "quote", quote["idx"]))
    for event in article.get("events", []):
        spans.append((event["start"], event["end"], "event", event["idx"]))
    return [(max(0, s), min(size, e), k, i) for s, e, k, i in spans
            if s is not None and e is not None and 0 <= s < e and s < size]


def segments(article: dict[str, Any]) -> list[Segment]:
    """The text as consecutive segments covering it exactly once, in order."""
    text = article.get("text") or ""
    spans = _spans(article, len(text))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _s, e, *_ in spans)})
    starts: dict[int, list[tuple[int, int, str, Any]]] = {}
    for span in spans:
        starts.setdefault(span[0], []).append(span)
    active: list[tuple[int, int, str, Any]] = []
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s[1] > left] + starts.get(left, [])
        seg = Segment(text[left:right])
        for _s, _e, kind, ident in active:
            bucket = {"actor": seg.actors, "quote": seg.quotes, "event": seg.events}[kind]
            if ident not in bucket:
                bucket.append(ident)
        out.append(seg)
    return out

"""The record of ../shared/spec/RECORD.md: field names are fixed, never rename or drop one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from communique.model.article import Article


@dataclass(slots=True)
class Actor:
    """One distinct actor of an article, with every mention's offsets."""

    id: str
    name: str
    kind: str  # person | state | organization | group
    country: str | None
    sector: str | None
    code: str
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A statement attributed to a speaker; `text` excludes the marks and the attribution."""

    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    speaker: str | None = None
    speaker_name: str | None = None
    cue: str | None = None


@dataclass(slots=True)
class Place:
    """Where an event happened, resolved offline."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    """Who did what to whom, CAMEO-coded, with the sentence that is its evidence."""

    source: str | None
    target: str | None
    source_code: str | None
    target_code: str | None
    cameo: str
    root: str
    plover: str
    quad_class: int
    goldstein: float
    sentence: str
    start: int
    end: int
    date: str | None = None
    place: Place | None = None
    quote: int | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Record:
    """Everything communique knows about one article, as written by `communique extract`."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of RECORD.md (every required field present)."""
        a = self.article
        out: dict[str, Any] = {
            "id": a.id,
            "source": a.source,
            "title": a.title,
            "authors": list(a.authors),
            "published": a.published,
            "datelines": [{"place": d.place, "country": d.country} for d in a.datelines],
            "agencies": list(a.agencies),
            "language": a.language,
            "text": a.text,
            "tone": a.tone,
            "url": a.url,
            "outlet": a.outlet,
            "actors": [_actor_dict(x) for x in self.actors],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
        out.update({k: v for k, v in a.extra.items() if k not in out})
        return out


def _actor_dict(actor: Actor) -> dict[str, Any]:
    data = asdict(actor)
    data["mentions"] = [list(m) for m in actor.mentions]
    return data

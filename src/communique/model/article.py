"""A cleaned article: body text and metadata, before any NLP."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class Dateline:
    """One place of a dateline ("ASTANA/MOSCOW (Sputnik) -" gives two)."""

    place: str
    country: str | None


@dataclass(slots=True)
class Article:
    """Clean body text plus metadata (RECORD.md, Article). Offsets downstream point into `text`."""

    id: str
    source: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    datelines: list[Dateline] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    language: str = "en"
    tone: float = 0.0
    url: str | None = None
    outlet: str | None = None
    # where a dateline opening ("ASTANA/MOSCOW (Sputnik) -") ends in `text` (0: none): the
    # reporting sentence starts after it, so quotes and event evidence do not carry it
    dateline_end: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

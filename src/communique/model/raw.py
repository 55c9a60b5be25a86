"""What a reader hands on: one document's bytes and what the container said about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """One document as read, before any cleaning.

    `kind` says how to read `content`: "text" (plain text as scraped), "html" (a web page), or
    "fields" (a JSON Lines object whose `text` is already the body). `meta` carries what the
    container knew: JSON Lines fields (title, date, authors, url, outlet), WARC headers
    (target URI, date), an HTTP charset.
    """

    source: str
    kind: str
    content: bytes | str
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Reject:
    """A document that produced no record, and why: never silent (RECORD.md, Errors)."""

    source: str
    code: str
    detail: str
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def line(self) -> str:
        """The one line written to standard error."""
        return f"communique: rejected {self.source}: {self.detail} [{self.code}]"

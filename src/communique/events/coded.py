"""The events stage's object and factory (issue 4 fills in the coder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import Event
from communique.quotes import QuotedArticle
from communique.settings import Settings


@dataclass(slots=True)
class CodedArticle:
    """A quoted article and its events."""

    quoted: QuotedArticle
    events: list[Event] = field(default_factory=list)


class EventCoder:
    """Codes events. Placeholder until issue 4: codes none."""

    def __call__(self, quoted: QuotedArticle) -> CodedArticle:
        return CodedArticle(quoted)


def make_event_coder(settings: Settings) -> EventCoder:
    return EventCoder()

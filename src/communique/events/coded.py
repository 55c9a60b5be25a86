"""The events stage's object and factory."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.events.coder import ArticleCoder
from communique.events.lexicon import Lexicon, lexicon_for
from communique.model import Event
from communique.quotes import QuotedArticle
from communique.settings import Settings


@dataclass(slots=True)
class CodedArticle:
    """A quoted article and its events."""

    quoted: QuotedArticle
    events: list[Event] = field(default_factory=list)


class EventCoder:
    """Codes CAMEO events from verb and noun patterns (data/events/), with actors from the Cast."""

    def __init__(self, lexicon: Lexicon, min_confidence: float = 0.0) -> None:
        self.lexicon = lexicon
        self.min_confidence = min_confidence

    def __call__(self, quoted: QuotedArticle) -> CodedArticle:
        events = ArticleCoder(quoted, self.lexicon).code()
        return CodedArticle(quoted, [e for e in events if e.confidence >= self.min_confidence])


def make_event_coder(settings: Settings) -> EventCoder:
    """The coder with the built-in lexicon plus any PETRARCH verb dictionaries the user gave."""
    return EventCoder(lexicon_for(tuple(settings.dictionaries)), settings.min_event_confidence)

"""The quotes stage's object and factory (issue 3 fills in the finder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.actors import Cast
from communique.model import Quote
from communique.settings import Settings


@dataclass(slots=True)
class QuotedArticle:
    """A cast article and its quotes."""

    cast: Cast
    quotes: list[Quote] = field(default_factory=list)


class QuoteFinder:
    """Finds quotes. Placeholder until issue 3: finds none."""

    def __call__(self, cast: Cast) -> QuotedArticle:
        return QuotedArticle(cast)


def make_quote_finder(settings: Settings) -> QuoteFinder:
    return QuoteFinder()

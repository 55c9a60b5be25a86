"""Fixtures for the quotes tests: the real parser, actor finder and quote finder, built once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.actors import make_actor_finder
from communique.model import Article, Quote
from communique.nlp import Parser
from communique.quotes import make_quote_finder
from communique.settings import Settings


@pytest.fixture(scope="session")
def find_quotes() -> Callable[..., list[Quote]]:
    """text (and an optional headline) -> the quotes communique finds in it."""
    settings = Settings()
    parser = Parser(model=settings.model)
    cast_of = make_actor_finder(settings)
    quotes_of = make_quote_finder(settings)

    def run(text: str, title: str | None = None) -> list[Quote]:
        article = Article(id="t", source="test", text=text, title=title)
        return quotes_of(cast_of(parser(article))).quotes

    return run


def _only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [(q.kind, q.text, q.speaker_name) for q in quotes]
    return quotes[0]


@pytest.fixture(scope="session")
def only() -> Callable[[list[Quote]], Quote]:
    """The single quote of a test sentence (fails, showing the list, when there are more or none)."""
    return _only

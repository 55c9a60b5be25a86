"""A helper fixture: the Cast of a sentence we wrote, through the real spaCy model."""

from __future__ import annotations

import pytest

from communique.actors import make_actor_finder
from communique.model import Article
from communique.nlp import ParsedArticle
from communique.settings import Settings


@pytest.fixture(scope="session")
def cast_of(nlp):
    finders = {}

    def run(text: str, published: str | None = "2024-05-01", dictionaries: tuple = ()):
        if dictionaries not in finders:
            finders[dictionaries] = make_actor_finder(Settings(dictionaries=dictionaries))
        article = Article(id="t", source="t", text=text, published=published)
        return finders[dictionaries](ParsedArticle(article, nlp(text)))

    return run

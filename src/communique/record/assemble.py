"""Putting a record together from the last stage's object."""

from __future__ import annotations

from communique.events import CodedArticle
from communique.model import Article, Record


def assemble(coded: CodedArticle) -> Record:
    """The record of a fully processed article."""
    quoted = coded.quoted
    cast = quoted.cast
    return Record(cast.parsed.article, actors=cast.actors, quotes=quoted.quotes, events=coded.events)


def bare_record(article: Article) -> Record:
    """The record of an article read without NLP (metadata only: actors, quotes, events empty)."""
    return Record(article)

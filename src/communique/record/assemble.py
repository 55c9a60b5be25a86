"""Putting a record together from the last stage's object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.model import Article, Record

if TYPE_CHECKING:  # the NLP stages (and spaCy) load only when a run needs them
    from communique.events import CodedArticle


def assemble(coded: CodedArticle) -> Record:
    """The record of a fully processed article."""
    quoted = coded.quoted
    cast = quoted.cast
    return Record(cast.parsed.article, actors=cast.actors, quotes=quoted.quotes, events=coded.events)


def bare_record(article: Article) -> Record:
    """The record of an article read without NLP (metadata only: actors, quotes, events empty)."""
    return Record(article)

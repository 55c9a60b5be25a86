"""Per-Doc lookups the coder asks for again and again, computed once per article.

`doc.ents` and `sent.ents` build new Span objects on every access, and a sentence's word keys
were rebuilt for each of its verbs: together about a fifth of the coding time on news articles.
The values live in `doc.user_data`, so they go away with the Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span

T = TypeVar("T")
KEY = "communique.events"


def memo(doc: Doc, name: object, build: Callable[[], T]) -> T:
    """`build()` the first time (doc, name) is asked for, the stored value after that."""
    store = doc.user_data.setdefault(KEY, {})
    if name not in store:
        store[name] = build()
    return store[name]


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's named entities, built once."""
    return memo(doc, "ents", lambda: tuple(doc.ents))


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that covers token `i`, or None."""
    by_token = memo(doc, "ent_at", lambda: {k: e for e in entities(doc) for k in range(e.start, e.end)})
    return by_token.get(i)


def sentence_entities(sent: Span, labels: frozenset[str]) -> list[Span]:
    """The entities with one of `labels` inside `sent`."""
    return memo(sent.doc, ("sent_ents", sent.start, labels),
                lambda: [e for e in entities(sent.doc) if sent.start <= e.start and e.end <= sent.end
                         and e.label_ in labels])

"""The actors stage's object (Cast) and factory (make_actor_finder).

Later stages ask the Cast who a span or token is (`actor_at`, `actor_for_token`, `actors_in`)
instead of looking at names themselves, so "he", "the minister" and "Moscow" reach them already
resolved to a coded actor.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from communique.actors import variants
from communique.actors.context import Context
from communique.actors.dictionaries import load_user
from communique.actors.finder import find
from communique.actors.gazetteer import gazetteer_for
from communique.actors.tables import Knowledge, builtin, merged
from communique.model import Actor
from communique.nlp import ParsedArticle
from communique.settings import Settings


@dataclass(slots=True)
class Cast:
    """A parsed article and its actors; `at` maps a mention's (start, end) to its actor id."""

    parsed: ParsedArticle
    actors: list[Actor] = field(default_factory=list)
    at: dict[tuple[int, int], str] = field(default_factory=dict)
    _spans: list[tuple[int, int, str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._spans = sorted((s, e, a) for (s, e), a in self.at.items())

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id ("A2")."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor of the mention that best covers characters [start, end).

        The longest mention inside the span wins; else the shortest mention containing it; else
        the longest that overlaps it. So `actor_at` of a whole subject phrase ("Russian Foreign
        Minister Sergey Lavrov") or of its head word ("Lavrov") both give Lavrov, and the word
        "Russia" in "Russia's top diplomat, Lavrov" gives Russia. None when no mention overlaps.
        """
        best, best_key = None, None
        i = bisect.bisect_left(self._spans, (start - 200, 0, ""))
        for s, e, actor_id in self._spans[i:]:
            if s >= end:
                break
            if e <= start:
                continue
            if start <= s and e <= end:
                key = (2, e - s)
            elif s <= start and end <= e:
                key = (1, s - e)
            else:
                key = (0, e - s)
            if best_key is None or key > best_key:
                best, best_key = actor_id, key
        return self.actor(best) if best else None

    def actor_for_token(self, token: Token) -> Actor | None:
        """The actor one token is a mention of (or part of a mention of)."""
        return self.actor_at(token.idx, token.idx + len(token.text))

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """Every actor mentioned within characters [start, end) (a sentence), in order of mention."""
        ids = dict.fromkeys(a for s, e, a in self._spans if start <= s and e <= end)
        return [a for a in (self.actor(i) for i in ids) if a is not None]


@functools.cache
def knowledge_for(paths: tuple[Path, ...]) -> Knowledge:
    """Built-in tables plus the user's dictionaries: once per process per set of files."""
    if not paths:
        return builtin()
    names, roles, folded = load_user(paths)
    return merged(builtin(), names, roles, folded)


@functools.lru_cache(maxsize=4)
def _tokenizer(vocab: Vocab):
    return spacy.blank("en", vocab=vocab).tokenizer


def _date(parsed: ParsedArticle) -> str | None:
    published = parsed.article.published
    return published[:10] if published and len(published) >= 10 else None


class ActorFinder:
    """Finds every actor of an article, CAMEO-coded, with all its mentions."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        variants.warm(knowledge)  # the name-variant index: built once, here, not in the first article

    def context(self, doc: Doc, date: str | None = None, authors: frozenset[str] = frozenset(),
                home: str | None = None) -> Context:
        gazetteer = gazetteer_for(self.knowledge, doc.vocab, _tokenizer(doc.vocab))
        return Context(doc, self.knowledge, gazetteer(doc), date, authors, home)

    def __call__(self, parsed: ParsedArticle) -> Cast:
        article = parsed.article
        home = next((d.country for d in article.datelines if d.country), None)
        drafts = find(self.context(parsed.doc, _date(parsed), frozenset(article.authors), home))
        actors = [d.to_actor(f"A{n}") for n, d in enumerate(drafts, 1)]
        at: dict[tuple[int, int], str] = {}
        for actor in actors:
            for mention in actor.mentions:
                at.setdefault(mention, actor.id)
        return Cast(parsed, actors, at)


def make_actor_finder(settings: Settings) -> ActorFinder:
    """The finder for these settings; dictionaries are read here, once, and shared."""
    return ActorFinder(knowledge_for(tuple(Path(p) for p in settings.dictionaries)))

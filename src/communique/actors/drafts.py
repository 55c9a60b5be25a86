"""Actors under construction and the ordered list of their mentions (what coreference looks back over)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.actors.tables import PERSON
from communique.model import Actor

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}


@dataclass(slots=True, eq=False)
class Draft:
    """One actor being assembled; becomes an `Actor` once every mention is known."""

    kind: str
    code: str
    country: str | None
    sector: str | None
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None
    role_words: set[str] = field(default_factory=set)  # lemmas of the roles ("minister", "deputy", ...)
    plural: bool = False  # named by a plural noun ("Russian troops", "the Kazakhs"): what "they" can be

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON

    def add_roles(self, roles: list[str], lemmas: list[str]) -> None:
        for role in roles:
            if role not in self.roles:
                self.roles.append(role)
        self.role_words.update(lemmas)

    def to_actor(self, actor_id: str) -> Actor:
        mentions = sorted(set(self.mentions))
        return Actor(actor_id, self.name, self.kind, self.country, self.sector, self.code, list(self.roles), mentions)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention in text order: where, of whom, in which sentence, and whether it is a subject."""

    start: int
    end: int
    draft: Draft
    sent: int
    subject: bool


@dataclass(slots=True)
class Timeline:
    """Mentions sorted by position, so coreference can ask "who was mentioned before here?"."""

    items: list[Mention] = field(default_factory=list)

    def add(self, draft: Draft, start: int, end: int, token: Token, sent: int) -> None:
        """A mention of `draft` at characters [start, end), headed by `token`, in the sentence
        whose first token is `sent`."""
        draft.mentions.append((start, end))
        mention = Mention(start, end, draft, sent, _is_subject(token))
        bisect.insort(self.items, mention, key=lambda m: (m.start, m.end))

    def before(self, offset: int) -> list[Mention]:
        """Mentions that end before `offset`, nearest first."""
        i = bisect.bisect_left(self.items, offset, key=lambda m: m.start)
        return [m for m in reversed(self.items[:i]) if m.end <= offset]


def _is_subject(token: Token) -> bool:
    """A subject, or a name inside a subject ("Foreign Minister Lavrov said")."""
    head = token
    for _ in range(3):
        if head.dep_ in SUBJECTS:
            return True
        if head.dep_ not in {"compound", "appos", "flat", "conj"} or head.head.i == head.i:
            return False
        head = head.head
    return False



"""Per-article look-ups shared by the actor finder's steps: lemmas, dictionary hits, role phrases.

Built once per Doc so each step asks "is token i a demonym?" or "does a role phrase end at i?"
in constant time instead of re-scanning the text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique.actors import abroad
from communique.actors.gazetteer import Hit
from communique.actors.tables import Entry, Knowledge, Role, machine_words

HONORIFICS = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
              "miss": "female", "dr": None, "dr.": None, "sir": "male", "dame": "female", "lord": "male",
              "lady": "female", "madam": "female"}
CONNECTORS = {"and", "of", "for", "'s", "’s", "-", "&"}


@functools.lru_cache(maxsize=8)
def role_lengths(knowledge: Knowledge) -> dict[str, tuple[int, ...]]:
    """Last word of a role phrase -> the phrase lengths ending in it, longest first: a token is
    tried only against the phrases it can end (thousands of Phoenix agent phrases)."""
    out: dict[str, set[int]] = {}
    for key in knowledge.roles:
        out.setdefault(key[-1], set()).add(len(key))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in out.items()}


@dataclass(slots=True)
class RoleMatch:
    """A role phrase in the text: tokens [start, end) and what it says."""

    start: int
    end: int
    role: Role


@dataclass(slots=True)
class Context:
    """One article's doc with its dictionary hits and role phrases indexed by token."""

    doc: Doc
    knowledge: Knowledge
    hits: list[Hit]
    date: str | None
    authors: frozenset[str] = frozenset()  # bylines: their names are not actors of the story
    home: str | None = None  # the dateline's country, if the article has one
    tokens: list[Token] = field(default_factory=list)  # made once: iterating a Doc builds new Tokens
    lemmas: list[str] = field(default_factory=list)
    sent_start: list[int] = field(default_factory=list)  # token index -> index of its sentence's first token
    sentences: list[Span] = field(default_factory=list)
    hit_at: dict[int, Hit] = field(default_factory=dict)
    role_end: dict[int, RoleMatch] = field(default_factory=dict)  # token index -> phrase ending there
    abroad: str | None = None  # the non-US country a story is set in (abroad.py): its "Congress", its "Sen."

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        self.lemmas = [t.lemma_.lower() for t in self.tokens]
        self.sentences = list(self.doc.sents)
        self.sent_start = [0] * len(self.tokens)
        for sent in self.sentences:
            self.sent_start[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        self.abroad = abroad.story_country(self.hits, self.home, self.pick)
        self.hits = abroad.localise_hits(self.hits, self.knowledge, self.abroad)
        for hit in self.hits:
            for i in range(hit.span.start, hit.span.end):
                self.hit_at[i] = hit
        self._first_word_lemmas()
        self._index_roles()

    def _first_word_lemmas(self) -> None:
        """"Rebels shelled the town": the small model tags a capitalised first word as a proper
        noun and keeps it as its own lemma; a plural that is a role noun in the singular is one."""
        ends = role_lengths(self.knowledge)
        for sent in self.sentences:
            tok = self.tokens[sent.start]
            lemma = self.lemmas[tok.i]
            if tok.tag_ not in {"NNP", "NNPS"} or lemma in ends or tok.i in self.hit_at:
                continue
            for singular in (lemma[:-3] + "y" if lemma.endswith("ies") else "", lemma[:-1] if lemma.endswith("s") else ""):
                if singular in ends:
                    self.lemmas[tok.i] = singular
                    break

    def _index_roles(self) -> None:
        roles, lemmas = self.knowledge.roles, self.lemmas
        lengths = role_lengths(self.knowledge)
        for end in range(1, len(lemmas) + 1):
            for n in lengths.get(lemmas[end - 1], ()):
                if n > end:
                    continue
                role = roles.get(tuple(lemmas[end - n:end]))
                if role is not None and role.lower_only and not self._lower(end - n, end):
                    continue
                if role is not None and self.tokens[end - 1].pos_ in {"NOUN", "PROPN", "ADJ", "X"}:
                    self.role_end[end - 1] = RoleMatch(end - n, end, self._machine(end - n, role))
                    break

    def _machine(self, start: int, role: Role) -> Role:
        """"F-16 fighters", "two F/A 18 fighters": a role word after a model designation (letters
        and digits, "Su-27", "F/A 18"; not a count, "300 fighters") names an aircraft of the armed
        forces, not a person (machine_words.tsv)."""
        sector = machine_words().get(self.lemmas[start])
        if sector is None:
            return role
        run: list[Token] = []
        for tok in self.tokens[max(0, start - 4):start][::-1]:
            if tok.head.i < start or tok.head.i > start + 1:
                break
            run.insert(0, tok)
        for k, tok in enumerate(run):
            before = run[k - 1].text if k else ""
            if any(c.isdigit() for c in tok.text) and (any(c.isalpha() for c in tok.text) or before in {"-", "/"}
                                                      or (before.isalpha() and before.isupper() and len(before) <= 3)):
                return Role(sector, "body", role.priority, role.lower_only, False)
        return role

    def _lower(self, start: int, end: int) -> bool:
        """Tokens [start, end) are written in lower case (a sentence's first word may be capitalised)."""
        return all(t.is_lower or (t.i == start and self.sent_start[t.i] == t.i) for t in self.tokens[start:end])

    def role_at(self, i: int) -> RoleMatch | None:
        """The role phrase whose last token is i ("Minister" in "Prime Minister")."""
        return self.role_end.get(i)

    def is_role_word(self, i: int) -> bool:
        """Token i is part of some role phrase."""
        match = self._covering(i)
        return match is not None

    def _covering(self, i: int) -> RoleMatch | None:
        for j in range(i, min(i + 4, len(self.doc))):
            match = self.role_end.get(j)
            if match is not None and match.start <= i:
                return match
        return None

    def best_role(self, tokens: list[Token] | Span) -> RoleMatch | None:
        """The role phrase among `tokens` that decides the sector: highest priority, then the last."""
        matches = [m for m in (self.role_end.get(t.i) for t in tokens) if m]
        best = None
        for match in matches:  # "fighter jets": "fighter" alone is inside the longer phrase, not a role of its own
            if any(o.start <= match.start and match.end < o.end for o in matches):
                continue
            if best is None or match.role.priority >= best.role.priority:
                best = match
        return best

    def valid(self, entry: Entry) -> bool:
        """An office holder's entry applies on the article's date (open-ended entries when undated)."""
        if self.date is None:
            return entry.end is None
        return (entry.start is None or entry.start <= self.date) and (entry.end is None or self.date <= entry.end)

    def pick(self, entries: tuple[Entry, ...]) -> Entry | None:
        """The first dated entry valid on the article's date, else an undated one (TABARI: the
        code for any other time); undated articles take the open-ended or else the latest."""
        valid = next((e for e in entries if self.valid(e) and (e.start or e.end)), None) or \
            next((e for e in entries if self.valid(e)), None)
        if valid is None and self.date is None and entries:
            return max(entries, key=lambda e: e.end or "9999")
        return valid

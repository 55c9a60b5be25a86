"""A known person named by the surname alone, and a given name put in brackets.

Journalists call a sitting head of government by the surname alone once readers know who holds
the office ("Mulroney said", "Reagan met Gorbachev"), and wire copy inserts a first name in
brackets inside quotes ("Prime Minister (Brian) Mulroney"). The surname stands for a known
office holder only on a date when exactly one person of that surname holds a dated office in the
tables (leaders.tsv for who is that famous; every dated entry, Phoenix's included, for who else
shares the surname then): "Bush" in 2002 is the president, "Kim" in 2019 is no one.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from communique.actors.context import Context
from communique.actors.tables import PERSON, Entry, Knowledge

PARTICLES = {"al", "bin", "ibn", "bint", "de", "del", "da", "dos", "das", "van", "von", "der", "den", "la", "le",
             "du", "di", "el", "abu", "abd", "ben", "ter"}


@functools.lru_cache(maxsize=8)
def _index(knowledge: Knowledge) -> dict[str, tuple[tuple[str, Entry], ...]]:
    """Surname -> (full name, dated entry) of every person of two words or more (a leading East
    Asian family name counts too: "Xi" of "Xi Jinping")."""
    out: dict[str, list[tuple[str, Entry]]] = {}
    for key, entries in knowledge.names.items():
        words = key.replace("-", " ").split()
        if len(words) < 2 or words[-2].lower() in PARTICLES:
            continue  # "Mohammed bin Salman": "Salman" alone is someone else
        dated = [e for e in entries if e.kind == PERSON and (e.start or e.end)]
        surnames = {words[-1].title()}
        if words[0].title() in knowledge.family_first and len(words) in (2, 3):
            surnames.add(words[0].title())
        for surname in surnames:
            out.setdefault(surname, []).extend((key.lower(), e) for e in dated)
    return {k: tuple(v) for k, v in out.items()}


def office_holder(ctx: Context, word: str) -> tuple[Entry, ...]:
    """The entries of the one leader (leaders.tsv: an entry with an office) surnamed `word` on the
    article's date, if no one else of that surname holds a dated office then; else ()."""
    if ctx.date is None or not word[:1].isupper():
        return ()
    current = [(name, e) for name, e in _index(ctx.knowledge).get(word, ()) if ctx.valid(e)]
    people = {(name.split()[0], e.country) for name, e in current}
    if len(people) != 1 or not any(e.role for _, e in current):
        return ()
    return tuple(e for _, e in current if e.role)


def bracketed_given(ctx: Context, span: Span) -> Span | None:
    """"(Brian) Mulroney": the bracketed given name right before a surname, or None."""
    i = span.start
    if i < 3 or ctx.tokens[i - 1].text != ")" or ctx.tokens[i - 3].text != "(":
        return None
    given = ctx.tokens[i - 2]
    return ctx.doc[i - 2:i - 1] if given.text[:1].isupper() and given.is_alpha else None


def name_runs(ctx: Context, names: frozenset[int]) -> list[Span]:
    """The runs of consecutive name tokens of the article, longer than one word."""
    out: list[Span] = []
    ordered = sorted(names)
    start = 0
    for k in range(1, len(ordered) + 1):
        if k == len(ordered) or ordered[k] != ordered[k - 1] + 1:
            if k - 1 > start:
                out.append(ctx.doc[ordered[start]:ordered[k - 1] + 1])
            start = k
    return out


def other_given_name(knowledge: Knowledge, given: str, surname: str) -> bool:
    """"Nancy Reagan" is not the dictionary's "Reagan" (Ronald): the tables know full names of
    people of that surname, and none with this given name (its first three letters: spellings
    vary, "Yassir" / "Yasser"). ("Bashar Assad" keeps Assad.)"""
    known = {name.split()[0] for name, _ in _index(knowledge).get(surname, ())}
    word = given.lower().rstrip(".")
    if len(word) == 1:  # an initial: "F. de Klerk"
        return bool(known) and not any(k[:1] == word for k in known)
    return bool(known) and not any(k[:3] == word[:3] for k in known)  # "Yassir" / "Yasser" Arafat


def of_other(span: Span, runs: list[Span]) -> bool:
    """The single word is the last word of a longer name in the text ("Mila Mulroney"): it is hers
    by the surname rule, not the office holder's."""
    return any(len(r) > 1 and r[-1].text == span.text for r in runs)

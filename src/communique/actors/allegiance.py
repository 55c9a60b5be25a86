"""Whom a collective serves, named after it: "militants loyal to Iraq's al-Qaeda chief", "forces
loyal to President Assad", "fighters affiliated with the Islamic State".

A role noun the text gives no country of its own takes the country (or the organisation) of the
actor it is loyal to: CAMEO codes "forces loyal to Assad" as Syrian military. The adjectives and
their prepositions are data (data/actors/allegiance.tsv); sponsors ("backed by Iran") are not
among them, a sponsor being another party.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from communique.actors.drafts import Draft
from communique.actors.tables import ORG, STATE, Entry
from communique.knowledge import data_path, read_table

NONSTATE = {"IGO", "NGO", "IMG"}


@functools.cache
def allegiance_words() -> frozenset[tuple[str, str]]:
    """(adjective lemma, preposition) pairs that tie a collective to whom it serves."""
    rows = read_table(data_path("actors/allegiance.tsv"), ("word", "preposition"))
    return frozenset((r["word"], r["preposition"]) for r in rows)


def served(tok: Token) -> Token | None:
    """The object of an allegiance phrase after role noun `tok`: "Assad" in "forces loyal to Assad"."""
    words = allegiance_words()
    for adj in tok.rights:
        if adj.dep_ not in {"amod", "acl", "relcl"}:
            continue
        lemmas = {adj.lemma_.lower(), adj.lower_}
        for prep in adj.children:
            if prep.dep_ == "prep" and any((w, prep.lower_) in words for w in lemmas):
                return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def anchor(tok: Token, drafts_at: dict[int, Draft]) -> list[tuple[Entry, Token]]:
    """The country or organisation of the actor that role noun `tok` is loyal to, as an anchor;
    the actor is the object's own, else the first named in its phrase ("Iraq's al-Qaeda frontman
    Abu Musab al-Zarqawi": the person in apposition, else Iraq)."""
    obj = served(tok)
    if obj is None:
        return []
    phrase = sorted(obj.subtree, key=lambda t: (t.i != obj.i, t.ent_type_ != "PERSON", t.i))
    for t in phrase:
        draft = drafts_at.get(t.i)
        if draft is None:
            continue
        if draft.country and len(draft.country) == 3:
            return [(Entry(STATE, draft.country, draft.country, None, draft.name), t)]
        if draft.code[:3] in NONSTATE:
            return [(Entry(ORG, draft.code, None, draft.sector, draft.name), t)]
    return []

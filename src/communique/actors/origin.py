"""Refugees are of the country they flee: "refugees fleeing the civil war in Liberia", "people
escaping Syria", "migrants fleeing from Eritrea".

CAMEO codes refugees (REF) by their country of origin, and news copy names it through the verb
of flight rather than a demonym. So a displaced collective (a role noun of sector REF) with no
country of its own takes the country of what its participle flees: a country, capital, province
or city named as the object ("fleeing Syria"), after "from" ("fleeing from Eritrea"), or as the
place of what they flee ("the war in Liberia", "the fighting in Darfur's capital").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors import scene
from communique.actors.context import Context
from communique.actors.tables import STATE, Entry

FLIGHT_VERBS = {"flee", "escape", "evacuate"}  # not "leave": "refugees left the camp in Lebanon" live there
DISPLACED = {"REF"}
PLACE_OF = {"in", "from", "of", "inside", "across", "throughout"}
VERB_PREPS = {"from", "in", "inside"}
LIST_WORDS = {",", "and", "or"}


def _places(ctx: Context, obj: Token) -> set[str]:
    """The countries an object of flight names: itself, or the place of its "in"/"of" phrase."""
    found = _named(ctx, obj)
    if found:
        return found
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_OF:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found |= _named(ctx, pobj)
    return found


def _named(ctx: Context, place: Token) -> set[str]:
    """The countries a place and the places listed with it name ("in El Salvador, Honduras and
    Guatemala": three, so the refugees are of none)."""
    return {c for tok in [place, *place.conjuncts, *_listed_after(ctx, place)] for c in scene.countries_of(ctx, tok)}


def _listed_after(ctx: Context, obj: Token) -> list[Token]:
    """Names that follow a place across nothing but commas and "and"/"or" (a list, however the
    parser attached its members)."""
    out, i = [], obj.i + 1
    while i < len(ctx.tokens) and ctx.tokens[i].lower_ in LIST_WORDS:
        hit = ctx.hit_at.get(i + 1)
        if hit is None:
            break
        out.append(hit.span.root)
        i = hit.span.end
    return out


def _flights(head: Token) -> list[Token]:
    """The verbs of flight the collective is the agent of: a participle or relative clause on it
    ("refugees fleeing ...", "refugees who fled ..."), or the verb it (or "thousands of" it) is
    the subject of ("Thousands of refugees fled Syria")."""
    verbs = [v for v in head.children if v.dep_ in {"acl", "relcl"}]
    subject = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if subject.dep_ == "nsubj":
        verbs.append(subject.head)
    return [v for v in verbs if v.lemma_.lower() in FLIGHT_VERBS]


def anchor(ctx: Context, head: Token, sector: str) -> list[tuple[Entry, Token]]:
    """The country a displaced collective flees, as an anchor, or nothing (several countries,
    none named, no verb of flight)."""
    if sector not in DISPLACED:
        return []
    found: set[str] = set()
    for verb in _flights(head):
        for child in verb.children:
            if child.dep_ == "dobj":
                found |= _places(ctx, child)
            elif child.dep_ == "prep" and child.lower_ in VERB_PREPS:  # "fleeing the war in Liberia" (the
                found |= {c for p in child.children if p.dep_ == "pobj" for c in _places(ctx, p)}  # parser's attachment)
    if len(found) != 1:
        return []
    where = found.pop()
    return [(Entry(STATE, where, where, None, where), head)]

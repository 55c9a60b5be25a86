"""The country a sentence sets its action in: "rebels attacked a convoy near Kandahar", "the
opposition postponed its rally in Baku".

News copy names the place of an event and leaves the nationality of local collectives (police,
rebels, the opposition, judges) implicit: they are of the place. So a collective the text ties to
no country takes the country of the places its sentence locates things in (after a locative
preposition such as "in" or "near", not "to" or "from": a city, a capital, a province or a
country) in the collective's own clause or the clauses below it ("[rebels ambushed a convoy near
Kandahar], police said"), when they are all in one country. Not governments or armies: officials and troops are
the usual foreigners of a story ("troops withdrew from Lebanon", "U.S. officials in Kabul").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.context import Context
from communique.actors.tables import CAPITAL, PROVINCE, STATE, city_countries, shared_city_names

SCENE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "off"}
LOCAL_SECTORS = {"REB", "OPP", "COP", "JUD"}  # not CVL: the victims of a crash abroad are often foreigners
PLACE_KINDS = {CAPITAL, PROVINCE, STATE}


def _name_at(tok: Token) -> str:
    """The proper name a place token ends: "Tel Aviv" for "Aviv"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1].text


def _country_of(ctx: Context, tok: Token) -> str | None:
    hit = ctx.hit_at.get(tok.i)
    if hit is not None:  # a capital other countries' large cities share ("Tripoli") places nothing
        shared = hit.entry.kind == CAPITAL and hit.span.text in shared_city_names()
        return hit.entry.country if hit.entry.kind in PLACE_KINDS and not shared else None
    return city_countries().get(_name_at(tok)) if tok.pos_ == "PROPN" else None


def countries_of(ctx: Context, obj: Token) -> set[str]:
    """The countries a place phrase names: its head ("in Baku") or a name qualifying it ("in two
    Beirut neighbourhoods")."""
    found = {_country_of(ctx, obj)} | {_country_of(ctx, c) for c in obj.children
                                        if c.dep_ in {"compound", "nmod"} and not _state(ctx, c)}
    return {c for c in found if c}


def _state(ctx: Context, tok: Token) -> bool:
    """A country's name qualifying a noun names whose it is, not where: "outside the U.S. embassy"."""
    hit = ctx.hit_at.get(tok.i)
    return hit is not None and hit.entry.kind == STATE


def _clause(tok: Token) -> Token:
    """The verb whose clause a word belongs to (the sentence root for a verbless fragment)."""
    for _ in range(20):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _within(tok: Token, clause: Token, nested: bool = True) -> bool:
    """`tok` lies in `clause` or (if `nested`) in a clause below it ("[rebels killed 20 in
    Kandahar], police said"), not in a co-ordinated clause of its own ("gunmen clashed and
    officials reported ...")."""
    for _ in range(40):
        if tok.i == clause.i:
            return True
        if tok.head.i == tok.i or (tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}):
            return False
        if not nested and tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return False


def _aimed_at(ctx: Context, tok: Token) -> bool:
    """"fired rockets at Israel", "looking uneasily at Russia": "at" + a country is a target, not a
    scene (a city after "at" still sets one: "at Kandahar")."""
    return tok.head.lower_ == "at" and _state(ctx, tok)


def country(ctx: Context, actor: Token, nested: bool = True) -> str | None:
    """The one country of the places named after a locative preposition in the actor's clause
    and (if `nested`) the clauses below it (outside the actor's own phrase), if there is one."""
    clause = _clause(actor)
    own = {t.i for t in actor.subtree}  # its own phrase was read as its modifiers already
    found: set[str] = set()
    for tok in clause.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS and tok.i not in own and _within(tok, clause, nested) \
                and not _aimed_at(ctx, tok):
            found |= countries_of(ctx, tok)
    return found.pop() if len(found) == 1 else None


def residence(ctx: Context, people: Token) -> str | None:
    """Where a people named by its demonym lives, when the phrase says so: "the Albanians of
    southern Serbia", "ethnic Albanians in Serbia" (CAMEO codes an ethnic group as civilians of
    its country of residence). "In" counts only after "ethnic": "Americans in Iraq" are not Iraqis.
    An ethnic group the phrase does not place lives where its sentence is set, if anywhere."""
    ethnic = any(c.lower_ == "ethnic" for c in people.lefts)
    for prep in people.rights:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (ethnic and prep.lower_ in {"in", "inside"})):
            place = next((_country_of(ctx, o) for o in prep.children if o.dep_ == "pobj"), None)
            if place:
                return place
    return country(ctx, people) if ethnic else None

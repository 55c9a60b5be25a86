"""Ethnic groups: "Shona rebels", "Hutu rebel group", "Yoruba leaders", "Tamil refugees".

CAMEO codes an ethnic group by the country it lives in, with the sector of what the text calls
its members (civilians by default, rebels for its guerrillas), and adds an ethnic tag. Many
groups live in several countries (Kurds in Iraq, Turkey, Syria and Iran; Hutu in Rwanda and
Burundi), so the group's name alone does not say which: the article does, by naming one of the
group's countries (and only one) or setting the sentence in one. A group whose countries the
article never names keeps no country: the word alone is weak evidence ("the Moro government" may
be Aldo Moro's). The groups and their countries are data (`data/actors/ethnic_groups.tsv`);
names that are also a country's demonym ("Albanian", "Serb") stay demonyms.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from communique.actors import scene
from communique.actors.context import Context
from communique.actors.tables import CAPITAL, DEMONYM, PROVINCE, STATE, Entry
from communique.knowledge import data_path, read_table

ETHNIC = "ethnic"  # Entry.kind of an anchor read from an ethnic group's name
NAMING_KINDS = {STATE, DEMONYM, CAPITAL, PROVINCE}


@functools.cache
def homes() -> dict[str, tuple[str, ...]]:
    """Name as written ("Kurds", "Kurdish") -> the countries the group lives in, main one first."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_table(data_path("actors/ethnic_groups.tsv"), ("names", "countries")):
        countries = tuple(c.strip() for c in row["countries"].split("|") if c.strip())
        for name in row["names"].split("|"):
            if name.strip():
                out[name.strip()] = countries
    return out


def _named(ctx: Context) -> set[str]:
    """The countries the article names (states, demonyms, capitals, provinces) or files from."""
    found = {h.entry.country for h in ctx.hits if h.entry.kind in NAMING_KINDS and h.entry.country}
    return found | ({ctx.home} if ctx.home else set())


def country(ctx: Context, tok: Token) -> str | None:
    """The country an ethnic group named at `tok` lives in, as the article tells: the one of its
    countries the article names, else the one its sentence is set in; None when it cannot tell."""
    candidates = homes().get(tok.text, ())
    named = [c for c in candidates if c in _named(ctx)]
    if len(named) == 1:
        return named[0]
    where = scene.country(ctx, tok)
    return where if where in candidates else None


def _is_group_word(ctx: Context, tok: Token, head: Token) -> bool:
    """A capitalised ethnic name qualifying the role noun itself, not part of another proper name
    ("Tamil Nadu police", "Karen Bass": the small model tags ethnic names PERSON, so NER cannot tell)."""
    if tok.text not in homes() or tok.i in ctx.hit_at:
        return False
    return tok.i == head.i or tok.head.i == head.i or tok.head.pos_ != "PROPN"


def anchor(ctx: Context, head: Token, mods: list[Token]) -> list[tuple[Entry, Token]]:
    """The ethnic group a role noun names or is qualified by ("Shona rebels", "Kurds"), as an
    anchor with the group's country, or nothing."""
    for tok in [*(t for t in mods if t.i < head.i), head]:
        if not _is_group_word(ctx, tok, head):
            continue
        where = country(ctx, tok)
        if where is not None:
            return [(Entry(ETHNIC, where, where, None, tok.text), tok)]
    return []

"""US conventions give way to the story's own country when the story is set elsewhere.

AP style reads a bare "Congress" as the US Congress and "Sen." as a US senator; wire copy
from Buenos Aires, Manila or New Delhi uses the same words for its own senators and
congresses. A story that names nothing American (no US place, nationality or office holder)
and carries another country's dateline, or whose places, nationalities and known office holders
mostly belong to one other country, one of whose cities or provinces it names, is set there: its bare "Congress" and its "Sen." are that country's (home_institutions.tsv
where the bare name is a party there: India's Congress).
"""

from __future__ import annotations

import functools
from collections import Counter

from communique.actors.gazetteer import Hit
from communique.actors.tables import CAPITAL, DEMONYM, ORG, PERSON, PROVINCE, STATE, Entry, Knowledge
from communique.knowledge import data_path, read_table

US = "USA"
PLACED = {STATE, DEMONYM, CAPITAL, PROVINCE}
NOT_US = {"parliament", "parliamentarian", "mp", "duma"}  # the US has a Congress, not a parliament


@functools.cache
def home_institutions() -> dict[tuple[str, str], str]:
    """(bare name, country) -> the code it names in that country's news (home_institutions.tsv)."""
    rows = read_table(data_path("actors/home_institutions.tsv"), ("name", "country", "code"))
    return {(r["name"], r["country"]): r["code"] for r in rows}


def story_country(hits: list[Hit], home: str | None, pick) -> str | None:
    """The non-US country the story is set in, or None for a US story or an unclear one: when
    nothing American is named, the dateline's country, else the country of more than half of the
    story's named countries, nationalities and office holders that has a city or province named
    too (the scene: US copy about Iran names Iran alone; `pick`: an entry valid on the date)."""
    counts: Counter[str] = Counter()
    places = {hit.entry.country for hit in hits if hit.entry.kind in {CAPITAL, PROVINCE}}
    for hit in hits:
        entry = pick(tuple(e for e in hit.entries if e.kind == PERSON)) if hit.entry.kind == PERSON else hit.entry
        if entry is not None and (entry.kind in PLACED or entry.kind == PERSON) and entry.country \
                and len(entry.country) == 3 and entry.code[:3] == entry.country:
            counts[entry.country] += 1
    if US in counts or home == US:  # a US story, wherever filed ("LAUSANNE, Switzerland" for the Iran talks)
        return None
    if home is not None:
        return home
    if not counts:
        return None
    country, n = counts.most_common(1)[0]  # and a place in it: US copy about Iran names Iran alone
    return country if n * 2 > sum(counts.values()) and country in places else None


def localise_hits(hits: list[Hit], knowledge: Knowledge, country: str | None) -> list[Hit]:
    """A bare US institution named by a common noun ("Congress", USALEG) in a story set in
    `country` is that country's: its legislature (the role word's sector), or the party
    home_institutions.tsv names."""
    if country is None:
        return hits
    out = []
    for hit in hits:
        entry = hit.entry
        words = hit.span.text.split()
        bare = words[-1] if len(words) <= 2 and words[0].lower() in {"the", words[-1].lower()} else None
        role = knowledge.roles.get((bare.lower(),)) if bare else None
        if entry.country == US and entry.kind == ORG and role is not None and bare[:1].isupper():
            code = home_institutions().get((bare, country)) or f"{country}{entry.sector or role.sector}"
            local = Entry(ORG, code, country, code[3:6] or None, bare)
            hit = Hit(hit.span, (local,))
        out.append(hit)
    return out


def us_lawmakers(drafts: list, abroad: str | None, home: str | None) -> None:
    """"Republican senators", "the Senate", "lawmakers" in a story that names the US Congress or
    a US lawmaker by AP convention ("Congress", "Sen.", "R-N.C."): unmarked lawmakers there are
    American, as the same convention that codes "Congress" USALEG says. Not in a story set
    elsewhere (a dateline or `abroad`), where they are that country's."""
    if abroad is not None or home not in (None, US) or not any(d.code == f"{US}LEG" for d in drafts):
        return
    for draft in drafts:
        if draft.country is None and draft.sector == "LEG" and draft.code == "LEG" and not draft.role_words & NOT_US:
            draft.country, draft.code = US, f"{US}LEG"

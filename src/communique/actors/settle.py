"""A named person's CAMEO code from what the article says and what the dictionaries know.

The text outranks the tables where they disagree: a title written in the article ("President
Dawda Jawara", "U.N. mediator Diego Cordovez") describes the person on the day of the story,
while dictionaries are dated and can be stale or name someone else of the same name. Where the
text says nothing, the dictionary's code for the article's date stands (CAMEO's date-restricted
codes; out of office: an elite of the last country served).
"""

from __future__ import annotations

from communique.actors.drafts import Draft
from communique.actors.people import Person
from communique.actors.tables import Entry

_no_entry = Entry("", "", None, None, "")
NONSTATE = {"IGO", "NGO", "IMG", "MNC"}


def _text_overrides(known: Entry, country: str | None, sector: str | None, org: Entry | None, dated: bool,
                    current: bool = True) -> bool:
    """Where the article's own description outranks a dictionary entry: an international body the
    person now serves ("U.N. mediator Diego Cordovez"), "former" against a table's current
    office, a current office against a table's ELI (dictionaries are dated: "President Dawda
    Jawara" in a story is GOV whatever the table says), and in an undated article any office the
    text gives (the table's latest term is only a guess there). Otherwise the dictionary's code
    for the article's date stands: a stray role word elsewhere in the article ("businessman")
    does not recode a head of state, nor a country from a misread title recode a known leader.
    An IGO office the person no longer held on the date (`current` False: ElBaradei in 2013) yields
    to the role the text gives."""
    if org is not None and org.code[:3] in {"IGO", "NGO"} and org.code[:6] != known.code[:6]:
        return True
    if known.code[:3] in NONSTATE:  # out of that office on the date, any office the text gives wins
        return country is not None or (current is False and sector is not None)
    return sector is not None and sector != known.sector and ("ELI" in (sector, known.sector) or not dated)


def settle(draft: Draft, people: list[Person], dated: bool = True) -> None:
    """Country, sector and code of a person from all of its descriptions and its dictionary entry
    (`dated`: the article has a publication date, so the entry is the one valid on it)."""
    entry = next((p.entry for p in people if p.entry), None)
    former = next((p.former for p in people if p.former), None)
    org = next((p.org for p in people if p.org), None)
    country = next((p.country for p in people if p.country), None)
    best = max(people, key=lambda p: p.priority)
    sector = best.sector if best.priority >= 0 else None
    known = entry or former or _no_entry
    draft.gender = next((p.gender for p in people if p.gender), None) or known.gender
    if known.role:  # the office a dictionary knows, for "the president" later in the text
        draft.role_words.update(known.role.lower().replace("-", " ").split())
    if known is not _no_entry and not _text_overrides(known, country, sector, org, dated, entry is not None):
        draft.code, draft.country, draft.sector = known.code, known.country, known.sector
    elif org is not None:
        draft.code, draft.country, draft.sector = org.code, org.country, org.sector
    else:
        if country is None and known.country is not None and known.code[:3] not in NONSTATE:
            country = known.country  # "President Bush" on a date the table calls him ELI: USAGOV
        draft.country, draft.sector = country, sector or (known.sector if country == known.country else None)
        draft.code = f"{country or ''}{draft.sector or ''}"

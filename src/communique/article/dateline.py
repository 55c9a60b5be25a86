"""Datelines and the agencies they credit, from the opening of a story's first paragraph.

Wire grammar (AP and Reuters style guides; Reuters-21578):
    PLACE[, Qualifier][/PLACE...] (AGENCY[ / AGENCY][ - date]) -|—|:
    PLACE[, Qualifier] -|—|--
    PLACE, Month Day -
The place is in capitals; without an agency credit it must be a place the gazetteer knows, so
labels such as "FILE -" or "BREAKING:" are never taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from communique.article import gazetteer
from communique.article.dates import MONTHS, parse_date
from communique.article.outlets import outlet_named
from communique.article.textutil import is_upper_word, key, smart_title
from communique.knowledge import data_path, read_table
from communique.model import Dateline

UP = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]*[A-ZÀ-ÖØ-Þ.]"
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
QUAL = rf"(?:,\s*(?!(?i:{MONTH_NAMES})\.?\s+\d)[A-ZÀ-Þ][\w.'’\- ]{{0,30}}?)?"
PLACES = rf"(?P<places>{UP}{QUAL}(?:\s*/\s*{UP}{QUAL})*)"
MONTH_DAY = rf",\s*(?P<md>(?i:{MONTH_NAMES})\.?\s+\d{{1,2}})"
DASH = r"\s*(?:—|–|--|-|:)\s*"
CREDIT = re.compile(rf"^{PLACES}(?:{MONTH_DAY})?\s*\((?P<credit>[^()]{{1,120}})\)(?:{DASH})?")
TITLE = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3}"
TITLE_PLACES = rf"(?P<places>{TITLE}{QUAL}(?:\s*/\s*{TITLE}{QUAL})*)"
TITLE_CREDIT = re.compile(rf"^{TITLE_PLACES}(?:{MONTH_DAY})?\s*\((?P<credit>[^()]{{1,120}})\)(?:{DASH})?")
LEAD_CREDIT = re.compile(rf"^\((?P<credit>[^()]{{1,40}})\){DASH}(?=\S)")
BARE = re.compile(rf"^{PLACES}(?:{MONTH_DAY})?{DASH}(?=\S)")


@dataclass(slots=True)
class DatelineParse:
    """What the opening of a paragraph gave: places, agencies, the date it states, its length."""

    places: list[Dateline] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    date: str | None = None
    end: int = 0


@cache
def _not_places() -> frozenset[str]:
    rows = read_table(data_path("article/dateline_words.tsv"), ("word",))
    return frozenset(key(r["word"]) for r in rows)


def parse_dateline(paragraph: str) -> DatelineParse | None:
    """The dateline that opens `paragraph`, or None when it does not open with one."""
    head = paragraph[:300]
    m = CREDIT.match(head)
    if m:
        credit = _split_credit(m["credit"])
        places = _places(m["places"], require_known=not credit.agencies)
        if places and (credit.agencies or credit.date):
            return DatelineParse(places, credit.agencies, credit.date, m.end())
    m = TITLE_CREDIT.match(head)
    if m:  # "Moscow, April 11 (Reuters) -": title case only with a known outlet and known places
        credit = _split_credit(m["credit"])
        places = _places(m["places"], require_known=True, upper=False)
        if places and credit.agencies and all(outlet_named(a) for a in credit.agencies):
            return DatelineParse(places, credit.agencies, credit.date, m.end())
    m = LEAD_CREDIT.match(head)
    if m and outlet_named(m["credit"]):  # "(Reuters) - ..." with the place left off
        return DatelineParse([], [m["credit"]], None, m.end())
    m = BARE.match(head)
    if m:
        places = _places(m["places"], require_known=True)
        if places and all(sum(c.isalpha() for c in d.place) >= 3 for d in places):
            return DatelineParse(places, [], None, m.end())
    return None


def _places(text: str, *, require_known: bool, upper: bool = True) -> list[Dateline]:
    out: list[Dateline] = []
    for part in re.split(r"\s*/\s*", text.strip()):
        name, _, qualifier = (p.strip() for p in part.partition(","))
        if (upper and not is_upper_word(name)) or key(name) in _not_places() or len(name.split()) > 4:
            return []
        country = _qualifier_country(qualifier) if qualifier else gazetteer.country_of_place(name)
        if qualifier and country is None:
            return []
        if require_known and country is None:
            return []
        place = gazetteer.spelling(name) or smart_title(name)
        out.append(Dateline(place=place, country=country))
    return out


def _qualifier_country(qualifier: str) -> str | None:
    return gazetteer.country_of_name(qualifier) or gazetteer.country_of_region(qualifier)


@dataclass(slots=True)
class _Credit:
    agencies: list[str]
    date: str | None


def _split_credit(text: str) -> _Credit:
    """'UrduPoint News / Sputnik - 11th April, 2023' -> agencies and the date."""
    date = parse_date(text)
    body = re.split(r"\s+[-–—]\s+|,\s*(?=\d|[A-Z][a-z]+\.? \d)", text, maxsplit=1)[0] if date else text
    agencies = []
    for part in re.split(r"\s*(?:/|,|;|&|\band\b)\s*", body):
        part = part.strip(" .")
        if part and not parse_date(part) and _looks_like_agency(part):
            agencies.append(part)
    return _Credit(agencies, date)


def _looks_like_agency(text: str) -> bool:
    """A credit names an outlet: a known one ("dpa"), or short and capitalised, not a number."""
    words = text.split()
    return outlet_named(text) is not None or (0 < len(words) <= 6 and text[0].isupper())

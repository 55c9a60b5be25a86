"""Tables -> records: the RECORD.md JSON of each stored article, rebuilt from its rows."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

import duckdb

CHUNK = 500
"""Articles fetched at a time: memory stays flat however large the database."""
ARTICLE_ONLY = ("published_day", "run_id")
ROW_ONLY = {"article_id", "idx", "speaker_code", "source_country", "target_country", "event_day",
            "place_name", "place_country", "place_lat", "place_lon"}


def iter_records(connection: duckdb.DuckDBPyConnection, where: str = "", params: list[Any] | None = None
                 ) -> Iterator[dict[str, Any]]:
    """Every article (ordered by source, then id) with its actors, quotes and events."""
    cursor = connection.cursor()
    cursor.execute(f"SELECT * FROM articles {where} ORDER BY source, id", params or [])
    names = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(CHUNK):
        articles = [dict(zip(names, row, strict=True)) for row in rows]
        children = {t: _children(connection, t, [a["id"] for a in articles]) for t in ("actors", "quotes", "events")}
        for article in articles:
            yield _record(article, {t: children[t].get(article["id"], []) for t in children})


def _children(connection: duckdb.DuckDBPyConnection, table: str, ids: list[str]) -> dict[str, list[dict]]:
    order = "article_id, idx" if table != "actors" else "article_id, TRY_CAST(substr(id, 2) AS INTEGER), id"
    cursor = connection.execute(f"SELECT * FROM {table} WHERE list_contains(?, article_id) ORDER BY {order}",
                                [ids])
    names = [d[0] for d in cursor.description]
    rows = (dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    return {key: list(group) for key, group in groupby(rows, key=lambda r: r["article_id"])}


def _record(article: dict[str, Any], children: dict[str, list[dict]]) -> dict[str, Any]:
    record = {k: v for k, v in article.items() if k not in ARTICLE_ONLY}
    if record.get("cluster") is None:
        record.pop("cluster", None)
    record["datelines"] = [dict(d) for d in record.get("datelines") or []]
    record["authors"] = list(record.get("authors") or [])
    record["agencies"] = list(record.get("agencies") or [])
    record["actors"] = [_actor(a) for a in children["actors"]]
    record["quotes"] = [_strip(q) for q in children["quotes"]]
    record["events"] = [_event(e) for e in children["events"]]
    return record


def _strip(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ROW_ONLY}


def _actor(row: dict[str, Any]) -> dict[str, Any]:
    actor = _strip(row)
    actor["roles"] = list(actor.get("roles") or [])
    actor["mentions"] = [list(m) for m in actor.get("mentions") or []]
    return actor


def _event(row: dict[str, Any]) -> dict[str, Any]:
    event = _strip(row)
    event["place"] = None if row.get("place_name") is None else {
        "name": row["place_name"], "country": row["place_country"], "lat": row["place_lat"], "lon": row["place_lon"]}
    return event

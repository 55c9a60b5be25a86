"""What a database holds, as one dict: the API behind `communique stats`."""

from __future__ import annotations

from typing import Any

import duckdb

COUNTED = ("articles", "actors", "quotes", "events", "rejects", "runs")


def database_stats(connection: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, Any]:
    """Counts per table, languages, date range, rejects by code, top outlets, the last run."""
    def rows(sql: str) -> list[tuple]:
        return connection.execute(sql).fetchall()

    first, last = rows("SELECT min(published_day), max(published_day) FROM articles")[0]
    run = rows("SELECT id, started, finished, seen, read, rejected, skipped, seconds FROM runs "
               "ORDER BY started DESC LIMIT 1")
    return {
        "tables": {t: rows(f"SELECT count(*) FROM {t}")[0][0] for t in COUNTED},
        "languages": dict(rows("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")),
        "published": {"first": str(first) if first else None, "last": str(last) if last else None},
        "rejects": dict(rows("SELECT code, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1")),
        "outlets": dict(rows(f"SELECT coalesce(outlet, '(none)'), count(*) FROM articles GROUP BY 1 "
                             f"ORDER BY 2 DESC, 1 LIMIT {int(top)}")),
        "last_run": dict(zip(("id", "started", "finished", "seen", "read", "rejected", "skipped", "seconds"),
                             run[0], strict=True)) if run else None,
    }

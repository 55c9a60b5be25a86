"""The dyad time series: how relations between two actors moved, period by period.

Syndicated copies of one story (articles sharing a `cluster`) must not count as many events, so
each period counts *stories*: distinct coalesce(cluster, article id) with an event of that quad
class (and `cooperation`/`conflict`: with an event of class 1-2 / 3-4). Goldstein sums and means are taken over events after collapsing copies (one event per
story, period, actor codes and CAMEO code: copies may carry different publication days).
Empty periods between the first and last are filled with zeros so a chart shows quiet months
as quiet, not as a straight line across them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from communique.serve.db import Database
from communique.serve.filters import dyad_clause
from communique.serve.sql import Where

INTERVALS = ("day", "week", "month", "quarter", "year")

SERIES = """WITH ev AS (
    SELECT CAST(date_trunc(?, e.event_day) AS DATE) AS period, coalesce(a.cluster, a.id) AS story,
           e.quad_class, e.goldstein, e.cameo, e.source_code, e.target_code
    FROM events e JOIN articles a ON a.id = e.article_id {where}),
dedup AS (
    SELECT period, story, quad_class, cameo, source_code, target_code,
           any_value(goldstein) AS goldstein
    FROM ev GROUP BY ALL),
stories AS (  -- one row per story and period: which classes it has (no DISTINCT aggregates: faster)
    SELECT period, story,
        bool_or(quad_class = 1)::INTEGER AS q1, bool_or(quad_class = 2)::INTEGER AS q2,
        bool_or(quad_class = 3)::INTEGER AS q3, bool_or(quad_class = 4)::INTEGER AS q4,
        bool_or(quad_class IN (1, 2))::INTEGER AS cooperation,
        bool_or(quad_class IN (3, 4))::INTEGER AS conflict,
        count(*) AS events, sum(goldstein) AS goldstein_sum, count(goldstein) AS scored
    FROM dedup GROUP BY period, story)
SELECT period, sum(q1)::INTEGER AS q1, sum(q2)::INTEGER AS q2, sum(q3)::INTEGER AS q3, sum(q4)::INTEGER AS q4,
    sum(cooperation)::INTEGER AS cooperation, sum(conflict)::INTEGER AS conflict,
    count(*) AS stories, sum(events)::INTEGER AS events,
    sum(goldstein_sum) AS goldstein_sum, sum(goldstein_sum) / nullif(sum(scored), 0) AS goldstein_mean
FROM stories GROUP BY period ORDER BY period"""

EMPTY = {"q1": 0, "q2": 0, "q3": 0, "q4": 0, "cooperation": 0, "conflict": 0, "stories": 0, "events": 0,
         "goldstein_sum": 0.0, "goldstein_mean": None}


def dyad_series(db: Database, a: str, b: str, interval: str = "month", *,
                dates: tuple[date | None, date | None] = (None, None), directed: bool = False) -> dict[str, Any]:
    """Counts per quad class, summed and mean Goldstein, per period, for events between a and b."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    where = Where().add(*dyad_clause(a, b, directed=directed))
    where.add("e.event_day IS NOT NULL")
    where.when(dates[0], "e.event_day >= ?").when(dates[1], "e.event_day <= ?")
    rows = db.rows(SERIES.format(where=where.sql()), [interval, *where.params])
    for row in rows:
        row["goldstein_sum"] = round(row["goldstein_sum"] or 0.0, 3)
        row["goldstein_mean"] = None if row["goldstein_mean"] is None else round(row["goldstein_mean"], 3)
    series = fill_gaps(rows, interval)
    totals = {k: sum(r[k] for r in series) for k in ("q1", "q2", "q3", "q4", "cooperation", "conflict", "events")}
    return {"a": a, "b": b, "interval": interval, "directed": directed, "totals": totals, "series": series}


def next_period(day: date, interval: str) -> date:
    """The first day of the period after the one starting on `day`."""
    if interval == "day":
        return day + timedelta(days=1)
    if interval == "week":
        return day + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    month0 = day.month - 1 + months
    return date(day.year + month0 // 12, month0 % 12 + 1, 1)


def period_end(day: date, interval: str) -> date:
    """The last day of the period starting on `day` (for "events behind this point")."""
    return next_period(day, interval) - timedelta(days=1)


def truncate(day: date, interval: str) -> date:
    """The first day of the period that contains `day` (what DuckDB's date_trunc gives)."""
    if interval == "day":
        return day
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


MAX_POINTS = 5000


def fill_gaps(rows: list[dict[str, Any]], interval: str) -> list[dict[str, Any]]:
    """Rows for every period from the first to the last (zeros where nothing happened)."""
    if not rows:
        return []
    if _steps(rows[0]["period"], rows[-1]["period"], interval) > MAX_POINTS:
        return rows  # too long to fill (e.g. days over decades): only the periods with events
    by_period = {r["period"]: r for r in rows}
    out, day, last = [], rows[0]["period"], rows[-1]["period"]
    while day <= last:
        out.append(by_period.get(day) or {"period": day, **EMPTY})
        day = next_period(day, interval)
    return out


def _steps(first: date, last: date, interval: str) -> int:
    """Roughly how many periods lie between two period starts."""
    days = (last - first).days
    return days // {"day": 1, "week": 7, "month": 28, "quarter": 90, "year": 365}[interval] + 1

"""The read queries behind the API and the dashboard: lists with paging, one article, top lists.

Every function takes the Database and validated filters (filters.py) and returns plain dicts, so
the JSON endpoints, the HTML pages and the downloads share one implementation.
"""

from __future__ import annotations

from typing import Any

from communique.serve.db import Database
from communique.serve.filters import ArticleFilters, EventFilters, Paging, QuoteFilters
from communique.serve.sql import MAX_EXPORT_ROWS, Where, order_by

ARTICLE_SORTS = {"published": "a.published_day", "title": "a.title", "outlet": "a.outlet", "id": "a.id"}
EVENT_SORTS = {"day": "e.event_day", "goldstein": "e.goldstein", "cameo": "e.cameo",
               "confidence": "e.confidence", "source": "e.source_code", "target": "e.target_code"}
QUOTE_SORTS = {"published": "a.published_day", "speaker": "q.speaker_name", "kind": "q.kind"}


def sort_pattern(columns: dict[str, str]) -> str:
    """The regex a `sort` parameter must match: a whitelisted key, optionally with '-' (descending)."""
    return rf"^-?({'|'.join(sorted(columns))})$"


ARTICLE_LIST = """SELECT a.id, a.title, a.published, a.published_day, a.outlet, a.language, a.source, a.url,
    a.cluster, left(a.text, 240) AS snippet
FROM articles a {where} {order} {page}"""

EVENT_COLUMNS = """e.article_id, e.idx, e.source, e.target, e.source_code, e.target_code, e.source_country,
    e.target_country, e.cameo, e.root, e.plover, e.quad_class, e.goldstein, e.date, e.event_day,
    e.place_name, e.place_country, e.place_lat, e.place_lon, e.sentence, e.start, e."end", e.quote,
    e.confidence, a.title AS article_title, a.outlet AS article_outlet"""

QUOTE_COLUMNS = """q.article_id, q.idx, q.text, q.start, q."end", q.kind, q.speaker, q.speaker_name,
    q.speaker_code, q.cue, a.published_day, a.title AS article_title, a.outlet AS article_outlet"""


def _page(db: Database, select: str, count: str, where: Where, order: str, paging: Paging) -> dict[str, Any]:
    """One page of `select` and the number of rows matching in all.

    The total comes from a window count in the same query (one scan: text searches read every
    article once, not twice); only a page past the end, which has no row to carry it, asks
    `count` separately.
    """
    if not select.startswith("SELECT "):
        raise ValueError("a list query starts with SELECT")
    counted = "SELECT count(*) OVER () AS _total, " + select.removeprefix("SELECT ")
    sql = counted.format(where=where.sql(), order=order, page="LIMIT ? OFFSET ?")
    items = db.rows(sql, [*where.params, paging.limit, paging.offset])
    if items:
        total = items[0]["_total"]
        for item in items:
            del item["_total"]
    else:
        total = db.scalar(count.format(where=where.sql()), where.params) if paging.offset else 0
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


def list_articles(db: Database, f: ArticleFilters, paging: Paging, sort: str = "-published") -> dict[str, Any]:
    order = order_by(sort, ARTICLE_SORTS) + ", a.id"
    return _page(db, ARTICLE_LIST, "SELECT count(*) FROM articles a {where}", f.where(), order, paging)


def _events_sql(f: EventFilters, sort: str, pair: tuple[str, str] | None = None) -> tuple[str, str, Where, str]:
    where = f.where(pair)
    select = f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id {{where}} {{order}} {{page}}"
    count = "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id {where}"
    return select, count, where, order_by(sort, EVENT_SORTS) + ", e.article_id, e.idx"


def list_events(db: Database, f: EventFilters, paging: Paging, sort: str = "-day",
                pair: tuple[str, str] | None = None) -> dict[str, Any]:
    """Events matching `f` (and, with `pair`, between those two actors either way)."""
    select, count, where, order = _events_sql(f, sort, pair)
    return _page(db, select, count, where, order, paging)


def _quotes_sql(f: QuoteFilters, sort: str) -> tuple[str, str, Where, str]:
    where = f.where()
    select = f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id {{where}} {{order}} {{page}}"
    count = "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
    return select, count, where, order_by(sort, QUOTE_SORTS) + ", q.article_id, q.idx"


def list_quotes(db: Database, f: QuoteFilters, paging: Paging, sort: str = "-published") -> dict[str, Any]:
    select, count, where, order = _quotes_sql(f, sort)
    return _page(db, select, count, where, order, paging)


def export_table(db: Database, kind: str, f: EventFilters | QuoteFilters, sort: str):
    """Every row of a filtered event or quote list (up to MAX_EXPORT_ROWS) as an Arrow table."""
    build = _events_sql if kind == "events" else _quotes_sql
    select, _count, where, order = build(f, sort)  # type: ignore[arg-type]
    sql = select.format(where=where.sql(), order=order, page="LIMIT ?")
    return db.arrow(sql, [*where.params, MAX_EXPORT_ROWS])


def quotes_by_period(db: Database, f: QuoteFilters, interval: str = "month") -> list[dict[str, Any]]:
    """How many quotes per period (for a speaker's timeline)."""
    where = f.where()
    where.add("a.published_day IS NOT NULL")
    sql = f"""SELECT CAST(date_trunc(?, a.published_day) AS DATE) AS period, count(*) AS quotes
        FROM quotes q JOIN articles a ON a.id = q.article_id {where.sql()} GROUP BY period ORDER BY period"""
    return db.rows(sql, [interval, *where.params])


def get_article(db: Database, article_id: str) -> dict[str, Any] | None:
    """One article with all its annotations, in the shape of RECORD.md (plus store columns)."""
    article = db.one("SELECT * FROM articles WHERE id = ?", [article_id])
    if article is None:
        return None
    article["actors"] = db.rows(
        "SELECT id, name, kind, country, sector, code, roles, mentions FROM actors "
        "WHERE article_id = ? ORDER BY id", [article_id])
    article["quotes"] = db.rows(
        'SELECT idx, text, start, "end", kind, speaker, speaker_name, speaker_code, cue FROM quotes '
        "WHERE article_id = ? ORDER BY idx", [article_id])
    events = db.rows(f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
                     "WHERE e.article_id = ? ORDER BY e.idx", [article_id])
    for event in events:
        event.pop("article_title")
        event.pop("article_outlet")
        event["place"] = _place(event)
    article["events"] = events
    return article


def _place(event: dict[str, Any]) -> dict[str, Any] | None:
    if not event.get("place_name"):
        return None
    return {"name": event["place_name"], "country": event["place_country"],
            "lat": event["place_lat"], "lon": event["place_lon"]}


ACTOR_SORTS = {"articles": "articles", "name": "name", "code": "code"}


def list_actors(db: Database, where: Where, paging: Paging, sort: str = "-articles") -> dict[str, Any]:
    """Distinct actors (same name and code) with how many articles mention them."""
    select = """SELECT name, code, kind, country, sector, count(DISTINCT article_id) AS articles,
        sum(len(mentions)) AS mentions FROM actors x {where}
        GROUP BY name, code, kind, country, sector {order} {page}"""
    count = """SELECT count(*) FROM (SELECT 1 FROM actors x {where}
        GROUP BY name, code, kind, country, sector)"""
    return _page(db, select, count, where, order_by(sort, ACTOR_SORTS) + ", name, code", paging)


TOP_ACTORS = """WITH sides AS (
    SELECT e.source_code AS code FROM events e JOIN articles a ON a.id = e.article_id {ewhere}
    UNION ALL
    SELECT e.target_code FROM events e JOIN articles a ON a.id = e.article_id {ewhere}),
ev AS (SELECT code, count(*) AS events FROM sides WHERE code IS NOT NULL GROUP BY code),
ar AS (SELECT x.code, mode(x.name) AS name, count(DISTINCT x.article_id) AS articles
       FROM actors x JOIN articles a ON a.id = x.article_id {awhere} GROUP BY x.code),
qu AS (SELECT q.speaker_code AS code, count(*) AS quotes
       FROM quotes q JOIN articles a ON a.id = q.article_id {awhere} GROUP BY q.speaker_code)
SELECT coalesce(ar.code, ev.code) AS code, ar.name, coalesce(ar.articles, 0) AS articles,
       coalesce(ev.events, 0) AS events, coalesce(qu.quotes, 0) AS quotes
FROM ar FULL JOIN ev ON ev.code = ar.code LEFT JOIN qu ON qu.code = coalesce(ar.code, ev.code)
WHERE coalesce(ar.code, ev.code) IS NOT NULL AND coalesce(ar.code, ev.code) <> ''"""

TOP_BY = {"events": "events", "articles": "articles", "quotes": "quotes"}


def _ranked(db: Database, body: str, params: list[Any], order: str, paging: Paging) -> dict[str, Any]:
    """One page of a ranking query, with the total number of rows it ranks."""
    total = db.scalar(f"SELECT count(*) FROM ({body})", params)
    items = db.rows(f"{body} {order} LIMIT ? OFFSET ?", [*params, paging.limit, paging.offset])
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


def top_actors(db: Database, by: str, dates: tuple[Any, Any], paging: Paging) -> dict[str, Any]:
    """The actor codes most involved in events, most mentioned, or most quoted."""
    ewhere = Where().when(dates[0], "e.event_day >= ?").when(dates[1], "e.event_day <= ?")
    awhere = Where().when(dates[0], "a.published_day >= ?").when(dates[1], "a.published_day <= ?")
    body = TOP_ACTORS.format(ewhere=ewhere.sql(), awhere=awhere.sql())
    params = [*ewhere.params, *ewhere.params, *awhere.params, *awhere.params]
    return _ranked(db, body, params, f"ORDER BY {TOP_BY[by]} DESC, code", paging)


TOP_DYADS = """WITH per_story AS (  -- one row per pair and story (no DISTINCT aggregates: faster)
    SELECT e.source_country AS source, e.target_country AS target, count(*) AS events,
        bool_or(e.quad_class IN (1, 2))::INTEGER AS cooperation,
        bool_or(e.quad_class IN (3, 4))::INTEGER AS conflict,
        sum(e.goldstein) AS goldstein_sum, count(e.goldstein) AS scored
    FROM events e JOIN articles a ON a.id = e.article_id {where}
    GROUP BY e.source_country, e.target_country, coalesce(a.cluster, a.id))
SELECT source, target, sum(events)::INTEGER AS events, count(*) AS stories,
    sum(cooperation)::INTEGER AS cooperation, sum(conflict)::INTEGER AS conflict,
    round(sum(goldstein_sum) / nullif(sum(scored), 0), 3) AS goldstein_mean
FROM per_story GROUP BY source, target"""


def top_dyads(db: Database, dates: tuple[Any, Any], domestic: bool, paging: Paging) -> dict[str, Any]:
    """The most active (source country, target country) pairs, by stories then events.

    Stories are distinct coalesce(cluster, article id), as in the dyad series: syndicated copies
    count once; `cooperation` and `conflict` are stories with an event of quad class 1-2 / 3-4.
    """
    where = Where().add("e.source_country IS NOT NULL AND e.target_country IS NOT NULL")
    where.when(dates[0], "e.event_day >= ?").when(dates[1], "e.event_day <= ?")
    if not domestic:
        where.add("e.source_country <> e.target_country")
    return _ranked(db, TOP_DYADS.format(where=where.sql()), where.params,
                   "ORDER BY stories DESC, events DESC, source, target", paging)


def overview(db: Database) -> dict[str, Any]:
    """Table sizes and date range, for the dashboard's front page and /api."""
    counts = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("articles", "actors", "quotes", "events")}
    first, last = db.cursor.execute("SELECT min(published_day), max(published_day) FROM articles").fetchone()
    return {"counts": counts, "first_day": first, "last_day": last}

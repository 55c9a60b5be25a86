"""Dashboard pages: search, one article with its annotations, the events table, a speaker.

Pages take exactly the API's parameters (same dependencies, same 4xx) and render templates.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam

from communique.serve.db import Database
from communique.serve.deps import DB, EventSort, render
from communique.serve.dyads import fill_gaps
from communique.serve.filters import ArticleFilters, EventFilters, Paging, QuoteFilters, paging
from communique.serve.highlight import segments
from communique.serve.queries import (
    get_article,
    list_articles,
    list_events,
    list_quotes,
    overview,
    quotes_by_period,
)
from communique.serve.sql import LIKE, like
from communique.serve.svg import Axis, Series, line_chart

router = APIRouter(include_in_schema=False)

PAGE = 25


def _paged(page: Paging) -> Paging:
    """Pages show at most 100 rows; the API allows more."""
    return Paging(min(page.limit, 100), page.offset)


def _speakers(db: Database, q: str) -> list[dict]:
    """Speakers whose name contains the search words (for links to their pages)."""
    return db.rows(f"""SELECT speaker_name AS name, speaker_code AS code, count(*) AS quotes FROM quotes
        WHERE speaker_name {LIKE} GROUP BY ALL ORDER BY quotes DESC, name LIMIT 10""", [like(q)])


@router.get("/")
def home(request: Request, db: DB, f: Annotated[ArticleFilters, Query()],
         page: Annotated[Paging, Depends(paging)]):
    return search(request, db, f, page)


@router.get("/search")
def search(request: Request, db: DB, f: Annotated[ArticleFilters, Query()],
           page: Annotated[Paging, Depends(paging)]):
    page = _paged(Paging(PAGE if page.limit == 50 else page.limit, page.offset))
    results = list_articles(db, f, page)
    speakers = _speakers(db, f.q) if f.q else []
    return render(request, "search.html", f=f, results=results, speakers=speakers, stats=overview(db))


@router.get("/articles/{article_id}")
def article(request: Request, db: DB,
            article_id: Annotated[str, PathParam(min_length=1, max_length=200)]):
    found = get_article(db, article_id)
    if found is None:
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    names = {a["id"]: a["name"] for a in found["actors"]}
    return render(request, "article.html", article=found, segments=segments(found), names=names)


@router.get("/events")
def events(request: Request, db: DB, f: Annotated[EventFilters, Query()],
           page: Annotated[Paging, Depends(paging)], sort: EventSort = "-day"):
    results = list_events(db, f, _paged(page), sort)
    return render(request, "events.html", f=f, results=results, sort=sort)


@router.get("/speaker")
def speaker(request: Request, db: DB, f: Annotated[QuoteFilters, Query()],
            page: Annotated[Paging, Depends(paging)],
            interval: Annotated[str, Query(pattern=r"^(week|month|quarter|year)$")] = "month"):
    if not (f.speaker or f.speaker_code):
        raise HTTPException(400, detail="name a speaker: ?speaker=NAME or ?speaker_code=CODE")
    results = list_quotes(db, f, _paged(page), "-published")
    counts = quotes_by_period(db, f, interval)
    chart = None
    if counts:
        filled = fill_gaps(counts, interval)
        days = [r["period"] for r in filled]
        chart = line_chart(days, [Series(f"Quotes per {interval}", "s-quotes", [r.get("quotes", 0) for r in filled])],
                           Axis(interval, f"Quotes per {interval}", integer=True))
    return render(request, "speaker.html", f=f, results=results, chart=chart, interval=interval)

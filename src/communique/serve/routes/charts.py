"""Dashboard pages with charts: a dyad's cooperation/conflict timeline, and the dyad network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import Field

from communique.serve.deps import DB, render
from communique.serve.dyads import dyad_series, period_end, truncate
from communique.serve.filters import CODE_PATTERN, END, START, EventFilters, Filters, Paging, paging
from communique.serve.queries import list_events, top_dyads
from communique.serve.svg import Axis, Series, line_chart, network
from communique.serve.templating import query_string

router = APIRouter(include_in_schema=False)


class DyadPage(Filters):
    """The dyad page's query: two actors (either may be missing: then a form), period length,
    days, and the period whose events to list."""

    a: str | None = Field(None, pattern=CODE_PATTERN)
    b: str | None = Field(None, pattern=CODE_PATTERN)
    interval: Literal["day", "week", "month", "quarter", "year"] = "month"
    start: date | None = START
    end: date | None = END
    period: date | None = None


def _charts(series: dict, q: DyadPage, a: str, b: str):
    """The counts chart (cooperation vs conflict) and the mean-Goldstein chart, each point a link."""
    points = series["series"]
    days = [p["period"] for p in points]
    base = {"a": a, "b": b, "interval": q.interval, "start": q.start, "end": q.end}
    links = [query_string(base, period=d.isoformat()) + "#events" for d in days]
    counts = line_chart(days, [
        Series("Cooperation (quad classes 1-2)", "s-coop", [p["cooperation"] for p in points]),
        Series("Conflict (quad classes 3-4)", "s-conflict", [p["conflict"] for p in points]),
    ], Axis(q.interval, f"Stories per {q.interval}", integer=True), links)
    tone = line_chart(days, [Series("Mean Goldstein score (-10 most conflictual, +10 most cooperative)",
                                    "s-goldstein", [p["goldstein_mean"] for p in points])],
                      Axis(q.interval, "Mean Goldstein", fixed=(-10, 10), size=(1000, 240)), links)
    return counts, tone


@router.get("/dyad")
def dyad(request: Request, db: DB, q: Annotated[DyadPage, Query()], page: Annotated[Paging, Depends(paging)]):
    suggestions = top_dyads(db, (None, None), False, Paging(12, 0))["items"]
    context = {"interval": q.interval, "start": q.start, "end": q.end, "suggestions": suggestions}
    if not (q.a and q.b):
        if q.a or q.b:
            raise HTTPException(400, detail="a dyad needs two actors: ?a=KAZ&b=RUS")
        return render(request, "dyad.html", a=None, b=None, **context)
    a, b = q.a.upper(), q.b.upper()
    series = dyad_series(db, a, b, q.interval, dates=(q.start, q.end))
    counts, tone = _charts(series, q, a, b)
    first, last, period = q.start, q.end, None
    if q.period:
        period = truncate(q.period, q.interval)
        first, last = period, period_end(period, q.interval)
    events = list_events(db, EventFilters(start=first, end=last), Paging(min(page.limit, 100), page.offset),
                         "-day", pair=(a, b))
    return render(request, "dyad.html", a=a, b=b, series=series, counts=counts, tone=tone, events=events,
                  period=period, **context)


class NetworkPage(Filters):
    start: date | None = START
    end: date | None = END
    limit: int = Field(40, ge=2, le=200, description="how many dyads to draw")
    domestic: bool = False


@router.get("/network")
def network_page(request: Request, db: DB, q: Annotated[NetworkPage, Query()]):
    dyads = top_dyads(db, (q.start, q.end), q.domestic, Paging(q.limit, 0))["items"]
    return render(request, "network.html", net=network(dyads), dyads=dyads, start=q.start, end=q.end, limit=q.limit)

"""Dashboard pages with charts: a dyad's cooperation/conflict timeline, and the dyad network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from communique.serve.deps import DB, render
from communique.serve.dyads import dyad_series, period_end, truncate
from communique.serve.filters import CODE_HELP, CODE_PATTERN, End, EventFilters, Paging, Start, check_dates, paging
from communique.serve.queries import list_events, top_dyads
from communique.serve.svg import Series, line_chart, network
from communique.serve.templating import query_string

router = APIRouter(include_in_schema=False)

Code = Annotated[str | None, Query(pattern=CODE_PATTERN, description=CODE_HELP)]
Interval = Literal["day", "week", "month", "quarter", "year"]


def _charts(series: dict, a: str, b: str, interval: str, dates: tuple[date | None, date | None]):
    """The counts chart (cooperation vs conflict) and the mean-Goldstein chart, each point a link."""
    points = series["series"]
    days = [p["period"] for p in points]
    base = {"a": a, "b": b, "interval": interval, "start": dates[0], "end": dates[1]}
    links = [query_string(base, period=d.isoformat()) + "#events" for d in days]
    counts = line_chart(days, [
        Series("Cooperation (quad classes 1-2)", "s-coop", [p["cooperation"] for p in points]),
        Series("Conflict (quad classes 3-4)", "s-conflict", [p["conflict"] for p in points]),
    ], interval=interval, y_label=f"Stories per {interval}", links=links, integer=True)
    tone = line_chart(days, [Series("Mean Goldstein score", "s-goldstein", [p["goldstein_mean"] for p in points])],
                      interval=interval, y_label="Mean Goldstein (-10..+10)", links=links, fixed=(-10, 10),
                      size=(1000, 220))
    return counts, tone


@router.get("/dyad")
def dyad(request: Request, db: DB, page: Annotated[Paging, Depends(paging)],
         a: Code = None, b: Code = None, interval: Interval = "month",
         start: Start = None, end: End = None,
         period: Annotated[date | None, Query(description="show the events of the period starting here")] = None):
    check_dates(start, end)
    suggestions = top_dyads(db, (None, None), False, Paging(12, 0))
    if not (a and b):
        if a or b:
            raise HTTPException(400, detail="a dyad needs two actors: ?a=KAZ&b=RUS")
        return render(request, "dyad.html", a=None, b=None, interval=interval, suggestions=suggestions,
                      start=start, end=end)
    a, b = a.upper(), b.upper()
    series = dyad_series(db, a, b, interval, dates=(start, end))
    counts, tone = _charts(series, a, b, interval, (start, end))
    first, last = start, end
    if period:
        period = truncate(period, interval)
        first, last = period, period_end(period, interval)
    events = list_events(db, EventFilters(pair=(a, b), start=first, end=last), Paging(min(page.limit, 100),
                                                                                     page.offset), "-day")
    return render(request, "dyad.html", a=a, b=b, interval=interval, series=series, counts=counts, tone=tone,
                  events=events, period=period, start=start, end=end, suggestions=suggestions)


@router.get("/network")
def network_page(request: Request, db: DB, start: Start = None, end: End = None,
                 limit: Annotated[int, Query(ge=2, le=200, description="how many dyads to draw")] = 40,
                 domestic: bool = False):
    check_dates(start, end)
    dyads = top_dyads(db, (start, end), domestic, Paging(limit, 0))
    return render(request, "network.html", net=network(dyads), dyads=dyads, start=start, end=end, limit=limit)

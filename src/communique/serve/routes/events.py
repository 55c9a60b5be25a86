"""/api/events: CAMEO events with every filter, paged, and as CSV or Parquet downloads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from communique.serve.deps import DB, EventSort
from communique.serve.export import table_response
from communique.serve.filters import EventFilters, Paging, paging
from communique.serve.queries import export_table, list_events
from communique.serve.schemas import EventRow, Page

router = APIRouter(prefix="/api", tags=["events"])

Filters = Annotated[EventFilters, Query()]


@router.get("/events", response_model=Page[EventRow])
def events(db: DB, f: Filters, page: Annotated[Paging, Depends(paging)], sort: EventSort = "-day"):
    """Events matching every given filter (source/target/actor by country or code, CAMEO, PLOVER,
    quad class, days, place, article), newest first by default."""
    return list_events(db, f, page, sort)


@router.get("/events.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def events_csv(db: DB, f: Filters, sort: EventSort = "-day"):
    """Every event matching the filters (up to 100,000 rows) as CSV."""
    return table_response(export_table(db, "events", f, sort), "csv", "events")


@router.get("/events.parquet", response_class=Response,
            responses={200: {"content": {"application/vnd.apache.parquet": {}}}})
def events_parquet(db: DB, f: Filters, sort: EventSort = "-day"):
    """Every event matching the filters (up to 100,000 rows) as Parquet."""
    return table_response(export_table(db, "events", f, sort), "parquet", "events")

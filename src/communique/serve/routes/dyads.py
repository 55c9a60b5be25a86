"""/api/dyads/{a}/{b}: events between two actors per period, by quad class, with Goldstein."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi import Path as PathParam

from communique.serve.deps import DB
from communique.serve.dyads import dyad_series
from communique.serve.filters import CODE_HELP, CODE_PATTERN, DyadQuery
from communique.serve.schemas import DyadSeries

router = APIRouter(prefix="/api", tags=["dyads"])

Side = Annotated[str, PathParam(pattern=CODE_PATTERN, description=CODE_HELP)]


@router.get("/dyads/{a}/{b}", response_model=DyadSeries)
def dyad(db: DB, a: Side, b: Side, query: Annotated[DyadQuery, Query()]):
    """Stories per quad class, summed and mean Goldstein, per period, for events between a and b
    (syndicated copies in one cluster count once). Periods without events are filled with zeros."""
    return dyad_series(db, a.upper(), b.upper(), query.interval, dates=(query.start, query.end),
                       directed=query.directed)

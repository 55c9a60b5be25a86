"""/api/top/actors and /api/top/dyads: who is most active, and between whom."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from communique.serve.deps import DB
from communique.serve.filters import End, Paging, Start, check_dates, paging
from communique.serve.queries import top_actors, top_dyads
from communique.serve.schemas import Page, TopActor, TopDyad

router = APIRouter(prefix="/api/top", tags=["top"])


@router.get("/actors", response_model=Page[TopActor])
def actors(db: DB, page: Annotated[Paging, Depends(paging)],
           by: Annotated[Literal["events", "articles", "quotes"],
                         Query(description="rank by events (as source or target), articles or quotes")] = "events",
           start: Start = None, end: End = None):
    """Actor codes ranked by how often they act or are acted on, are mentioned, or are quoted."""
    check_dates(start, end)
    return top_actors(db, by, (start, end), page)


@router.get("/dyads", response_model=Page[TopDyad])
def dyads(db: DB, page: Annotated[Paging, Depends(paging)], start: Start = None, end: End = None,
          domestic: Annotated[bool, Query(description="include events within one country")] = False):
    """(source country, target country) pairs ranked by stories, then events."""
    check_dates(start, end)
    return top_dyads(db, (start, end), domestic, page)

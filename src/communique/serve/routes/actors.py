"""/api/actors: the distinct actors of the database, by name, code, country, kind or sector."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from communique.serve.deps import DB
from communique.serve.filters import ActorFilters, Paging, paging
from communique.serve.queries import ACTOR_SORTS, list_actors, sort_pattern
from communique.serve.schemas import ActorRow, Page

router = APIRouter(prefix="/api", tags=["actors"])

ActorSort = Annotated[str, Query(pattern=sort_pattern(ACTOR_SORTS),
                                 description="articles, name or code; '-' for descending (default -articles)")]


@router.get("/actors", response_model=Page[ActorRow])
def actors(db: DB, f: Annotated[ActorFilters, Query()], page: Annotated[Paging, Depends(paging)],
           sort: ActorSort = "-articles"):
    """Actors grouped by name and code, with how many articles mention each."""
    return list_actors(db, f.where(), page, sort)

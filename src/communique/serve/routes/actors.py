"""/api/actors: the distinct actors of the database, by name, code, country, kind or sector."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from communique.serve.deps import DB
from communique.serve.filters import CODE_PATTERN, Paging, paging
from communique.serve.queries import ACTOR_SORTS, list_actors, sort_pattern
from communique.serve.schemas import ActorRow, Page
from communique.serve.sql import LIKE, Where, like

router = APIRouter(prefix="/api", tags=["actors"])


@router.get("/actors", response_model=Page[ActorRow])
def actors(
    db: DB, page: Annotated[Paging, Depends(paging)],
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="name contains")] = None,
    code: Annotated[str | None, Query(pattern=CODE_PATTERN, description="CAMEO actor code, exactly")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="country or region code")] = None,
    kind: Annotated[str | None, Query(pattern=r"^(person|state|organization|group)$")] = None,
    sector: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="CAMEO sector (GOV, MIL)")] = None,
    sort: Annotated[str, Query(pattern=sort_pattern(ACTOR_SORTS),
                               description="articles, name or code; '-' for descending")] = "-articles",
):
    """Actors grouped by name and code, with how many articles mention each."""
    where = Where()
    where.when(q, f"x.name {LIKE}", like(q or ""))
    where.when(code, "x.code = ?", (code or "").upper())
    where.when(country, "x.country = ?", (country or "").upper())
    where.when(kind, "x.kind = ?")
    where.when(sector, "x.sector = ?", (sector or "").upper())
    return list_actors(db, where, page, sort)

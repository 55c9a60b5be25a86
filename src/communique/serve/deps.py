"""What every route needs from the app: the database, the templates, the sort parameters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse

from communique.serve.db import Database
from communique.serve.queries import ARTICLE_SORTS, EVENT_SORTS, QUOTE_SORTS, sort_pattern


def get_db(request: Request) -> Database:
    return request.app.state.db


DB = Annotated[Database, Depends(get_db)]


def _sort(columns: dict[str, str], default: str) -> Any:
    return Query(pattern=sort_pattern(columns),
                 description=f"one of {', '.join(sorted(columns))}; prefix '-' for descending (default {default})")


ArticleSort = Annotated[str, _sort(ARTICLE_SORTS, "-published")]
EventSort = Annotated[str, _sort(EVENT_SORTS, "-day")]
QuoteSort = Annotated[str, _sort(QUOTE_SORTS, "-published")]


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A dashboard page from templates/ (autoescaped)."""
    html = request.app.state.templates.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)

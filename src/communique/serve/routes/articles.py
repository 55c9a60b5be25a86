"""/api/articles: search by words, days, outlet, language; /api/articles/{id} with every annotation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi import Path as PathParam

from communique.serve.deps import DB, ArticleSort
from communique.serve.filters import ArticleFilters, Paging, paging
from communique.serve.queries import get_article, list_articles, overview
from communique.serve.schemas import Article, ArticleRow, Overview, Page, Problem

router = APIRouter(prefix="/api")

ArticleIdPath = Annotated[str, PathParam(min_length=1, max_length=200, description="the article's id")]


@router.get("", response_model=Overview, tags=["overview"])
def index(db: DB):
    """How many articles, actors, quotes and events the database holds, and its first and last day."""
    return overview(db)


@router.get("/articles", response_model=Page[ArticleRow], tags=["articles"])
def articles(db: DB, f: Annotated[ArticleFilters, Query()],
             page: Annotated[Paging, Depends(paging)], sort: ArticleSort = "-published"):
    """Articles matching every given filter, newest first by default."""
    return list_articles(db, f, page, sort)


@router.get("/articles/{article_id}", response_model=Article, responses={404: {"model": Problem}},
            tags=["articles"])
def article(db: DB, article_id: ArticleIdPath):
    """One article: text, metadata, and all its actors, quotes and events."""
    found = get_article(db, article_id)
    if found is None:
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    return found

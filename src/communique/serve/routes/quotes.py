"""/api/quotes: statements by speaker, by mentioned actor, by words; paged; CSV and Parquet."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from communique.serve.deps import DB, QuoteSort
from communique.serve.export import table_response
from communique.serve.filters import Paging, QuoteFilters, paging
from communique.serve.queries import export_table, list_quotes
from communique.serve.schemas import Page, QuoteRow

router = APIRouter(prefix="/api", tags=["quotes"])

Filters = Annotated[QuoteFilters, Query()]


@router.get("/quotes", response_model=Page[QuoteRow])
def quotes(db: DB, f: Filters, page: Annotated[Paging, Depends(paging)], sort: QuoteSort = "-published"):
    """Quotes matching every given filter, newest article first by default."""
    return list_quotes(db, f, page, sort)


@router.get("/quotes.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def quotes_csv(db: DB, f: Filters, sort: QuoteSort = "-published"):
    """Every quote matching the filters (up to 100,000 rows) as CSV."""
    return table_response(export_table(db, "quotes", f, sort), "csv", "quotes")


@router.get("/quotes.parquet", response_class=Response,
            responses={200: {"content": {"application/vnd.apache.parquet": {}}}})
def quotes_parquet(db: DB, f: Filters, sort: QuoteSort = "-published"):
    """Every quote matching the filters (up to 100,000 rows) as Parquet."""
    return table_response(export_table(db, "quotes", f, sort), "parquet", "quotes")

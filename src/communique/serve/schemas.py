"""Response shapes, so the OpenAPI description (/openapi.json, /docs) says what every list returns.

Field names follow ../shared/spec/RECORD.md and the columns of store/schema.sql.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` rows match the filters; `items` are rows offset..offset+limit."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ArticleRow(BaseModel):
    id: str
    title: str | None
    published: str | None
    published_day: date | None
    outlet: str | None
    language: str | None
    source: str
    url: str | None
    cluster: str | None
    snippet: str | None = Field(description="the first 240 characters of the text")


class ActorRow(BaseModel):
    name: str | None
    code: str | None
    kind: str | None
    country: str | None
    sector: str | None
    articles: int = Field(description="articles that mention this actor")
    mentions: int | None


class QuoteRow(BaseModel):
    article_id: str
    idx: int
    text: str | None
    start: int | None
    end: int | None
    kind: str | None
    speaker: str | None
    speaker_name: str | None
    speaker_code: str | None
    cue: str | None
    published_day: date | None
    article_title: str | None
    article_outlet: str | None


class EventRow(BaseModel):
    article_id: str
    idx: int
    source: str | None
    target: str | None
    source_code: str | None
    target_code: str | None
    source_country: str | None
    target_country: str | None
    cameo: str | None
    root: str | None
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    date: str | None
    event_day: date | None
    place_name: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    sentence: str | None
    start: int | None
    end: int | None
    quote: int | None
    confidence: float | None
    article_title: str | None
    article_outlet: str | None


class Article(BaseModel):
    """One article with every annotation (the record of RECORD.md plus store columns)."""

    id: str
    source: str
    title: str | None
    authors: list[str] | None
    published: str | None
    published_day: date | None
    datelines: list[dict[str, Any]] | None
    agencies: list[str] | None
    language: str | None
    text: str | None
    tone: float | None
    url: str | None
    outlet: str | None
    cluster: str | None
    run_id: str | None
    actors: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class DyadPoint(BaseModel):
    period: date = Field(description="first day of the period")
    q1: int = Field(description="stories with verbal cooperation (quad class 1)")
    q2: int = Field(description="stories with material cooperation (quad class 2)")
    q3: int = Field(description="stories with verbal conflict (quad class 3)")
    q4: int = Field(description="stories with material conflict (quad class 4)")
    cooperation: int = Field(description="stories with cooperation (quad class 1 or 2)")
    conflict: int = Field(description="stories with conflict (quad class 3 or 4)")
    stories: int = Field(description="distinct stories (cluster, or article if unclustered)")
    events: int = Field(description="events, syndicated copies collapsed")
    goldstein_sum: float
    goldstein_mean: float | None


class DyadSeries(BaseModel):
    a: str
    b: str
    interval: str
    directed: bool
    totals: dict[str, int]
    series: list[DyadPoint]


class TopActor(BaseModel):
    code: str
    name: str | None
    articles: int
    events: int
    quotes: int


class TopDyad(BaseModel):
    source: str
    target: str
    events: int
    stories: int = Field(description="distinct stories (cluster, or article if unclustered)")
    cooperation: int = Field(description="stories with an event of quad class 1 or 2")
    conflict: int = Field(description="stories with an event of quad class 3 or 4")
    goldstein_mean: float | None


class Overview(BaseModel):
    counts: dict[str, int]
    first_day: date | None
    last_day: date | None


class Problem(BaseModel):
    """What every 4xx answer carries."""

    error: str
    detail: Any = None

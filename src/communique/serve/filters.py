"""Query parameters: declared once as models, validated by FastAPI (a clear 422), turned into SQL.

Each filter model is used as `Annotated[Model, Query()]`, so the JSON lists, the CSV/Parquet
downloads and the dashboard pages accept exactly the same parameters with exactly the same
checks, and the OpenAPI document lists each one with its pattern and meaning.
Table aliases used in the clauses: `a` articles, `e` events, `q` quotes, `x` actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from communique.serve.sql import LIKE, MAX_LIMIT, Where, like, side

CODE_PATTERN = r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$"
CODE_HELP = "a 3-letter country/region code (KAZ: every actor of Kazakhstan) or a full CAMEO actor code (KAZGOV)"


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (1..{MAX_LIMIT})")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)


def check_dates(start: date | None, end: date | None) -> None:
    """A range whose start is after its end is a mistake, not an empty answer."""
    if start and end and start > end:
        from fastapi import HTTPException

        raise HTTPException(422, detail=f"start ({start}) is after end ({end})")


def _text(description: str, min_length: int = 1):
    return Field(None, min_length=min_length, max_length=200, description=description)


def _code(description: str = CODE_HELP):
    return Field(None, pattern=CODE_PATTERN, description=description)


START = Field(None, description="first day, YYYY-MM-DD (inclusive)")
END = Field(None, description="last day, YYYY-MM-DD (inclusive)")
Start = Annotated[date | None, Query(description="first day, YYYY-MM-DD (inclusive)")]
End = Annotated[date | None, Query(description="last day, YYYY-MM-DD (inclusive)")]


class Filters(BaseModel):
    """Common to every filter model: unknown parameters are ignored, codes upper-cased,
    and a date range must not end before it starts."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    @model_validator(mode="after")
    def _range(self):
        start, end = getattr(self, "start", None), getattr(self, "end", None)
        if start and end and start > end:
            raise ValueError(f"start ({start}) is after end ({end})")
        return self

    def params(self) -> dict[str, str | int]:
        """The filters that are set, as query parameters (for links that keep them)."""
        return {k: (v.isoformat() if isinstance(v, date) else v)
                for k, v in self.model_dump(exclude_none=True).items()}


def _upper(value: str | None) -> str | None:
    return value.upper() if value else value


class ArticleFilters(Filters):
    q: str | None = _text("words in the title or text")
    start: date | None = START
    end: date | None = END
    outlet: str | None = _text("outlet name contains")
    language: str | None = Field(None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code (en)")

    def where(self) -> Where:
        w = Where()
        if self.q:
            w.add(f"a.title {LIKE} OR a.text {LIKE}", like(self.q), like(self.q))
        w.when(self.outlet, f"a.outlet {LIKE}", like(self.outlet or ""))
        return w.when_each(self, {"start": "a.published_day >= ?", "end": "a.published_day <= ?",
                                  "language": "a.language = ?"})


class EventFilters(Filters):
    source: str | None = _code()
    target: str | None = _code()
    actor: str | None = _code("either side: " + CODE_HELP)
    cameo: str | None = Field(None, pattern=r"^\d{2,4}$", description="CAMEO code or its prefix (03, 036)")
    root: str | None = Field(None, pattern=r"^(0[1-9]|1\d|20)$", description="CAMEO root, 01..20")
    plover: str | None = Field(None, pattern=r"^[A-Za-z_]{2,30}$", description="PLOVER type (CONSULT)")
    quad_class: int | None = Field(None, ge=1, le=4, description="1 verbal cooperation, 2 material "
                                                                 "cooperation, 3 verbal conflict, 4 material conflict")
    start: date | None = START
    end: date | None = END
    place: str | None = _text("place name contains, or its country code")
    article_id: str | None = _text("one article's id")

    _codes = field_validator("source", "target", "actor", "plover")(_upper)

    def where(self, pair: tuple[str, str] | None = None) -> Where:
        """The conditions; `pair` adds "between these two, either way" (the dyad page)."""
        w = Where()
        if pair:
            w.add(*dyad_clause(*pair, directed=False))
        for prefix, code in (("source", self.source), ("target", self.target)):
            if code:
                w.add(*side(prefix, code))
        if self.actor:
            (s_clause, s_val), (t_clause, t_val) = side("source", self.actor), side("target", self.actor)
            w.add(f"{s_clause} OR {t_clause}", s_val, t_val)
        if self.place:
            w.add(f"e.place_name {LIKE} OR e.place_country = ?", like(self.place), self.place.upper())
        return w.when_each(self, {"cameo": "starts_with(e.cameo, ?)", "root": "e.root = ?",
                                  "plover": "upper(e.plover) = ?", "quad_class": "e.quad_class = ?",
                                  "start": "e.event_day >= ?", "end": "e.event_day <= ?",
                                  "article_id": "e.article_id = ?"})


def dyad_clause(a: str, b: str, directed: bool) -> tuple[str, ...]:
    """Events from `a` to `b` (and, unless `directed`, from `b` to `a`): clause then its values."""
    (s1, v1), (t1, w1) = side("source", a), side("target", b)
    if directed:
        return (f"{s1} AND {t1}", v1, w1)
    (s2, v2), (t2, w2) = side("source", b), side("target", a)
    return (f"({s1} AND {t1}) OR ({s2} AND {t2})", v1, w1, v2, w2)


# A quote mentions an actor when one of that actor's mentions lies inside the quote's span.
_MENTIONS = """EXISTS (
    SELECT 1 FROM actors x, unnest(x.mentions) AS m(span)
    WHERE x.article_id = q.article_id
      AND (x.code = upper(?) OR x.country = upper(?) OR lower(x.name) = lower(?))
      AND span[1] >= q.start AND span[2] <= q."end")"""


class QuoteFilters(Filters):
    speaker: str | None = _text("speaker's name, exactly (case ignored)")
    speaker_code: str | None = _code("speaker's " + CODE_HELP)
    mentions: str | None = _text("an actor mentioned inside the quote: CAMEO code, country code or name",
                                 min_length=2)
    q: str | None = _text("words in the quote")
    kind: str | None = Field(None, pattern=r"^(direct|indirect|mixed)$", description="direct, indirect or mixed")
    start: date | None = START
    end: date | None = END
    article_id: str | None = _text("one article's id")

    _codes = field_validator("speaker_code")(_upper)

    def where(self) -> Where:
        w = Where()
        if self.speaker_code:
            column = "left(q.speaker_code, 3)" if len(self.speaker_code) == 3 else "q.speaker_code"
            w.add(f"{column} = ?", self.speaker_code)
        if self.mentions:
            w.add(_MENTIONS, self.mentions, self.mentions, self.mentions)
        w.when(self.q, f"q.text {LIKE}", like(self.q or ""))
        return w.when_each(self, {"speaker": "lower(q.speaker_name) = lower(?)", "kind": "q.kind = ?",
                                  "start": "a.published_day >= ?", "end": "a.published_day <= ?",
                                  "article_id": "q.article_id = ?"})


class ActorFilters(Filters):
    q: str | None = _text("name contains")
    code: str | None = _code("CAMEO actor code, exactly")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="country or region code")
    kind: str | None = Field(None, pattern=r"^(person|state|organization|group)$")
    sector: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="CAMEO sector (GOV, MIL)")

    _codes = field_validator("code", "country", "sector")(_upper)

    def where(self) -> Where:
        w = Where().when(self.q, f"x.name {LIKE}", like(self.q or ""))
        return w.when_each(self, {"code": "x.code = ?", "country": "x.country = ?", "kind": "x.kind = ?",
                                  "sector": "x.sector = ?"})


class DyadQuery(Filters):
    """The query of a dyad series: which periods, which days, which direction."""

    interval: Literal["day", "week", "month", "quarter", "year"] = Field("month", description="length of one period")
    start: date | None = START
    end: date | None = END
    directed: bool = Field(False, description="only events from a to b (default: both ways)")

"""Query parameters: declared once, validated by FastAPI (a clear 422 on bad input), turned into SQL.

Each `*_filters` function is a FastAPI dependency, so the JSON lists, the CSV/Parquet downloads
and the dashboard pages accept exactly the same parameters with exactly the same checks.
Table aliases used in the clauses: `a` articles, `e` events, `q` quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from communique.serve.sql import LIKE, MAX_LIMIT, Where, like, side

CODE_PATTERN = r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$"
CODE_HELP = "a 3-letter country/region code (KAZ: every actor of Kazakhstan) or a full CAMEO actor code (KAZGOV)"
TEXT = Query(default=None, min_length=1, max_length=200)


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
    if start and end and start > end:
        raise HTTPException(422, detail=f"start ({start}) is after end ({end})")


def _code(value: str | None) -> str | None:
    return value.upper() if value else None


Start = Annotated[date | None, Query(description="first day, YYYY-MM-DD (inclusive)")]
End = Annotated[date | None, Query(description="last day, YYYY-MM-DD (inclusive)")]
Code = Annotated[str | None, Query(pattern=CODE_PATTERN, description=CODE_HELP)]
Text = Annotated[str | None, TEXT]
ArticleId = Annotated[str | None, Query(min_length=1, max_length=200, description="one article's id")]


@dataclass(frozen=True)
class ArticleFilters:
    q: str | None = None
    start: date | None = None
    end: date | None = None
    outlet: str | None = None
    language: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.q:
            w.add(f"a.title {LIKE} OR a.text {LIKE}", like(self.q), like(self.q))
        w.when(self.start, "a.published_day >= ?")
        w.when(self.end, "a.published_day <= ?")
        w.when(self.outlet, f"a.outlet {LIKE}", like(self.outlet or ""))
        w.when(self.language, "a.language = ?")
        return w


def article_filters(
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="words in the title or text")] = None,
    start: Start = None, end: End = None,
    outlet: Annotated[str | None, Query(min_length=1, max_length=200, description="outlet name contains")] = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$", description="ISO 639-1 code (en)")] = None,
) -> ArticleFilters:
    check_dates(start, end)
    return ArticleFilters(q, start, end, outlet, language)


@dataclass(frozen=True)
class EventFilters:
    source: str | None = None
    target: str | None = None
    actor: str | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None
    article_id: str | None = None
    pair: tuple[str, str] | None = None  # a dyad, either direction (set by the dyad page, not a parameter)

    def where(self) -> Where:
        w = Where()
        if self.pair:
            w.add(*dyad_clause(*self.pair, directed=False))
        for prefix, code in (("source", self.source), ("target", self.target)):
            if code:
                w.add(*side(prefix, code))
        if self.actor:
            (s_clause, s_val), (t_clause, t_val) = side("source", self.actor), side("target", self.actor)
            w.add(f"{s_clause} OR {t_clause}", s_val, t_val)
        w.when(self.cameo, "starts_with(e.cameo, ?)")
        w.when(self.root, "e.root = ?")
        w.when(self.plover, "upper(e.plover) = ?")
        w.when(self.quad_class, "e.quad_class = ?")
        w.when(self.start, "e.event_day >= ?")
        w.when(self.end, "e.event_day <= ?")
        if self.place:
            w.add(f"e.place_name {LIKE} OR e.place_country = ?", like(self.place), self.place.upper())
        w.when(self.article_id, "e.article_id = ?")
        return w


def dyad_clause(a: str, b: str, directed: bool) -> tuple[str, ...]:
    """Events from `a` to `b` (and, unless `directed`, from `b` to `a`): clause then its values."""
    (s1, v1), (t1, w1) = side("source", a), side("target", b)
    if directed:
        return (f"{s1} AND {t1}", v1, w1)
    (s2, v2), (t2, w2) = side("source", b), side("target", a)
    return (f"({s1} AND {t1}) OR ({s2} AND {t2})", v1, w1, v2, w2)


def event_filters(
    source: Code = None, target: Code = None,
    actor: Annotated[str | None, Query(pattern=CODE_PATTERN, description="either side: " + CODE_HELP)] = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or its prefix (03, 036)")] = None,
    root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1\d|20)$", description="CAMEO root, 01..20")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,30}$", description="PLOVER type (CONSULT)")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop., 2 material coop., "
                                                                 "3 verbal conflict, 4 material conflict")] = None,
    start: Start = None, end: End = None,
    place: Annotated[str | None, Query(min_length=1, max_length=200, description="place name contains, "
                                                                              "or its country code")] = None,
    article_id: ArticleId = None,
) -> EventFilters:
    check_dates(start, end)
    return EventFilters(_code(source), _code(target), _code(actor), cameo, root,
                        plover.upper() if plover else None, quad_class, start, end, place, article_id)


@dataclass(frozen=True)
class QuoteFilters:
    speaker: str | None = None
    speaker_code: str | None = None
    mentions: str | None = None
    q: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None
    article_id: str | None = None

    def where(self) -> Where:
        w = Where()
        w.when(self.speaker, "lower(q.speaker_name) = lower(?)")
        if self.speaker_code:
            column = "left(q.speaker_code, 3)" if len(self.speaker_code) == 3 else "q.speaker_code"
            w.add(f"{column} = ?", self.speaker_code)
        if self.mentions:
            w.add(_MENTIONS, self.mentions, self.mentions, self.mentions)
        w.when(self.q, f"q.text {LIKE}", like(self.q or ""))
        w.when(self.kind, "q.kind = ?")
        w.when(self.start, "a.published_day >= ?")
        w.when(self.end, "a.published_day <= ?")
        w.when(self.article_id, "q.article_id = ?")
        return w


# A quote mentions an actor when one of that actor's mentions lies inside the quote's span.
_MENTIONS = """EXISTS (
    SELECT 1 FROM actors x, unnest(x.mentions) AS m(span)
    WHERE x.article_id = q.article_id
      AND (x.code = upper(?) OR x.country = upper(?) OR lower(x.name) = lower(?))
      AND span[1] >= q.start AND span[2] <= q."end")"""


def quote_filters(
    speaker: Annotated[str | None, Query(min_length=1, max_length=200,
                                         description="speaker's name, exactly (case ignored)")] = None,
    speaker_code: Annotated[str | None, Query(pattern=CODE_PATTERN, description="speaker's " + CODE_HELP)] = None,
    mentions: Annotated[str | None, Query(min_length=2, max_length=200,
                                          description="an actor mentioned inside the quote: "
                                                      "CAMEO code, country code or name")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="words in the quote")] = None,
    kind: Annotated[str | None, Query(pattern=r"^(direct|indirect|mixed)$",
                                      description="direct, indirect or mixed")] = None,
    start: Start = None, end: End = None, article_id: ArticleId = None,
) -> QuoteFilters:
    check_dates(start, end)
    return QuoteFilters(speaker, _code(speaker_code), mentions, q, kind, start, end, article_id)

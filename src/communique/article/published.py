"""Choosing a page's publication date among the dates it states.

The rule, in order:

1. **Machine statements first.** JSON-LD `datePublished`, then Open Graph and the other meta
   tags, then `itemprop`, are what the publisher wrote for machines about *this* page; a
   modification date (`dateModified`, "Updated ...") is never taken for the publication.
2. **Printed dates next.** The <time> tags and the dated line under the headline (pagedates.py),
   then trafilatura's own guess. These are weaker: a page prints other stories' dates too. When
   the best of them is more than a day away from the day in the page's URL (`/2023/12/20/`,
   `/2023/dec/20/`, `/2023-12-20/`), the URL's day is taken instead, or a printed date that
   agrees with it. With no stated date at all, the URL's day is the answer.
3. **The newsroom's clock.** Pages state one instant several ways: JSON-LD and Open Graph
   often in UTC, the byline in local time ("8:00 PM EST, Tue December 19, 2023" for
   2023-12-20T01:00:21Z). Statements of the same instant (to the minute, or a whole number of
   quarter hours apart when one has no offset) are merged, and the instant is given in the
   newsroom's offset: a stated one, or the one the two statements imply (local wall clock minus
   UTC). So the day is the one printed on the page, and the stamp still names the same instant.
4. **A local day beats a UTC day.** A UTC stamp whose day differs by one from a day the
   newsroom states without a time (the URL's day, a printed "December 21, 2023"), at an hour
   where some real offset (-12 to +14 hours) makes them the same moment, is that moment in the
   newsroom's zone: that day is kept, without a time we cannot localise.

The result carries a time only when one is stated and an offset only when one is stated or
implied by two statements of the same instant (RECORD.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from communique.article.dates import parse_date

ORIGIN_ORDER = ("jsonld:datePublished", "meta:article:published_time", "meta:og:article:published_time",
                "itemprop:datePublished", "meta:parsely-pub-date", "meta:sailthru.date", "meta:datepublished",
                "meta:cxenseparse:recs:publishtime", "meta:dc.date.issued", "meta:pubdate", "meta:publishdate",
                "meta:publish-date", "meta:article.published", "meta:article_date_original",
                "meta:publication_date", "meta:published_time", "meta:dc.date", "meta:date",
                "jsonld:dateCreated", "time:pubdate", "time", "visible", "trafilatura")
PRINTED = ("time:pubdate", "time", "visible", "trafilatura")  # weaker than machine statements
READER_DAYS = ("visible",)  # bare days printed for readers are in the newsroom's zone
SAME_MINUTE = 60  # seconds: printed times have minutes only
QUARTER_HOUR = 900
WIDEST_OFFSETS = (timedelta(hours=-12), timedelta(hours=14))


def _rank(origin: str) -> int:
    return ORIGIN_ORDER.index(origin) if origin in ORIGIN_ORDER else len(ORIGIN_ORDER)


def _when(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso) if len(iso) > 10 else None
    except ValueError:
        return None


def _wall(stamp: datetime) -> datetime:
    return stamp.replace(tzinfo=None)


def _is_utc(stamp: datetime) -> bool:
    return stamp.utcoffset() == timedelta(0)


def _same_instant(a: datetime, b: datetime) -> bool:
    """True when two stamps can be one instant: within a minute if both have offsets (or both
    have none), else a whole number of quarter hours apart, no more than 14 hours."""
    if (a.tzinfo is None) == (b.tzinfo is None):
        return abs((a - b).total_seconds()) < SAME_MINUTE
    delta = abs((_wall(a) - _wall(b)).total_seconds())
    rest = delta % QUARTER_HOUR
    return delta <= 14 * 3600 and (rest < SAME_MINUTE or rest > QUARTER_HOUR - SAME_MINUTE)


URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d|[a-z]{3,9})[/-]([0-3]?\d)(?:[/_.-]|$)", re.I)
MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"), 1)}


def url_day(url: str | None) -> str | None:
    """The day a URL path states (/2020/02/17/..., /2023/dec/21/..., /2023-12-20/...):
    newsrooms file stories under their local day."""
    m = URL_DAY.search(url or "")
    if not m:
        return None
    month = int(m[2]) if m[2].isdigit() else MONTHS.get(m[2][:3].lower())
    try:
        return date(int(m[1]), month or 0, int(m[3])).isoformat()
    except ValueError:
        return None


def choose_published(candidates: list[tuple[str, str | None]], url: str | None = None) -> str | None:
    """The publication stamp (ISO 8601) from (origin, raw string) candidates, or None."""
    parsed = sorted(((o, iso) for o, raw in candidates if (iso := parse_date(raw))), key=lambda c: _rank(c[0]))
    local_day = url_day(url)
    if not parsed:
        return local_day
    origin, first = _trusted(parsed, local_day)
    if first == local_day:
        return first
    chosen = _localise(first, [iso for _, iso in parsed])
    return _local_day(chosen, _reader_days(parsed, local_day)) or chosen


def _reader_days(parsed: list[tuple[str, str]], local_day: str | None) -> list[str]:
    """Days stated for readers without a time: the URL's, and the first printed line's when it is
    a bare day (later printed lines may belong to lists of other stories)."""
    printed = [iso for o, iso in parsed if o in READER_DAYS]
    return [d for d in (local_day, *printed[:1]) if d and len(d) == 10]


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def _trusted(parsed: list[tuple[str, str]], local_day: str | None) -> tuple[str, str]:
    """The best-ranked statement, unless it is a printed date more than a day off the URL's day:
    then a printed date on the URL's day, or the URL's day itself."""
    origin, first = parsed[0]
    if origin not in PRINTED or not local_day or _days_apart(first, local_day) <= 1:
        return origin, first
    agreeing = [(o, iso) for o, iso in parsed if iso[:10] == local_day]
    return agreeing[0] if agreeing else ("url", local_day)


def _localise(first: str, stamps: list[str]) -> str:
    """`first` as the newsroom states it: among the statements of the same instant, a stated
    non-UTC offset wins; else a wall clock without offset gives the offset it implies."""
    base = _when(first)
    if base is None:
        return first
    same = [w for iso in stamps if (w := _when(iso)) and _same_instant(base, w)]
    aware = [w for w in same if w.tzinfo is not None]
    local = next((w for w in aware if not _is_utc(w)), None)
    instant = aware[0] if aware else base
    if local is not None:
        return instant.astimezone(local.tzinfo).isoformat()
    utc = next((w for w in aware if _is_utc(w)), None)
    if utc is None:
        return first
    for wall in (w for w in same if w.tzinfo is None):
        offset = _quarter_hours(_wall(wall) - _wall(utc))
        if offset and WIDEST_OFFSETS[0] <= offset <= WIDEST_OFFSETS[1]:
            return utc.astimezone(timezone(offset)).isoformat()
    return utc.isoformat()


def _quarter_hours(delta: timedelta) -> timedelta:
    return timedelta(seconds=round(delta.total_seconds() / QUARTER_HOUR) * QUARTER_HOUR)


def _local_day(chosen: str, days: list[str]) -> str | None:
    """A stated local day one day off a UTC stamp, when some real offset makes them one moment."""
    stamp = _when(chosen)
    if stamp is None or stamp.tzinfo is None or not _is_utc(stamp):
        return None
    for day in days:
        start = datetime.combine(date.fromisoformat(day), datetime.min.time(), stamp.tzinfo)
        # the local day [start, start + 1 day) seen from UTC, stretched by the widest offsets
        if day != chosen[:10] and start - WIDEST_OFFSETS[1] <= stamp < start + timedelta(days=1) - WIDEST_OFFSETS[0]:
            return day
    return None

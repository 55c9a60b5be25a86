"""Choosing a page's publication date among the dates it states.

Pages state one instant several ways: JSON-LD and Open Graph often in UTC ("Z"), <time> tags
and analytics tags in the newsroom's local time. A reader's "published on" day is the local
one, so among the statements of the same instant we keep the one with the local offset, then
a local stamp without offset, and UTC last.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from communique.article.dates import parse_date

ORIGIN_ORDER = ("jsonld:datePublished", "meta:article:published_time", "meta:og:article:published_time",
                "itemprop:datePublished", "meta:parsely-pub-date", "meta:sailthru.date", "meta:datepublished",
                "meta:cxenseparse:recs:publishtime", "meta:dc.date.issued", "meta:pubdate", "meta:publishdate",
                "meta:publish-date", "meta:article.published", "meta:article_date_original",
                "meta:publication_date", "meta:published_time", "meta:dc.date", "meta:date",
                "jsonld:dateCreated", "time:pubdate", "time", "trafilatura")


def _rank(origin: str) -> int:
    return ORIGIN_ORDER.index(origin) if origin in ORIGIN_ORDER else len(ORIGIN_ORDER)


def _when(iso: str) -> datetime | None:
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        return None


def _locality(iso: str) -> int:
    """2 for a stated non-UTC offset, 1 for a local stamp without offset, 0 for UTC or a bare day."""
    if len(iso) <= 10:
        return 0
    if iso.endswith("+00:00"):
        return 0
    return 2 if iso[19:] else 1


def _same_instant(a: datetime, b: datetime) -> bool:
    """True when two stamps can be one instant: equal if both are aware, else off by whole hours."""
    if (a.tzinfo is None) == (b.tzinfo is None):
        return a == b
    naive_a, naive_b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    delta = abs(naive_a - naive_b)
    return delta <= timedelta(hours=14) and delta.seconds % 900 == 0


URL_DAY = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)")


def url_day(url: str | None) -> str | None:
    """The day a URL path states (/2020/02/17/...): newsrooms file stories under their local day."""
    m = URL_DAY.search(url or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def choose_published(candidates: list[tuple[str, str | None]], url: str | None = None) -> str | None:
    """The publication stamp (ISO 8601) from (origin, raw string) candidates, or None.

    A UTC stamp one day off the day in the page's URL is the same moment seen from the
    newsroom's zone: the URL's (local) day is kept, without a time we cannot localise.
    """
    chosen = _choose(candidates)
    local_day = url_day(url)
    if chosen and local_day and chosen.endswith("+00:00") and chosen[:10] != local_day:
        if abs((date.fromisoformat(chosen[:10]) - date.fromisoformat(local_day)).days) == 1:
            return local_day
    return chosen or local_day


def _choose(candidates: list[tuple[str, str | None]]) -> str | None:
    parsed = [(o, iso) for o, raw in candidates if (iso := parse_date(raw))]
    if not parsed:
        return None
    parsed.sort(key=lambda c: _rank(c[0]))
    first = parsed[0][1]
    base = _when(first)
    if base is None or len(first) <= 10:
        return first
    same = [iso for _, iso in parsed if len(iso) > 10 and (w := _when(iso)) and _same_instant(base, w)]
    utc_walls = {iso[:19] for iso in same if iso.endswith("+00:00")}
    return max(same, key=lambda iso: 0 if iso[:19] in utc_walls else _locality(iso), default=first)

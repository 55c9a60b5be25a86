"""Web pages -> body text and metadata: trafilatura for the body, our choices for metadata.

Measured on the NAEB pages (REPORT.md numbers for plain trafilatura 2.3.1: title 0.68,
published day 0.84, authors 0.71, body F1 0.919): trafilatura's `favor_precision` mode lifts
NAEB body F1 to 0.930 and keeps the Scrapinghub bench at 0.964; its title is the og:title with
the site name left in, and its author is whatever byline-like text it finds first. So the
title comes from the page's <h1> checked against its machine titles (headline.py), authors
from JSON-LD/meta/byline markup in order of reliability (byline.py), and the published stamp
from every date statement, local time preferred (published.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from htmldate import find_date
from trafilatura import bare_extraction

from communique.article.byline import Byline, read_byline
from communique.article.headline import choose_title, host_of, strip_site
from communique.article.htmlmeta import PageMeta, harvest, parse_tree
from communique.article.published import choose_published
from communique.article.textutil import WORD
from communique.knowledge import data_path, read_table

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Byline sources, most reliable first (measured on NAEB even-index pages; see docs/article.md).
AUTHOR_ORDER = ("jsonld", "meta:parsely-author", "meta:cxenseparse:author", "meta:dc.creator",
                "meta:sailthru.author", "rel:author", "meta:author", "byline-class", "trafilatura",
                "by-text", "author-link", "itemprop:author", "meta:byl", "meta:article:author")
MACHINE_TITLES = ("jsonld:headline", "meta:og:title", "meta:twitter:title", "meta:parsely-title",
                  "meta:sailthru.title", "meta:dc.title")


@dataclass(slots=True)
class PageRead:
    """What a page gave: body text and metadata before the shared text steps (datelines...)."""

    text: str
    title: str | None = None
    byline: Byline = field(default_factory=Byline)
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    declared_lang: str | None = None


@cache
def consent_xpath() -> str:
    """XPath of consent dialogs (data/article/boilerplate_classes.tsv), pruned before extraction:
    a cookie banner inside <main> is otherwise taken for the article."""
    rows = read_table(data_path("article/boilerplate_classes.tsv"), ("fragment",))
    tests = [f"contains(@{attr},'{r['fragment']}')" for r in rows for attr in ("class", "id")]
    # a dialog never holds the headline or the article: wrappers flagged "cookie-banner-open" stay
    return f"//body//*[not(.//h1) and not(.//article) and not(self::main) and ({' or '.join(tests)})]"


# htmldate's extensive search loads dateparser's 200 locales (15 s) for a last-resort guess
# from free text; the page's own date statements (published.py) come first anyway.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_body(page: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """trafilatura's main text (precision mode, no comments) and its metadata as a dict."""
    options = {"url": url, "with_metadata": True, "include_comments": False, "favor_precision": True,
               "date_extraction_params": DATE_PARAMS}
    doc = bare_extraction(page, prune_xpath=consent_xpath(), **options)
    if doc is None or not doc.text:
        doc = bare_extraction(page, **options)
    if doc is None:
        return "", {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return data.get("text") or "", data


PUBLISHER_BODY_MIN_WORDS = 150  # shorter JSON-LD bodies are teasers, cut at a fixed length
FOREIGN_COVERAGE = 0.3  # below this share of the publisher's body in ours, ours is other content
LONGER_FACTOR = 4  # ours this much longer than the publisher's body: live-blog or listing chrome


def choose_body(ours: str, publisher: list[str]) -> str:
    """trafilatura's text, unless the publisher's JSON-LD articleBody shows it is wrong.

    The publisher's own body wins when it is a full body (not a teaser) and ours either misses
    most of it (we extracted something else) or holds it amid four times as much other text.
    """
    full = [b for b in publisher if len(WORD.findall(b)) >= PUBLISHER_BODY_MIN_WORDS]
    if not full:
        return ours
    body = max(full, key=len)
    shingles = _shingles(body)
    coverage = len(shingles & _shingles(ours)) / len(shingles) if shingles else 1.0
    if coverage < FOREIGN_COVERAGE or len(ours) > LONGER_FACTOR * len(body):
        return body
    return ours


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + 4]) for i in range(max(len(words) - 3, 0))}


def read_page(page: str, url: str | None = None) -> PageRead:
    """Body and metadata of one HTML page."""
    tree = parse_tree(page)
    meta = harvest(tree)
    text, traf = extract_body(page, url)
    url = url or meta.url or traf.get("url")
    host = host_of(url)
    sites = [*meta.site_names, *([traf["sitename"]] if traf.get("sitename") else [])]
    return PageRead(
        text=choose_body(text, meta.bodies),
        title=_title(meta, traf, sites, host),
        byline=_byline(meta, traf),
        published=choose_published([*meta.dates, ("trafilatura", traf.get("date"))], url) or _guess_date(tree, url),
        url=url,
        outlet=sites[0] if sites else None,
        declared_lang=meta.lang,
    )


def _guess_date(tree: Any, url: str | None) -> str | None:
    """htmldate's extensive search (free-text dates, many languages), only for pages that state
    no date we can read: it loads dateparser's locales, seconds on first use."""
    if tree is None:
        return None
    try:
        return find_date(tree, url=url, extensive_search=True, original_date=True)
    except (ValueError, TypeError):
        return None


def _title(meta: PageMeta, traf: dict[str, Any], sites: list[str], host: str | None) -> str | None:
    by_origin = [(o, strip_site(t, sites, host)) for o, t in meta.titles]
    machine = [t for o, t in by_origin if o in MACHINE_TITLES]
    fallback = next((t for o, t in by_origin if o == "html:title"), None) or traf.get("title")
    h1s = [strip_site(h, sites, host) for h in meta.h1]
    return choose_title(h1s, machine, fallback) or None


def _byline(meta: PageMeta, traf: dict[str, Any]) -> Byline:
    """People from the first source (in AUTHOR_ORDER) that names any; outlets from all."""
    by_origin: dict[str, list[str]] = {}
    for origin, value in [*meta.authors, ("trafilatura", traf.get("author") or "")]:
        by_origin.setdefault(origin, []).extend(value if isinstance(value, list) else [value])
    agencies: list[str] = []
    for origin in AUTHOR_ORDER:
        values = by_origin.get(origin, [])
        people = [v for v in values if not v.startswith("@")]
        found = read_byline(people)
        agencies += [a for a in found.agencies if a not in agencies]
        if found.authors:
            return Byline(found.authors, agencies)
    return Byline([], agencies)

"""Dates a page prints for its readers: <time> tags and the dated line under the headline.

Machine statements (JSON-LD, meta tags) are read in htmlmeta.py. This module reads the markup a
reader sees, which matters in two cases: pages that state no machine date at all, and pages whose
machine date is in UTC while the byline line prints the newsroom's own clock ("Dec. 21, 2023
11:00 pm EST" for 2023-12-22T04:00Z). Menus, sidebars and footers list other stories' times, so
dates inside them (and a masthead's "today") are skipped, and the ones nearest the page's headline
come first: a story's own date sits just above or below it. A date labelled "Updated" is a
revision, not the publication.
"""

from __future__ import annotations

import re
from typing import Any

from communique.article.dates import parse_date

# menus, sidebars, footers, and a site masthead (a <header> without the story's <h1>, where many
# newspapers print today's date) hold dates that are not the story's
ELSEWHERE = ("ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header[not(.//h1)] or "
             "ancestor::*[@role='navigation' or @role='complementary' or @role='contentinfo' or @role='banner']")
# markup of a revision, or of other content: a bare "updated" class is hAtom's mark on WordPress
# publication dates ("entry-date published updated"), so only compound names count
NOT_PUBLICATION = re.compile(r"modif|last-?updat|updated?[-_]?(?:at|on|date|time|stamp)|date-?updated|edited|"
                             r"revised|expir|event|comment|weather|calendar|archive", re.I)
# containers of other stories (lists of related, recent, popular items)
OTHER_STORIES = re.compile(r"(?:^|[\s_-])(?:related|recent|popular|sidebar|trending|recommend|"
                           r"more-?stories|widget|card)", re.I)
DATE_MARKUP = re.compile(r"date|time|publish|posted|stamp", re.I)
REVISION_WORDS = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)
MAX_DATE_TEXT = 90  # a dated line under a headline is short; longer text is prose that mentions a date
TIMES_KEPT = 3
VISIBLE_KEPT = 2


def markup_dates(tree: Any) -> list[tuple[str, str]]:
    """(origin, date string) from <time> tags and visible dated lines, the story's own first."""
    if tree is None:
        return []
    order = _nearest_headline_first(tree)
    return _time_tags(tree, order) + _visible_lines(tree, order)


def _nearest_headline_first(tree: Any) -> Any:
    """A sort key: elements by their distance (in document order) from the story's headline,
    its first <h1> outside menus; a story's own date sits just above or below it."""
    position = {el: n for n, el in enumerate(tree.iter())}
    h1 = tree.xpath(f"//body//h1[not({ELSEWHERE})]")
    headline = position.get(h1[0], 0) if h1 else 0

    def key(el: Any) -> int:
        return abs(position.get(el, 0) - headline)
    return key


def _labels(el: Any) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("data-testid"))))


def _elsewhere(el: Any) -> bool:
    """True for a date of a revision or of another story (by its own or its containers' names)."""
    if NOT_PUBLICATION.search(_labels(el)):
        return True
    return any(OTHER_STORIES.search(_labels(a)) for a in (el, *el.iterancestors()) if a.tag not in ("body", "html"))


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _time_tags(tree: Any, order: Any) -> list[tuple[str, str]]:
    """<time datetime> values, or the tag's text when its datetime is malformed."""
    out: list[tuple[str, str]] = []
    tags = tree.xpath(f"//time[@datetime][not({ELSEWHERE})]")
    for el in sorted(tags[:40], key=order):
        text = _text(el)
        if _elsewhere(el) or REVISION_WORDS.search(text):
            continue
        stamp = el.get("datetime") if parse_date(el.get("datetime")) else text
        if not parse_date(stamp):
            continue
        out.append(("time" if el.get("pubdate") is None else "time:pubdate", stamp))
        if len(out) >= TIMES_KEPT:
            break
    return out


def _visible_lines(tree: Any, order: Any) -> list[tuple[str, str]]:
    """Short dated texts of elements whose class or id says date/time/published (a CMS convention),
    cut before any "Updated" part: "Published 8:00 PM EST, Tue December 19, 2023"."""
    out: list[tuple[str, str]] = []
    labelled = (el for el in tree.xpath("//body//*[@class or @id]") if DATE_MARKUP.search(_labels(el)))
    found = [el for el in labelled if not el.xpath(f"boolean({ELSEWHERE})") and not _elsewhere(el)]
    for el in sorted(found[:200], key=order):
        text = REVISION_WORDS.split(_text(el))[0]
        if not text or len(text) > MAX_DATE_TEXT or not parse_date(text):
            continue
        if ("visible", text) not in out:
            out.append(("visible", text))
        if len(out) >= VISIBLE_KEPT:
            break
    return out

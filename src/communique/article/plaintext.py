"""Scraped plain text -> headline, byline, body: the shape of a news page copied as text.

    date 2023-04-11 Close                       <- interface debris (dropped)
    Kazakh Foreign Policy ... With Russia - Minister   <- headline: first substantive line
    Muhammad Irfan Published April 11, 2023 | 05:50 PM <- byline: names + date
    ASTANA/MOSCOW (UrduPoint News / Sputnik - ...) The development ...  <- body, dateline kept

The dateline paragraph stays in the body: gold bodies keep it and offsets point into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.article.byline import Byline, parse_byline_line
from communique.article.clean import drop_debris, paragraphs
from communique.article.dateline import parse_dateline
from communique.article.headline import strip_site
from communique.article.textutil import WORD, key

HEADLINE_MAX_WORDS = 30
BYLINE_WINDOW = 3


@dataclass(slots=True)
class TextRead:
    """Body paragraphs and what the lines around them said."""

    body: list[str]
    title: str | None = None
    byline: Byline = field(default_factory=Byline)


def looks_like_headline(line: str) -> bool:
    """A headline: short, no closing full stop, not a dateline opening, not a byline."""
    words = WORD.findall(line)
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    if re.search(r"[.;,]$", line) and not re.search(r"\b(?:[A-Z]|Jr|Sr|St|U\.S|U\.K)\.$", line):
        return False
    return parse_dateline(line) is None and parse_byline_line(line) is None


def read_text(text: str, host: str | None = None, title: str | None = None, *,
              find_headline: bool = True) -> TextRead:
    """Split scraped text into headline, byline and body paragraphs.

    `title` (when the container gave one) is trusted: a first line repeating it is dropped.
    `find_headline=False` for text that is known to be body only (JSON Lines `text`).
    """
    paras = drop_debris(paragraphs(text))
    found_title = None
    if paras and title and key(paras[0]) == key(title):
        paras = paras[1:]
    elif find_headline and not title and len(paras) > 1 and looks_like_headline(paras[0]):
        found_title = strip_site(paras[0], (), host)
        paras = paras[1:]
    byline = Byline()
    for i, para in enumerate(paras[:BYLINE_WINDOW]):
        found = parse_byline_line(para)
        if found is not None and parse_dateline(para) is None:
            byline = found
            paras = paras[:i] + paras[i + 1:]
            break
    return TextRead(paras, found_title, byline)

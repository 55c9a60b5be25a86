"""Bylines -> people and credited outlets (ANNOTATION.md: people only; no "By", no dates).

A byline entry is a person when it has the shape of a name (one to five capitalised words, no
digits) and carries none of the words that mark a desk, a role or an organisation ("Staff",
"Editorial Board", "News Desk"). Known outlets ("Associated Press", "Reuters") go to agencies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from communique.article.dates import parse_date
from communique.article.outlets import outlet_named
from communique.article.textutil import key, smart_title
from communique.knowledge import data_path, read_table

SEPARATORS = re.compile(r"\s*(?:;|,|\||/|•|·|\band\b|&|\bwith\b|\n)\s*", re.I)
ROLE_TAIL = re.compile(r"\s+(?:[Ff]or|of|at|in)\s+(?:[Tt]he\s+)?[A-Z].*$|\s+[-–—]\s+.*$")
DATE_VERB = re.compile(r"\b(?:published|updated|posted|last updated|first published|on)\b\s*:?", re.I)
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[a-z]{1,3}|d[aeiu]|v[ao]n|bin|al-\w+|\w\.)$")


@dataclass(slots=True)
class Byline:
    """People and outlets a byline names, and the date it states."""

    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    published: str | None = None


@cache
def _stopwords() -> dict[str, str]:
    """Word -> "reject" (the entry is not a person) or "cut" (page chrome after the name)."""
    rows = read_table(data_path("article/author_stopwords.tsv"), ("word", "effect"))
    return {key(r["word"]): r["effect"] for r in rows}


@cache
def _prefixes() -> tuple[str, ...]:
    rows = read_table(data_path("article/byline_prefixes.tsv"), ("prefix",))
    return tuple(sorted((r["prefix"] for r in rows), key=len, reverse=True))


def strip_prefix(text: str) -> str:
    """'By Jane Doe' -> 'Jane Doe', 'Written by: X' -> 'X'."""
    text = text.strip(" \t:|-–—")
    for prefix in _prefixes():
        m = re.match(rf"{re.escape(prefix)}\b\s*:?\s*", text, re.I)
        if m and len(text) > m.end():
            return text[m.end():].strip()
    return text


def person_name(text: str) -> str | None:
    """`text` as a person's name, or None when it is not one (outlet, desk, date, handle)."""
    text = strip_prefix(" ".join(text.split()))
    text = ROLE_TAIL.sub("", text).strip(" .,:;|-–—")
    text = _cut_chrome(text)
    words = text.split()
    if not 1 < len(words) <= 5:
        return None
    if any(ch.isdigit() for ch in text) or "@" in text or "http" in text.lower() or "www." in text:
        return None
    if any(_stopwords().get(w) == "reject" for w in key(text).split()):
        return None
    if not all(NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return None
    return smart_title(text)


def _cut_chrome(text: str) -> str:
    """'Jane Doe Link Copied' -> 'Jane Doe': stop at the first word of page chrome."""
    words = text.split()
    for i, w in enumerate(words):
        if _stopwords().get(key(w)) == "cut":
            return " ".join(words[:i])
    return text


def _outlet_tail(entry: str) -> tuple[str, str | None]:
    """'Elizabeth Flores USA TODAY' -> ('Elizabeth Flores', 'USA TODAY') when the tail is an outlet."""
    words = entry.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if (len(words) - i > 1 or tail.isupper()) and outlet_named(tail):
            return " ".join(words[:i]), tail
    return entry, None


def _credit_form(written: str, canonical: str) -> str:
    """An outlet as credited: as written ("AFP", "Reuters"), but "ASSOCIATED PRESS" in capitals
    over several words becomes its usual name."""
    return canonical if written.isupper() and len(written.split()) > 1 else written


def split_entries(values: Iterable[str]) -> list[str]:
    """Byline strings split into entries ("A, B and C" -> three), prefixes kept for person_name."""
    out: list[str] = []
    for value in values:
        for part in SEPARATORS.split(value or ""):
            if part.strip():
                out.append(part.strip())
    return out


def read_byline(values: Iterable[str]) -> Byline:
    """People and outlets from byline strings, in order, each once."""
    result = Byline()
    seen: set[str] = set()
    for entry in split_entries(values):
        outlet = outlet_named(strip_prefix(entry))
        if outlet:
            if key(entry) not in {key(a) for a in result.agencies}:
                result.agencies.append(_credit_form(strip_prefix(entry), outlet))
            continue
        entry, outlet = _outlet_tail(entry)
        if outlet and key(outlet) not in {key(a) for a in result.agencies}:
            result.agencies.append(_credit_form(outlet, outlet_named(outlet) or outlet))
        name = person_name(entry)
        if name and key(name) not in seen:
            seen.add(key(name))
            result.authors.append(name)
    result.authors = _without_extended(result.authors)
    return result


def _without_extended(names: list[str]) -> list[str]:
    """Drop "Jane Doe Example Telegram" when "Jane Doe" is also there: the same person with the
    page's chrome run on after the name."""
    keys = [key(n) for n in names]
    return [n for n, k in zip(names, keys, strict=True)
            if not any(o != k and k.startswith(o + " ") for o in keys)]


def parse_byline_line(line: str) -> Byline | None:
    """A plain-text byline line ("Jane Doe Published April 11, 2023 | 05:50 PM"), or None.

    The line is a byline when it opens with "By" or when names are followed by a date (with or
    without "Published"/"Updated"); a bare date line gives the date alone.
    """
    line = " ".join(line.split())
    if not line or len(line.split()) > 25:
        return None
    published = parse_date(line)
    names_part = line
    if published:
        m = DATE_VERB.search(line)
        cut = m.start() if m else _date_start(line)
        names_part = line[:cut]
    elif not re.match(r"by\b", line, re.I):
        return None
    names_part = names_part.strip(" |,-–—·•")
    byline = read_byline([names_part]) if names_part else Byline()
    if re.match(r"by\b", names_part, re.I):
        return byline
    if names_part and not (_is_weekday(names_part) or _all_credits(names_part, byline)):
        return None
    byline.published = published
    return byline


def _all_credits(names_part: str, byline: Byline) -> bool:
    """True when every entry before the date is a person or an outlet: "Jane Doe, Reuters", not
    "FILE PHOTO: Secretary of State John Kerry ... taken" (a caption that happens to hold a date)."""
    entries = split_entries([names_part])
    return bool(entries) and len(names_part.split()) <= 10 and \
        len(byline.authors) + len(byline.agencies) >= len(entries)


def _date_start(line: str) -> int:
    m = re.search(r"\b(?:\d{4}-\d\d-\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)", line)
    return m.start() if m else len(line)


def _is_weekday(text: str) -> bool:
    return key(text) in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

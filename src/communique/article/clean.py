"""Clean body text: paragraphs separated by one blank line, scraped interface debris removed.

Debris is what a page's interface leaves in scraped text ("date 2023-04-11 Close", "Share",
"Advertisement"): a line goes when every word of it is an interface word, or when it matches a
debris pattern (data/article/debris.tsv). A sentence is never debris: lines of prose survive
even when they contain such words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from communique.article.textutil import WORD
from communique.knowledge import data_path, read_table

MAX_DEBRIS_WORDS = 8


@cache
def _debris() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    rows = list(read_table(data_path("article/debris.tsv"), ("kind", "value")))
    words = frozenset(r["value"].lower() for r in rows if r["kind"] == "word")
    patterns = tuple(re.compile(r["value"], re.I) for r in rows if r["kind"] == "pattern")
    return words, patterns


def normalise(text: str) -> str:
    """NFC, unified newlines, no control characters or non-breaking spaces, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def is_debris(line: str) -> bool:
    """True when `line` is interface debris rather than text (see module doc)."""
    line = line.strip()
    if not line:
        return False
    words, patterns = _debris()
    tokens = [t.lower() for t in WORD.findall(line)]
    if any(p.match(line) for p in patterns):
        return True
    return bool(tokens) and len(tokens) <= MAX_DEBRIS_WORDS and all(t in words for t in tokens)


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of normalised text. A single newline inside scraped text already
    ends a paragraph on news pages, so every non-empty line is one paragraph."""
    return [line for line in normalise(text).split("\n") if line.strip()]


def join(paras: list[str]) -> str:
    """Paragraphs as RECORD.md's body text: separated by exactly one blank line."""
    return "\n\n".join(p.strip() for p in paras if p.strip())


def drop_debris(paras: list[str]) -> list[str]:
    return [p for p in paras if not is_debris(p)]

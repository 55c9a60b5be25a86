"""Small text helpers shared by the article modules (folding, word keys, title-casing)."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'São Paulo' and 'SAO PAULO' fold alike."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def key(text: str) -> str:
    """Words only, folded: the form names are looked up by."""
    return " ".join(WORD.findall(fold(text)))


def smart_title(text: str) -> str:
    """'NEW YORK' -> 'New York', 'SAINT-LOUIS' -> 'Saint-Louis'; mixed case is left alone."""
    if text != text.upper():
        return text
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lambda m: m.group(0).capitalize(), text.lower())


def is_upper_word(text: str) -> bool:
    """True when the letters of `text` are all capitals (the style of a dateline place)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)

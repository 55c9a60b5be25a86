"""Body text -> the set of word n-grams that near-duplicate detection compares.

Syndicated copies differ in case, punctuation, quotation marks, whitespace and boilerplate
("Advertisement", "Read more"); normalising first makes those differences vanish so that only
wording counts. Word 5-grams are long enough that two distinct stories on the same topic share
few of them, and short enough that a copy with a changed paragraph still shares most.
"""

from __future__ import annotations

import re
import unicodedata

SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def normalise(text: str) -> list[str]:
    """The words of `text`, NFKC-folded and lower-cased, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Distinct word `size`-grams of the normalised text (a short text gives its whole self)."""
    words = normalise(text)
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}

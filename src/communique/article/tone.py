"""Tone as GDELT's AvgTone: (positive words - negative words) / all words * 100, -100..100.

GDELT counts words of a tone dictionary; we use the VADER lexicon (MIT, data/article/tone.tsv):
a word with mean valence above zero is positive, below zero negative. Users may add rows with
their own dictionary files of the same columns.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from communique.article.textutil import WORD
from communique.knowledge import data_path, read_table


@cache
def lexicon(extra: tuple[Path, ...] = ()) -> dict[str, float]:
    """Word -> valence, built-in then users' files (later rows win)."""
    out: dict[str, float] = {}
    for path in (data_path("article/tone.tsv"), *extra):
        for row in read_table(path, ("word", "valence")):
            out[row["word"].lower()] = float(row["valence"])
    return out


def tone(text: str, extra: tuple[Path, ...] = ()) -> float:
    """GDELT-style average tone of `text`, rounded to 3 decimals; 0.0 for text without words."""
    words = WORD.findall(text.lower())
    if not words:
        return 0.0
    lex = lexicon(extra)
    positive = sum(1 for w in words if lex.get(w, 0.0) > 0)
    negative = sum(1 for w in words if lex.get(w, 0.0) < 0)
    return round(100.0 * (positive - negative) / len(words), 3)

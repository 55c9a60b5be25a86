"""Body language, offline: a function-word profile first, langdetect when it cannot tell.

News English is unmistakable: about a quarter of its words are a few dozen function words
("the", "of", "and", "said") that other Latin-script languages do not use as words. Counting
them costs ~0.2 ms per article; langdetect (a port of Google's language-detection, Apache-2.0)
costs ~8 ms. Measured on all 4,865 articles of ../shared/corpus/articles.jsonl: the profile's
English share is at least 0.146 on every article langdetect calls English and the two never
disagree above 0.12, so text at or above MIN_SHARE is English and anything else goes to
langdetect, whose sampling is seeded (same answer on every run). lingua was measured too and
needs 33 s to preload its models. Profiles are data (data/article/function_words.tsv): a user can
add rows for another language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from communique.knowledge import data_path, read_table

SAMPLE_CHARS = 2000
MIN_SHARE = 0.12  # share of a sample's words that are one language's function words
MIN_WORDS = 40  # fewer words than this: too thin for a profile, ask langdetect
WORD = re.compile(r"[^\W\d_]+")


@cache
def _function_words() -> dict[str, str]:
    """word -> language, for words that belong to exactly one language's profile."""
    seen: dict[str, set[str]] = {}
    for row in read_table(data_path("article/function_words.tsv"), ("lang", "word")):
        seen.setdefault(row["word"].lower(), set()).add(row["lang"])
    return {word: next(iter(langs)) for word, langs in seen.items() if len(langs) == 1}


def profile_language(sample: str) -> str | None:
    """The language whose function words make up at least MIN_SHARE of `sample`, or None."""
    words = WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    table = _function_words()
    counts = Counter(table[w] for w in words if w in table)
    if not counts:
        return None
    lang, hits = counts.most_common(1)[0]
    return lang if hits / len(words) >= MIN_SHARE else None


@cache
def _factory() -> Any:
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    from langdetect import detector_factory

    DetectorFactory.seed = 0
    return detector_factory._factory


def detect_language(text: str, fallback: str | None = None) -> str | None:
    """ISO 639-1 code of `text`'s language, or `fallback` when the text is too thin to tell."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 20:
        return fallback
    profiled = profile_language(sample)
    if profiled is not None:
        return profiled
    try:
        detector = _factory().create()
        detector.append(sample)
        code = detector.detect()
    except LangDetectException:
        return fallback
    return code[:2].lower() if code and code != "unknown" else fallback

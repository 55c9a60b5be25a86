"""Known people under the spellings and name lengths news copy uses, not only the dictionary's.

Transliterated Arabic names vary in their article ("al-Bashir", "El Bashir", "Al Bashir",
"Bashir") and hyphen, Western names in accents and initials ("François"/"Francois", "George W.
Bush"/"GEORGE W BUSH"), and writers shorten or lengthen a name by its middle names ("Omar
Hassan al-Bashir" for the dictionary's "OMAR AL BASHIR" and "OMAR HASSAN AHMAD AL BASHIR").
A name the dictionaries lack as written is looked up by its key words: the same first and last
word, and the other words of the shorter name in the longer one, in order. Several people can
match ("Hamad ... al-Thani" is a whole ruling family): the name then says no more than what they
all share, their country.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from communique.actors.tables import PERSON, Entry, Knowledge

ARTICLES = {"al", "el", "al-", "el-", "ul", "ud", "ad", "ar", "as", "ash", "at", "az", "an"}  # Arabic "al-" and its assimilated forms
MIN_WORDS_OF_PART = 3  # a text name shorter than the dictionary's needs three words ("Omar Hassan al-Bashir")


def key_words(name: str) -> tuple[str, ...]:
    """A name's comparable words: folded accents and case, no dots or hyphens, no Arabic article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("-", " ").replace(".", " ").replace("'", "").replace("’", "")
    words = tuple(w for w in text.split() if w)
    return tuple(w for n, w in enumerate(words) if w not in ARTICLES or n == len(words) - 1)


@dataclass(frozen=True, slots=True)
class Known:
    """One dictionary name of a person and its entries."""

    words: tuple[str, ...]
    entries: tuple[Entry, ...]


@functools.lru_cache(maxsize=8)
def _index(knowledge: Knowledge) -> dict[tuple[str, str], tuple[Known, ...]]:
    """(first word, last word) -> the people's names with them; built once per Knowledge."""
    out: dict[tuple[str, str], list[Known]] = {}
    for name, entries in knowledge.names.items():
        people = tuple(e for e in entries if e.kind == PERSON)
        words = key_words(name) if people else ()
        if len(words) >= 2:
            out.setdefault((words[0], words[-1]), []).append(Known(words, people))
    return {k: tuple(v) for k, v in out.items()}


def warm(knowledge: Knowledge) -> None:
    """Build the index now (once per Knowledge), so no article pays for it."""
    _index(knowledge)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` with some middle words left out."""
    it = iter(long)
    return all(w in it for w in short)


def matches(knowledge: Knowledge, name: str) -> list[Known]:
    """The dictionary people a name written in the text can be: the same key words, else the
    dictionary names it lengthens (the text adds middle names) or, for a name of three words or
    more, shortens."""
    words = key_words(name)
    if len(words) < 2:
        return []
    candidates = _index(knowledge).get((words[0], words[-1]), ())
    same = [k for k in candidates if k.words == words]
    if same:
        return same
    return [k for k in candidates if _inside(k.words, words) or (len(words) >= MIN_WORDS_OF_PART and _inside(words, k.words))]


def shared_country(known: list[Known]) -> str | None:
    """The one country every matched person has served (None if they differ or are not states)."""
    countries = {e.country for k in known for e in k.entries}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    return country if country and len(country) == 3 else None

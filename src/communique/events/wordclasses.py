"""Word classes the coder reads clauses by: hedges, prospects, verbs of contact, of charging, of
dismissal, stative participles, objects two parties share ... (data/events/word_classes.tsv).

Grammar decides which class a rule asks about; the words that fill a class are data, so a user can
read and extend them without touching the rules.
"""

from __future__ import annotations

import functools

from communique.knowledge import data_path, read_table


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in read_table(data_path("events/word_classes.tsv"), ("class", "word")):
        classes.setdefault(row["class"], set()).add(row["word"].lower())
    return {name: frozenset(words) for name, words in classes.items()}


def words(name: str) -> frozenset[str]:
    """The words of one class (empty when the table has none)."""
    return _table().get(name, frozenset())

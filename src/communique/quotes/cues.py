"""The cue lexicon: verbs and phrases that attribute speech or thought, read from data files.

`data/quotes/cues.tsv` is the built-in list; a user dictionary (Settings.dictionaries) with the
same header (cue, kind, form) adds to it. Loaded once per process per set of files.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from communique.knowledge import data_path, read_table

COLUMNS = ("cue", "kind", "form")
FORMS = {"verb", "introduces", "phrasal", "source"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue lemmas by form. `verbs` take a clause or a quotation; `introducers` only a quotation."""

    verbs: dict[str, str]  # lemma -> kind
    takes: dict[str, frozenset[str]]  # lemma -> {"infinitive", "object"}: complements besides a clause
    introducers: frozenset[str]
    phrasal: dict[tuple[str, ...], str]  # (verb lemma, particle/object lemma...) -> kind
    sources: dict[tuple[str, ...], str]  # ("according", "to") -> kind

    def verb_kind(self, lemma: str) -> str | None:
        return self.verbs.get(lemma)


def _user_cue_files(paths: tuple[Path, ...]) -> list[Path]:
    """User dictionaries that are cue lists (their header names the cue columns)."""
    out = []
    for path in paths:
        try:
            with path.open(encoding="utf-8") as fh:
                header = next((line for line in fh if line.strip() and not line.startswith("#")), "")
        except OSError:
            continue  # the actors stage reports unreadable dictionaries; here we only look for cues
        if set(COLUMNS) <= set(header.rstrip("\n").split("\t")):
            out.append(path)
    return out


@functools.cache
def load_lexicon(user_paths: tuple[Path, ...] = ()) -> Lexicon:
    verbs: dict[str, str] = {}
    takes: dict[str, frozenset[str]] = {}
    introducers: set[str] = set()
    phrasal: dict[tuple[str, ...], str] = {}
    sources: dict[tuple[str, ...], str] = {}
    for path in [data_path("quotes/cues.tsv"), *_user_cue_files(user_paths)]:
        for row in read_table(path, COLUMNS):
            words = tuple(row["cue"].lower().split())
            form, kind = row["form"], row["kind"]
            if form == "verb" and len(words) == 1:
                verbs[words[0]] = kind
                takes[words[0]] = frozenset(row.get("takes", "").split())
            elif form == "introduces":
                introducers.add(" ".join(words))
            elif form == "phrasal":
                phrasal[words] = kind
            elif form == "source":
                sources[words] = kind
    return Lexicon(verbs, takes, frozenset(introducers), phrasal, sources)


@functools.cache
def load_pronouns() -> dict[str, tuple[str, str]]:
    """Pronoun -> (what it can refer to, number), from data/quotes/pronouns.tsv."""
    rows = read_table(data_path("quotes/pronouns.tsv"), ("pronoun", "refers", "number"))
    return {r["pronoun"]: (r["refers"], r["number"]) for r in rows}

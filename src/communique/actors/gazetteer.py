"""Dictionary look-up over a Doc: every span that names a country, demonym, capital, region or body.

A spaCy PhraseMatcher over token texts is fast (one pass, no regexes) and exact: "Kazakh" is a
demonym whatever the NER model thinks. Hand-written names match case-sensitively ("WHO" the agency
is not "who"); names from all-capital CAMEO dictionaries (the shipped Phoenix tables, user .txt
files) match case-insensitively but must start with a capital in the text. Longest match wins
where names overlap ("West Africa" over "West").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.attrs import LOWER, SHAPE
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from communique.actors.tables import (
    GROUP,
    ORG,
    PERSON,
    PROVINCE,
    Entry,
    Knowledge,
    city_countries,
    province_words,
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match: the tokens (with a leading "the" if the text has one) and what they can name."""

    span: Span
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class Gazetteer:
    """A PhraseMatcher for the case-sensitive names and a token-tuple index for the folded ones,
    for one Knowledge on one vocabulary.

    Folded names (tens of thousands, from the Phoenix tables and CAMEO user dictionaries) are
    looked up as tuples of lower-case token texts, at most a few dictionary probes per capitalised
    token: a PhraseMatcher over them would cost seconds to build and ~60 MB per process."""

    def __init__(self, knowledge: Knowledge, vocab: Vocab, tokenizer) -> None:
        self.knowledge = knowledge
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.folded: dict[tuple[int, ...], str] = {}  # lower-case token hashes -> name
        strings = vocab.strings
        for name in knowledge.names:
            if name in knowledge.folded:
                key = tuple(strings.add(w.lower()) for w in _words(name, tokenizer))
                self.folded.setdefault(key, name)
            else:
                self.exact.add(name, [_pattern(name, vocab, tokenizer)])
        self.first = frozenset(key[0] for key in self.folded)
        self.longest = max((len(key) for key in self.folded), default=0)

    def _folded_spans(self, doc: Doc) -> list[Span]:
        """Longest folded name starting at each capitalised token (read from the Doc's arrays, so
        no Token objects are made)."""
        rows = doc.to_array([LOWER, SHAPE]).tolist()
        lower = [r[0] for r in rows]
        strings = doc.vocab.strings
        out = []
        for i, (word, shape) in enumerate(rows):
            if word not in self.first or not strings[shape].startswith("X"):
                continue
            for n in range(min(self.longest, len(lower) - i), 0, -1):
                name = self.folded.get(tuple(lower[i:i + n]))
                if name is not None:
                    out.append(Span(doc, i, i + n, label=name))
                    break
        return out

    def __call__(self, doc: Doc) -> list[Hit]:
        strings = doc.vocab.strings
        spans = [Span(doc, start, end, label=strings[match_id]) for match_id, start, end in self.exact(doc)]
        spans += self._folded_spans(doc)
        hits = []
        for span in filter_spans(spans):
            entries = self.knowledge.names[span.label_]
            if all(e.needs_the for e in entries) and (span.start == 0 or doc[span.start - 1].lower_ != "the"):
                continue
            if self._qualified_common_noun(span):
                continue
            hits.append(Hit(_with_article(span), _as_person(span, entries)))
        return sorted(hits + _provinces(doc, hits), key=lambda h: h.span.start)

    def _qualified_common_noun(self, span: Span) -> bool:
        """A name that is also a role word ("Congress": the US Congress, by AP convention) is
        someone else's when a proper word qualifies it: "Peru's Congress", "African National
        Congress". The role-noun reading then decides its country."""
        if len(span) != 1 or (span.text.lower(),) not in self.knowledge.roles or span.start == 0:
            return False
        doc, i = span.doc, span.start - 1
        possessive = doc[i].lower_ in {"'s", "’s"} and i > 0
        prev = doc[i - 1] if possessive else doc[i]
        if not prev.text[:1].isupper() or prev.lower_ == "the":
            return False
        return possessive or not (prev.is_sent_start or prev.is_stop)  # not "But Congress"


def _provinces(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """"the Tyumen region", "Idlib province": a province named after its capital city is a place
    of the city's country (province_words.tsv; cities named in only one country, places.tsv)."""
    words, cities = province_words(), city_countries()
    taken = {i for h in hits for i in range(h.span.start, h.span.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in words or tok.i == 0:
            continue
        for n in (3, 2, 1):  # "Nizhny Novgorod region", "Tyumen region"
            start = tok.i - n
            if start < 0 or taken.intersection(range(start, tok.i)):
                continue
            name = doc[start:tok.i].text
            country = cities.get(name) if doc[start].text[:1].isupper() else None
            if country:
                out.append(Hit(doc[start:tok.i + 1], (Entry(PROVINCE, country, country, None, name),)))
                break
    return out


def _words(name: str, tokenizer) -> list[str]:
    """The tokens of a name as the tokenizer splits text. Plain words split on spaces only, so
    they skip the tokenizer (tens of thousands of dictionary names load in a fraction of the time)."""
    words = name.split()
    if all(w.isalpha() for w in words):
        return words
    return [t.text for t in tokenizer(name)]


def _as_person(span: Span, entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Group dictionaries list leaders under their group's code ("OSAMA BIN LADEN" IMGMUSALQ):
    a name of two words or more that the NER model reads as a person throughout is that person,
    coded as the dictionary says."""
    if len(span) < 2 or any(e.kind == PERSON for e in entries) or any(t.ent_type_ != "PERSON" for t in span):
        return entries
    return tuple(replace(e, kind=PERSON) if e.kind in {ORG, GROUP} else e for e in entries)


def _pattern(name: str, vocab: Vocab, tokenizer) -> Doc:
    return Doc(vocab, words=_words(name, tokenizer))


def _with_article(span: Span) -> Span:
    """"the Russian Federation", "the collective West": the article belongs to the mention."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and span.start <= doc[span.start - 1].head.i < span.end:
        return Span(doc, span.start - 1, span.end, label=span.label)
    return span


@functools.lru_cache(maxsize=8)
def gazetteer_for(knowledge: Knowledge, vocab: Vocab, tokenizer) -> Gazetteer:
    """One gazetteer per (knowledge, model): built once per process."""
    return Gazetteer(knowledge, vocab, tokenizer)

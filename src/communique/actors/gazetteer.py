"""Dictionary look-up over a Doc: every span that names a country, demonym, capital, region or body.

A spaCy PhraseMatcher over token texts is fast (one pass, no regexes) and exact: "Kazakh" is a
demonym whatever the NER model thinks. Built-in names match case-sensitively ("WHO" the agency is
not "who"); names from all-capital CAMEO dictionaries match case-insensitively but must start with
a capital in the text. Longest match wins where names overlap ("West Africa" over "West").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from communique.actors.tables import Entry, Knowledge


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match: the tokens (with a leading "the" if the text has one) and what they can name."""

    span: Span
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class Gazetteer:
    """PhraseMatchers for one Knowledge on one vocabulary."""

    def __init__(self, knowledge: Knowledge, vocab: Vocab, tokenizer) -> None:
        self.knowledge = knowledge
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.folded = PhraseMatcher(vocab, attr="LOWER")
        for name in knowledge.names:
            (self.folded if name in knowledge.folded else self.exact).add(name, [tokenizer(name)])

    def __call__(self, doc: Doc) -> list[Hit]:
        strings = doc.vocab.strings
        spans = []
        for matcher, folded in ((self.exact, False), (self.folded, True)):
            for match_id, start, end in matcher(doc):
                if folded and not doc[start].text[:1].isupper():
                    continue
                spans.append(Span(doc, start, end, label=strings[match_id]))
        hits = []
        for span in filter_spans(spans):
            entries = self.knowledge.names[span.label_]
            if all(e.needs_the for e in entries) and (span.start == 0 or doc[span.start - 1].lower_ != "the"):
                continue
            hits.append(Hit(_with_article(span), entries))
        return hits


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

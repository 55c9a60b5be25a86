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
            (self.folded if name in knowledge.folded else self.exact).add(name, [_pattern(name, vocab, tokenizer)])

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
            if self._qualified_common_noun(span):
                continue
            hits.append(Hit(_with_article(span), entries))
        return hits

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


def _pattern(name: str, vocab: Vocab, tokenizer) -> Doc:
    """The tokens of a name as the tokenizer splits text. Plain words split on spaces only, so
    they skip the tokenizer (tens of thousands of dictionary names load in a fraction of the time)."""
    words = name.split()
    if all(w.isalpha() for w in words):
        return Doc(vocab, words=words)
    return tokenizer(name)


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

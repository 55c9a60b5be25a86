"""Dictionary look-up over a Doc: every span that names a country, demonym, capital, region or body.

A spaCy PhraseMatcher over token texts is fast (one pass, no regexes) and exact: "Kazakh" is a
demonym whatever the NER model thinks. Hand-written names match case-sensitively ("WHO" the agency
is not "who"); names from all-capital CAMEO dictionaries (the shipped Phoenix tables, user .txt
files) match case-insensitively but must start with a capital in the text. Longest match wins
where names overlap ("West Africa" over "West").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.attrs import LOWER, SHAPE
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from communique.actors.tables import (
    CAPITAL,
    DEMONYM,
    GROUP,
    ORG,
    PERSON,
    PROVINCE,
    STATE,
    Entry,
    Knowledge,
    city_countries,
    combining_forms,
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
            else:  # typeset copy writes "People’s" for "People's"
                curly = name.replace("'", "’")
                self.exact.add(name, [_pattern(v, vocab, tokenizer) for v in dict.fromkeys((name, curly))])
        self.first = frozenset(key[0] for key in self.folded)
        self.longest = max((len(key) for key in self.folded), default=0)

    def _folded_spans(self, doc: Doc) -> list[Span]:
        """Longest folded name starting at each capitalised token (read from the Doc's arrays, so
        no Token objects are made)."""
        rows = doc.to_array([LOWER, SHAPE]).tolist()
        strings = doc.vocab.strings
        lower = [r[0] for r in rows]
        text = doc.text
        at = text.find("’")
        while at >= 0:  # "PEOPLE'S" in typeset copy: "People’s"
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None:
                lower[span.start] = strings.add(span[0].lower_.replace("’", "'"))
            at = text.find("’", at + 1)
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
            if self._qualified_common_noun(span) or self._given_name(span, entries) or _committee(span, entries):
                continue
            hits.append(Hit(_with_article(span), _as_person(span, entries)))
        hits += _combining(doc, hits, self.knowledge)
        return sorted(hits + _provinces(doc, hits), key=lambda h: h.span.start)

    def _given_name(self, span: Span, entries: tuple[Entry, ...]) -> bool:
        """"Victoria Toensing", "Israel Katz", "Jordan Peterson": a one-word place name that opens a
        person's name (the NER model reads both words as one PERSON, the next word is no role word
        nor a dictionary name) is the person's given name, not the place."""
        if len(span) != 1 or not all(e.kind in {STATE, CAPITAL} for e in entries) or span.end >= len(span.doc):
            return False
        nxt, prev = span.doc[span.end], span.doc[span.start - 1] if span.start else None
        if prev is not None and prev.pos_ == "ADP" and span.start > 1 and \
                (span.doc[span.start - 2].lemma_.lower(),) in self.knowledge.roles:
            return False  # "U.S. ambassador to Israel Dan Shapiro": the place, then the name
        return span[0].ent_type_ == "PERSON" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and \
            nxt.is_alpha and nxt.text[:1].isupper() and (nxt.lower_,) not in self.knowledge.roles and \
            nxt.text not in self.knowledge.names

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


def _committee(span: Span, entries: tuple[Entry, ...]) -> bool:
    """"the House Homeland Security Committee": a body's name before "Committee" names a
    legislature's committee on its subject, not the body itself."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in {"Committee", "Subcommittee", "Committees"} and \
        all(e.kind == ORG for e in entries)


def _combining(doc: Doc, hits: list[Hit], knowledge: Knowledge) -> list[Hit]:
    """"Franco-German talks", "Sino-Russian ties": a combining form before a hyphen names its
    country when the compound goes on to another country ("Franco-Sino-" too), so each country of
    the compound is its own actor, as "Russia-Kazakhstan talks" are. "Greco-Roman", "Indo-Pacific"
    and "Anglo-Saxon" go on to no country and name none."""
    forms = combining_forms()
    found = [doc.char_span(m.start(), m.end() - 1) for m in _combining_pattern(tuple(forms)).finditer(doc.text)]
    if not found:
        return []
    states = {h.span.start: h for h in hits if h.entry.kind in {STATE, DEMONYM}}
    out = []
    for tok in sorted((s[0] for s in found if s is not None and len(s) == 1), key=lambda t: -t.i):
        # right to left: "Franco-Sino-Russian" chains back from its last country
        nxt = tok.i + 2
        if nxt >= len(doc):
            continue
        if tok.text not in forms or doc[tok.i + 1].text not in {"-", "–"} or tok.whitespace_ or nxt not in states:
            continue
        country = forms[tok.text]
        entries = tuple(e for e in knowledge.names.get(knowledge.countries.get(country, ""), ()) if e.kind == STATE)
        if entries:
            hit = Hit(doc[tok.i:tok.i + 1], entries)
            states[tok.i] = hit
            out.append(hit)
    return out


@functools.lru_cache(maxsize=4)
def _combining_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """One regex for all combining forms before a hyphen: the text is scanned once, not token by token."""
    alternatives = "|".join(map(re.escape, forms))
    return re.compile(rf"\b(?:{alternatives})[-–]")


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

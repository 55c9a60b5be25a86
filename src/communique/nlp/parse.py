"""The spaCy pass. The model is a registry package loaded by name, once per process."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import ConfigError
from communique.model import Article


@dataclass(slots=True)
class ParsedArticle:
    """An article and its spaCy Doc over `article.text` (same offsets)."""

    article: Article
    doc: Doc


PARAGRAPH_BREAKS = "communique_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence, and so does a line break before a word that is not
    lower-case. Journalistic text puts every paragraph, dateline and timestamp on its own line;
    the parser alone joins a paragraph that lacks a final stop to the next one, which breaks
    attributions across them. A hard-wrapped line ("the\nminister said") stays one sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.whitespace_ + (previous.text if previous.is_space else "")
        if "\n\n" in gap or ("\n" in gap and not token.is_lower and not token.is_space):
            token.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads), with line breaks
    marked as sentence boundaries before the parser runs."""
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install its package (pip install ...) or name another"
        ) from err
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(PARAGRAPH_BREAKS, before=before) if before else nlp.add_pipe(PARAGRAPH_BREAKS)
    return nlp


class Parser:
    """Runs the spaCy pipeline over article bodies, batched with `nlp.pipe`."""

    def __init__(self, *, model: str, batch_size: int = 32) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size

    def __call__(self, article: Article) -> ParsedArticle:
        return ParsedArticle(article, self.nlp(self._tokens(article)))

    def pipe(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Parse a stream; order is kept, memory stays bounded by the batch."""
        stream = ((self._tokens(a), a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            yield ParsedArticle(article, doc)

    def _tokens(self, article: Article) -> Doc:
        """The tokenised body, with a sentence starting after the dateline: "ASTANA (Sputnik) -"
        is not part of the reporter's first sentence."""
        doc = self.nlp.make_doc(article.text)
        if article.dateline_end > 0:
            following = (t for t in doc if t.idx >= article.dateline_end and not (t.is_punct or t.is_space))
            first = next(following, None)
            if first is not None and first.i > 0:
                first.is_sent_start = True
        return doc

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


CHUNK_CHARS = 10_000
"""A body longer than this is parsed in pieces cut at paragraph breaks (never inside a line) and
joined back into one Doc over the same text. spaCy's parser and NER need working memory in
proportion to the text they are given (its own estimate: ~1 GB per 100,000 characters) and refuse
texts over `nlp.max_length`; in pieces, a worker's memory is bounded by the batch, not by the
longest article, and a 5 MB page is parsed instead of failing its batch. Sentences never cross a
paragraph break (the paragraph-break component), so the parse of news text is unchanged but for
the few words at each cut."""


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` that cover it exactly, each at most `limit` characters where a
    paragraph break (else a line break, else a space) allows; every piece but the last ends just
    after the whitespace it was cut at, so tokenisation is the same as for the whole text."""
    bounds, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = next((k + len(sep) for sep in ("\n\n", "\n", " ") if (k := window.rfind(sep)) > limit // 4), limit)
        while start + cut < len(text) and text[start + cut].isspace():  # keep a run of whitespace whole
            cut += 1
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


class Parser:
    """Runs the spaCy pipeline over article bodies, batched with `nlp.pipe`."""

    def __init__(self, *, model: str, batch_size: int = 32) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size

    def __call__(self, article: Article) -> ParsedArticle:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Parse a stream; order is kept, memory stays bounded by the batch (long bodies go in
        pieces, see CHUNK_CHARS, and are joined again before they are yielded)."""
        stream = ((piece, (article, k, n)) for article in articles
                  for k, piece, n in self._pieces(article))
        done: list[Doc] = []
        for doc, (article, k, n) in self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size):
            done.append(doc)
            if k == n - 1:
                yield ParsedArticle(article, done[0] if n == 1 else Doc.from_docs(done, ensure_whitespace=False))
                done = []

    def _pieces(self, article: Article) -> Iterator[tuple[int, Doc, int]]:
        """(index, tokenised piece, number of pieces) of the article's body; the first piece
        starts at offset 0, so it carries the dateline's sentence start."""
        bounds = chunk_bounds(article.text)
        for k, (start, end) in enumerate(bounds):
            doc = self.nlp.make_doc(article.text[start:end])
            if k == 0:
                self._mark_dateline(doc, article)
            yield k, doc, len(bounds)

    @staticmethod
    def _mark_dateline(doc: Doc, article: Article) -> None:
        """A sentence starts after the dateline: "ASTANA (Sputnik) -" is not part of the
        reporter's first sentence."""
        if article.dateline_end > 0:
            following = (t for t in doc if t.idx >= article.dateline_end and not (t.is_punct or t.is_space))
            first = next(following, None)
            if first is not None and first.i > 0:
                first.is_sent_start = True

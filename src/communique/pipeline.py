"""The whole job in one object: read -> article -> nlp -> actors -> quotes -> events -> record.

The pipeline only wires stages together in their one direction; each stage lives in its own
package and knows nothing of the ones after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from communique.article import make_article_builder
from communique.errors import InputError
from communique.ingest import read_inputs
from communique.model import Article, RawDocument, Record, Reject
from communique.record import assemble, bare_record
from communique.settings import Settings


class Pipeline:
    """Builds every stage from one Settings object; `pipe` streams records and rejects in order."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.build_article = make_article_builder(self.settings)
        self._nlp_stages: tuple[Any, ...] | None = None

    @property
    def nlp_stages(self) -> tuple[Any, ...]:
        """Parser, actor finder, quote finder, event coder: built on first use (the model loads once)."""
        if self._nlp_stages is None:
            # spaCy's import is slow: the NLP stages are imported only when NLP is wanted
            from communique.actors import make_actor_finder
            from communique.events import make_event_coder
            from communique.nlp import Parser
            from communique.quotes import make_quote_finder

            s = self.settings
            self._nlp_stages = (Parser(model=s.model, batch_size=s.batch_size), make_actor_finder(s),
                                make_quote_finder(s), make_event_coder(s))
        return self._nlp_stages

    def read(self, paths: Iterable[str]) -> Iterator[RawDocument | Reject]:
        return read_inputs(paths)

    def article(self, raw: RawDocument) -> Article | Reject:
        """One raw document as an Article, or the Reject that says why not."""
        try:
            return self.build_article(raw)
        except InputError as err:
            return Reject(raw.source, err.code, err.detail)

    def pipe(self, items: Iterable[RawDocument | Reject]) -> Iterator[Record | Reject]:
        """Records (and rejects, where a document failed) in input order, batch by batch."""
        stream = iter(items)
        while batch := list(islice(stream, self.settings.batch_size)):
            staged = [x if isinstance(x, Reject) else self.article(x) for x in batch]
            yield from self._finish(staged)

    def _finish(self, staged: list[Article | Reject]) -> Iterator[Record | Reject]:
        articles = [x for x in staged if isinstance(x, Article)]
        if not self.settings.nlp:
            records = iter([bare_record(a) for a in articles])
        else:
            parser = self.nlp_stages[0]
            records = (self._analyse(p) for p in parser.pipe(articles))
        for item in staged:
            yield item if isinstance(item, Reject) else next(records)

    def _analyse(self, parsed: Any) -> Record | Reject:
        """Actors, quotes and events of one parsed article. A bug in a stage must not end a run
        of thousands of articles: the article becomes a Reject that names the error."""
        _, find_actors, find_quotes, code_events = self.nlp_stages
        try:
            return assemble(code_events(find_quotes(find_actors(parsed))))
        except Exception as err:  # noqa: BLE001 - reported as a reject row, never silent
            article = parsed.article
            return Reject(article.source, "pipeline.failed", f"{type(err).__name__}: {err}")

    def __call__(self, text: str, source: str = "<text>", **meta: Any) -> Record:
        """Process one text; raises InputError if it cannot become a record."""
        (result,) = self.pipe([RawDocument(source=source, kind="text", content=text, meta=meta)])
        if isinstance(result, Reject):
            raise InputError(result.detail, code=result.code)
        return result


def process(text: str, settings: Settings | None = None, **meta: Any) -> Record:
    """Convenience: the record of one text with default settings."""
    return Pipeline(settings)(text, **meta)

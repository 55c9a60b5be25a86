"""Streaming records into a Store: batches, resumption, counts; the API behind `communique ingest`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from communique.model import RawDocument, Record, Reject
from communique.store.database import Store
from communique.store.tally import RunTally

BATCH_ARTICLES = 256
"""Records per transaction: large enough for fast inserts, small enough that a crash loses little."""
BATCH_SECONDS = 5.0
"""...or fewer, when NLP is slow: a batch is committed at least this often."""

OnItem = Callable[[Record | Reject], None]
UNNAMED = "<stdin>"


def skip_stored(raws: Iterable[RawDocument | Reject], store: Store, tally: RunTally,
                chunk: int = BATCH_ARTICLES) -> Iterator[RawDocument | Reject]:
    """Drop documents whose `source` already gave a stored article, before any costly stage.

    They count as read and already present. This is what makes a restarted run fast: it does not
    parse again what the killed run had committed. (A document whose source was stored but whose
    text has since changed is therefore not re-read; ingest it into a fresh database to redo it.)
    Standard input has no stable name, so its documents are always read (and deduplicated by id).
    """
    stream = iter(raws)
    while items := list(islice(stream, chunk)):
        named = [x for x in items if isinstance(x, RawDocument) and not x.source.startswith(UNNAMED)]
        stored = store.stored_sources(x.source for x in named)
        for item in items:
            if isinstance(item, RawDocument) and item.source in stored:
                tally.read += 1
                tally.skipped += 1
            else:
                yield item


def write_all(items: Iterable[Record | Reject], store: Store, tally: RunTally, *, run_id: str | None = None,
              on_item: OnItem | None = None, commit_every: int = BATCH_ARTICLES) -> RunTally:
    """Every record and reject into `store`, batch by batch (each batch one transaction).

    `on_item` sees each item before its batch is committed; with `commit_every=1` every item
    is committed right after it is seen.
    """
    batch: list[Record | Reject] = []
    last_commit = time.monotonic()
    for item in items:
        batch.append(item)
        if on_item:
            on_item(item)
        if len(batch) >= commit_every or time.monotonic() - last_commit > BATCH_SECONDS:
            store.write_batch(batch, run_id, tally)
            batch, last_commit = [], time.monotonic()
    store.write_batch(batch, run_id, tally)
    if run_id:
        store.finish_run(run_id, tally)
    return tally

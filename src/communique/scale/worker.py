"""What runs on a Dask worker: one shard in, its part files out.

The Pipeline (and with it the spaCy model) is cached per worker process, keyed by Settings, so
the model loads once per process however many shards the process takes. A document that makes a
stage raise is isolated (its batch is retried one document at a time) and becomes a reject row,
so one bad page never costs a shard, and never vanishes.
"""

from __future__ import annotations

import resource
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from communique.dedup import signature
from communique.dedup.assign import signature_table
from communique.model import RawDocument, Record, Reject
from communique.pipeline import Pipeline
from communique.scale.parquet import SIGNATURES, ShardWriter, month_of
from communique.scale.read import read_shard
from communique.scale.shards import Shard
from communique.settings import Settings
from communique.store.rows import record_rows

_PIPELINES: dict[Settings, Pipeline] = {}


def pipeline_for(settings: Settings) -> Pipeline:
    """This process's Pipeline for `settings` (built, and the model loaded, on first use)."""
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings)
        if settings.nlp:
            _PIPELINES[settings].nlp_stages  # noqa: B018 - load the model now, not mid-shard
    return _PIPELINES[settings]


# written here: names a person, two states and a place, so that every stage's tables (actors,
# quotes, event patterns, dates, the place gazetteer) are loaded by the warm-up, not by article one
WARM_UP_TEXT = ("GENEVA (Reuters) - French Foreign Minister Anne Morel met Russia's ambassador in Geneva on "
                "Monday and said talks with Moscow would resume next week. \"We are ready,\" she told reporters.")


def warm(settings: Settings) -> float:
    """Build this worker's pipeline and run it once, so every stage has loaded its model and
    tables before timing starts (benchmarks); returns peak memory so far, in MB."""
    list(safe_pipe(pipeline_for(settings), [RawDocument("warm-up", "text", WARM_UP_TEXT)]))
    return peak_memory_mb()


def peak_memory_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(slots=True)
class ShardResult:
    """What the client records in the manifest for a finished shard."""

    shard: str
    seen: int = 0
    read: int = 0
    rejected: int = 0
    files: list[str] = field(default_factory=list)
    peak_mb: float = 0.0
    reject_lines: list[str] = field(default_factory=list)  # for the client's stderr, not the manifest


def safe_pipe(pipeline: Pipeline, docs: Iterable[RawDocument | Reject]) -> Iterator[Record | Reject]:
    """pipeline.pipe, except that a document on which a stage crashes becomes a reject."""
    stream = iter(docs)
    while batch := list(islice(stream, pipeline.settings.batch_size)):
        try:
            yield from list(pipeline.pipe(batch))
        except Exception:  # noqa: BLE001 - isolate the document, report it, keep the run going
            for doc in batch:
                try:
                    yield from list(pipeline.pipe([doc]))
                except Exception as err:  # noqa: BLE001
                    yield Reject(doc.source, "pipeline.crash", f"{type(err).__name__}: {err}")


def process_shard(shard: Shard, settings: Settings, dataset: str, run_id: str) -> ShardResult:
    """Run the pipeline over one shard and write its part files; returns counts and file names."""
    pipeline = pipeline_for(settings)
    writer = ShardWriter(Path(dataset), shard.id)
    result = ShardResult(shard.id)
    signatures = []
    try:
        for item in safe_pipe(pipeline, read_shard(shard)):
            result.seen += 1
            if isinstance(item, Reject):
                result.rejected += 1
                result.reject_lines.append(item.line())
                writer.add("rejects", "unknown", [{"source": item.source, "code": item.code,
                                                   "detail": item.detail, "time": item.time, "run_id": run_id}])
                continue
            result.read += 1
            rows = record_rows(item, run_id)
            month = month_of(rows["articles"][0]["published_day"])
            for table, table_rows in rows.items():
                writer.add(table, month, table_rows)
            signatures.append(signature(item.article.id, item.article.text))
        if signatures:
            writer.add_table(SIGNATURES, "all", signature_table(signatures))
        result.files = writer.commit()
    except BaseException:
        writer.abort()
        raise
    result.peak_mb = peak_memory_mb()
    return result

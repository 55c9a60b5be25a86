"""`communique run`: shards spread over Dask workers, a Parquet dataset out, resumable.

The client enumerates shards, skips those the manifest lists as done, submits the rest, and
records each one as its result arrives. When every shard is done it groups near-duplicates and
writes the final marker. Killed at any point, the same command picks up where it stopped.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distributed import as_completed

from communique.scale.cluster import dask_client
from communique.scale.finalize import finalize
from communique.scale.resume import Manifest
from communique.scale.shards import Shard, enumerate_shards
from communique.scale.worker import ShardResult, process_shard
from communique.settings import Settings


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Where and in what pieces to run: local `workers` or a `scheduler` address, shard sizes."""

    workers: int | None = None
    scheduler: str | None = None
    shard_lines: int = 200
    shard_files: int = 50


@dataclass(frozen=True, slots=True)
class _Job:
    """What every shard of one attempt shares."""

    settings: Settings
    dataset: Path
    run_id: str
    manifest: Manifest
    echo: Callable[[str], None]


@dataclass(slots=True)
class RunSummary:
    """Totals over the whole dataset (this and earlier attempts), plus this attempt's work."""

    shards: int = 0
    done_before: int = 0
    processed: int = 0
    failed: list[str] = field(default_factory=list)
    seen: int = 0
    read: int = 0
    rejected: int = 0
    stories: int = 0
    peak_worker_mb: float = 0.0
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.failed


def identity_of(shards: list[Shard], settings: Settings) -> dict[str, Any]:
    """What makes two runs the same dataset: the shards (inputs and sizes) and the settings."""
    config = {k: (list(map(str, v)) if isinstance(v, tuple) else v) for k, v in asdict(settings).items()}
    return {"shards": len(shards), "shard_ids": uuid.uuid5(uuid.NAMESPACE_OID, ",".join(s.id for s in shards)).hex,
            "settings": config}


def _submit_and_record(client: Any, pending: list[Shard], job: _Job, summary: RunSummary) -> None:
    """Submit every pending shard; mark each done in the manifest as its result arrives."""
    attempt = uuid.uuid4().hex[:8]
    labels = {s.id: s.label for s in pending}
    echo = job.echo
    futures = client.map(process_shard, pending, settings=job.settings, dataset=str(job.dataset),
                         run_id=job.run_id, key=[f"communique-shard-{s.id}-{attempt}" for s in pending])
    shard_of = {f.key: s for f, s in zip(futures, pending, strict=True)}
    for future in as_completed(futures):
        shard = shard_of[future.key]
        try:
            result: ShardResult = future.result()
        except Exception as err:  # noqa: BLE001 - a failed shard is reported and retried on rerun
            summary.failed.append(shard.id)
            echo(f"communique: shard {shard.label} failed: {type(err).__name__}: {err}")
            continue
        job.manifest.mark(result, labels[shard.id])
        for line in result.reject_lines:
            echo(line)
        summary.processed += 1
        echo(f"communique: shard {summary.done_before + summary.processed}/{summary.shards} done: "
             f"{shard.label} ({result.read} read, {result.rejected} rejected)")
        future.release()


def run(paths: list[str], dataset: Path, settings: Settings, config: RunConfig | None = None, *,
        echo: Callable[[str], None] = print, client: Any = None) -> RunSummary:
    """Process `paths` into the Parquet dataset at `dataset`, resuming whatever is already done.

    `client` is an already connected Dask Client to use instead of starting one (benchmarks,
    notebooks); otherwise a LocalCluster of `config.workers` processes, or `config.scheduler`.
    """
    config = config or RunConfig()
    started = time.monotonic()
    dataset = dataset.resolve()
    shards = enumerate_shards(paths, config.shard_lines, config.shard_files)
    manifest = Manifest(dataset)
    run_id = manifest.start(identity_of(shards, settings))
    done = manifest.done()
    pending = [s for s in shards if s.id not in done]
    summary = RunSummary(shards=len(shards), done_before=len(shards) - len(pending))
    if pending:
        manifest.unfinish()
        echo(f"communique: {len(pending)} of {len(shards)} shards to do"
             + (f" ({summary.done_before} already done)" if summary.done_before else ""))
        job = _Job(settings, dataset, run_id, manifest, echo)
        connect = nullcontext(client) if client is not None else dask_client(config.workers, config.scheduler)
        with connect as connected:
            _submit_and_record(connected, pending, job, summary)
    results = manifest.done()
    for result in results.values():
        summary.seen += result["seen"]
        summary.read += result["read"]
        summary.rejected += result["rejected"]
        summary.peak_worker_mb = max(summary.peak_worker_mb, result.get("peak_mb", 0.0))
    if summary.complete:
        final = manifest.finished()
        if final is None or final.get("shards") != len(shards):
            final = {"shards": len(shards), "run_id": run_id, **finalize(dataset)}
            manifest.finish(final)
        summary.stories = final["stories"]
    summary.seconds = round(time.monotonic() - started, 2)
    return summary

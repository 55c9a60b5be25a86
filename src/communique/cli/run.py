"""`communique run`: the pipeline on Dask workers, a Parquet dataset out, resumable."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from communique.cli.options import pipeline_options, settings_from
from communique.errors import ConfigError


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dataset folder to write (Parquet, partitioned by month); rerun to resume.")
@click.option("--workers", type=click.IntRange(1, 1024), default=None,
              help="Local worker processes to start (default: one per CPU).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Use a running `dask scheduler` (e.g. tcp://10.0.0.5:8786) instead of local workers.")
@click.option("--shard-lines", default=200, show_default=True, type=click.IntRange(1, 10_000_000),
              help="JSON Lines per shard (the unit of work and of resumption).")
@click.option("--shard-files", default=50, show_default=True, type=click.IntRange(1, 1_000_000),
              help="Plain or HTML files per shard (each WARC file is one shard).")
@pipeline_options
def run(paths: tuple[str, ...], out: Path, workers: int | None, scheduler: str | None, shard_lines: int,
        shard_files: int, **options: object) -> None:
    """Process PATHS on Dask workers into a Parquet dataset at --out.

    PATHS are JSON Lines files (split into chunks of --shard-lines), WARC files, other files,
    folders or globs. The dataset holds articles, actors, quotes, events and rejects, each
    partitioned as month=YYYY-MM (month=unknown when undated); DuckDB reads it with
    read_parquet('OUT/articles/*/*.parquet', hive_partitioning=true), and
    `communique ingest --from OUT` loads it into a database. Killed, the same command resumes.

    Exit status: 0 every shard done (rejects included), 1 a shard failed or an error stopped
    the run (run the same command again to resume), 2 bad usage.

    Example: communique run ../shared/corpus/articles.jsonl --out dataset/ --workers 2
    """
    from communique.scale.run import RunConfig  # Dask import is slow: only when run
    from communique.scale.run import run as run_dataset

    if workers and scheduler:
        raise click.UsageError("give --workers (local processes) or --scheduler (a running cluster), not both")
    settings = settings_from(**options)  # type: ignore[arg-type]
    try:
        config = RunConfig(workers=workers, scheduler=scheduler, shard_lines=shard_lines, shard_files=shard_files)
        summary = run_dataset(list(paths), out, settings, config, echo=lambda line: click.echo(line, err=True))
    except ConfigError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"communique: {out}: {summary.shards} shards, seen {summary.seen}, read {summary.read}, "
               f"rejected {summary.rejected}, {summary.stories} stories; {summary.seconds} s this attempt, "
               f"peak worker memory {summary.peak_worker_mb:.0f} MB", err=True)
    if not summary.complete:
        click.echo(f"communique: {len(summary.failed)} shard(s) failed; run the same command again to retry them",
                   err=True)
        sys.exit(1)

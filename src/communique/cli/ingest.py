"""`communique ingest`: read, process and store articles in a DuckDB file, resumably."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from communique.cli.options import finish, pipeline_options, settings_from, strict_option
from communique.dedup import assign_clusters
from communique.errors import CommuniqueError
from communique.model import Record, Reject
from communique.pipeline import Pipeline
from communique.store import RunTally, Store, skip_stored, write_all
from communique.store.ingest import BATCH_ARTICLES


@click.command()
@click.argument("paths", nargs=-1, required=False)
@click.option("--from", "dataset", default=None, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Load a finished Parquet dataset written by `communique run` instead of reading PATHS.")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="DuckDB file to write (created if missing; existing articles are kept).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: only when stderr is a terminal).")
@click.option("--commit-every", default=BATCH_ARTICLES, show_default=True, type=click.IntRange(1, 1_000_000),
              help="Records per transaction (a killed run loses at most this many, redone on restart).")
@strict_option
@pipeline_options
def ingest(paths: tuple[str, ...], dataset: Path | None, db: Path, progress: bool | None, commit_every: int,
           strict: bool, **options: object) -> None:
    """Read PATHS, process every article and store the records in the DuckDB file --db.

    PATHS are files (text, HTML, JSON Lines, WARC, any of them gzipped), folders (read
    recursively), globs, or - for standard input. Ingesting the same input twice adds nothing;
    a run that was killed resumes where it stopped when started again. Rejected documents get
    one line on stderr and a row in the `rejects` table. A summary ends the run.

    Exit status: 0 the run completed (rejects included, unless --strict), 1 an error stopped
    it, 2 bad usage, 3 --strict and some documents were rejected.

    Example: communique ingest samples/ --db demo.duckdb
    """
    if dataset is not None or not paths:
        _load_dataset(dataset, paths, db)
        return
    pipeline = Pipeline(settings_from(**options))  # type: ignore[arg-type]
    tally = RunTally()
    try:
        with Store(db) as store, _progress(progress) as on_item:
            run_id = store.start_run(" ".join(["communique", "ingest", *sys.argv[2:]]))
            raws = skip_stored(pipeline.read(paths), store, tally)
            write_all(pipeline.pipe(raws), store, tally, run_id=run_id, on_item=on_item, commit_every=commit_every)
            assign_clusters(store.connection)  # near-duplicate stories, old and new articles together
    except CommuniqueError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"communique: {db}: {tally.summary()}", err=True)
    finish(tally.rejected, strict)


def _load_dataset(dataset: Path | None, paths: tuple[str, ...], db: Path) -> None:
    """`--from DATASET`: a finished `communique run` dataset into the database (communique.scale.load)."""
    if dataset is None or paths:
        raise click.UsageError("give either PATHS to read or --from DATASET (one of the two)")
    from communique.scale.load import load_dataset  # pyarrow/Dask side: only when asked for

    try:
        counts = load_dataset(db, dataset)
    except CommuniqueError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"communique: {db}: loaded {dataset}: {counts['articles']:,} articles added, "
               f"{counts['in_dataset'] - counts['articles']:,} already present, {counts['rejects']:,} rejects, "
               f"{counts['stories']:,} stories", err=True)


@contextmanager
def _progress(wanted: bool | None) -> Iterator:
    """A per-item callback: prints rejects, and drives a rich progress bar when wanted."""
    console = Console(stderr=True)
    show = console.is_terminal if wanted is None else wanted
    if not show:
        yield _print_reject
        return
    columns = (SpinnerColumn(), TextColumn("{task.completed:,} documents"), TextColumn("{task.fields[rej]} rejected"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rej=0)

        def on_item(item: Record | Reject) -> None:
            if isinstance(item, Reject):
                bar.console.print(item.line(), markup=False, highlight=False)
                bar.update(task, rej=bar.tasks[0].fields["rej"] + 1)
            bar.advance(task)

        yield on_item


def _print_reject(item: Record | Reject) -> None:
    if isinstance(item, Reject):
        click.echo(item.line(), err=True)

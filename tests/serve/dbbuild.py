"""Build the serve tests' database with the real tools: `communique ingest` (the CLI command)
over samples/, ../shared/examples and N corpus articles, then the hand-written records of
written.py through the real Store.

The corpus file is read in place; the N international articles (intl_ids.txt) are written to a
temporary JSON Lines file for the run and deleted after it.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from communique.store.database import Store
from communique.store.tally import RunTally

from .written import written_records

REPO = Path(__file__).resolve().parents[2]


def corpus_lines(shared: Path, count: int, skip: int = 0) -> Iterator[str]:
    """`count` international articles of the corpus (after skipping `skip`), as JSON lines."""
    wanted = set((shared / "corpus" / "intl_ids.txt").read_text().split())
    with open(shared / "corpus" / "articles.jsonl", encoding="utf-8") as stream:
        picked = (line for line in stream if json.loads(line)["id"] in wanted)
        yield from islice(picked, skip, skip + count)


def ingest(db_path: Path, paths: list[str], *extra: str) -> None:
    """`communique ingest PATHS --db DB`: the real command, run in this process (click's runner),
    so the spaCy model loaded once per process (nlp.load_model is cached) serves every test."""
    from click.testing import CliRunner

    from communique.cli import cli

    args = ["ingest", *paths, "--db", str(db_path), "--no-progress", *extra]
    done = CliRunner().invoke(cli, args)
    if done.exit_code != 0:
        raise RuntimeError(f"communique {' '.join(args)} failed ({done.exit_code}): "
                           f"{done.stderr[-2000:]} {done.exception!r}")


def add_written(db_path: Path) -> int:
    """The hand-written records, stored by the Store (they are records, not raw documents)."""
    records = written_records()
    with Store(db_path) as store:
        run_id = store.start_run("tests/serve written records")
        tally = RunTally()
        store.write_batch(list(records), run_id, tally)
        store.finish_run(run_id, tally)
    return len(records)


def build(db_path: Path, shared: Path | None, count: int, *extra: str) -> Path:
    """The whole test database at `db_path` (without ../shared: samples and written records only).

    If the full pipeline fails on these articles (a stage of another area broken mid-change),
    the articles are ingested with --no-nlp instead and a warning says so: the serve tests
    then still run on real articles plus the written records, rather than not at all.
    """
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(REPO / "samples")]
        if shared is not None:
            subset = Path(tmp) / "corpus-subset.jsonl"
            subset.write_text("".join(corpus_lines(shared, count)), encoding="utf-8")
            paths += [*(str(p) for p in sorted((shared / "examples").glob("*.txt"))), str(subset)]
        try:
            ingest(db_path, paths, *extra)
        except RuntimeError as err:
            warnings.warn(f"full pipeline failed, serve test DB built with --no-nlp: {err}", stacklevel=2)
            db_path.unlink(missing_ok=True)
            ingest(db_path, paths, "--no-nlp", *extra)
    add_written(db_path)
    return db_path

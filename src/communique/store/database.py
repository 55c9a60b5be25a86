"""The DuckDB store: records in, idempotently, in batches that are each one transaction.

An article row and its actors, quotes and events are always committed together (a batch is
one transaction), so a run killed at any moment leaves whole articles only. The article id is
the key: a record whose id is stored is counted as already present and not written again;
rejects are keyed by (source, code). Starting the same run again therefore finishes the job
without loss or duplicates.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.errors import StoreError
from communique.model import Record, Reject
from communique.store.rows import TABLES, record_rows
from communique.store.tally import RunTally


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def schema_sql() -> str:
    """The DDL of every table (package data, so it works from an installed wheel too)."""
    return resources.files("communique.store").joinpath("schema.sql").read_text(encoding="utf-8")


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, or a StoreError that says what to do (e.g. another process holds it)."""
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        first = str(err).splitlines()[0]
        raise StoreError(f"cannot open database {path}: {first}") from err


def open_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing communique database (for the server and tools)."""
    if not Path(path).is_file():
        raise StoreError(f"no database at {path}: build one with `communique ingest PATH --db {path}`")
    return connect(path, read_only=True)


class Store:
    """One DuckDB file with the tables of schema.sql; `write` is the only way records go in."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.connection = connect(path)
        self.connection.execute(schema_sql())
        self._columns = {t: self._table_columns(t) for t in (*TABLES, "rejects")}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _table_columns(self, table: str) -> dict[str, str]:
        return {name: kind for name, kind, *_ in self.connection.execute(f"DESCRIBE {table}").fetchall()}

    def start_run(self, command: str | None = None) -> str:
        """A new `runs` row (finished stays null until `finish_run`: a killed run shows as such)."""
        run_id = uuid.uuid4().hex[:12]
        self.connection.execute("INSERT INTO runs (id, started, command, seen, read, rejected, skipped, seconds) "
                                "VALUES (?, ?, ?, 0, 0, 0, 0, 0)",
                                [run_id, _now(), command or " ".join(sys.argv)])
        return run_id

    def finish_run(self, run_id: str, tally: RunTally) -> None:
        self._update_run(run_id, tally, finished=_now())

    def _update_run(self, run_id: str, tally: RunTally, finished: str | None = None) -> None:
        self.connection.execute(
            "UPDATE runs SET seen = ?, read = ?, rejected = ?, skipped = ?, seconds = ?, finished = ? WHERE id = ?",
            [tally.seen, tally.read, tally.rejected, tally.skipped, round(tally.seconds, 3), finished, run_id])

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are already articles."""
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.connection.execute("SELECT id FROM articles WHERE list_contains(?, id)", [wanted]).fetchall()
        return {r[0] for r in rows}

    def stored_sources(self, sources: Iterable[str]) -> set[str]:
        """Which of `sources` already gave an article (used to skip them before any NLP)."""
        wanted = list(set(sources))
        if not wanted:
            return set()
        rows = self.connection.execute(
            "SELECT DISTINCT source FROM articles WHERE list_contains(?, source)", [wanted]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, items: list[Record | Reject], run_id: str | None, tally: RunTally) -> None:
        """Records and rejects of one batch, plus the run's counts so far, in ONE transaction."""
        records = [x for x in items if isinstance(x, Record)]
        rejects = [x for x in items if isinstance(x, Reject)]
        fresh = self._fresh(records)
        con = self.connection
        con.begin()
        try:
            self._insert_records(fresh, run_id)
            self._insert_rows("rejects", [_reject_row(r, run_id) for r in rejects], ignore=True)
            tally.read += len(records)
            tally.rejected += len(rejects)
            tally.skipped += len(records) - len(fresh)
            if run_id:
                self._update_run(run_id, tally)
            con.commit()
        except (duckdb.Error, pa.ArrowException) as err:
            con.rollback()
            raise StoreError(f"cannot write to {self.path}: {str(err).splitlines()[0]}") from err

    def _fresh(self, records: list[Record]) -> list[Record]:
        """Records whose id is neither stored nor earlier in the same batch."""
        stored = self.stored_ids(r.article.id for r in records)
        fresh: list[Record] = []
        for record in records:
            if record.article.id not in stored:
                stored.add(record.article.id)
                fresh.append(record)
        return fresh

    def _insert_records(self, records: list[Record], run_id: str | None) -> None:
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        for record in records:
            for table, rows in record_rows(record, run_id).items():
                tables[table].extend(rows)
        for table, rows in tables.items():
            self._insert_rows(table, rows)

    def _insert_rows(self, table: str, rows: list[dict[str, Any]], *, ignore: bool = False) -> None:
        """Rows through Arrow, each column cast to the table's type (so empty lists and nulls fit).

        Keys that are not columns of `table` are left out: a stage may add record fields before
        the schema grows a column for them.
        """
        if not rows:
            return
        columns = self._columns[table]
        names = [c for c in columns if any(c in row for row in rows)]
        batch = pa.Table.from_pylist([{c: row.get(c) for c in names} for row in rows])
        select = ", ".join(f'CAST("{c}" AS {columns[c]}) AS "{c}"' for c in names)
        verb = "INSERT OR IGNORE INTO" if ignore else "INSERT INTO"
        self.connection.register("_communique_batch", batch)
        try:
            self.connection.execute(f"{verb} {table} BY NAME SELECT {select} FROM _communique_batch")
        finally:
            self.connection.unregister("_communique_batch")


def _reject_row(reject: Reject, run_id: str | None) -> dict[str, Any]:
    return {"source": reject.source, "code": reject.code, "detail": reject.detail, "time": reject.time,
            "run_id": run_id}

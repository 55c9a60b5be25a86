"""The database as the server sees it: one read-only DuckDB file, one cursor per worker thread.

DuckDB connections are not meant to be shared between threads, but `cursor()` gives each thread
its own connection to the same database cheaply. FastAPI runs plain `def` endpoints in a thread
pool, so a thread-local cursor serves many requests without locks or reconnects.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.errors import StoreError

REQUIRED_TABLES = ("articles", "actors", "quotes", "events")


class Database:
    """A read-only view of a communique DuckDB file; every query takes bound parameters only."""

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        """`threads`: DuckDB worker threads per query (None: DuckDB's default, one per core).
        A busy server answers many small queries at once; one thread each avoids oversubscription."""
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"no database at {self.path}: build one with `communique ingest PATH --db FILE`")
        try:
            self._root = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error as err:
            raise StoreError(f"cannot open {self.path} read-only: {err}") from err
        if threads:
            self._root.execute("SET threads = ?", [int(threads)])
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        try:
            self._check_tables()
        except StoreError:
            self._root.close()
            raise

    def _check_tables(self) -> None:
        found = {r[0] for r in self._root.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        missing = [t for t in REQUIRED_TABLES if t not in found]
        if missing:
            raise StoreError(f"{self.path} is not a communique database (missing tables: {', '.join(missing)})")

    @property
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's own cursor, made on first use."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            with self._lock:
                cur = self._root.cursor()
                self._cursors.append(cur)
            self._local.cursor = cur
        return cur

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Rows as dicts (column name -> value)."""
        cur = self.cursor.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        row = self.cursor.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def arrow(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> pa.Table:
        """A result as an Arrow table, for CSV and Parquet downloads."""
        return self.cursor.sql(sql, params=list(params)).to_arrow_table()

    def close(self) -> None:
        with self._lock:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
            self._root.close()

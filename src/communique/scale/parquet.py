"""Table rows -> a Parquet dataset partitioned by publication month, one part file per shard.

Layout (hive partitioning, readable by DuckDB, Spark and pandas as it is):

    DATASET/<table>/month=YYYY-MM/part-<shard id>.parquet    (month=unknown when undated)
    DATASET/_minhash/part-<shard id>.parquet                 (near-duplicate signatures)

Column types come from store/schema.sql itself (an in-memory DuckDB makes the tables and
reports their Arrow schema), so the dataset loads back into the store without conversion.
Files are written under DATASET/_tmp and renamed into place only when complete, so a reader
or a resumed run never sees half a file; the name carries the shard id, so a rerun overwrites.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import uuid
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from communique.dedup.assign import SIGNATURE_COLUMNS

TABLES = ("articles", "actors", "quotes", "events", "rejects")
UNKNOWN_MONTH = "unknown"
SIGNATURES = "_minhash"
FLUSH_ROWS = 500


@functools.cache
def table_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each store table, from schema.sql, plus the signature table's."""
    con = duckdb.connect()
    con.execute(files("communique.store").joinpath("schema.sql").read_text(encoding="utf-8"))
    schemas = {t: con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in TABLES}
    schemas[SIGNATURES] = SIGNATURE_COLUMNS
    return schemas


def month_of(day: str | None) -> str:
    """The partition of a YYYY-MM-DD day: "YYYY-MM", or "unknown"."""
    month = (day or "")[:7]
    return month if len(month) == len("YYYY-MM") and month[:4].isdigit() and month[4] == "-" else UNKNOWN_MONTH


def _as_dates(rows: list[dict[str, Any]], schema: pa.Schema) -> list[dict[str, Any]]:
    """ISO strings in DATE columns as dates (Arrow will not parse them itself)."""
    names = [f.name for f in schema if pa.types.is_date(f.type)]
    for row in rows:
        for name in names:
            value = row.get(name)
            if isinstance(value, str):
                try:
                    row[name] = dt.date.fromisoformat(value[:10])
                except ValueError:
                    row[name] = None
    return rows


class ShardWriter:
    """Streams one shard's rows into temporary part files, then moves them into place at once.

    Rows are buffered per (table, month) and flushed as row groups, so memory stays bounded by
    FLUSH_ROWS rows per open partition however big the shard (a WARC file) is.
    """

    def __init__(self, dataset: Path, shard_id: str) -> None:
        self.dataset, self.shard_id = dataset, shard_id
        self.tmp = dataset / "_tmp" / f"{shard_id}-{uuid.uuid4().hex[:8]}"
        self.buffers: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.writers: dict[tuple[str, str], pq.ParquetWriter] = {}

    def add(self, table: str, month: str, rows: list[dict[str, Any]]) -> None:
        buffer = self.buffers.setdefault((table, month), [])
        buffer.extend(rows)
        if len(buffer) >= FLUSH_ROWS:
            self._flush(table, month)

    def add_table(self, table: str, month: str, data: pa.Table) -> None:
        """Add rows that are already an Arrow table (the signatures)."""
        self._writer(table, month).write_table(data)

    def _writer(self, table: str, month: str) -> pq.ParquetWriter:
        key = (table, month)
        if key not in self.writers:
            path = self.tmp / table / f"{month}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(path, table_schemas()[table], compression="zstd")
        return self.writers[key]

    def _flush(self, table: str, month: str) -> None:
        rows = self.buffers.pop((table, month), [])
        if rows:
            schema = table_schemas()[table]
            self._writer(table, month).write_table(pa.Table.from_pylist(_as_dates(rows, schema), schema=schema))

    def commit(self) -> list[str]:
        """Close every file and rename it into the dataset; drop this shard's stale parts."""
        for table, month in list(self.buffers):
            self._flush(table, month)
        for writer in self.writers.values():
            writer.close()
        final = {self._target(t, m): self.tmp / t / f"{m}.parquet" for t, m in self.writers}
        for target, source in final.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
        for stale in set(self.dataset.glob(f"*/*/part-{self.shard_id}.parquet")) - set(final):
            stale.unlink(missing_ok=True)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return sorted(str(p.relative_to(self.dataset)) for p in final)

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _target(self, table: str, month: str) -> Path:
        if table == SIGNATURES:
            return self.dataset / SIGNATURES / f"part-{self.shard_id}.parquet"
        return self.dataset / table / f"month={month}" / f"part-{self.shard_id}.parquet"


def write_empty_tables(dataset: Path) -> list[str]:
    """An empty part file for each table that got no rows, so `read_parquet(table/*/*)` works."""
    made = []
    for table in TABLES:
        if not any((dataset / table).glob("month=*/*.parquet")):
            path = dataset / table / f"month={UNKNOWN_MONTH}" / "part-empty.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table_schemas()[table].empty_table(), path)
            made.append(str(path.relative_to(dataset)))
    return made

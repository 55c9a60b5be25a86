"""Export a database: Parquet or CSV (one file per table), or JSON Lines (one record per article).

`EXPORTERS` maps a format name to `function(connection, out_dir) -> list[Path]`. Another format
is one more entry. The GDELT 2.0 event export lives in `store/gdelt.py` (owned by the events
stage): when that module exists and defines `export_gdelt(connection, out_dir)`, `exporters()`
adds it as "gdelt" (imported lazily, so a missing or broken module never breaks the others).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import duckdb

from communique.store.records import iter_records

Exporter = Callable[[duckdb.DuckDBPyConnection, Path], list[Path]]
TABLES = ("articles", "actors", "quotes", "events", "rejects", "runs")


def export_tables(connection: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    """`COPY` each table to `out_dir/<table>.<fmt>`: DuckDB streams it, memory stays flat."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = out_dir / f"{table}.{fmt}"
        options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
        connection.execute(f"COPY (SELECT * FROM {table}) TO '{_quoted(path)}' ({options})")
        written.append(path)
    return written


def export_parquet(connection: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    return export_tables(connection, out_dir, "parquet")


def export_csv(connection: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """CSV flattens nested columns (authors, datelines, mentions) to DuckDB's text form."""
    return export_tables(connection, out_dir, "csv")


def export_jsonl(connection: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Path]:
    """`records.jsonl`: one RECORD.md-shaped record per article, rebuilt from the tables."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "records.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in iter_records(connection):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]


EXPORTERS: dict[str, Exporter] = {
    "parquet": export_parquet,
    "csv": export_csv,
    "jsonl": export_jsonl,
}
"""Format name -> exporter. Built-ins; `exporters()` adds the optional ones."""

OPTIONAL_EXPORTERS = {"gdelt": ("communique.store.gdelt", "export_gdelt")}
"""Format name -> (module, function), imported only when that module is installed."""


def export_formats() -> list[str]:
    """Every format name available here, without importing the optional modules."""
    optional = [name for name, (module, _) in OPTIONAL_EXPORTERS.items() if importlib.util.find_spec(module)]
    return sorted([*EXPORTERS, *optional])


def exporters() -> dict[str, Exporter]:
    """EXPORTERS plus each optional exporter whose module imports and defines its function."""
    table = dict(EXPORTERS)
    for name, (module_name, function) in OPTIONAL_EXPORTERS.items():
        if importlib.util.find_spec(module_name) is None:
            continue
        exporter = getattr(importlib.import_module(module_name), function, None)
        if exporter is not None:
            table[name] = exporter
    return table


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")

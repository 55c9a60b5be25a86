"""Helpers for the scale tests: small inputs cut from the real corpus at run time, CLI runs, readers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

TIMEOUT = 120


def write_sample(shared: Path, target: Path, count: int, copies: int = 0) -> Path:
    """The first `count` corpus articles as JSON Lines in `target`, plus `copies` re-published copies
    (a later line with another id and outlet, the body wrapped in boilerplate written here)."""
    lines = []
    with (shared / "corpus" / "articles.jsonl").open(encoding="utf-8") as handle:
        for _, line in zip(range(count), handle, strict=False):
            lines.append(json.loads(line))
    for i, row in enumerate(lines[:copies]):
        lines.append({**row, "id": f"copy-{i}", "outlet": "Example Reprints",
                      "text": f"Advertisement\n\n{row['text']}\n\nFollow us for more world news."})
    target.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    return target


def communique(*args: str, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run the real command line (a fresh process, as a user would)."""
    return subprocess.run([sys.executable, "-m", "communique", *args], capture_output=True, text=True,
                          timeout=timeout, check=False, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def popen_communique(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "communique", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def table(dataset: Path, name: str, columns: str = "*") -> list[tuple]:
    """Rows of one table of a dataset, read by DuckDB as it is (hive partitioning)."""
    glob = str(dataset / name / "*" / "*.parquet")
    return duckdb.sql(f"SELECT {columns} FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()


def done_shards(dataset: Path) -> int:
    folder = dataset / "_manifest"
    return len([p for p in folder.glob("*.json") if not p.name.startswith("_")]) if folder.exists() else 0

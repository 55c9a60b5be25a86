"""A run killed with SIGKILL midway, started again, ends with every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

LINES = 240
BAD_EVERY = 60  # lines 60, 120, 180, 240 are not JSON: their reject lines show how far the run got


def write_feed(path: Path) -> int:
    """The feed; returns how many of its lines are articles."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(1, LINES + 1):
            if n % BAD_EVERY == 0:
                out.write("{not json\n")
                continue
            text = f"Officials of country {n} met their neighbours on Monday to discuss trade and borders."
            out.write(json.dumps({"id": f"r{n}", "title": f"Talks {n}", "text": text}) + "\n")
    return LINES - LINES // BAD_EVERY


def ingest_command(feed: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "communique", "ingest", str(feed), "--db", str(db), "--no-nlp",
            "--no-progress", "--commit-every", "1"]


def kill_midway(feed: Path, db: Path) -> None:
    """Start an ingest; SIGKILL it once its stderr shows line 60 was reached (so lines 1-59 are committed)."""
    process = subprocess.Popen(ingest_command(feed, db), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    for line in process.stderr:  # type: ignore[union-attr]
        if f"{feed}#{BAD_EVERY}:" in line or time.monotonic() > deadline:
            break
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def article_counts(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    finally:
        con.close()


def test_sigkill_midway_then_restart_stores_every_article_exactly_once(tmp_path):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "news.duckdb"
    articles = write_feed(feed)
    kill_midway(feed, db)
    stored, distinct = article_counts(db)
    assert BAD_EVERY - 1 <= stored < articles and stored == distinct, "killed midway: some, not all, stored"

    done = subprocess.run(ingest_command(feed, db), capture_output=True, text=True, check=True)
    assert article_counts(db) == (articles, articles)
    assert f"already present {stored:,}" in done.stderr and f"rejected {LINES // BAD_EVERY}" in done.stderr

    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT finished IS NOT NULL, read FROM runs ORDER BY started, finished NULLS FIRST").fetchall()
    assert [finished for finished, _ in runs] == [False, True], "the killed run shows as unfinished"
    assert runs[-1][1] == articles
    assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] == LINES // BAD_EVERY

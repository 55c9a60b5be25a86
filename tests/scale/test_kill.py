"""Killed with SIGKILL midway (the client, or one worker), a run ends with every article exactly once."""

from __future__ import annotations

import os
import signal
import time

import psutil
import pytest

from .helpers import communique, done_shards, popen_communique, table, write_sample

ARTICLES, SHARD_LINES = 150, 3
SHARDS = ARTICLES // SHARD_LINES


@pytest.fixture
def feed(shared, tmp_path):
    return write_sample(shared, tmp_path / "feed.jsonl", ARTICLES)


def _args(feed, out, workers: str = "2") -> list[str]:
    return ["run", str(feed), "--out", str(out), "--workers", workers, "--shard-lines", str(SHARD_LINES), "--no-nlp"]


def _wait_for_shards(out, at_least: int, process, limit: float = 90.0) -> int:
    deadline = time.monotonic() + limit
    while (done := done_shards(out)) < at_least:
        assert process.poll() is None, process.stdout.read()
        assert time.monotonic() < deadline, "no shard finished in time"
        time.sleep(0.02)
    return done


def _exactly_once(out) -> None:
    sources = [r[0] for r in table(out, "articles", "source")]
    assert len(sources) == ARTICLES, f"{len(sources)} article rows for {ARTICLES} articles"
    assert len(set(sources)) == ARTICLES, "an article was written twice"


def _workers_of(pid: int) -> list[psutil.Process]:
    return [p for p in psutil.Process(pid).children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]


def test_sigkill_client_midway_then_rerun(feed, tmp_path) -> None:
    out = tmp_path / "dataset"
    process = popen_communique(*_args(feed, out))
    _wait_for_shards(out, 3, process)
    workers = _workers_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=15)  # LocalCluster workers die with their client
    for orphan in alive:
        orphan.kill()
    assert not alive, "worker processes outlived the killed client"
    killed_at = done_shards(out)
    assert 0 < killed_at < SHARDS, "the run was not killed midway"
    finished = communique(*_args(feed, out))
    assert finished.returncode == 0, finished.stderr
    assert f"{SHARDS - killed_at} of {SHARDS} shards to do" in finished.stderr
    _exactly_once(out)


def test_sigkill_one_worker_midway_run_still_completes(feed, tmp_path) -> None:
    out = tmp_path / "dataset"
    process = popen_communique(*_args(feed, out))
    _wait_for_shards(out, 3, process)
    victim = _workers_of(process.pid)[0]
    victim.send_signal(signal.SIGKILL)
    assert done_shards(out) < SHARDS, "the run was not killed midway"
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 0, output
    _exactly_once(out)

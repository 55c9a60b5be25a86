"""Killed with SIGKILL midway (one worker, then the client), a run ends with every article exactly once."""

from __future__ import annotations

import os
import signal
import time

import psutil

from .helpers import communique, done_shards, popen_communique, table, write_sample

ARTICLES, SHARD_LINES = 150, 3
SHARDS = ARTICLES // SHARD_LINES


def _wait_for_shards(out, at_least: int, process, limit: float = 90.0) -> int:
    deadline = time.monotonic() + limit
    while (done := done_shards(out)) < at_least:
        assert process.poll() is None, process.stdout.read()
        assert time.monotonic() < deadline, "no shard finished in time"
        time.sleep(0.02)
    return done


def _workers_of(pid: int) -> list[psutil.Process]:
    return [p for p in psutil.Process(pid).children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]


def test_sigkill_worker_then_client_midway_then_rerun_gives_each_article_once(shared, tmp_path) -> None:
    feed = write_sample(shared, tmp_path / "feed.jsonl", ARTICLES)
    out = tmp_path / "dataset"
    args = ["run", str(feed), "--out", str(out), "--workers", "2", "--shard-lines", str(SHARD_LINES), "--no-nlp"]
    process = popen_communique(*args)
    before = _wait_for_shards(out, 2, process)
    _workers_of(process.pid)[0].send_signal(signal.SIGKILL)  # Dask reruns its shard elsewhere ...
    _wait_for_shards(out, before + 3, process)  # ... and the run goes on
    workers = _workers_of(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=15)  # LocalCluster workers die with their client
    for orphan in alive:
        orphan.kill()
    assert not alive, "worker processes outlived the killed client"
    killed_at = done_shards(out)
    assert 0 < killed_at < SHARDS, "the run was not killed midway"

    finished = communique(*args)
    assert finished.returncode == 0, finished.stderr
    assert f"{SHARDS - killed_at} of {SHARDS} shards to do" in finished.stderr
    sources = [r[0] for r in table(out, "articles", "source")]
    assert len(sources) == ARTICLES, f"{len(sources)} article rows for {ARTICLES} articles"
    assert len(set(sources)) == ARTICLES, "an article was written twice"
    assert not list(out.glob("_tmp/*")), "half-written files were left behind"

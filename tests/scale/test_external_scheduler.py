"""A run on separately started `dask scheduler` and `dask worker` processes (loopback), as on a cluster."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from distributed import Client

from .helpers import communique, table, write_sample

DASK = str(Path(sys.executable).parent / "dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def scheduler_address(tmp_path):
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    started = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        started.append(subprocess.Popen([DASK, "worker", address, "--nthreads", "1", "--nworkers", "1",
                                         "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(tmp_path)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def test_run_on_a_running_scheduler(shared, tmp_path, scheduler_address) -> None:
    feed = write_sample(shared, tmp_path / "feed.jsonl", 40)
    out = tmp_path / "dataset"
    done = communique("run", str(feed), "--out", str(out), "--scheduler", scheduler_address,
                      "--shard-lines", "10", "--no-nlp")
    assert done.returncode == 0, done.stderr
    assert "4 of 4 shards to do" in done.stderr
    sources = [r[0] for r in table(out, "articles", "source")]
    assert len(sources) == len(set(sources)) == 40

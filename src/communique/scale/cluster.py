"""Where the shards run: a LocalCluster started for the run, or a running Dask scheduler.

Locally every worker is its own process with one thread, because spaCy parsing holds the GIL:
processes, not threads, are what use more cores. On a cluster of machines the user starts
`dask scheduler` and `dask worker ADDRESS --nthreads 1` themselves and passes --scheduler.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

import dask
from distributed import Client, LocalCluster

from communique.errors import ConfigError

CONNECT_TIMEOUT = "10s"

LOCAL_WORKER_CONFIG = {
    # no dashboard, so no use for the statistical profiler: it samples the task thread every 10 ms
    # and takes the GIL from spaCy to do it; the event-loop tick and system monitor wake up less
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    # Dask makes glibc hand freed memory back at 64 KB, which costs spaCy's many short-lived
    # arrays ~10 % of its speed (2 workers x 120 corpus articles: 27.7 s -> 25.8 s with all three
    # settings; one process alone: 25 s); 64 MB is the ceiling glibc's own adaptive threshold uses
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 64 * 1024 * 1024,
}


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A connected Client; the LocalCluster (if any) is closed on exit."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {err}; "
                              "start one with `dask scheduler` or run without --scheduler") from err
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with dask.config.set(LOCAL_WORKER_CONFIG), \
            LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.ERROR, memory_limit=0) as cluster, Client(cluster) as client:
        yield client

"""Load test of `communique serve`: 50 concurrent clients on loopback for 30 s, bounded.

The server runs as `communique serve` in its own process (one uvicorn worker, the database opened
read-only); the clients are asyncio tasks of this process, each with one keep-alive connection,
sending one request at a time until the time is up. Requests alternate between event search
(/api/events with varied filters and pages) and dyad series (/api/dyads/A/B, varied pairs and
intervals). Prints requests per second, p50/p99 latency and errors per endpoint and overall, and
writes the figures as JSON to benchmarks/results/serve_load.json.

Only 127.0.0.1 is ever contacted. Building the database (--build) uses the real tools:

    # >= 5,000 articles: N corpus articles through the full pipeline (events), the rest of the
    # corpus with --no-nlp, the samples and examples, plus hand-written records with events
    nice -n 5 .venv/bin/python benchmarks/serve_load.py --build /tmp/bench.duckdb --nlp-articles 300
    nice -n 5 .venv/bin/python benchmarks/serve_load.py --db /tmp/bench.duckdb --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
HOST = "127.0.0.1"  # loopback only, by design


def _ingest(db: Path, paths: list[str], *extra: str) -> None:
    command = [sys.executable, "-m", "communique", "ingest", *paths, "--db", str(db), "--no-progress", *extra]
    print("$", " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True)


def build(db: Path, nlp_articles: int, written_years: int) -> None:
    """Full NLP on the first `nlp_articles` international articles, samples and examples; then the
    whole corpus with --no-nlp (articles already stored are skipped by id); then written records."""
    sys.path.insert(0, str(REPO))
    from tests.serve.dbbuild import corpus_lines
    from tests.serve.written import a_year_of_relations, written_records

    from communique.store.database import Store
    from communique.store.tally import RunTally

    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "intl-subset.jsonl"
        subset.write_text("".join(corpus_lines(SHARED, nlp_articles)), encoding="utf-8")
        examples = [str(p) for p in sorted((SHARED / "examples").glob("*.txt"))]
        _ingest(db, [str(REPO / "samples"), *examples, str(subset)])
    _ingest(db, [str(SHARED / "corpus" / "articles.jsonl")], "--no-nlp")
    records = list(written_records())
    for year in range(written_years):  # the written year, shifted back one year at a time
        for record in a_year_of_relations():
            shift = str(2021 - year)
            record.article.id = record.article.id.replace("2022", shift)
            record.article.published = record.article.published.replace("2022", shift, 1)
            for event in record.events:
                event.date = event.date.replace("2022", shift, 1) if event.date else None
            records.append(record)
    with Store(db) as store:
        run_id = store.start_run("benchmarks/serve_load written records")
        tally = RunTally()
        store.write_batch(records, run_id, tally)
        store.finish_run(run_id, tally)


def describe(db: Path) -> dict[str, Any]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "actors", "quotes", "events")}
        counts["articles_with_events"] = con.execute("SELECT count(DISTINCT article_id) FROM events").fetchone()[0]
        counts["written_articles"] = con.execute(
            "SELECT count(*) FROM articles WHERE id LIKE 'written-%'").fetchone()[0]
        pairs = con.execute("""SELECT source_country, target_country FROM events
            WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
            GROUP BY ALL ORDER BY count(*) DESC LIMIT 20""").fetchall()
        codes = [r[0] for r in con.execute("""SELECT source_code FROM events WHERE source_code IS NOT NULL
            GROUP BY ALL ORDER BY count(*) DESC LIMIT 20""").fetchall()]
    finally:
        con.close()
    return {"counts": counts, "pairs": pairs, "codes": codes}


def request_mix(info: dict[str, Any], rng: random.Random) -> tuple[str, str, dict[str, Any]]:
    """One request: ("events"|"dyads", path, params), half of each."""
    if rng.random() < 0.5:
        filters: list[dict[str, Any]] = [
            {"actor": rng.choice(info["codes"] or ["KAZ"])},
            {"root": f"{rng.randint(1, 20):02d}"},
            {"quad_class": rng.randint(1, 4), "sort": "-goldstein"},
            {"source": rng.choice(info["codes"] or ["RUS"])[:3], "start": "2000-01-01", "end": "2023-12-31"},
            {"plover": rng.choice(["CONSULT", "COOPERATE", "ACCUSE", "THREATEN", "SEIZE"])},
            {"place": rng.choice(["Moscow", "Orenburg", "RUS", "Geneva"])},
            {},
        ]
        params = {**rng.choice(filters), "limit": rng.choice([10, 50, 100]), "offset": rng.choice([0, 0, 50])}
        return "events", "/api/events", params
    a, b = rng.choice(info["pairs"] or [("KAZ", "RUS")])
    return "dyads", f"/api/dyads/{a}/{b}", {"interval": rng.choice(["month", "month", "quarter", "year", "week"])}


async def client(base: str, deadline: float, info: dict[str, Any], seed: int, out: list[tuple]) -> None:
    import httpx

    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30.0,
                                 limits=httpx.Limits(max_connections=1, max_keepalive_connections=1)) as http:
        while time.perf_counter() < deadline:
            kind, path, params = request_mix(info, rng)
            start = time.perf_counter()
            try:
                response = await http.get(path, params=params)
                ok = response.status_code == 200 and response.content[:1] in (b"{", b"[")
                status = response.status_code
            except (httpx.HTTPError, ValueError) as err:
                ok, status = False, type(err).__name__
            out.append((kind, time.perf_counter() - start, ok, status))


def summarise(samples: list[tuple], seconds: float) -> dict[str, Any]:
    def figures(rows: list[tuple]) -> dict[str, Any]:
        if not rows:
            return {"requests": 0}
        latencies = sorted(r[1] for r in rows)
        cut = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
        errors = [r for r in rows if not r[2]]
        return {"requests": len(rows), "requests_per_s": round(len(rows) / seconds, 1),
                "p50_ms": round(cut[49] * 1000, 1), "p99_ms": round(cut[98] * 1000, 1),
                "max_ms": round(latencies[-1] * 1000, 1), "errors": len(errors),
                "error_kinds": sorted({str(r[3]) for r in errors})}

    return {"all": figures(samples), **{k: figures([s for s in samples if s[0] == k]) for k in ("events", "dyads")}}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(db: Path, threads: int | None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    extra = ["--threads", str(threads)] if threads else []
    server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db),
                               "--host", HOST, "--port", str(port), *extra])
    base = f"http://{HOST}:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 60 s")


async def run_load(base: str, info: dict[str, Any], clients: int, seconds: float) -> list[tuple]:
    samples: list[tuple] = []
    deadline = time.perf_counter() + seconds
    await asyncio.gather(*(client(base, deadline, info, seed, samples) for seed in range(clients)))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="an existing database to serve")
    parser.add_argument("--build", type=Path, help="build this database first (see module docstring)")
    parser.add_argument("--nlp-articles", type=int, default=300, help="corpus articles through full NLP (--build)")
    parser.add_argument("--written-years", type=int, default=6, help="years of written records to add (--build)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--threads", type=int, default=None, help="passed to `communique serve --threads`")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "serve_load.json")
    args = parser.parse_args()
    db = args.build or args.db
    if db is None:
        parser.error("give --db FILE (or --build FILE)")
    if args.build:
        build(args.build, args.nlp_articles, args.written_years)
    info = describe(db)
    print(f"database {db}: {json.dumps(info['counts'])}", file=sys.stderr)
    server, base = start_server(db, args.threads)
    try:
        started = time.perf_counter()
        samples = asyncio.run(run_load(base, info, args.clients, args.seconds))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = {"database": str(db), "counts": info["counts"], "clients": args.clients, "threads": args.threads,
              "seconds": round(elapsed, 1),
              **summarise(samples, elapsed)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

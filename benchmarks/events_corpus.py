"""Events on real news: the first N international articles of ../shared/corpus/ (intl_ids.txt).

    nice -n 5 .venv/bin/python benchmarks/events_corpus.py [--limit 500]

Runs the whole pipeline, counts crashes (there should be none), and prints the events per CAMEO
root, the ten most frequent dyads (source code -> target code) and the ten most frequent codes:
the table a political scientist would look at for plausibility.
"""

from __future__ import annotations

import argparse
import collections
import json
import time
import traceback
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=500)
    args = ap.parse_args()
    from communique import Pipeline
    from communique.events.codes import cameo_table
    from communique.model import RawDocument, Record

    ids = [x.strip() for x in (SHARED / "corpus" / "intl_ids.txt").open(encoding="utf-8") if x.strip()][:args.limit]
    wanted = set(ids)
    raws = []
    for line in (SHARED / "corpus" / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in wanted:
            raws.append(RawDocument(source=f"articles.jsonl#{row['id']}", kind="fields", content=row["text"],
                                    meta={"date": row.get("date"), "title": row.get("title")}))
    pipeline = Pipeline()
    roots, dyads, codes = collections.Counter(), collections.Counter(), collections.Counter()
    records = rejects = crashes = 0
    t0 = time.perf_counter()
    for raw in raws:
        try:
            (item,) = pipeline.pipe([raw])
        except Exception:  # noqa: BLE001 - the point is to count crashes, not to stop at one
            crashes += 1
            traceback.print_exc()
            continue
        if not isinstance(item, Record):
            rejects += 1
            continue
        records += 1
        for e in item.events:
            roots[e.root] += 1
            codes[e.cameo] += 1
            dyads[(e.source_code or "-", e.target_code or "-")] += 1
    seconds = time.perf_counter() - t0
    names = cameo_table()
    total = sum(roots.values())
    print(f"articles {len(raws)}: records {records}, rejected {rejects}, crashes {crashes}; {seconds:.0f} s")
    print(f"events {total} ({total / max(records, 1):.1f} per article)\n")
    print("| root | name | events | share |\n|---|---|---:|---:|")
    for root in sorted(roots):
        print(f"| {root} | {names[root].name} | {roots[root]} | {roots[root] / total:.1%} |")
    print("\n| dyad (source -> target) | events |\n|---|---:|")
    for (s, t), n in dyads.most_common(10):
        print(f"| {s} -> {t} | {n} |")
    print("\n| code | name | events |\n|---|---|---:|")
    for code, n in codes.most_common(10):
        print(f"| {code} | {names[code].name if code in names else ''} | {n} |")


if __name__ == "__main__":
    main()

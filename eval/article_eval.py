#!/usr/bin/env python3
"""Article metadata and body-text evaluation, end to end, with the shared scorers.

    .venv/bin/python eval/article_eval.py                  # NAEB (300 pages) + Scrapinghub bench (181)
    .venv/bin/python eval/article_eval.py --half odd       # held-out half of NAEB (odd index)
    .venv/bin/python eval/article_eval.py --subset         # the gate subset of eval/floors/article.json
    .venv/bin/python eval/article_eval.py --out DIR        # also keep the records (JSON Lines)
    .venv/bin/python eval/article_eval.py --held-out       # published day on sets no rule was written on

The held-out sets are htmldate's Media Cloud 2020 pages and trafilatura's metadata sample (both in
../shared/anchors/extraction/meta/), scored at day granularity as htmldate's own evaluation does,
over the pages whose gold is a day.

Pages are read here (gunzip + UTF-8) into RawDocument(kind="html") and built with the article
stage (`make_article_builder(Settings(nlp=False))`), so the figures measure our article stage
alone. Metadata is scored by ../shared/eval/score.py against ../shared/eval/naeb.py's gold,
body text by ../shared/eval/body.py: the same functions those scripts run.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
NAEB = SHARED / "anchors" / "extraction" / "meta" / "naeb"
BENCH = SHARED / "anchors" / "extraction" / "bench"
FLOORS = REPO / "eval" / "floors" / "article.json"
META = SHARED / "anchors" / "extraction" / "meta"


def shared_module(name: str) -> ModuleType:
    """../shared/eval/NAME.py imported under a private name (score, body, naeb)."""
    spec = importlib.util.spec_from_file_location(f"_shared_eval_{name}", SHARED / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def page_ids(folder: Path, half: str = "all") -> list[str]:
    """Page ids of a folder (file names without .html.gz), sorted; `half` even|odd|all by index."""
    ids = sorted(p.name[: -len(".html.gz")] for p in folder.glob("*.html.gz"))
    if half == "all":
        return ids
    return [i for n, i in enumerate(ids) if (n % 2 == 0) == (half == "even")]


def raw_pages(folder: Path, ids: list[str]) -> Iterator[Any]:
    from communique.model import RawDocument

    for item in ids:
        path = folder / f"{item}.html.gz"
        yield RawDocument(source=str(path), kind="html", content=gzip.decompress(path.read_bytes()).decode(
            "utf-8", "replace"))


def build_records(folder: Path, ids: list[str]) -> tuple[list[dict[str, Any]], float]:
    """Records (RECORD.md dicts) of the pages, and the seconds it took."""
    from communique.article import make_article_builder
    from communique.errors import InputError
    from communique.model import Record
    from communique.settings import Settings

    build = make_article_builder(Settings(nlp=False))
    records = []
    start = time.perf_counter()
    for raw in raw_pages(folder, ids):
        try:
            records.append(Record(build(raw)).to_dict())
        except InputError as err:
            print(f"rejected {raw.source}: {err} [{err.code}]", file=sys.stderr)
    return records, time.perf_counter() - start


def naeb_gold(ids: list[str]) -> list[dict[str, Any]]:
    """naeb.py's gold objects for `ids` (written to a temporary file by naeb.py's own main)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gold.jsonl"
        naeb = shared_module("naeb")
        argv, sys.argv = sys.argv, ["naeb.py", "--out", str(out)]
        try:
            naeb.main()
        finally:
            sys.argv = argv
        wanted = {f"{i}.html.gz" for i in ids}
        return [g for g in map(json.loads, out.read_text().splitlines()) if g["file"] in wanted]


def score_metadata(records: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, float]:
    score = shared_module("score")
    by_file = {Path(r["source"]).name: r for r in records}
    return score.score(gold, by_file)["metadata"]


def score_body(records: list[dict[str, Any]], truth_file: Path, ids: list[str]) -> dict[str, float]:
    """body.py's figures over `ids` (precision and recall macro-averaged, F1 of the averages)."""
    body = shared_module("body")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    texts = {body.key(r["source"]): r["text"] for r in records}
    precisions, recalls = [], []
    for item in ids:
        tp, fp, fn = body.page(texts.get(item, ""), truth[item]["articleBody"])
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        elif fn == 0:
            precisions.append(1.0)
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def evaluate(naeb_ids: list[str], bench_ids: list[str], out: Path | None = None) -> dict[str, Any]:
    """Every figure for the given pages: NAEB metadata and body, bench body, pages per second."""
    result: dict[str, Any] = {}
    if naeb_ids:
        records, seconds = build_records(NAEB / "html", naeb_ids)
        result["naeb"] = {"pages": len(naeb_ids), "records": len(records), "seconds": round(seconds, 1),
                          **score_metadata(records, naeb_gold(naeb_ids)),
                          "body": score_body(records, NAEB / "articles.sample300.json", naeb_ids)}
        _keep(out, "naeb.jsonl", records)
    if bench_ids:
        records, seconds = build_records(BENCH / "html", bench_ids)
        result["bench"] = {"pages": len(bench_ids), "records": len(records), "seconds": round(seconds, 1),
                           "body": score_body(records, BENCH / "ground-truth.json", bench_ids)}
        _keep(out, "bench.jsonl", records)
    return result


def held_out_dates() -> dict[str, dict[str, Any]]:
    """Published-day accuracy on htmldate's Media Cloud 2020 set and trafilatura's metadata sample."""
    mediacloud = json.loads((META / "htmldate" / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    sample = json.loads((META / "trafilatura" / "metadata-gold-sample.json").read_text(encoding="utf-8"))
    sets = {"htmldate_mediacloud_2020": [(META / "htmldate" / "html" / f"{v['file']}.gz", v["date"])
                                         for v in mediacloud.values()],
            "trafilatura_metadata_sample": [(META / "trafilatura" / "html" / f"{v['file']}.gz", v.get("date"))
                                            for v in sample.values()]}
    return {name: _day_accuracy(pages) for name, pages in sets.items()}


def _day_accuracy(pages: list[tuple[Path, Any]]) -> dict[str, Any]:
    from communique.article import make_article_builder
    from communique.errors import InputError
    from communique.model import RawDocument
    from communique.settings import Settings

    build = make_article_builder(Settings(nlp=False))
    right = total = 0
    for path, gold in pages:
        if not (isinstance(gold, str) and len(gold) == 10 and path.exists()):
            continue
        total += 1
        raw = RawDocument(source=str(path), kind="html", content=gzip.decompress(path.read_bytes()).decode(
            "utf-8", "replace"))
        try:
            right += (build(raw).published or "")[:10] == gold
        except InputError:
            pass
    return {"pages": total, "published_day": round(right / total, 4) if total else 0.0}


def _keep(out: Path | None, name: str, records: list[dict[str, Any]]) -> None:
    if out:
        out.mkdir(parents=True, exist_ok=True)
        with (out / name).open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all", help="NAEB pages by index")
    ap.add_argument("--subset", action="store_true", help="only the gate subset (eval/floors/article.json)")
    ap.add_argument("--only", choices=("naeb", "bench"), help="one set only")
    ap.add_argument("--out", type=Path, help="write the records to DIR/naeb.jsonl and DIR/bench.jsonl")
    ap.add_argument("--held-out", action="store_true", help="published day on the held-out date sets only")
    args = ap.parse_args()
    if args.held_out:
        print(json.dumps(held_out_dates(), indent=2))
        return
    if args.subset:
        floors = json.loads(FLOORS.read_text())
        naeb_ids, bench_ids = floors["naeb_ids"], floors["bench_ids"]
    else:
        naeb_ids, bench_ids = page_ids(NAEB / "html", args.half), page_ids(BENCH / "html")
    if args.only == "naeb":
        bench_ids = []
    elif args.only == "bench":
        naeb_ids = []
    print(json.dumps(evaluate(naeb_ids, bench_ids, args.out), indent=2))


if __name__ == "__main__":
    main()

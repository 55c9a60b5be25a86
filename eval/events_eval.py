"""Score the event coder on its gold sets, the way tests/gates/test_events.py does.

    .venv/bin/python eval/events_eval.py [--sets example petr2_gsr_2018 plover_half plover_gsr ...]

Each set is generated into a temporary folder by ../shared/eval/sentences.py (the gold stays in
../shared/), run through the full pipeline, and scored by ../shared/eval/score.py. `plover_half`
is the fixed half of plover_gsr the gate uses: every other sentence (1st, 3rd, ...).
Prints one line per set: events precision, recall, F1. With --show, also every missed gold event
and every predicted event not in the gold, with its sentence (score.py --show stops on gold typed
in PLOVER only; this lister reads both kinds). With --plover-joint, a diagnostic: joint acts are
rewritten in PLOVER's convention before scoring (see as_joint); the coder is unchanged.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED", REPO.parent / "shared")).resolve()
EXAMPLES = SHARED / "examples"


def make_set(name: str, out: Path) -> tuple[Path, Path]:
    """(input paths, gold path) of a named set, written under `out`."""
    if name == "example":
        return EXAMPLES, EXAMPLES
    base = "plover_gsr" if name == "plover_half" else name
    subprocess.run([sys.executable, str(SHARED / "eval" / "sentences.py"), "--set", base, "--out", str(out)],
                   check=True, capture_output=True)
    if name == "plover_half":
        for fname in ("input.jsonl", "gold.jsonl"):
            lines = (out / fname).read_text(encoding="utf-8").splitlines()
            (out / fname).write_text("".join(line + "\n" for line in lines[::2]), encoding="utf-8")
    return out / "input.jsonl", out / "gold.jsonl"


def run(pipeline, inputs: Path, records: Path) -> None:
    """Every record of `inputs` (a file or a folder) as JSON Lines in `records`."""
    from communique.model import Record

    with records.open("w", encoding="utf-8") as out:
        for item in pipeline.pipe(pipeline.read([str(inputs)])):
            if isinstance(item, Record):
                out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")


def as_joint(records: Path) -> Path:
    """A diagnostic copy of `records` in PLOVER's convention for joint acts: where one sentence has
    both A->B and B->A with one code ("A and B agreed"), PLOVER's gold has one event with sources
    [A, B] and no target; the copy has A->none and B->none instead. Nothing in the coder changes:
    this measures how much of the PLOVER score is that convention (communique codes CAMEO dyads,
    as ANNOTATION.md and the example's gold do). Since session 4 a joint act is one event a pair,
    so only mutual acts ("accused each other") still come in both directions."""
    out = records.with_name("records.joint.jsonl")
    with records.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            pairs = {(e["start"], e["cameo"], e["source"], e["target"]) for e in rec["events"]}
            joint = [e for e in rec["events"] if e["target"] and (e["start"], e["cameo"], e["target"], e["source"]) in pairs]
            for e in joint:
                e["target"], e["target_code"] = None, None
            dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def score(gold: Path, records: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        summary = Path(tmp) / "summary.json"
        subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred",
                        str(records), "--json", str(summary)], check=True, capture_output=True)
        return json.loads(summary.read_text(encoding="utf-8"))["events"]


def evaluate(pipeline, name: str, work: Path, show: bool = False, joint: bool = False) -> dict:
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    inputs, gold = make_set(name, folder)
    records = folder / "records.jsonl"
    run(pipeline, inputs, records)
    if joint:
        records = as_joint(records)
    if show:
        show_misses(gold, records)
    return score(gold, records)


def show_misses(gold: Path, records: Path) -> None:
    """Print, per article, the gold events missed and the predicted events not in the gold."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    recs = scorer.load_records(str(records))
    for g in scorer.load_gold([str(gold)]):
        rec = recs.get(g["file"], {})
        by = "plover" if g["events"] and all("cameo" not in e for e in g["events"]) else "root"
        triples = sorted(scorer.event_triples(rec, by), key=str)
        pairing = scorer.best_pairing(triples, g["events"])
        extra = [t for i, t in enumerate(triples) if i not in pairing]
        missed = [e for k, e in enumerate(g["events"]) if k not in set(pairing.values())]
        if not extra and not missed:
            continue
        sentence = rec.get("text") or ""
        print(f"{g['file']}: {sentence[:160]!r}")
        for e in missed:
            print(f"   missed     {e['source']} {e.get('cameo') or e.get('plover')} {e.get('target')}")
        for t in extra:
            print(f"   not gold   {t}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["example", "petr2_gsr_2018", "plover_gsr"])
    ap.add_argument("--dictionary", action="append", default=[], help="user dictionary passed to Settings")
    ap.add_argument("--show", action="store_true", help="list missed and extra events per article")
    ap.add_argument("--plover-joint", action="store_true",
                    help="diagnostic: score joint acts (A->B and B->A) in PLOVER's convention (A and B, no target)")
    args = ap.parse_args()
    from communique import Pipeline, Settings

    pipeline = Pipeline(Settings(dictionaries=tuple(Path(d) for d in args.dictionary)))
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            figures = evaluate(pipeline, name, Path(tmp), args.show, args.plover_joint)
            print(f"{name:24s} P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}  "
                  f"(predicted {figures['predicted']}, gold {figures['gold']})")


if __name__ == "__main__":
    main()

"""Score the event coder on its gold sets, the way tests/gates/test_events.py does.

    .venv/bin/python eval/events_eval.py [--sets example petr2_gsr_2018 plover_half plover_gsr ...]

Each set is generated into a temporary folder by ../shared/eval/sentences.py (the gold stays in
../shared/), run through the full pipeline, and scored by ../shared/eval/score.py. `plover_half`
is the fixed half of plover_gsr the gate uses: every other sentence (1st, 3rd, ...).
Prints one line per set: events precision, recall, F1.
"""

from __future__ import annotations

import argparse
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


def score(gold: Path, records: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        summary = Path(tmp) / "summary.json"
        subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred",
                        str(records), "--json", str(summary)], check=True, capture_output=True)
        return json.loads(summary.read_text(encoding="utf-8"))["events"]


def evaluate(pipeline, name: str, work: Path) -> dict:
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    inputs, gold = make_set(name, folder)
    records = folder / "records.jsonl"
    run(pipeline, inputs, records)
    return score(gold, records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["example", "petr2_gsr_2018", "plover_gsr"])
    ap.add_argument("--dictionary", action="append", default=[], help="user dictionary passed to Settings")
    args = ap.parse_args()
    from communique import Pipeline, Settings

    pipeline = Pipeline(Settings(dictionaries=tuple(Path(d) for d in args.dictionary)))
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            figures = evaluate(pipeline, name, Path(tmp))
            print(f"{name:24s} P {figures['precision']:.3f}  R {figures['recall']:.3f}  F1 {figures['f1']:.3f}  "
                  f"(predicted {figures['predicted']}, gold {figures['gold']})")


if __name__ == "__main__":
    main()

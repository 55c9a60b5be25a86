"""Would a learned second opinion help? Patterns vs a classifier on PLOVER types.

    .venv/bin/python benchmarks/events_classifier_check.py     # needs scikit-learn (not a dependency)

Trains a TF-IDF (1-2 grams) + logistic-regression classifier of the PLOVER event type on NGEC's
4,500 synthetic stories (../shared/anchors/events/ngec_synthetic_events.jsonl, the only labelled
set not used for our gates), then compares on plover_gsr: the classifier's type accuracy per
sentence, against the share of sentences where the pattern coder's events carry the gold type
(over the sentences where the coder finds an event). Result on 2026-11-29: classifier 0.22,
patterns 0.76, so no classifier ships: patterns win, and a classifier second opinion would
overrule them mostly wrongly.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from communique import Pipeline

    docs = [json.loads(line) for line in (SHARED / "anchors" / "events" / "ngec_synthetic_events.jsonl").open()]
    labels = [d["expected_events"][0]["code"] if d.get("expected_events") else "NONE" for d in docs]
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    clf = LogisticRegression(max_iter=2000, C=4).fit(vec.fit_transform([d["text"] for d in docs]), labels)
    spec = importlib.util.spec_from_file_location("events_eval", REPO / "eval" / "events_eval.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, gold_path = ev.make_set("plover_gsr", Path(tmp))
        records = Path(tmp) / "records.jsonl"
        ev.run(Pipeline(), inputs, records)
        gold = {g["file"]: g["events"] for g in map(json.loads, gold_path.open())}
        texts = {r["id"]: r["text"] for r in map(json.loads, inputs.open())}
        coded = {r["source"].split("#", 1)[1]: r["events"] for r in map(json.loads, records.open())}
    with_gold = [k for k, g in gold.items() if g]
    clf_right = sum(clf.predict(vec.transform([texts[k]]))[0] == gold[k][0]["plover"] for k in with_gold)
    fired = [k for k in with_gold if coded.get(k)]
    pat_right = sum(any(e["plover"] == gold[k][0]["plover"] for e in coded[k]) for k in fired)
    print(f"classifier: PLOVER type right on {clf_right}/{len(with_gold)} sentences = {clf_right / len(with_gold):.3f}")
    print(f"patterns:   PLOVER type right on {pat_right}/{len(fired)} sentences with an event = "
          f"{pat_right / len(fired):.3f}")


if __name__ == "__main__":
    main()

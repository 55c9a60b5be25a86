"""A fixed set of sentences with gold CAMEO source/target codes, and the share our actors find.

Sentences come from ../shared/anchors/events/ (read in place): the PLOVER gold standard records
(CAMEO-manual examples) and the real-world PETRARCH-2 GSR validation set. For each sentence we ask
whether the country part (first three letters) of every gold source and target code is among the
codes of the actors found in that sentence. Used by tests/gates/test_actors.py and runnable:

    .venv/bin/python tests/actors/gold_codes.py [--show]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _codes(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [str(v) for v in values if v]


ALIASES = {"JAP": "JPN", "ITL": "ITA"}  # old CAMEO country codes in the PLOVER gold (as ../shared/eval/score.py)


def _country(code: str) -> str:
    return ALIASES.get(code[:3], code[:3])


def _keep(code: str) -> bool:
    return len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and not code.startswith("---")


def gold_sentences(shared: Path = SHARED) -> list[tuple[str, str, set[str]]]:
    """(sentence, date, gold country parts) for every record with at least one gold code."""
    out = []
    events = shared / "anchors" / "events"
    for line in (events / "plover_gsr.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        codes = {_country(c) for e in rec["expected_events"] for k in ("source", "target") for c in _codes(e.get(k))
                 if _keep(c)}
        if codes:
            out.append((rec["sentence"], rec.get("date") or "", codes))
    for line in (events / "petrarch_validation.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["suite"] != "petr2_gsr_2018":
            continue
        codes = {_country(c) for e in rec["expected_events"] for k in ("source", "target") for c in _codes(e.get(k))
                 if _keep(c)}
        if codes:
            date = rec.get("date") or ""
            out.append((rec["sentence"], f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else "", codes))
    return out


def score(nlp, sentences, show: bool = False) -> float:
    """Share of gold country codes found among the sentence's actor codes."""
    from communique.actors import make_actor_finder
    from communique.model import Article
    from communique.nlp import ParsedArticle
    from communique.settings import Settings

    find = make_actor_finder(Settings())
    found = total = 0
    for (text, date, gold), doc in zip(sentences, nlp.pipe(s[0] for s in sentences), strict=True):
        cast = find(ParsedArticle(Article(id="s", source="s", text=text, published=date or None), doc))
        mine = {a.code[:3] for a in cast.actors if a.code}
        hit = gold & mine
        found += len(hit)
        total += len(gold)
        if show and hit != gold:
            print(sorted(gold - hit), sorted(mine), text, sep="\t")
    return found / total if total else 0.0


if __name__ == "__main__":
    from communique.nlp import load_model
    from communique.settings import DEFAULT_MODEL

    sents = gold_sentences()
    print(f"{len(sents)} sentences; share of gold codes found: {score(load_model(DEFAULT_MODEL), sents, '--show' in sys.argv):.4f}")

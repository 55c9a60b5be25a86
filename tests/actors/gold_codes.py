"""A fixed set of sentences with gold CAMEO source/target codes, and the share our actors find.

Sentences come from ../shared/anchors/events/ (read in place): the PLOVER gold standard records
(CAMEO-manual examples) and the real-world PETRARCH-2 GSR validation set. Two shares:

- country: whether the country part (first three letters) of every gold source and target code
  is among the codes of the actors found in that sentence (what event scoring compares);
- full: whether the gold code's country and first sector (`USAGOV`, `IGOUNO`, `PSEGZA`; a gold
  `---LEG` is the sector alone) equal the first six letters of some actor's code, since events
  need sectors too. Lower-case and `***` parts of gold codes (ethnic tags, unknowns) are dropped.

Used by tests/gates/test_actors.py and runnable:

    .venv/bin/python tests/actors/gold_codes.py [--show] [--show-full]
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


def full_code(code: str) -> str | None:
    """The gold code as country + first sector: "IGOUNOMIL" -> "IGOUNO", "---LEG" -> "LEG",
    "SRBCVLalb" -> "SRBCVL", "ISR***" -> "ISR"; None for codes that name no actor."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    chunks = [c for c in chunks if len(c) == 3 and (c == "---" or (c.isalpha() and c.isupper()))]
    if not chunks:
        return None
    head = "" if chunks[0] == "---" else ALIASES.get(chunks[0], chunks[0])
    out = head + (chunks[1] if len(chunks) > 1 else "")
    return out or None


def _gold(rec) -> tuple[set[str], set[str]]:
    raw = [c for e in rec["expected_events"] for k in ("source", "target") for c in _codes(e.get(k))]
    countries = {_country(c) for c in raw if _keep(c)}
    full = {f for c in raw if (f := full_code(c)) and (len(f) > 3 or _keep(c))}
    return countries, full


def gold_records(shared: Path = SHARED) -> list[tuple[str, str, set[str], set[str]]]:
    """(sentence, date, gold country parts, gold full codes) for every record with a gold code."""
    out = []
    events = shared / "anchors" / "events"
    for line in (events / "plover_gsr.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        countries, full = _gold(rec)
        if countries or full:
            out.append((rec["sentence"], rec.get("date") or "", countries, full))
    for line in (events / "petrarch_validation.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["suite"] != "petr2_gsr_2018":
            continue
        countries, full = _gold(rec)
        if countries or full:
            date = rec.get("date") or ""
            date = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else ""
            out.append((rec["sentence"], date, countries, full))
    return out


def gold_sentences(shared: Path = SHARED) -> list[tuple[str, str, set[str]]]:
    """(sentence, date, gold country parts) for every record with at least one gold country code."""
    return [(s, d, c) for s, d, c, _ in gold_records(shared) if c]


def _casts(nlp, records):
    from communique.actors import make_actor_finder
    from communique.model import Article
    from communique.nlp import ParsedArticle
    from communique.settings import Settings

    find = make_actor_finder(Settings())
    for rec, doc in zip(records, nlp.pipe(r[0] for r in records), strict=True):
        text, date = rec[0], rec[1]
        yield rec, find(ParsedArticle(Article(id="s", source="s", text=text, published=date or None), doc))


def shares(nlp, records, show: str = "") -> dict[str, float]:
    """{"country": share of gold country codes found, "full": share of gold country+sector codes found}."""
    found = {"country": 0, "full": 0}
    total = {"country": 0, "full": 0}
    for (text, _, countries, full), cast in _casts(nlp, records):
        codes = [a.code for a in cast.actors if a.code]
        for key, gold, mine in (("country", countries, {c[:3] for c in codes}), ("full", full, {c[:6] for c in codes})):
            hit = gold & mine
            found[key] += len(hit)
            total[key] += len(gold)
            if show == key and hit != gold:
                print(sorted(gold - hit), sorted(mine), text, sep="\t")
    return {k: found[k] / total[k] if total[k] else 0.0 for k in found}


def score(nlp, sentences, show: bool = False) -> float:
    """Share of gold country codes found among the sentence's actor codes."""
    records = [(s, d, c, set()) for s, d, c in sentences]
    return shares(nlp, records, "country" if show else "")["country"]


if __name__ == "__main__":
    from communique.nlp import load_model
    from communique.settings import DEFAULT_MODEL

    recs = gold_records()
    which = "full" if "--show-full" in sys.argv else "country" if "--show" in sys.argv else ""
    result = shares(load_model(DEFAULT_MODEL), recs, which)
    print(f"{len(recs)} sentences; share of gold country codes found: {result['country']:.4f}; "
          f"share of gold full codes (country + sector) found: {result['full']:.4f}")

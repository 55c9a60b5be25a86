"""Accuracy gate for quotes: the shared example, and the first 40 articles of PolNeAR dev.

The PolNeAR subset is generated into tmp_path by ../shared/eval/polnear.py (never copied into the
repository) and scored with ../shared/eval/score.py's own functions, imported in place, against
the floors pinned in eval/floors/quotes.json.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from communique.actors import make_actor_finder
from communique.ingest import read_inputs
from communique.model import Article, RawDocument
from communique.nlp import Parser
from communique.pipeline import Pipeline
from communique.quotes import make_quote_finder
from communique.settings import Settings

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads((REPO / "eval" / "floors" / "quotes.json").read_text(encoding="utf-8"))


def _score_module(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _quote_records(paths: list[str]) -> dict[str, dict]:
    """Records (quotes only) keyed by file name, through the real article, nlp, actors and quotes stages."""
    settings = Settings()
    builder = Pipeline(settings)
    parser = Parser(model=settings.model, batch_size=settings.batch_size)
    cast_of, quotes_of = make_actor_finder(settings), make_quote_finder(settings)
    built = [builder.article(raw) for raw in read_inputs(paths) if isinstance(raw, RawDocument)]
    records = {}
    for parsed in parser.pipe(a for a in built if isinstance(a, Article)):
        quoted = quotes_of(cast_of(parsed))
        name = Path(parsed.article.source.split("#")[0]).name
        records[name] = {"quotes": [{"text": q.text, "speaker_name": q.speaker_name} for q in quoted.quotes]}
    return records


def _figures(score, gold_path: Path, records: dict) -> dict:
    result = score.score(score.load_gold([str(gold_path)]), records)
    assert not result["missing_records"], result["missing_records"]
    return {"span_f1": result["quotes_span"]["f1"], "speaker_f1": result["quotes_speaker"]["f1"]}


def test_example_quotes_and_speakers_are_all_right(shared):
    score = _score_module(shared)
    records = _quote_records([str(p) for p in sorted((shared / "examples").glob("*.txt"))])
    figures = _figures(score, shared / "examples", records)
    assert figures == {"span_f1": 1.0, "speaker_f1": 1.0}


@pytest.fixture(scope="module")
def polnear_subset(shared, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("polnear_dev")
    subprocess.run([sys.executable, str(shared / "eval" / "polnear.py"), "--split", "dev", "--out", str(out),
                    "--limit", str(FLOORS["subset"]["limit"])], check=True, capture_output=True)
    return out


def test_polnear_dev_subset_meets_the_floors(shared, polnear_subset):
    score = _score_module(shared)
    records = _quote_records([str(p) for p in sorted(polnear_subset.glob("*.txt"))])
    figures = _figures(score, polnear_subset / "gold.jsonl", records)
    for name, floor in FLOORS["floors"].items():
        assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below its floor {floor} ({figures})"

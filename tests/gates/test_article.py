"""Accuracy gate for the article stage: fixed subset, pinned floors (eval/floors/article.json).

NAEB pages (title, published day, authors, body F1) and Scrapinghub bench pages (body F1) are
scored with ../shared/eval's own scorers through eval/article_eval.py; the example article must
score 1.0 on every metadata field and validate against record.schema.json.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads((REPO / "eval" / "floors" / "article.json").read_text())


def _article_eval():
    spec = importlib.util.spec_from_file_location("article_eval", REPO / "eval" / "article_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["article_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(shared):
    start = time.process_time()  # CPU seconds: the machine is shared, wall time says little
    result = _article_eval().evaluate(FLOORS["naeb_ids"], FLOORS["bench_ids"])
    result["cpu_seconds"] = time.process_time() - start
    return result


def test_naeb_metadata_floors(figures):
    floors, naeb = FLOORS["floors"], figures["naeb"]
    assert naeb["records"] == len(FLOORS["naeb_ids"])
    assert naeb["title"] >= floors["naeb_title"]
    assert naeb["published_day"] >= floors["naeb_published_day"]
    assert naeb["authors"] >= floors["naeb_authors"]


def test_body_floors(figures):
    assert figures["naeb"]["body"]["f1"] >= FLOORS["floors"]["naeb_body_f1"]
    assert figures["bench"]["body"]["f1"] >= FLOORS["floors"]["bench_body_f1"]


def test_gate_is_fast(figures):
    assert figures["cpu_seconds"] < 60


def test_example_scores_one_and_validates(shared):
    import jsonschema

    from communique.article import make_article_builder
    from communique.model import RawDocument, Record
    from communique.settings import Settings

    ev = _article_eval()
    build = make_article_builder(Settings(nlp=False))
    path = next((shared / "examples").glob("*.txt"))
    record = Record(build(RawDocument(source=str(path), kind="text", content=path.read_text("utf-8")))).to_dict()
    jsonschema.validate(record, json.loads((shared / "spec" / "record.schema.json").read_text()))
    score = ev.shared_module("score")
    result = score.score(score.load_gold([str(shared / "examples")]), {path.name: record})
    assert result["metadata"] and all(v >= FLOORS["example_metadata_floor"] for v in result["metadata"].values())

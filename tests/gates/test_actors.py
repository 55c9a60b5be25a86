"""Accuracy gate for actors: the shared example article, and gold CAMEO codes on a fixed sentence set."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from communique.actors import make_actor_finder
from communique.model import Article
from communique.nlp import ParsedArticle
from communique.settings import Settings

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = "examples/kazakhstan-russia-2023-04-11.txt"


@pytest.fixture(scope="module")
def example(shared, nlp):
    text = (shared / EXAMPLE).read_text(encoding="utf-8")
    article = Article(id="ex", source=EXAMPLE, text=text, published="2023-04-11", authors=["Muhammad Irfan"])
    cast = make_actor_finder(Settings())(ParsedArticle(article, nlp(text)))
    return text, cast


def _by_name(cast, name):
    return next(a for a in cast.actors if a.name == name)


def test_example_people_are_coded_with_their_roles(example):
    _, cast = example
    nurtleu, lavrov = _by_name(cast, "Murat Nurtleu"), _by_name(cast, "Sergey Lavrov")
    assert (nurtleu.kind, nurtleu.code, nurtleu.country, nurtleu.sector) == ("person", "KAZGOV", "KAZ", "GOV")
    assert nurtleu.roles == ["Deputy Prime Minister", "Foreign Minister"]
    assert (lavrov.kind, lavrov.code, lavrov.roles) == ("person", "RUSGOV", ["Foreign Minister"])


def test_example_states_and_the_west(example):
    _, cast = example
    codes = {(a.name, a.kind, a.code) for a in cast.actors}
    assert {("Kazakhstan", "state", "KAZ"), ("Russia", "state", "RUS"), ("Ukraine", "state", "UKR"),
            ("the collective West", "group", "WST")} <= codes
    assert "Muhammad Irfan" not in {a.name for a in cast.actors}  # the byline is not an actor


def test_example_surnames_titles_and_pronouns_resolve(example):
    text, cast = example
    said = {}
    for actor in cast.actors:
        for start, end in actor.mentions:
            said.setdefault(text[start:end].lower(), set()).add(actor.name)
    assert said["nurtleu"] == {"Murat Nurtleu"}
    assert said["lavrov"] == {"Sergey Lavrov"}
    assert said["the minister"] == {"Murat Nurtleu"}
    assert said["the russian minister"] == {"Sergey Lavrov"}
    assert said["he"] == {"Murat Nurtleu", "Sergey Lavrov"}
    he = [m for a in cast.actors for m in a.mentions if text[m[0]:m[1]] == "he"]
    first, second = sorted(he)
    assert cast.actor_at(*first).name == "Murat Nurtleu"
    assert cast.actor_at(*second).name == "Sergey Lavrov"
    moscow = text.index("Moscow appreciates")
    assert cast.actor_at(moscow, moscow + 6).code == "RUSGOV"


def _gold_codes():
    """tests/actors/gold_codes.py, loaded by path (test folders are not packages)."""
    spec = importlib.util.spec_from_file_location("actors_gold_codes", REPO / "tests" / "actors" / "gold_codes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_codes_shares_hold_their_floors(shared, nlp):
    """Country share (what event scoring compares) and full country + sector share (USAGOV, IGOUNO)."""
    gold = _gold_codes()
    floors = json.loads((REPO / "eval" / "floors" / "actors.json").read_text())
    shares = gold.shares(nlp, gold.gold_records(shared))
    assert shares["country"] >= floors["gold_codes_share"], \
        f"actor country coding {shares['country']:.4f} fell below the floor {floors['gold_codes_share']}"
    assert shares["full"] >= floors["gold_full_codes_share"], \
        f"actor full coding {shares['full']:.4f} fell below the floor {floors['gold_full_codes_share']}"

"""Actors alone vs the bare spaCy pass they run on, over the first N corpus articles.

    nice -n 5 .venv/bin/python tests/actors/speed.py --limit 300

Prints seconds and articles per second for (a) nlp.pipe over the texts and (b) the actor finder
over the resulting Docs, and (b)/(a). Built-in tables and the gazetteer are loaded before the
clock starts (they load once per process).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles.jsonl"


def main() -> None:
    from communique.actors import make_actor_finder
    from communique.model import Article
    from communique.nlp import ParsedArticle, load_model
    from communique.settings import DEFAULT_MODEL, Settings

    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--input", type=Path, default=CORPUS)
    args = parser.parse_args()
    with args.input.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(args.limit), handle, strict=False)]
    articles = [Article(id=r["id"], source="corpus", text=r["text"], published=r.get("date")) for r in rows]
    nlp = load_model(DEFAULT_MODEL)
    find = make_actor_finder(Settings())
    find(ParsedArticle(articles[0], nlp("Warm-up: Russia and NATO.")))  # tables and gazetteer load here
    start = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    spacy_s = time.perf_counter() - start
    start = time.perf_counter()
    n_actors = sum(len(find(ParsedArticle(a, d)).actors) for a, d in zip(articles, docs, strict=True))
    actors_s = time.perf_counter() - start
    n = len(articles)
    print(f"articles {n}  actors found {n_actors}")
    print(f"spaCy pass   {spacy_s:7.2f} s  {n / spacy_s:7.1f} articles/s")
    print(f"actors alone {actors_s:7.2f} s  {n / actors_s:7.1f} articles/s  = {100 * actors_s / spacy_s:.1f}% of spaCy")


if __name__ == "__main__":
    main()

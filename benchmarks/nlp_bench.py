"""Speed of actors + quotes next to the spaCy pass they run on, in one run on the same articles.

    .venv/bin/python benchmarks/nlp_bench.py                 # 300 corpus articles
    nice -n 5 .venv/bin/python benchmarks/nlp_bench.py -n 1000

Prints articles per second for (a) the bare spaCy pass (Parser.pipe, the model communique uses),
(b) spaCy + actors + quotes, and (c) actors + quotes alone on the Docs of (a), with the overhead
of (c) over (a). The model is loaded and warmed up before any clock starts. Article building is
left out: both sides start from the same Article objects.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from communique.actors import Cast, make_actor_finder
from communique.model import Article
from communique.nlp import Parser
from communique.quotes import make_quote_finder
from communique.settings import Settings

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def load_articles(path: Path, limit: int) -> list[Article]:
    """The first `limit` articles of a corpus JSON Lines file (id, title, text)."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(articles) >= limit:
                break
            if line.strip():
                row = json.loads(line)
                articles.append(Article(id=row["id"], source=str(path), text=row["text"], title=row.get("title")))
    return articles


def run(articles: list[Article], settings: Settings, with_actors: bool = True) -> dict[str, float]:
    parser = Parser(model=settings.model, batch_size=settings.batch_size)
    cast_of = make_actor_finder(settings) if with_actors else Cast  # Cast(parsed): no actors, quotes alone
    quotes_of = make_quote_finder(settings)
    for parsed in parser.pipe(articles[:5]):  # warm-up: model, tables and dictionaries loaded
        quotes_of(cast_of(parsed))

    start = time.perf_counter()
    parsed_all = list(parser.pipe(articles))
    bare = time.perf_counter() - start

    start = time.perf_counter()
    quotes = sum(len(quotes_of(cast_of(p)).quotes) for p in parser.pipe(articles))
    full = time.perf_counter() - start

    start = time.perf_counter()
    casts = [cast_of(parsed) for parsed in parsed_all]
    actors = time.perf_counter() - start
    start = time.perf_counter()
    for cast in casts:
        quotes_of(cast)
    stages = actors + time.perf_counter() - start
    n = len(articles)
    return {"articles": n, "quotes": quotes, "spacy_per_s": n / bare, "full_per_s": n / full,
            "stages_per_s": n / stages, "overhead_pct": 100 * stages / bare,
            "actors_pct": 100 * actors / bare, "quotes_pct": 100 * (stages - actors) / bare,
            "overhead_end_to_end_pct": 100 * (full - bare) / bare}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--limit", type=int, default=300, help="articles to read (default 300)")
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="corpus JSON Lines (id, title, text)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--no-actors", action="store_true", help="time the quotes stage alone (an empty Cast)")
    args = ap.parse_args()
    figures = run(load_articles(args.input, args.limit), Settings(), with_actors=not args.no_actors)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"articles                        {figures['articles']}  (quotes found: {figures['quotes']})")
    print(f"(a) bare spaCy pass             {figures['spacy_per_s']:8.1f} articles/s")
    print(f"(b) spaCy + actors + quotes     {figures['full_per_s']:8.1f} articles/s")
    print(f"(c) actors + quotes alone       {figures['stages_per_s']:8.1f} articles/s")
    print(f"overhead of (c) over (a)        {figures['overhead_pct']:8.1f} %   (target <= 25 %: "
          f"actors {figures['actors_pct']:.1f} %, quotes {figures['quotes_pct']:.1f} %)")
    print(f"end-to-end overhead (b) vs (a)  {figures['overhead_end_to_end_pct']:8.1f} %   (noisier: two parses)")


if __name__ == "__main__":
    main()

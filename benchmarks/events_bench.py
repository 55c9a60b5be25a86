"""Event-coding cost against the spaCy pass, both measured in one run on the same articles.

    nice -n 5 .venv/bin/python benchmarks/events_bench.py [--limit 300] [--input ../shared/corpus/articles.jsonl]

Reads the first --limit articles of the corpus (international ones first, from intl_ids.txt),
builds them, then times (a) the spaCy pass (Parser.pipe), (b) the actors and quotes stages,
(c) the event coder alone. Prints articles per second for each, the ratio (c)/(a) (the issue
asks for <= 0.25) and the peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def read_articles(path: Path, ids_path: Path, limit: int):
    from communique.article import make_article_builder
    from communique.model import RawDocument
    from communique.settings import Settings

    wanted = [line.strip() for line in ids_path.open(encoding="utf-8") if line.strip()][:limit]
    rows = {}
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in wanted:
            rows[row["id"]] = row
    build = make_article_builder(Settings())
    out = []
    for rid in wanted:
        row = rows.get(rid)
        if row is None:
            continue
        raw = RawDocument(source=f"articles.jsonl#{rid}", kind="fields", content=row["text"],
                          meta={"date": row.get("date"), "title": row.get("title")})
        try:
            out.append(build(raw))
        except Exception:  # noqa: BLE001 - a benchmark skips what the article stage rejects
            continue
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=SHARED / "corpus" / "articles.jsonl")
    ap.add_argument("--ids", type=Path, default=SHARED / "corpus" / "intl_ids.txt")
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()

    from communique.actors import make_actor_finder
    from communique.events import make_event_coder
    from communique.nlp import Parser
    from communique.quotes import make_quote_finder
    from communique.settings import Settings

    settings = Settings()
    articles = read_articles(args.input, args.ids, args.limit)
    parser = Parser(model=settings.model, batch_size=settings.batch_size)
    find_actors, find_quotes, code = make_actor_finder(settings), make_quote_finder(settings), make_event_coder(settings)
    parser(articles[0])  # warm up: model and lexicons load before the clocks start
    code(find_quotes(find_actors(parser(articles[0]))))
    from communique.events.places import gazetteer

    gazetteer()  # the place gazetteer loads once per process, whether or not article one has a place

    t0 = time.perf_counter()
    parsed = list(parser.pipe(articles))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    quoted = [find_quotes(find_actors(p)) for p in parsed]
    t_cast = time.perf_counter() - t0
    t0 = time.perf_counter()
    coded = [code(q) for q in quoted]
    t_events = time.perf_counter() - t0

    n = len(articles)
    events = sum(len(c.events) for c in coded)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {n}, events {events}")
    print(f"(a) spaCy pass      {t_spacy:7.2f} s  {n / t_spacy:7.1f} articles/s")
    print(f"(b) actors + quotes {t_cast:7.2f} s  {n / t_cast:7.1f} articles/s")
    print(f"(c) event coding    {t_events:7.2f} s  {n / t_events:7.1f} articles/s")
    print(f"coding / spaCy = {t_events / t_spacy:.3f}  (issue 4 asks <= 0.25)")
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()

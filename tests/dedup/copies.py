"""A near-duplicate test set built at run time from real corpus articles (never stored in the repo).

Each chosen original gets the kinds of copies syndication produces: the same body wrapped in
another site's boilerplate, a version with its ending trimmed, one under a different headline,
and one with all three. Articles not chosen stay as distinct stories (the negatives).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

# Boilerplate written for this test, in the style of news sites' page furniture.
PREFIXES = ["Advertisement", "Skip to main content", "Share this article on Facebook Twitter Email",
            "Sign up for our daily briefing newsletter"]
SUFFIXES = ["Copyright 2024 Example News Network. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "Follow us on Twitter and Facebook for the latest updates.",
            "Related coverage: more stories from our world desk. Read more in our app.",
            "Reporting by our correspondents; editing by the news desk."]


@dataclass(frozen=True)
class Item:
    """One article of the test set; `story` is the id of the original it copies (or its own id)."""

    id: str
    story: str
    text: str
    kind: str  # original | distinct | boilerplate | trimmed | headline | combined


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def boilerplate(text: str, rng: random.Random) -> str:
    """Another site's furniture around the same body, with typographic quotes straightened."""
    body = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return "\n\n".join([rng.choice(PREFIXES), body, *rng.sample(SUFFIXES, 2)])


def trimmed(text: str, rng: random.Random) -> str:
    """The same story cut short: a fifth to a third of its paragraphs dropped from the end."""
    paras = _paragraphs(text)
    keep = max(1, round(len(paras) * rng.uniform(0.67, 0.8)))
    return "\n\n".join(paras[:keep])


def headline(text: str, other_title: str) -> str:
    """The same body under a different headline, as scrapers that keep the title show it."""
    return f"{other_title}\n\n{text}"


def build(corpus: Path, originals: int = 300, distinct: int = 1200, seed: int = 6) -> list[Item]:
    """Originals with four copies each, plus distinct articles; deterministic for a seed."""
    rng = random.Random(seed)
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    usable = [r for r in rows if len(r["text"]) >= 1500 and len(_paragraphs(r["text"])) >= 4]
    chosen = rng.sample(usable, originals + distinct)
    items = [Item(r["id"], r["id"], r["text"], "distinct") for r in chosen[originals:]]
    for r in chosen[:originals]:
        text, other = r["text"], rng.choice(rows)["title"] or "News update"
        items.append(Item(r["id"], r["id"], text, "original"))
        copies = {"boilerplate": boilerplate(text, rng), "trimmed": trimmed(text, rng),
                  "headline": headline(text, other),
                  "combined": headline(boilerplate(trimmed(text, rng), rng), other)}
        items.extend(Item(f"{r['id']}~{kind}", r["id"], copy, kind) for kind, copy in copies.items())
    return items


def score(items: list[Item], clusters: dict[str, str]) -> dict[str, float]:
    """Recall of copies (grouped with their original) and the share of articles falsely merged."""
    copies = [x for x in items if x.kind not in ("original", "distinct")]
    found = sum(clusters[x.id] == clusters[x.story] for x in copies)
    stories: dict[str, set[str]] = {}
    for x in items:
        stories.setdefault(clusters[x.id], set()).add(x.story)
    merged = sum(len(stories[clusters[x.id]]) > 1 for x in items)
    return {"copies": len(copies), "found": found, "recall": found / len(copies),
            "articles": len(items), "falsely_merged": merged, "false_merge_rate": merged / len(items)}

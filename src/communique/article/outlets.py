"""Known news outlets and wire services (data/article/outlets.tsv), for titles, bylines, credits.

Looked up by folded words, so "The Associated Press", "ASSOCIATED PRESS" and "Associated Press"
are one outlet; by web domain too, so a page's own site name can be recognised in its title.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from communique.article.textutil import key
from communique.knowledge import data_path, read_table


@cache
def _table(extra: tuple[Path, ...] = ()) -> tuple[dict[str, str], dict[str, str]]:
    """(folded name or alias -> canonical name, domain -> canonical name)."""
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for path in (data_path("article/outlets.tsv"), *extra):
        for row in read_table(path, ("name",)):
            for form in [row["name"], *row.get("aliases", "").split(";")]:
                if form.strip():
                    names.setdefault(key(form), row["name"])
            for domain in row.get("domains", "").split(";"):
                if domain.strip():
                    domains[domain.strip().lower()] = row["name"]
    return names, domains


def outlet_named(text: str) -> str | None:
    """The canonical outlet `text` names ("AP" -> "Associated Press"), else None."""
    return _table()[0].get(key(text))


def outlet_of_host(host: str | None) -> str | None:
    """The outlet whose domain `host` is or belongs to ("www.bbc.co.uk" -> "BBC News")."""
    if not host:
        return None
    host = host.lower().removeprefix("www.")
    domains = _table()[1]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = domains.get(".".join(parts[i:]))
        if hit:
            return hit
    return None

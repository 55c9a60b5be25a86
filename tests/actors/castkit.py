"""Small readers of a Cast for the actor tests."""

from __future__ import annotations


def mentions(cast) -> dict[str, set[str]]:
    """Mention text -> names of the actors it is a mention of."""
    text = cast.parsed.article.text
    out: dict[str, set[str]] = {}
    for actor in cast.actors:
        for start, end in actor.mentions:
            out.setdefault(text[start:end], set()).add(actor.name)
    return out


def codes(cast) -> set[str]:
    return {a.code for a in cast.actors}

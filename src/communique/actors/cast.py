"""The actors stage's object and factory (issue 3 fills in the finder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import Actor
from communique.nlp import ParsedArticle
from communique.settings import Settings


@dataclass(slots=True)
class Cast:
    """A parsed article and its actors; `at` maps a mention's (start, end) to its actor id."""

    parsed: ParsedArticle
    actors: list[Actor] = field(default_factory=list)
    at: dict[tuple[int, int], str] = field(default_factory=dict)


class ActorFinder:
    """Finds and codes actors. Placeholder until issue 3: finds none."""

    def __call__(self, parsed: ParsedArticle) -> Cast:
        return Cast(parsed)


def make_actor_finder(settings: Settings) -> ActorFinder:
    return ActorFinder()

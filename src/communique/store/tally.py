"""What a run did, counted as it goes: seen = read + rejected, read = added + already present."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class RunTally:
    """Counts of one ingest run; `skipped` are articles already in the database (not added again)."""

    read: int = 0
    rejected: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seen(self) -> int:
        return self.read + self.rejected

    @property
    def added(self) -> int:
        return self.read - self.skipped

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def per_second(self) -> float:
        """Documents seen per second of wall-clock time (0 on a run too short to time)."""
        return self.seen / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """The one line printed at the end of `communique ingest`."""
        return (f"seen {self.seen:,}  read {self.read:,}  rejected {self.rejected:,}  "
                f"added {self.added:,}  already present {self.skipped:,}  "
                f"{self.seconds:.1f} s  {self.per_second:,.1f} articles/s")

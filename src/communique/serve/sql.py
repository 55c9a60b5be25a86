"""Building WHERE clauses from validated filters: values are always bound, never spliced.

Only two kinds of text ever reach the SQL string: fixed fragments written in this package and
column names taken from a whitelist (`order_by`). Every value a user sends becomes a `?`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_LIMIT = 500
MAX_EXPORT_ROWS = 100_000


@dataclass
class Where:
    """A conjunction of SQL conditions with their bound parameters, in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> Where:
        """Add a fixed SQL fragment with `?` placeholders for `params`."""
        if clause.count("?") != len(params):
            raise ValueError(f"placeholders and parameters differ in {clause!r}")
        self.clauses.append(f"({clause})")
        self.params.extend(params)
        return self

    def when(self, value: Any, clause: str, *params: Any) -> Where:
        """Add `clause` only if the filter `value` was given (None means: not filtered)."""
        if value is not None:
            self.add(clause, *(params or (value,)))
        return self

    def when_each(self, values: object, clauses: dict[str, str]) -> Where:
        """`when` for each attribute of `values` named in `clauses` (one `?` each)."""
        for name, clause in clauses.items():
            self.when(getattr(values, name), clause)
        return self

    def sql(self) -> str:
        return f"WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


def like(text: str) -> str:
    """An ILIKE pattern that matches `text` literally anywhere (escapes % _ and \\)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


LIKE = "ILIKE ? ESCAPE '\\'"


def order_by(sort: str, columns: dict[str, str]) -> str:
    """ORDER BY from a whitelist: `sort` is a key of `columns`, optionally prefixed with '-'."""
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in columns:
        raise ValueError(f"cannot sort by {key!r}; choose one of {', '.join(sorted(columns))}")
    direction = "DESC" if descending else "ASC"
    return f"ORDER BY {columns[key]} {direction} NULLS LAST"


def side(prefix: str, code: str) -> tuple[str, str]:
    """A condition matching one side of an event (`source`/`target`) by country or full code.

    Three letters name a country or region (KAZ, WST, IGO: every actor code that starts with it);
    anything longer is one full CAMEO actor code (KAZGOV). Returns (clause, bound value).
    """
    if prefix not in ("source", "target"):
        raise ValueError(f"not an event side: {prefix!r}")
    column = f"e.{prefix}_country" if len(code) == 3 else f"e.{prefix}_code"
    return f"{column} = ?", code

"""The one CAMEO code table: root, PLOVER type, quad class and Goldstein score per code.

Values are GDELT's (data/events/cameo.tsv); Phoenix's differing Goldstein and quad values are
kept in the same table for reference (docs/events.md says where they differ).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from communique.knowledge import data_path, read_table


@dataclass(slots=True, frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, base and sub codes) by its code string."""
    table = {}
    for row in read_table(data_path("events/cameo.tsv"), ("cameo", "root", "goldstein", "quad_class")):
        table[row["cameo"]] = CameoCode(row["cameo"], row["root"], row["name"], float(row["goldstein"]),
                                        int(row["quad_class"]), row["plover"], row["plover_mode"])
    return table


def lookup(code: str) -> CameoCode | None:
    """The entry of `code`, falling back to its base (3-digit) then root code for unknown sub codes."""
    table = cameo_table()
    for key in (code, code[:3], code[:2]):
        if key in table:
            found = table[key]
            if key != code:
                return CameoCode(code, found.root, found.name, found.goldstein, found.quad_class,
                                 found.plover, found.plover_mode)
            return found
    return None


def is_code(code: str) -> bool:
    """A real CAMEO event code (digits, known root), not PETRARCH's `---` or a WEIS letter code."""
    return code.isdigit() and 2 <= len(code) <= 4 and code[:2] in cameo_table()

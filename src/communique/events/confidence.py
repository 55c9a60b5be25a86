"""A confidence per event that means a measured precision.

Each event falls in an evidence class (how its code was found x how its actors were found); the
table data/events/confidence.tsv gives the share of events of that class that were right on the
gold sets (calibrated by benchmarks/events_calibrate.py). Unknown classes get the overall rate.
"""

from __future__ import annotations

import functools

from communique.knowledge import data_path, read_table

DEFAULT = 0.5


def evidence_class(how: str, notes: set[str]) -> str:
    """`how` is pattern | default | noun | quote (an accusation read from reported speech)."""
    if "dyad" in notes or "speaker" in notes:
        actors = "resolved"
    elif "inherited" in notes:
        actors = "inherited"
    elif "prep_target" in notes:
        actors = "prep"
    else:
        actors = "direct"
    mod = "+mod" if "modality" in notes else ""
    return f"{how}/{actors}{mod}"


@functools.cache
def calibration() -> dict[str, float]:
    return {r["class"]: float(r["precision"]) for r in read_table(data_path("events/confidence.tsv"),
                                                                 ("class", "precision"))}


def confidence(how: str, notes: set[str]) -> float:
    table = calibration()
    key = evidence_class(how, notes)
    for candidate in (key, key.split("+")[0], key.split("/")[0] + "/*", "*"):
        if candidate in table:
            return table[candidate]
    return DEFAULT

"""A confidence per event that means a measured precision.

Each event falls in an evidence class (how its code was found x how its actors were found); the
table data/events/confidence.tsv gives the share of events of that class that were right on the
gold sets (calibrated by benchmarks/events_calibrate.py). Unknown classes get the overall rate.
"""

from __future__ import annotations

import functools

from communique.knowledge import data_path, read_table

DEFAULT = 0.5


def evidence_class(how: str, notes: set[str], quad: int = 0) -> str:
    """`how` is pattern | default | noun | statement | accusation; then how the actors were found;
    then the quad class (verbal and material cooperation and conflict are not equally easy)."""
    if "dyad" in notes or "speaker" in notes:
        actors = "resolved"
    elif "inherited" in notes:
        actors = "inherited"
    elif "prep_target" in notes:
        actors = "prep"
    elif "deep_target" in notes:
        actors = "deep"
    elif "place_target" in notes:
        actors = "place"
    else:
        actors = "direct"
    mod = "+mod" if "modality" in notes else ""
    return f"{how}/{actors}{mod}/q{quad}"


@functools.cache
def calibration() -> dict[str, float]:
    return {r["class"]: float(r["precision"]) for r in read_table(data_path("events/confidence.tsv"),
                                                                 ("class", "precision"))}


def confidence(how: str, notes: set[str], quad: int = 0) -> float:
    """The measured precision of the most specific class with enough gold events behind it."""
    table = calibration()
    key = evidence_class(how, notes, quad)
    head = key.rsplit("/", 1)[0]
    for candidate in (key, head, head.split("+")[0], key.split("/")[0] + "/*", f"*/q{quad}", "*"):
        if candidate in table:
            return table[candidate]
    return DEFAULT

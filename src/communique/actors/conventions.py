"""Countries that news conventions imply for a person the text gives no country.

AP style writes "Sen.", "Rep." and "Gov." only for US office holders, party-state notation
("Richard Burr, R-N.C.", "Adam Schiff (D-Calif.)") only for US lawmakers, and "of" + a state or
country right after a politician's name gives their constituency ("Ilhan Omar of Minnesota").
The titles live in data/actors/title_countries.tsv.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from communique.actors.context import Context
from communique.actors.tables import PROVINCE, STATE
from communique.knowledge import data_path, read_table

if TYPE_CHECKING:
    from communique.actors.people import Person


@functools.cache
def title_countries() -> dict[str, tuple[str, str]]:
    """Titles that imply a country by convention ("Sen.", "Rep.", "Gov.": US office holders)."""
    rows = read_table(data_path("actors/title_countries.tsv"), ("title", "country", "sector"))
    return {r["title"]: (r["country"], r["sector"]) for r in rows}


def apply(ctx: Context, person: Person) -> None:
    """Country from news conventions when the text names none: an AP-style title ("Sen. Richard
    Burr") or party-state notation after the name ("Richard Burr, R-N.C.", "Adam Schiff (D-Calif.)")."""
    if person.country is not None:
        return
    span, doc = person.span, ctx.doc
    for i in sorted(person.described):
        implied = title_countries().get(doc[i].lower_)
        if implied is not None and i < span.start:  # "Sen." in a story from Buenos Aires: Argentina's
            person.country = ctx.abroad or implied[0]
            return
    i = span.end
    if i < len(doc) and doc[i].text in {",", "("}:
        i += 1
    if i + 2 < len(doc) and doc[i].text in {"R", "D", "I"} and doc[i + 1].text in {"-", "–"} and doc[i + 2].text[:1].isupper():
        person.country = "USA"
        if person.priority < 1:
            person.sector, person.priority = "LEG", 1
        return
    _home_state(ctx, person)


def _home_state(ctx: Context, person: Person) -> None:
    """"Ilhan Omar of Minnesota", "Gov. John Kasich (R) of Ohio": a politician's state or
    country named with "of" right after the name."""
    doc, i = ctx.doc, person.span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # "(R)"
    hit = ctx.hit_at.get(i + 1) if i + 1 < len(doc) and doc[i].lower_ == "of" else None
    if hit is not None and hit.span.start == i + 1 and hit.entry.kind in {PROVINCE, STATE}:
        person.country = hit.entry.country

"""Crowds at the scene: protesters, rioters, villagers, residents.

News copy leaves the nationality of a crowd implicit: it is of the place it acts in. So a
civilian collective named by a local role word (`local_roles.tsv`: protester, demonstrator,
villager, resident, crowd, ...) that the text ties to no country takes, in this order, the
country its own clause sets it in (finder's scene step, clauses below not counted: "telling a
crowd that he would leave for Geneva" is no Swiss crowd), the dateline's country, or the country
whose police or courts the article names ("Egyptian police dispersed demonstrators"): police and
courts act at home. Not victims, tourists, hostages or passengers, who are often foreigners;
and not the country a crowd protests against ("protesters burned an American flag").
"""

from __future__ import annotations

from communique.actors.assembly import Assembly
from communique.actors.drafts import Draft
from communique.actors.tables import local_roles

NONSTATE_CODES = {"IGO", "NGO", "IMG", "MNC"}  # CAMEO's non-state "countries": no country to be set in
DOMESTIC_SECTORS = {"COP", "JUD"}
GUARDS = {"force", "guard", "agent", "service"}  # "U.S. security forces" guard embassies abroad: not police at home


def is_local(draft: Draft) -> bool:
    """A civilian collective of a local role word, with no country yet."""
    return draft.country is None and draft.sector == "CVL" and draft.code == "CVL" and \
        bool(draft.role_words & local_roles())


def localise(asm: Assembly) -> None:
    """Give the crowds still without a country the dateline's, else the one country of the
    article's police and courts."""
    crowds = [d for d in asm.bodies.values() if is_local(d)]
    if not crowds:
        return
    home = asm.ctx.home
    if home is None:
        forces = {d.country for d in [*asm.people.values(), *asm.bodies.values()]
                  if d.sector in DOMESTIC_SECTORS and not d.role_words & GUARDS and d.country
                  and len(d.country) == 3 and d.country not in NONSTATE_CODES}
        home = next(iter(forces)) if len(forces) == 1 else None
    for draft in crowds if home else []:
        draft.country, draft.code = home, f"{home}{draft.sector}"

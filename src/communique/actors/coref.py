"""Coreference by journalistic convention: pronouns and titles point back to people already named.

News names a person in full once, then uses the surname, a title ("the minister", "the Russian
minister") or a pronoun. A pronoun takes the nearest compatible person, preferring a subject:
earlier in its own sentence, else the subject of the last sentence that mentions a person (the
speaker of a quote is the subject of its attribution). A title takes the most recently mentioned
person whose roles contain the title's words (or a role the title paraphrases: "the top diplomat"
for a foreign minister, data/actors/title_aliases.tsv) and whose country agrees with its demonym.
"""

from __future__ import annotations

import functools

from communique.actors.drafts import Draft, Mention, Timeline
from communique.knowledge import data_path, read_table

PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
            "she": "female", "her": "female", "hers": "female", "herself": "female"}


def _compatible(draft: Draft, gender: str | None) -> bool:
    return draft.is_person and (gender is None or draft.gender in (None, gender))


def resolve_pronoun(timeline: Timeline, offset: int, sent_start: int, gender: str | None,
                    exclude: set[int] = frozenset()) -> Draft | None:
    """The person a he/she at `offset` (in the sentence starting at token `sent_start`) refers to;
    `exclude` holds ids of drafts it cannot be (the subject of its own verb, for "him")."""
    earlier = [m for m in timeline.before(offset) if _compatible(m.draft, gender) and id(m.draft) not in exclude]
    if not earlier:
        return None
    same = [m for m in earlier if m.sent == sent_start]
    if same:
        return next((m.draft for m in same if m.subject), same[0].draft)
    latest = earlier[0].sent
    in_latest = [m for m in earlier if m.sent == latest]
    return next((m.draft for m in reversed(in_latest) if m.subject), in_latest[-1].draft)


@functools.cache
def title_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Title head word -> role phrases it may stand for (data/actors/title_aliases.tsv)."""
    rows = read_table(data_path("actors/title_aliases.tsv"), ("title", "implies"))
    return {r["title"]: tuple(tuple(p.split()) for p in r["implies"].split("|")) for r in rows}


def _title_fits(draft: Draft, words: tuple[str, ...], country: str | None) -> bool:
    """Every word of the title is among the person's role words ("the prime minister" is not a
    deputy foreign minister), or the title paraphrases one of the person's roles ("the top diplomat")."""
    if not draft.is_person or (country is not None and draft.country not in (None, country)):
        return False
    if all(w in draft.role_words for w in words):
        return True
    implied = title_aliases().get(words[-1], ())
    return any(all(w in draft.role_words for w in phrase) for phrase in implied)


def _untitled_fits(draft: Draft, sector: str | None, country: str | None) -> bool:
    """A person the text never titles but a dictionary codes ("Putin", RUSGOV) may be "the Russian
    leader" or "the president": same sector, and the same country if the title names one."""
    return draft.is_person and not draft.role_words and draft.sector == sector and sector is not None and \
        (country is None or draft.country == country)


def resolve_title(timeline: Timeline, offset: int, words: tuple[str, ...], country: str | None,
                  sector: str | None = None) -> Draft | None:
    """The person "the (Russian) minister" at `offset` refers to: the latest one with that role,
    else the latest untitled office holder of that sector."""
    candidates: list[Mention] = timeline.before(offset)
    found = next((m.draft for m in candidates if _title_fits(m.draft, words, country)), None)
    if found is None:
        found = next((m.draft for m in candidates if _untitled_fits(m.draft, sector, country)), None)
    return found


PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}


def resolve_plural(timeline: Timeline, offset: int, sent_start: int, previous_start: int | None,
                   exclude: set[int] = frozenset()) -> Draft | None:
    """"they" after "Russian troops crossed ...": the nearest actor named by a plural noun (troops,
    officials, "the Kazakhs") in the same or the previous sentence; never a person, a state or a
    region (those are he, she, it)."""
    for m in timeline.before(offset):
        if m.sent != sent_start and m.sent != previous_start:
            return None
        if m.draft.plural and id(m.draft) not in exclude:
            return m.draft
    return None

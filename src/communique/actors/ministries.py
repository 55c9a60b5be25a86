""""The Foreign Ministry said", "the Ministry of Commerce said": a ministry the text does not place.

The US federal government has departments, not ministries, and a Congress, not a parliament
(foreign_institutions.tsv): in English-language news an unqualified ministry is the government of
the country whose officials the story is reporting at that point, the non-US country named in its
own or the two sentences before it ("The UAE air force struck ... The Foreign Ministry said"),
(a subject of the nearest such sentence first: the reporting side, not its target), else the
latest non-US body of its sector. Never a US actor.
"""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Span

from communique.actors import bodies
from communique.actors.assembly import Assembly
from communique.actors.drafts import Draft
from communique.knowledge import data_path, read_table

NEAR = 3  # its own sentence and the two before it


@functools.cache
def foreign_institutions() -> frozenset[str]:
    """Head lemmas of body nouns that never name a US institution (ministry, parliament)."""
    return frozenset(r["word"] for r in read_table(data_path("actors/foreign_institutions.tsv"), ("word",)))


def _foreign(draft: Draft) -> bool:
    return bool(draft.country) and len(draft.country or "") == 3 and draft.country != "USA"


def resolve_ministry(asm: Assembly, span: Span, head: str, sector: str | None) -> Draft | None:
    """The non-US government a bare "the ministry" at `span` belongs to, or None."""
    earlier = asm.timeline.before(span.start_char)
    starts = [s.start for s in asm.ctx.sentences]
    own = bisect.bisect_right(starts, span.start) - 1
    for sent in starts[max(0, own - NEAR + 1):own + 1][::-1]:  # nearest sentence first
        here = [m for m in earlier if m.sent == sent and _foreign(m.draft)]
        best = next((m for m in here if m.subject), here[0] if here else None)  # the reported side: a subject
        if best is not None and sector:
            country = best.draft.country or ""
            draft = asm.body(bodies.BodyMention(span, f"{country}{sector}", country, sector, "organization", span.text))
            draft.role_words.add(head)
            return draft
    return next((m.draft for m in earlier if not m.draft.is_person and m.draft.sector == sector
                 and m.draft.kind != bodies.STATE and _foreign(m.draft)), None)

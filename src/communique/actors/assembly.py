"""The drafts of one article under construction, indexed for the finder's steps."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from communique.actors import bodies
from communique.actors.context import Context
from communique.actors.drafts import Draft, Timeline
from communique.actors.tables import STATE


@dataclass(slots=True)
class Assembly:
    """The drafts of one article, indexed for merging, and their timeline."""

    ctx: Context
    timeline: Timeline = field(default_factory=Timeline)
    people: dict[str, Draft] = field(default_factory=dict)  # full name -> draft
    surnames: dict[str, Draft] = field(default_factory=dict)
    bodies: dict[str, Draft] = field(default_factory=dict)  # code -> non-person draft
    taken: set[int] = field(default_factory=set)  # token indices already part of a mention or a title
    named: set[str] = field(default_factory=set)  # body codes whose draft has a dictionary name
    person_at: dict[int, Draft] = field(default_factory=dict)  # token index -> person mentioned there
    drafts_at: dict[int, Draft] = field(default_factory=dict)  # token index -> any actor mentioned there
    owned: list[tuple[Draft, Token]] = field(default_factory=list)  # "his supporters": owner pronoun (owners.py)

    def mention(self, draft: Draft, span: Span) -> None:
        self.timeline.add(draft, span.start_char, span.end_char, span.root, self.ctx.sent_start[span.start])
        self.taken.update(range(span.start, span.end))
        self.drafts_at.update(dict.fromkeys(range(span.start, span.end), draft))
        if draft.is_person:
            self.person_at.update(dict.fromkeys(range(span.start, span.end), draft))

    def unmention(self, start: int, end: int) -> None:
        """Drop the mentions made at tokens [start, end) (a name that turns out to be part of a
        longer mention of a list: "U.S. and Russian negotiators")."""
        doc = self.ctx.doc
        lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        for m in [m for m in self.timeline.items if lo <= m.start and m.end <= hi]:
            self.timeline.items.remove(m)
            m.draft.mentions.remove((m.start, m.end))
        for i in range(start, end):
            self.drafts_at.pop(i, None)
            self.person_at.pop(i, None)

    def body(self, found: bodies.BodyMention) -> Draft:
        """The one draft per code; its name is the first dictionary name seen ("the State
        Department" rather than "More than 50 State Department officials")."""
        draft = self.bodies.get(found.code)
        if draft is None:
            draft = Draft(found.kind, found.code, found.country, found.sector, found.name)
            self.bodies[found.code] = draft
            if found.proper:
                self.named.add(found.code)
        elif found.proper and found.code not in self.named and draft.kind != STATE:
            draft.name = found.name
            self.named.add(found.code)
        return draft

"""Collectives owned by a person: "his supporters", "her government", "his troops".

A leader's supporters, troops or government belong to the leader's country, in the sector of
their own noun (CAMEO: a leader's supporters are civilians of the country, not its government).
The owner is a pronoun, resolved only after every name is known, so the collective is made
without a country and takes the person's once the pronoun is resolved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.actors import bodies
from communique.actors.assembly import Assembly
from communique.actors.coref import PRONOUNS, resolve_pronoun
from communique.actors.drafts import Draft
from communique.actors.tables import PERSON, Role

BODIES = {"GOV", "MIL", "PTY"}  # a person's own body: "his government", "her army", "his party"
TERMS = {"presidency", "premiership", "chancellorship"}  # "his presidency": his term in office, not a body
TEMPORAL = {"during", "since", "throughout", "before", "after", "until", "under", "of"}


def owner_pronoun(tok: Token, mods: list[Token]) -> Token | None:
    """The "his"/"her" that owns role noun `tok`, if any."""
    return next((t for t in mods if t.tag_ == "PRP$" and t.lower_ in PRONOUNS and t.head.i == tok.i), None)


def collective(asm: Assembly, tok: Token, mods: list[Token], span: Span, role: Role, sector: str) -> bool:
    """Role noun `tok` names a collective owned by "his"/"her" (a plural, or a body noun: not "his
    spokesman", a person; a body of full weight: not "his authority"; no Phoenix agent: not
    "his blog"): made its
    own actor, given a country by `settle`. False if it is not one."""
    pronoun = owner_pronoun(tok, mods)
    plural = tok.tag_ in bodies.PLURAL_TAGS
    if pronoun is None or role.lower_only or (role.kind == PERSON and not plural):
        return False
    if not plural and (role.sector not in BODIES or role.priority < 1 or asm.ctx.lemmas[tok.i] in TERMS or
                       tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL):
        return False  # "his opposition to the deal", "his presidency" (a term of office): no actor
    draft = Draft(bodies.GROUP, sector, None, sector, span.text)
    draft.role_words.add(asm.ctx.lemmas[tok.i])
    draft.plural = tok.tag_ in bodies.PLURAL_TAGS
    asm.bodies[f"{sector}@{tok.i}"] = draft
    asm.mention(draft, span)
    asm.owned.append((draft, pronoun))
    return True


def settle(asm: Assembly) -> None:
    """Each owned collective takes the country of the person its pronoun refers to."""
    for draft, pronoun in asm.owned:
        owner = asm.person_at.get(pronoun.i) or resolve_pronoun(
            asm.timeline, pronoun.idx, asm.ctx.sent_start[pronoun.i], PRONOUNS[pronoun.lower_])
        country = owner.country if owner is not None else None
        if draft.country is None and country and len(country) == 3:
            draft.country, draft.code = country, f"{country}{draft.sector or ''}"


CIVIL = {"CVL", "OPP", "REB", "LAB", "EDU", "REL", "MED", "PTY", "BUS", "AGR", "HLH", "ELI"}


def own_government(asm: Assembly, span: Span, sector: str | None) -> Draft | None:
    """"Indian slum dwellers accuse the government", "Kenyan opposition leaders blamed the
    government": the government that a country's civilians, opponents or rebels, the subject of
    the sentence, address unqualified is their own country's, whichever government the story
    named last."""
    if sector != "GOV" or asm.ctx.lemmas[span.end - 1] not in {"government", "authority"}:
        return None
    sent = asm.ctx.sent_start[span.start]
    for m in asm.timeline.before(span.start_char):
        if m.sent != sent:
            break
        country = m.draft.country
        if m.subject and m.draft.sector in CIVIL and country and len(country) == 3:
            return asm.bodies.get(f"{country}GOV") or asm.body(
                bodies.BodyMention(span, f"{country}GOV", country, "GOV", "organization", span.text))
    return None

"""Collectives a role noun names with a country, region or organisation: "Russian troops",
"the Obama administration", and lists of them: "U.S. and Russian negotiators".

A list of anchors before one role noun names one actor per member, each with the noun's sector
("French and Egyptian warships": FRAMIL and EGYMIL). The first member's mention spans the whole
phrase, so the head word belongs to it and the events stage finds the other members as
conjuncts inside it; each other member is a mention of its own at its name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.actors import bodies
from communique.actors.assembly import Assembly
from communique.actors.context import Context
from communique.actors.tables import Entry


def add(asm: Assembly, tok: Token, mods: list[Token], anchors: list[tuple[Entry, Token]], sector_word: str,
        kind: str) -> None:
    """Mention one actor per anchor of role noun `tok` (its modifiers `mods`)."""
    ctx = asm.ctx
    span = bodies.phrase(tok, mods)
    if len(anchors) > 1:  # the first member's mention spans the list, so the head word is in it
        span = bodies.phrase(tok, mods, through=min(anchor_span(ctx, t).start for _, t in anchors))
        for _, anchor_tok in anchors:  # "U.S." there is a member of the list, not the state itself
            asm.unmention(anchor_span(ctx, anchor_tok).start, anchor_span(ctx, anchor_tok).end)
    for n, (anchor, anchor_tok) in enumerate(anchors):
        code, country, sector = bodies.code_of(anchor, sector_word)
        where = span if n == 0 else anchor_span(ctx, anchor_tok)
        name = where.text if len(anchors) == 1 else f"{anchor_span(ctx, anchor_tok).text} {tok.text}"
        draft = asm.body(bodies.BodyMention(where, code, country, sector, kind, name))
        draft.role_words.add(ctx.lemmas[tok.i])
        draft.plural = draft.plural or tok.tag_ in bodies.PLURAL_TAGS
        asm.mention(draft, where)


def anchor_span(ctx: Context, tok: Token) -> Span:
    """The name an anchor token belongs to ("South Korean"), without a leading article."""
    hit = ctx.hit_at.get(tok.i)
    span = hit.span if hit is not None else ctx.doc[tok.i:tok.i + 1]
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span

"""Whether a name in a person's title describes the person: "Russian Foreign Minister", "Russia's
top diplomat", "NATO Secretary General", not "the Russia probe's special counsel"."""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.context import CONNECTORS, Context
from communique.actors.gazetteer import Hit
from communique.actors.tables import CAPITAL, ORG, PROVINCE, STATE


def qualifies(ctx: Context, hit: Hit, tokens: list[Token]) -> bool:
    """A country in a title must qualify it ("Russian Foreign Minister", "Russia's top diplomat"),
    not another noun ("the Russia probe's special counsel"). An organisation or a capital must be
    followed by the title's own words ("NATO Secretary General", "Moscow mayor", "United Nations
    Emergency Relief Coordinator"), not by another country's demonym ("invited to Washington
    Hungarian Prime Minister ...") or a caption ("EPA Image caption Prime Minister ...")."""
    doc, j = ctx.doc, hit.span.end
    inside = {t.i for t in tokens}
    while j < len(doc) and doc[j].lower_ in {"'s", "’s"}:
        j += 1
    while j + 1 < len(doc) and j + 1 in inside and doc[j].pos_ == "ADV" and doc[j + 1].pos_ in {"ADV", "ADJ", "VERB"}:
        j += 1  # "Russia's newly appointed envoy", "Iraq's most wanted militant"
    if j >= len(doc) or j not in inside:
        return True  # the last word of an apposition: "foreign minister of Russia"
    k = j
    while k < len(doc) and k in inside and doc[k].is_punct:
        k += 1
    if hit.entry.kind in {STATE, PROVINCE} and (k >= len(doc) or k not in inside):
        return True  # the last word before the name: "the deputy governor of the Tyumen region, Oleg Petrov"
    nxt = doc[j]
    strict = ctx.is_role_word(j) or nxt.lower_ in CONNECTORS or (nxt.pos_ == "ADJ" and j not in ctx.hit_at)
    if hit.entry.kind in {ORG, "group", CAPITAL}:
        return strict or _title_run(ctx, j, tokens)
    return strict or j in ctx.hit_at or nxt.text[:1].isupper() or nxt.pos_ == "ADJ"


def _title_run(ctx: Context, j: int, tokens: list[Token]) -> bool:
    """Capitalised title words from token j up to a role word, with no other country or body
    among them: "United Nations Emergency Relief Coordinator"."""
    inside = {t.i for t in tokens}
    while j in inside:
        tok = ctx.doc[j]
        if ctx.is_role_word(j):
            return True
        if j in ctx.hit_at or not (tok.text[:1].isupper() or tok.pos_ == "ADJ" or tok.lower_ in CONNECTORS):
            return False
        j += 1
    return False


def host(ctx: Context, hit: Hit) -> bool:
    """"ambassador to the United Nations", "envoy to Syria": the object of "to" in a title is where
    the person is sent, not whom they serve (the title's modifier says that: "the U.S. ambassador").
    So is an international body a country's official is posted "at" when the title names the
    country ("a senior North Korean diplomat at the UN"); "an official at the UN" stays the UN's."""
    root, start = hit.span.root, hit.span.start
    before = ctx.tokens[start - 1] if start > 0 else None
    if root.dep_ == "pobj" and root.head.lower_ == "at" and hit.entry.code[:3] in {"IGO", "NGO"}:
        prep = root.head  # "a North Korean diplomat at the UN": posted at the body, serving the country
        title = prep.head
        return title.i < prep.i and ctx.is_role_word(title.i) and \
            any((h := ctx.hit_at.get(t.i)) is not None and h.entry.kind != ORG for t in title.lefts)
    return (root.dep_ == "pobj" and root.head.lower_ == "to") or \
        (before is not None and before.lower_ == "to" and start > 1 and ctx.is_role_word(start - 2))


def longer_title(ctx: Context, hit: Hit) -> bool:
    """A dictionary name that opens a title and is itself one ("Secretary of State", the US one)
    followed by "for" + a portfolio is another, longer title: Westminster's "Secretary of State for
    Defence" (not after a rank word: the US "Assistant Secretary of State for ... Affairs")."""
    end, start = hit.span.end, hit.span.start
    if start > 0 and ctx.tokens[start - 1].text[:1].isupper():
        return False  # "Assistant Secretary of State for East Asian Affairs": a US title after all
    words = tuple(ctx.lemmas[start:end])
    return words in ctx.knowledge.roles and end + 1 < len(ctx.doc) and ctx.doc[end].lower_ == "for" and \
        ctx.doc[end + 1].text[:1].isupper()

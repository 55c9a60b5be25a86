"""The words around a person's name that describe them: the title before it ("Kazakh Deputy
Prime Minister and Foreign Minister", "U.N. envoy to Syria") and an apposition on either side
("Lavrov, Russia's top diplomat", "The spokeswoman for the Greek Foreign Ministry, Eleni Vardaki")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.actors.context import CONNECTORS, HONORIFICS, Context
from communique.actors.tables import PERSON

FORMER = {"former", "ex", "ex-", "late"}
ACTING = {"acting"}  # "acting Secretary": a participle the tagger reads as a verb, inside a title


def prefix(ctx: Context, span: Span, names: frozenset[int]) -> list[Token]:
    """The title words before a name, within its sentence: "Kazakh Deputy Prime Minister and Foreign Minister".
    Another person's name ends them ("police chief Ade Bello and Judge Ruth Okafor")."""
    doc, i, out = ctx.doc, span.start - 1, []
    while i >= ctx.sent_start[span.start] and i not in names:
        tok = doc[i]
        if _bracketed_acronym(doc, i, ctx.sent_start[span.start]):
            i -= 3  # "Department of Homeland Security (DHS) acting Secretary": the name's short form
            continue
        sent_to = _sent_to(ctx, tok, span.start)  # "U.N. envoy to Syria Geir Pedersen"
        wordish = tok.text[:1].isupper() or tok.lower_ in CONNECTORS or tok.lower_ in HONORIFICS or sent_to or \
            tok.lower_ in ACTING
        if not (wordish or i in ctx.hit_at or ctx.is_role_word(i) or (tok.pos_ in {"ADJ", "NOUN"} and tok.is_lower)):
            break
        if (tok.is_punct and tok.text not in {"-"}) or tok.pos_ in {"VERB", "AUX", "ADP"} and \
                tok.lower_ not in CONNECTORS and tok.lower_ not in ACTING and not sent_to:
            break
        if tok.is_space or "\n" in tok.text_with_ws[:-1] or "\n" in tok.whitespace_:
            break
        out.insert(0, tok)
        i -= 1
    while out and (out[0].lower_ in CONNECTORS or out[0].is_stop) and out[0].lower_ not in FORMER:
        out.pop(0)
    return _drop_untitled_heads(ctx, out)


def _bracketed_acronym(doc, i: int, start: int) -> bool:
    """Tokens i-2..i are "(", an all-capital short form, ")"."""
    return doc[i].text == ")" and i - 2 >= start and doc[i - 2].text == "(" and doc[i - 1].is_upper and \
        doc[i - 1].is_alpha


def _sent_to(ctx: Context, tok: Token, name: int) -> bool:
    """"to" inside a title: after a one person's title it governs ("envoy to Syria"), not a verb's
    ("offered its troops to Lebanon's new President"), and with no title of its own after it
    ("his contacts with the Russian ambassador to Vice-President Mike Pence")."""
    if tok.lower_ != "to" or tok.i == 0 or tok.head.i != tok.i - 1:
        return False
    if any(ctx.is_role_word(i) for i in range(tok.i + 1, name)):
        return False
    match = ctx.role_at(tok.i - 1)
    return match is not None and match.role.kind == PERSON and ctx.tokens[tok.i - 1].tag_ not in {"NNS", "NNPS"}


def _drop_untitled_heads(ctx: Context, tokens: list[Token]) -> list[Token]:
    """"Syria and Palestinian leader Yasser Arafat": a part before "and" with no role word is
    another conjunct, not part of the title ("Kazakh Deputy Prime Minister and Foreign Minister"
    keeps both parts)."""
    while True:
        cut = next((n for n, t in enumerate(tokens) if t.lower_ in {"and", "&"}), None)
        if cut is None or any(ctx.is_role_word(t.i) for t in tokens[:cut]):
            return tokens
        tokens = tokens[cut + 1:]


def _appositive_heads(ctx: Context, span: Span) -> list[Token]:
    """The nouns in apposition to the name. "The spokeswoman for the Greek Foreign Ministry, Eleni
    Vardaki": the small model hangs the name on "Ministry"; the person is the spokeswoman."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        owner = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
        match = ctx.role_at(owner.i) if owner is not None else None
        heads.append(owner if match is not None and match.role.kind == PERSON else head)
    return heads


def _contiguous_left(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens of `tokens` that run without a gap or punctuation up to `head` (its noun phrase)."""
    inside = {t.i for t in tokens}
    start = head.i
    while start - 1 in inside and not head.doc[start - 1].is_punct and not head.doc[start - 1].is_space:
        start -= 1
    return [head.doc[i] for i in range(start, head.i + 1)]


def apposition(ctx: Context, span: Span) -> tuple[list[Token], list[Token], list[Span]]:
    """An apposition to the name (either side): all its tokens, those of its head noun phrase
    ("a professor" of "a professor of history at the University of Toronto"), and that phrase as
    a span where it is a person's title (a mention of the person)."""
    tokens: list[Token] = []
    phrase: list[Token] = []
    titles: list[Span] = []
    for head in _appositive_heads(ctx, span):
        subtree = [t for t in head.subtree if not span.start <= t.i < span.end]
        tokens += subtree
        left = _contiguous_left(head, subtree)
        phrase += left
        match = ctx.role_at(head.i)
        if left and match is not None and match.role.kind == PERSON:
            titles.append(ctx.doc[left[0].i:head.i + 1])
    return tokens, phrase, titles

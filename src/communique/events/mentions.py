"""From syntax to actors: which actor a noun phrase names, through the Cast's mention offsets.

A phrase names the actor of its head word; failing that, the first actor among its modifiers
("Kazakhstan's stance", "officials of Russia", "Russian troops"), never one inside a clause or a
place phrase attached to it. Co-ordinated phrases ("Russia and China") name each of their actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors import Cast, is_stance
from communique.model import Actor

NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "det", "npadvmod", "case", "quantmod"}
GROUP_WORDS = {"side", "party", "country", "nation", "government", "state", "leader", "minister"}
FIRST_PERSON = {"i", "we", "me", "us", "our", "my", "ours"}


class ActorIndex:
    """Actor id per token of a document, from the Cast's `at` map (mention offsets -> actor id)."""

    def __init__(self, cast: Cast) -> None:
        doc: Doc = cast.parsed.doc
        self.actors: dict[str, Actor] = {a.id: a for a in cast.actors}
        self.by_token: list[str | None] = [None] * len(doc)
        spans = dict(cast.at)
        if not spans:
            spans = {tuple(m): a.id for a in cast.actors for m in a.mentions}
        for (start, end), actor_id in sorted(spans.items(), key=lambda kv: kv[0][1] - kv[0][0], reverse=True):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token[tok.i] = actor_id  # shorter (inner) mentions overwrite longer ones

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def of_token(self, token: Token) -> str | None:
        return self.by_token[token.i]

    def of_phrase(self, head: Token) -> list[str]:
        """Actor ids a noun phrase names: one per conjunct, in order, without repeats; a list
        inside an `of` phrase names each of its members ("the ambassadors of A, B and C")."""
        out: list[str] = []
        for conjunct in self._conjuncts(head):
            tok = self._one_token(conjunct)
            if tok is None:
                continue
            found = [self.by_token[tok.i]]
            listed = tok if tok.i != conjunct.i and tok.dep_ == "pobj" else next(
                (o for p in conjunct.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)  # "the ambassadors of A, B and C"
            if listed is not None:
                found += [self._one(c) for c in self._conjuncts(listed)[1:]]
            out += [a for a in found if a and a not in out]
        return out

    def _one(self, head: Token) -> str | None:
        tok = self._one_token(head)
        return self.by_token[tok.i] if tok is not None else None

    def _one_token(self, head: Token) -> Token | None:
        """The token whose actor the phrase names: its head, else the first modifier with one."""
        if self.by_token[head.i]:
            return head
        queue = [c for c in head.children if c.dep_ == "appos"]  # "the commander, General X": X
        queue += [c for c in head.children if c.dep_ in NP_DEPS and c.dep_ != "appos"]
        queue += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        while queue:
            tok = queue.pop(0)
            if self.by_token[tok.i] and not is_stance(tok):
                return tok
            if tok.dep_ == "prep" and tok.lower_ != "of":
                continue
            queue += [c for c in tok.children if c.dep_ in NP_DEPS or c.dep_ == "pobj"
                      or (c.dep_ == "prep" and c.lower_ == "of")]
        return None


    def _conjuncts(self, head: Token) -> list[Token]:
        """The phrase and its co-ordinated phrases; an apposition that starts a list ("the US, Russia,
        and Switzerland") counts as one of them, an apposition naming the same thing does not. A
        conjunct hanging from another word of the head's own mention counts too (parsers attach
        "and Putin" to "Obama" in "Barack Obama and Putin")."""
        out = [head]
        own = self.by_token[head.i]
        members = {head.i} | ({t.i for t in head.subtree if self.by_token[t.i] == own} if own else set())
        for tok in head.subtree:
            if tok.head.i not in members or tok.i == head.i:
                continue
            if tok.dep_ == "conj" or tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children):
                out.extend(self._conjuncts(tok))
        return out


def is_first_person(token: Token) -> bool:
    return token.lower_ in FIRST_PERSON


def is_group_reference(token: Token) -> bool:
    """"the two sides", "both parties", "the two countries": the parties of the story's dyad."""
    if token.lemma_.lower() not in GROUP_WORDS or token.tag_ not in ("NNS", "NNPS"):
        return False
    mods = {c.lower_ for c in token.children}
    return bool(mods & {"two", "both"}) or (token.lemma_.lower() in ("side", "party") and "the" in mods)

"""From syntax to actors: which actor a noun phrase names, through the Cast's mention offsets.

A phrase names the actor of its head word; failing that, the first actor among its modifiers
("Kazakhstan's stance", "officials of Russia", "Russian troops"), never one inside a clause or a
place phrase attached to it. Co-ordinated phrases ("Russia and China") name each of their actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors import Cast
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
        """Actor ids a noun phrase names: one per conjunct, in order, without repeats."""
        out: list[str] = []
        for conjunct in self._conjuncts(head):
            found = self._one(conjunct)
            if found and found not in out:
                out.append(found)
        return out

    def _one(self, head: Token) -> str | None:
        own = self.by_token[head.i]
        if own:
            return own
        queue = [c for c in head.children if c.dep_ == "appos"]  # "the commander, General X": X
        queue += [c for c in head.children if c.dep_ in NP_DEPS and c.dep_ != "appos"]
        queue += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        while queue:
            tok = queue.pop(0)
            if self.by_token[tok.i]:
                return self.by_token[tok.i]
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

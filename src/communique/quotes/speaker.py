"""Who said it: the speaker phrase of a cue, resolved to an actor of the Cast.

The Cast (actors stage) maps mention offsets to actors, pronouns and titles included, so a
speaker phrase resolves by looking up the mention it contains. Where the Cast has no actor for
the phrase, a fallback follows newswire convention: "he"/"she" after a quotation is the
person last quoted (or else last named); a surname stands for the fullest name that ends
with it; an institution ("the Kremlin", "the State Department") is kept as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.actors import Cast
from communique.model import Actor
from communique.quotes.cues import load_pronouns

DROP = {"appos", "relcl", "acl", "punct", "advcl", "parataxis"}
DETERMINERS = {"the", "a", "an"}
PERSONS = {"PERSON"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
INSTITUTIONS = {"ORG", "GPE", "NORP", "FAC"}


@dataclass(slots=True)
class Speaker:
    """A speaker phrase and what it resolved to."""

    start: int
    end: int
    text: str
    actor_id: str | None
    name: str | None
    is_person: bool


def phrase_of(token: Token) -> tuple[int, int]:
    """Token range [start, end) of a speaker's noun phrase, without appositions or clauses."""
    if token.lower_ in ("who", "which", "that") and token.head.dep_ in ("relcl", "acl") and token.head.head is not token:
        token = token.head.head  # "Smith, who said": the speaker is Smith
    keep = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in DROP or "\n" in child.text or (child.dep_ == "conj" and child.i > token.i + 8):
                continue
            keep.append(child)
            stack.append(child)
    indices = sorted(t.i for t in keep if "\n" not in t.text)
    lo = token.i
    while lo - 1 in indices:
        lo -= 1
    hi = token.i
    while hi + 1 in indices:
        hi += 1
    return lo, hi + 1


class SpeakerResolver:
    """Resolves speaker tokens of one article, remembering who spoke last."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.doc = cast.parsed.doc
        self.by_id: dict[str, Actor] = {a.id: a for a in cast.actors}
        self.mentions = sorted(cast.at.items())
        self.pronouns = load_pronouns()
        self.last_person: str | None = None
        self.last_other: str | None = None
        self.persons = [(e.start_char, e.text) for e in self.doc.ents if e.label_ in PERSONS]
        self.names = [e.text for e in self.doc.ents if e.label_ in NAMED]

    def resolve(self, token: Token) -> Speaker:
        lo, hi = phrase_of(token)
        span = self.doc[lo:hi]
        head = token if token.lower_ not in ("who", "which", "that") else self.doc[lo:hi].root
        return self.resolve_span(span, head)

    def resolve_span(self, span, head: Token) -> Speaker:
        """Resolve a speaker phrase whose head word is `head` (a transcript label, a subject)."""
        actor = self._actor(span, head)
        text = span.text
        if actor is not None:
            name = actor.name
            if actor.kind == "state" and not _names_overlap(text, actor.name):
                name = text  # an institution speaking for the state keeps its own name
            speaker = Speaker(span.start_char, span.end_char, text, actor.id, name, actor.kind == "person")
        else:
            speaker = self._fallback(span, head)
        self._remember(speaker)
        return speaker

    def _actor(self, span, head: Token) -> Actor | None:
        """The Cast's actor for the phrase: the mention that covers its head word. A name that only
        modifies the head ("Clinton's campaign", "Sanders supporters") is not the speaker; a head
        that is itself a name or title takes the mention inside the phrase ("Foreign Minister
        Murat Nurtleu", parsed with "Minister" as head)."""
        found = self._lookup(head.idx, head.idx + len(head.text))
        if found is not None or head.pos_ != "PROPN":
            return found
        return self._lookup(span.start_char, span.end_char)

    def _lookup(self, start: int, end: int) -> Actor | None:
        lookup = getattr(self.cast, "actor_at", None)
        if callable(lookup):
            found = lookup(start, end)
            return self.by_id.get(found) if isinstance(found, str) else found
        inside = [(s, e, a) for (s, e), a in self.mentions if s < end and start < e]
        return self.by_id.get(inside[-1][2]) if inside else None

    def _fallback(self, span, head: Token) -> Speaker:
        word = head.lower_
        text = span.text
        if word in self.pronouns and len(span) == 1:
            refers, _ = self.pronouns[word]
            name = self.last_person if refers == "person" else self.last_other or self.last_person
            if refers == "person" and name is None:
                name = self._last_person_before(head.idx)
            return Speaker(span.start_char, span.end_char, text, None, name, refers == "person")
        name, is_person = self._name_in(span)
        return Speaker(span.start_char, span.end_char, text, None, name, is_person)

    def _name_in(self, span) -> tuple[str, bool]:
        """The proper name inside a speaker phrase (its last run of proper nouns), made full."""
        runs: list[list[Token]] = [[]]
        for tok in span:
            if tok.pos_ == "PROPN" or (runs[-1] and tok.text in ("-", ".")):
                runs[-1].append(tok)
            elif runs[-1]:
                runs.append([])
        runs = [r for r in runs if r]
        is_person = any(t.ent_type_ == "PERSON" for t in span)
        if not runs or (span.root.pos_ != "PROPN" and not any(t.dep_ == "conj" for t in runs[-1])):
            words = span.text.split()
            bare = len(words) > 1 and words[0].lower() in DETERMINERS and span.root.ent_type_ not in INSTITUTIONS
            return (" ".join(words[1:]) if bare else span.text), is_person
        run = runs[-1]
        name = self.doc[run[0].i: run[-1].i + 1].text
        return self._fullest(name), is_person or len(run) >= 2

    def _fullest(self, name: str) -> str:
        """A surname alone stands for the longest name in the article ending with it."""
        if " " in name:
            return name
        fuller = [t for t in self.names if t.lower().endswith(" " + name.lower())]
        return max(fuller, key=len) if fuller else name

    def _last_person_before(self, char: int) -> str | None:
        earlier = [t for s, t in self.persons if s < char]
        return self._fullest(earlier[-1].split()[-1]) if earlier else None

    def _remember(self, speaker: Speaker) -> None:
        if speaker.name and speaker.text.lower() not in self.pronouns:
            if speaker.is_person:
                self.last_person = speaker.name
            else:
                self.last_other = speaker.name


def _names_overlap(a: str, b: str) -> bool:
    wa = {w.lower().strip(".,'’s") for w in a.split()}
    return bool(wa & {w.lower() for w in b.split()})

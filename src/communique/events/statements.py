"""Events that are statements: what a speaker's words do to another actor, as CAMEO codes them.

- Evaluations: a speaker calling another actor's relations, policy or conduct "successful",
  "constructive" (051 praise) or "unacceptable", "hostile" (111 criticize), in a copular
  statement ("relations were an example of successful cooperation"). Words: evaluations.tsv.
  A predicate naming an aim ("cooperation with Russia is a priority of our foreign policy")
  states an intention (030), whatever adjectives it carries.
- Obligations: "Y must withdraw" in a speaker's words is the speaker's demand (100) on Y.
- Reported conflict: a political actor saying that a third party attacked, shelled or seized
  is an accusation (112) against that party (CAMEO's "accuse"; PETRARCH's "claimed that ISIL
  had attacked Iraq" is USA 112 ISIL). Reporters, media and witnesses only report: their
  reports code the event itself.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from communique.events.arguments import OWN
from communique.events.mentions import ActorIndex
from communique.events.syntax import logical_roles
from communique.events.wordclasses import words
from communique.knowledge import data_path, read_table
from communique.model import Actor

REPORTING_SECTORS = {"MED", None, ""}  # media and unknown speakers report; they do not accuse
STATEMENT_NOUNS = words("statement_noun")


@functools.cache
def evaluation_words() -> dict[str, str]:
    return {r["word"]: r["code"] for r in read_table(data_path("events/evaluations.tsv"), ("word", "code"))}


def evaluation(verb: Token, speaker: Actor, index: ActorIndex) -> tuple[str, list[str]] | None:
    """(code, targets) of a copular statement that evaluates another actor, or None."""
    if verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    predicate = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    if subject is None or predicate is None:
        return None
    words = evaluation_words()
    votes = [words[t.lemma_.lower()] for t in [*subject.subtree, *predicate.subtree] if t.lemma_.lower() in words]
    if not votes or any(c.dep_ == "neg" for c in verb.children):
        return None
    code = max(set(votes), key=votes.count)
    if words.get(predicate.lemma_.lower(), "").startswith("03"):
        code = words[predicate.lemma_.lower()]  # "cooperation with Russia is our priority": an intention (030)
    targets = []
    for tok in subject.subtree:
        actor = index.actor(index.of_token(tok))
        if actor is not None and actor.id not in targets and actor.country and actor.country != speaker.country:
            targets.append(actor.id)
    return (code, targets) if targets else None


OBLIGATION_AUX = {"must": "100", "should": "020", "ought": "020"}
# "X said Y must withdraw" is a demand (100); "Y should bolster its border" an appeal (020)


def obligation(verb: Token, speaker: Actor, index: ActorIndex) -> tuple[str, list[str]] | None:
    """"X said Y must withdraw": a speaker telling another actor what it must do demands it (100);
    what it should do, appeals for it (020)."""
    aux = next((OBLIGATION_AUX[c.lower_] for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX), None)
    if aux is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    named = index.of_phrase(subject)
    if any(a == speaker.id or index.actor(a) is not None and index.actor(a).country == speaker.country for a in named):
        return None  # "agreed that their countries should cooperate": the speaker's own side, no demand
    targets = [a for a in named if index.actor(a) is not None or a != speaker.id]
    return (aux, targets) if targets else None


def accuses(speaker: Actor | None, source: Actor | None) -> bool:
    """Whether a speaker's report of `source`'s violence is an accusation against it."""
    if speaker is None or source is None or speaker.sector in REPORTING_SECTORS and speaker.kind != "state":
        return False
    return bool(speaker.country) and speaker.country != source.country


def claimant_of(clause: Token, index: ActorIndex) -> Actor | None:
    """Who states the `that` clause of a statement noun: its possessor ("Iran's claim that"), or,
    for "his argument that ...", the subject of the verb the noun is the object of. None for any
    other clause: the content of "fears that", "reports that" is nobody's statement here."""
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in STATEMENT_NOUNS \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in OWN:
        found = index.of_phrase(owner)
        return index.actor(found[0]) if found else None
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    subject, _, _ = logical_roles(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else (None, None, False)
    found = index.of_phrase(subject) if subject is not None else []
    return index.actor(found[0]) if found else None

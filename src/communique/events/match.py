"""Matching verb patterns against a parsed clause: the most specific pattern wins.

Pattern words match a token's lower-case text or lemma; a word without a trailing `_` also
matches as a stem of at least four letters with an inflection ("sanction" matches "sanctions").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.events.doccache import memo
from communique.events.lexicon import FUNCTION_WORDS, Lexicon, Pattern, Slot, Verb
from communique.events.syntax import CLAUSE_DEPS, clause_left

SUFFIXES = {"s", "es", "ed", "d", "ing", "ings", "ment", "ments"}


@dataclass(slots=True)
class VerbMatch:
    code: str
    specificity: int  # number of pattern words matched (0 = the verb's default code)
    used: frozenset[int]  # token indices the pattern consumed (so their nouns do not code again)
    reverse: bool = False  # the pattern codes the target acting on the subject ("received assurances from")


def word_matches(slot: Slot, token: Token) -> bool:
    text, lemma = token.lower_, token.lemma_.lower()
    for word in slot:
        if word.endswith("_"):
            if word[:-1] in (text, lemma):
                return True
        elif word in (text, lemma) or (len(word) >= 4 and text.startswith(word) and text[len(word):] in SUFFIXES):
            return True
    return False


def token_keys(tokens: list[Token]) -> frozenset[str]:
    """Every word a pattern slot could name and still match one of `tokens` (word_matches'
    three ways: lower-case text, lemma, or a stem of the text before an inflection)."""
    keys: set[str] = set()
    for token in tokens:
        text = token.lower_
        keys.update((text, token.lemma_.lower()))
        keys.update(text[: -len(suffix)] for suffix in SUFFIXES if text.endswith(suffix))
    return frozenset(keys)


Needs = tuple[frozenset[str], ...]


def _ordered(entry: Verb) -> list[tuple[Pattern, Needs]]:
    """The verb's patterns, most specific first: more words, then the codebook's own patterns
    (patterns_core.tsv) before converted ones, then narrower words (Pattern.breadth: "withdrew its
    peacekeepers" is 1661, not any force's 0874), then dictionary order; each with one
    set of sentence keys per slot, any of which satisfies the slot. Built once per verb: the lexicon
    lives as long as the process, and the entry is kept here so its id is never reused."""
    hit = _ORDERED.get(id(entry))
    if hit is None or hit[1] != len(entry.patterns):
        ordered = [(p, _needs(p)) for p in sorted(entry.patterns, key=lambda p: (-p.size, not p.core, p.breadth))]
        hit = _ORDERED[id(entry)] = (entry, len(entry.patterns), ordered)
    return hit[2]


_ORDERED: dict[int, tuple[Verb, int, list[tuple[Pattern, Needs]]]] = {}


def _needs(pattern: Pattern) -> Needs:
    slots = [*pattern.before, *pattern.after]
    for prep, words in pattern.preps:
        slots += [prep, *words]
    return tuple(frozenset(w[:-1] if w.endswith("_") else w for w in slot) for slot in slots)


def _may_match(needs: Needs, keys: frozenset[str]) -> bool:
    """False when some slot of a pattern names no word of the sentence: the pattern cannot
    match, so the token-by-token scan is skipped (most patterns of a common verb fail here)."""
    return all(not need.isdisjoint(keys) for need in needs)


PARTICLES = frozenset({"up", "down", "out", "off", "back", "away"})


def _in_order(slots: tuple[Slot, ...], tokens: list[Token], verb: Token | None = None) -> list[int] | None:
    """Tokens matching the slots in order. A particle slot ("step up", "hunt down") takes only the
    verb's own particle: the "down" of "the shoot-down of a jet" belongs to a noun."""
    used, k = [], 0
    for slot in slots:
        own = verb is not None and slot <= PARTICLES
        while k < len(tokens) and not (word_matches(slot, tokens[k]) and (not own or tokens[k].head.i == verb.i)):
            k += 1
        if k == len(tokens):
            return None
        used.append(tokens[k].i)
        k += 1
    return used


def _prep_group(prep: Slot, words: tuple[Slot, ...], right: list[Token], verb: Token | None) -> list[int] | None:
    """A preposition of the clause and the words after it. A bare preposition ("called on",
    "negotiated with") must be the verb's own and name no time: in "calling the attacks on Rice
    misguided" the "on" belongs to "attacks", and in "wants to notify Congress on Friday" it is a date."""
    for tok in right:
        if not words and (verb is not None and tok.head.i != verb.i or _temporal(tok)):
            continue
        if tok.dep_ in ("prep", "agent", "dative", "prt") and word_matches(prep, tok):
            found = _in_order(words, [t for t in tok.subtree if t.i != tok.i])
            if found is not None:
                return [tok.i, *found]
    return None


def _temporal(prep: Token) -> bool:
    """"on Friday", "in May": a time adjunct, not the preposition of the verb's other party."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def match_pattern(pattern: Pattern, left: list[Token], right: list[Token],
                  verb: Token | None = None) -> list[int] | None:
    """Token indices the pattern uses, or None when it does not match."""
    used: list[int] = []
    for slots, tokens in ((pattern.before, left), (pattern.after, right)):
        if slots:
            if any(slot <= FUNCTION_WORDS for slot in slots):  # "wants ... on": not "on Friday"
                tokens = [t for t in tokens if not _temporal(t)]
            found = _in_order(slots, tokens, verb)
            if found is None:
                return None
            used += found
    for prep, words in pattern.preps:
        found = _prep_group(prep, words, right, verb)
        if found is None:
            return None
        used += found
    return used


def is_going_to(verb: Token) -> bool:
    """"is going to change": English's going-to future, an auxiliary of the verb it governs, not a
    movement (so no "go to" pattern may code it as a visit or a meeting)."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


NESTED_DEPS = {"relcl", "ccomp", "advcl"}


def _unnested_right(verb: Token) -> list[Token]:
    """The tokens of the verb's own clause to its right (syntax.clause_right), less those in a
    clause of their own inside the verb's object ("a reminder that it must cooperate with
    inspectors", "inspectors probing sites", "men sought in the slaying"): that clause tells its
    own event, not the verb's. A noun's to-infinitive ("a request to meet") stays, as it says what
    was asked. One walk down the tree (a walk up from every token cost a third of the coding time)."""
    out: list[Token] = []
    stack = [c for c in verb.rights if not (c.dep_ in CLAUSE_DEPS or c.dep_ == "cc"
                                            or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    while stack:
        tok = stack.pop()
        if tok.dep_ in NESTED_DEPS or tok.dep_ == "acl" and not any(c.tag_ == "TO" for c in tok.children):
            continue
        out.append(tok)
        stack.extend(tok.children)
    return sorted(out, key=lambda t: t.i)


def match_verb(verb: Token, lexicon: Lexicon) -> VerbMatch | None:
    """The code of a verb in its clause: its most specific matching pattern, else its default."""
    entry = lexicon.verb(verb.lemma_.lower(), verb.lower_)
    if entry is None or is_going_to(verb):
        return None
    sent = verb.sent
    keys = memo(verb.doc, ("keys", sent.start), lambda: token_keys(list(sent)))
    clause: tuple[list[Token], list[Token]] | None = None
    for pattern, needs in _ordered(entry):
        if not _may_match(needs, keys):
            continue
        if clause is None:  # built only for a verb with a pattern that may match
            left, right = clause_left(verb), _unnested_right(verb)
            if verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBN":
                right = [verb.head, *right]  # "the deal the U.S. struck", "sanctions imposed": the verb's object
            elif verb.dep_ == "acl" and verb.tag_ == "VBG":
                left = [verb.head, *left]  # "tariffs targeting Chinese exports": the noun is the doer
            clause = left, right
        used = match_pattern(pattern, *clause, verb)
        if used is not None:
            code = pattern.code.removeprefix(":")
            return VerbMatch(code, pattern.size, frozenset(used), reverse=code != pattern.code)
    if entry.complement and not _event_complement(verb, lexicon):
        return VerbMatch("---", 0, frozenset())  # "wants to be a partner": a wish, no act intended
    if entry.default.startswith("02") and _asks_a_question(verb):
        return VerbMatch("---", 0, frozenset())  # "asked Horowitz when he knew": a question, no appeal
    if entry.default.startswith("03") and _shares_an_opinion(verb):
        return VerbMatch("---", 0, frozenset())  # "agree that the solution will be political"
    return VerbMatch(entry.default, 0, frozenset())


def _event_complement(verb: Token, lexicon: Lexicon) -> bool:
    """True when a verb of wanting or planning governs an infinitive that is itself an event
    ("plans to visit Cuba", "wants to hold talks"): the intention is then CAMEO's 03x. Without
    one ("wants to be a partner", "decided to pay attention") nothing is intended toward anyone."""
    for child in verb.children:
        if child.pos_ not in ("VERB", "AUX") or not (
                child.dep_ == "xcomp" or child.dep_ == "ccomp" and any(c.tag_ == "TO" for c in child.children)):
            continue
        m = match_verb(child, lexicon)
        if m is not None and m.code not in ("---", "010") or any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon.nouns for c in child.children):
            return True
    return False


QUESTION_MARKS = {"whether", "if"}
QUESTION_TAGS = {"WDT", "WP", "WP$", "WRB"}


def _asks_a_question(verb: Token) -> bool:
    """An appeal verb whose clause is an indirect question ("asked Horowitz when his team knew",
    "asked whether the Kremlin was concerned"): English grammar's question, not CAMEO's request.
    A request has an infinitive or a that-clause instead ("asked Israel to halt the strikes")."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "asked Israel to halt the strikes"
    for child in verb.children:
        if child.dep_ not in ("ccomp", "advcl"):
            continue
        first = child.left_edge
        if first.lower_ in QUESTION_MARKS or child.dep_ == "ccomp" and first.tag_ in QUESTION_TAGS:
            return True
    return False


MODALS = {"will", "would", "shall", "should", "must", "can", "could", "'ll", "wo"}
OWN_SUBJECTS = {"we", "they", "he", "she", "it", "i", "both", "each"}


def _shares_an_opinion(verb: Token) -> bool:
    """An intention verb with only a that-clause that is no undertaking of its own subject: "the
    U.S. and Russia agree that the only solution will be political", "agreed that he was killed"
    share a view. "agreed that they would hold talks" (a modal, and the subjects themselves) stays."""
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", "dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
           for c in children):
        return False  # "agreed a deal", "agreed on a ceasefire", "agreed to talks"
    clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        return False
    for clause in clauses:
        modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in clause.children)
        own = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in OWN_SUBJECTS for c in clause.children)
        if modal and own:
            return False
    return True

"""Matching verb patterns against a parsed clause: the most specific pattern wins.

Pattern words match a token's lower-case text or lemma; a word without a trailing `_` also
matches as a stem of at least four letters with an inflection ("sanction" matches "sanctions").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.events.lexicon import Lexicon, Pattern, Slot
from communique.events.syntax import clause_left, clause_right

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


def _may_match(pattern: Pattern, keys: frozenset[str]) -> bool:
    """False when some slot of the pattern names no word of the sentence: the pattern cannot
    match, so the token-by-token scan is skipped (most patterns of a common verb fail here)."""
    slots = [*pattern.before, *pattern.after]
    for prep, words in pattern.preps:
        slots += [prep, *words]
    return all(any((word[:-1] if word.endswith("_") else word) in keys for word in slot) for slot in slots)


def _in_order(slots: tuple[Slot, ...], tokens: list[Token]) -> list[int] | None:
    used, k = [], 0
    for slot in slots:
        while k < len(tokens) and not word_matches(slot, tokens[k]):
            k += 1
        if k == len(tokens):
            return None
        used.append(tokens[k].i)
        k += 1
    return used


def _prep_group(prep: Slot, words: tuple[Slot, ...], right: list[Token]) -> list[int] | None:
    for tok in right:
        if tok.dep_ in ("prep", "agent", "dative", "prt") and word_matches(prep, tok):
            found = _in_order(words, [t for t in tok.subtree if t.i != tok.i])
            if found is not None:
                return [tok.i, *found]
    return None


def match_pattern(pattern: Pattern, left: list[Token], right: list[Token]) -> list[int] | None:
    """Token indices the pattern uses, or None when it does not match."""
    used: list[int] = []
    for slots, tokens in ((pattern.before, left), (pattern.after, right)):
        if slots:
            found = _in_order(slots, tokens)
            if found is None:
                return None
            used += found
    for prep, words in pattern.preps:
        found = _prep_group(prep, words, right)
        if found is None:
            return None
        used += found
    return used


def match_verb(verb: Token, lexicon: Lexicon) -> VerbMatch | None:
    """The code of a verb in its clause: its most specific matching pattern, else its default."""
    entry = lexicon.verb(verb.lemma_.lower(), verb.lower_)
    if entry is None:
        return None
    left, right = clause_left(verb), clause_right(verb)
    if verb.dep_ == "relcl":  # "the deal the U.S. struck": the antecedent is the verb's object
        right = [verb.head, *right]
    best: VerbMatch | None = None
    keys = token_keys(list(verb.sent))
    for pattern in entry.patterns:
        if best is not None and pattern.size <= best.specificity:
            continue
        if not _may_match(pattern, keys):
            continue
        used = match_pattern(pattern, left, right)
        if used is not None:
            code = pattern.code.removeprefix(":")
            best = VerbMatch(code, pattern.size, frozenset(used), reverse=code != pattern.code)
    if best is None:
        return VerbMatch(entry.default, 0, frozenset())
    return best

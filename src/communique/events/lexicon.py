"""Verb and noun patterns, loaded once from data/events/ (and from users' PETRARCH verb dictionaries).

A verb lemma has one default code and a list of patterns; a pattern names words that must follow
(or precede) the verb, and prepositional phrases, and gives the code when they are present:
"* SANCTIONS" under IMPOSE gives 163, "* (TO BORDER)" under RUSH gives 154.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from communique.events.codes import is_code
from communique.events.petrarch_dict import is_verb_dictionary, read_verb_dictionary
from communique.knowledge import data_path, read_table

Slot = frozenset[str]
BARE_PREP = 50  # the breadth of a preposition with no words after it
FUNCTION_WORDS = frozenset({"from", "to", "with", "on", "in", "at", "for", "against", "into", "over", "by", "of",
                            "off", "out", "up", "down", "back", "away"})


@dataclass(slots=True, frozen=True)
class Pattern:
    """Words around a verb that select a code; `size` ranks how specific it is."""

    code: str
    before: tuple[Slot, ...]
    after: tuple[Slot, ...]
    preps: tuple[tuple[Slot, tuple[Slot, ...]], ...]
    core: bool = False  # from patterns_core.tsv (the codebook's wording): wins over a converted pattern of equal size

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after) + sum(1 + len(w) for _, w in self.preps)

    @property
    def breadth(self) -> int:
        """How many words the slots accept: "peacekeepers" alone is narrower than a list of all forces,
        and a bare preposition ("withdrew from") says less than any noun."""
        return sum(BARE_PREP if slot <= FUNCTION_WORDS else len(slot) for slot in (*self.before, *self.after)) + \
            sum(len(p) + sum(len(w) for w in words) if words else BARE_PREP for p, words in self.preps)


@dataclass(slots=True)
class Verb:
    """What we know of one verb lemma: its default code (or "---") and its patterns."""

    default: str = "---"
    patterns: list[Pattern] = field(default_factory=list)
    complement: bool = False  # the default holds only over an event complement ("wants to meet", not "wants to be")


@dataclass(slots=True, frozen=True)
class Noun:
    """An event noun ("talks", "visit", "attack") and the prepositions that name the other party."""

    code: str
    target_preps: frozenset[str]
    refine: dict[str, str]


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, Verb]
    forms: dict[str, str]  # irregular form -> base ("met" -> "meet")
    nouns: dict[str, Noun]
    modality: dict[str, tuple[str, str]]  # root -> (negated code or "-", future code or "")
    light_verbs: frozenset[str] = frozenset()  # "staged a protest": the subject does the noun's event

    def verb(self, lemma: str, text: str) -> Verb | None:
        return self.verbs.get(_silent_e(lemma, text, self.verbs)) or self.verbs.get(self.forms.get(text, ""))


def _silent_e(lemma: str, text: str, verbs: dict[str, Verb]) -> str:
    """The parser's lemmatiser drops a silent e ("hoped", "hopes" -> "hop"): when the text
    begins with the lemma and an e, and that is a verb we know, the verb is the one with the e."""
    fuller = lemma + "e"
    return fuller if text.startswith(fuller) and text != lemma and fuller in verbs else lemma


def _slots(text: str) -> tuple[Slot, ...]:
    return tuple(frozenset(w.split("|")) for w in text.split() if w)


def _preps(text: str) -> tuple[tuple[Slot, tuple[Slot, ...]], ...]:
    out = []
    for group in (g for g in text.split(";") if g.strip()):
        slots = _slots(group)
        out.append((slots[0], slots[1:]))
    return tuple(out)


def _usable(code: str) -> bool:
    """`---` (no event), a CAMEO code, or `:code` (a code for the reverse direction)."""
    return code == "---" or is_code(code.removeprefix(":"))


def _add_dictionary(verbs: dict[str, Verb], forms: dict[str, str], rows_v, rows_p,
                    core: dict[str, tuple[str, bool, bool]]) -> None:
    """Merge verb rows (block, block_code, verb, forms, code, phrasal) and pattern rows into `verbs`.
    With `core` defaults (the built-in lexicon), a converted pattern of no words is dropped: it is a
    default in disguise that would outrank the codebook's ("echo" was 111 whatever followed)."""
    blocks: dict[str, list[dict[str, str]]] = {}
    for p in rows_p:
        blocks.setdefault(p["block"], []).append(p)
    for v in rows_v:
        base = v["verb"]
        entry = verbs.setdefault(base, Verb())
        for form in v["forms"].split():
            forms.setdefault(form, base)
        block_code = v["block_code"] or "---"
        phrasal = bool(v.get("phrasal"))
        own = v["code"] or block_code
        if entry.default == "---" and _usable(own) and not phrasal:
            entry.default = own
        for p in blocks.get(v["block"], []):
            if p.get("verb") and p["verb"] != base or phrasal and p.get("verb") != base:
                continue  # a phrasal verb brings only its own pattern
            code = p["code"] or block_code
            pattern = Pattern(code, _slots(p["before"]), _slots(p["after"]), _preps(p["preps"]))
            if _usable(code) and (pattern.size or not core):
                entry.patterns.append(pattern)
    for verb, (code, strict, complement) in core.items():
        entry = verbs.setdefault(verb, Verb())
        entry.default = code
        entry.complement = complement
        if strict:  # the codebook's code holds whatever follows the verb
            entry.patterns = [p for p in entry.patterns if p.code == "---"]


@functools.cache
def builtin_lexicon() -> Lexicon:
    verbs_rows = list(read_table(data_path("events/verbs.tsv"), ("block", "verb")))
    pattern_rows = list(read_table(data_path("events/verb_patterns.tsv"), ("block",)))
    core = {r["verb"]: (r["code"], r.get("strict") == "yes", r.get("complement") == "yes")
            for r in read_table(data_path("events/verbs_core.tsv"), ("verb", "code"))}
    verbs: dict[str, Verb] = {}
    forms: dict[str, str] = {}
    _add_dictionary(verbs, forms, verbs_rows, pattern_rows, core)
    for r in read_table(data_path("events/patterns_core.tsv"), ("verb", "code")):
        if _usable(r["code"]):
            verbs.setdefault(r["verb"], Verb()).patterns.append(
                Pattern(r["code"], _slots(r.get("before") or ""), _slots(r.get("after") or ""),
                        _preps(r.get("preps") or ""), core=True))
    nouns = {r["noun"]: Noun(r["code"], frozenset(p for p in r["target_preps"].split(",") if p),
                             dict(kv.split("=") for kv in r["refine"].split(",") if "=" in kv))
             for r in read_table(data_path("events/nouns.tsv"), ("noun", "code"))}
    modality = {r["root"]: (r["negated"], r["future"])
                for r in read_table(data_path("events/modality.tsv"), ("root", "negated"))}
    light = frozenset(r["verb"] for r in read_table(data_path("events/light_verbs.tsv"), ("verb",)))
    return Lexicon(verbs, forms, nouns, modality, light)


@functools.cache
def lexicon_for(dictionaries: tuple[Path, ...]) -> Lexicon:
    """The built-in lexicon, with user PETRARCH verb dictionaries replacing the verbs they define."""
    base = builtin_lexicon()
    user = [p for p in dictionaries if is_verb_dictionary(p)]
    if not user:
        return base
    verbs = dict(base.verbs)
    forms = dict(base.forms)
    for path in user:
        vd = read_verb_dictionary(path)
        rows_v = [{"block": v.block, "block_code": vd.blocks.get(v.block, "---"), "verb": v.verb,
                   "forms": " ".join(v.forms), "code": v.code, "phrasal": "yes" if v.phrasal else ""}
                  for v in vd.verbs]
        rows_p = [{"block": p.block, "code": p.code, "before": " ".join(p.before), "after": " ".join(p.after),
                   "preps": ";".join(p.preps), "verb": p.verb} for p in vd.patterns]
        for v in rows_v:
            verbs.pop(v["verb"], None)
        _add_dictionary(verbs, forms, rows_v, rows_p, {})
    return Lexicon(verbs, forms, base.nouns, base.modality, base.light_verbs)

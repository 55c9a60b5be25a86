"""States, regions, organisations, capitals standing for governments, and role nouns ("Russian troops").

Context decides what a dictionary word is in a sentence: a country name is always its state; a
capital is its government only where a place cannot be meant ("Moscow appreciates", "accused
Kyiv", "talks with Beijing"), not after a locative preposition ("in Moscow") nor in an all-capital
dateline; a demonym is an actor only as a plural noun ("the Kazakhs") and otherwise gives a
country to the role noun it modifies ("Russian troops" -> RUSMIL, "Iranian officials" -> IRNGOV).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from communique.actors.context import Context, RoleMatch
from communique.actors.dictionaries import split_code
from communique.actors.gazetteer import Hit
from communique.actors.tables import CAPITAL, DEMONYM, ORG, PROVINCE, REGION, REGION_ADJ, STATE, Entry

LOCATIVE = {"in", "at", "to", "from", "into", "near", "outside", "inside", "across", "around", "through", "toward",
            "towards", "via", "within", "throughout", "over", "off", "onto", "beyond", "along", "past", "opposite"}
PLACE_VERBS = {"visit", "leave", "reach", "enter", "arrive", "tour", "return", "fly", "travel", "land", "depart"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "dobj", "pobj", "poss", "attr", "appos", "dative", "npadvmod"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
PLURAL_TAGS = {"NNS", "NNPS"}
GROUP = "group"
INDEFINITE = {"a", "an", "another", "some", "any", "many", "several", "no"}


@dataclass(frozen=True, slots=True)
class BodyMention:
    """A non-person actor mention: its span and the code and kind it stands for."""

    span: Span
    code: str
    country: str | None
    sector: str | None
    kind: str
    name: str
    proper: bool = False  # named by a dictionary entry, not by a role phrase


def _metonymic(tok: Token) -> bool:
    """Whether a capital city token stands for its government here."""
    if tok.is_upper and len(tok.text) > 3:
        return False  # a dateline: ASTANA/MOSCOW
    for _ in range(3):
        dep, head = tok.dep_, tok.head
        if dep == "conj" or dep == "appos":
            tok = head
            continue
        if dep == "pobj":
            return head.lower_ not in LOCATIVE
        if dep == "dobj":
            return head.lemma_.lower() not in PLACE_VERBS
        return dep in ACTOR_DEPS
    return False


def from_hit(ctx: Context, hit: Hit) -> BodyMention | None:
    """The actor a dictionary hit stands for in its sentence, or None (a place, a modifier)."""
    entry, span = hit.entry, hit.span
    root = span.root
    if entry.kind == STATE:
        name = ctx.knowledge.countries.get(entry.code, entry.name) or span.text
        return BodyMention(span, entry.code, entry.country, None, STATE, name, True)
    if entry.kind == REGION:
        return BodyMention(span, entry.code, entry.country, None, GROUP, span.text, True)
    if entry.kind in {ORG, GROUP}:
        return BodyMention(span, entry.code, entry.country, entry.sector, entry.kind, span.text, True)
    if entry.kind == CAPITAL and entry.metonym and _metonymic(root):
        stands = split_code(entry.metonym)
        return BodyMention(span, entry.metonym, stands.country, stands.sector, STATE, span.text, True)
    if entry.kind == DEMONYM and root.tag_ in PLURAL_TAGS and root.dep_ not in MODIFIER_DEPS:
        return BodyMention(span, entry.code, entry.country, None, GROUP, span.text)
    return None


def modifiers(tok: Token) -> list[Token]:
    """The words that qualify a noun: its left subtree, then "of"/"for" phrases ("ministry of Russia"),
    then "in" and "from" phrases ("a court in Guyana", "dissidents from Egypt", "students throughout
    Indonesia"), in that order of trust."""
    out = [t for left in tok.lefts for t in left.subtree]
    for preps in ({"of", "for"}, {"in", "from", "throughout", "across"}):
        for right in tok.rights:
            if right.dep_ == "prep" and right.lower_ in preps:
                out += list(right.subtree)
    return out


ANCHORS = {STATE, DEMONYM, CAPITAL, REGION_ADJ, REGION, ORG, GROUP, PROVINCE}


def anchors(ctx: Context, tokens: list[Token]) -> list[tuple[Entry, Token]]:
    """The first country, region, capital or organisation among modifier tokens, then any
    coordinated with it ("US and British forces", "the Turkish and Greek sides")."""
    found: list[tuple[Entry, Token]] = []
    named = [t for t in tokens if t.i in ctx.hit_at and ctx.hit_at[t.i].entry.kind in {ORG, GROUP}]
    if named:  # "a Palestinian Islamic Jihad commander": the organisation is the more specific
        return [(ctx.hit_at[named[0].i].entry, ctx.hit_at[named[0].i].span.root)]
    last: Hit | None = None
    for tok in tokens:
        hit = ctx.hit_at.get(tok.i)
        if hit is None or hit.entry.kind not in ANCHORS or hit is last or is_stance(ctx.tokens[hit.span.start]):
            continue
        if not found:
            found.append((hit.entry, hit.span.root))
        elif (_conjoined(tok, found) or _listed(ctx, last, hit)) and all(e.code != hit.entry.code for e, _ in found):
            found.append((hit.entry, tok))
        else:
            continue
        last = hit
    return found


COORDINATORS = {",", "and", "or", "&"}
STANCE_PREFIXES = {"anti", "pro"}


def is_stance(tok: Token) -> bool:
    """"pro-Russian separatists", "anti-American protesters", "an anti-Syria journalist": a name
    after anti-/pro- says whom the group is for or against, not where it is from (CAMEO codes
    Ukraine's pro-Russian separatists as Ukrainian rebels). The events stage asks the same."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in {"-", "–"} and doc[tok.i - 2].lower_ in STANCE_PREFIXES


def _conjoined(tok: Token, found: list[tuple[Entry, Token]]) -> bool:
    return tok.dep_ == "conj" and tok.head.i in {t.i for _, t in found}


def _listed(ctx: Context, previous: Hit | None, hit: Hit) -> bool:
    """"U.S., British and French troops": a name that follows the last anchor across nothing but
    commas and "and"/"or" is another member of the list, however the parser attached it."""
    if previous is None or hit.span.start <= previous.span.end:
        return False
    between = ctx.tokens[previous.span.end:hit.span.start]
    return all(t.lower_ in COORDINATORS for t in between)


def is_head(ctx: Context, tok: Token, match: RoleMatch) -> bool:
    """The role word heads its noun phrase ("spokesman" in "Foreign Ministry spokesman", not "Ministry")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return False
    return not _named_after(ctx, tok)


def _named_after(ctx: Context, tok: Token) -> bool:
    """"the Great Hall of the People", "Bank of the People": a capitalised role word after "of" in
    a building's or an institution's capitalised name is part of the name, not an actor (a role
    word's own "of" phrase is the title's: "Speaker of the House")."""
    if not tok.text[:1].isupper() or ctx.sent_start[tok.i] == tok.i or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.i < tok.i and owner.text[:1].isupper() and owner.pos_ == "PROPN" and \
        not ctx.is_role_word(owner.i) and owner.i not in ctx.hit_at


def phrase(tok: Token, mods: list[Token], through: int | None = None) -> Span:
    """The noun phrase from its first left modifier (or article) to the head, without gaps or
    punctuation (a misparse must not swallow the clause before it); commas and "and" count as
    part of it from token `through` on (a list of anchors: "U.S., British and French troops")."""
    lefts = {t.i for t in mods if t.i < tok.i}
    start, doc = tok.i, tok.doc
    while start - 1 in lefts and (_nominal(doc[start - 1]) or
                                  (through is not None and start - 1 > through and doc[start - 1].lower_ in COORDINATORS)):
        start -= 1
    while start < tok.i and tok.doc[start].pos_ in {"ADV", "CCONJ", "PUNCT", "PART"}:
        start += 1  # "just the prime minister"
    return tok.doc[start:tok.i + 1]


def _nominal(tok: Token) -> bool:
    """A word that can sit inside a noun phrase before its head."""
    if tok.text in {"-", "'s", "’s"}:
        return True
    if tok.tag_ in {"VBG", "VBD", "VBZ", "VBP", "VB"} and tok.dep_ != "amod":
        return False  # "President Donald Trump directing officials": a clause, not a modifier
    return not tok.is_punct and not tok.is_space and tok.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "PART"}


def code_of(entry: Entry | None, sector: str) -> tuple[str, str | None, str]:
    """(code, country, sector) of a role noun anchored to `entry` ("Russian" + MIL -> RUSMIL)."""
    if entry is None:
        return sector, None, sector
    if entry.kind in {ORG, GROUP}:
        return entry.code, entry.country, entry.sector or sector
    country = entry.country or entry.code[:3]
    return f"{country}{sector}", country, sector


def is_indefinite(tokens: list[Token]) -> bool:
    return any(t.lower_ in INDEFINITE and t.dep_ == "det" for t in tokens)

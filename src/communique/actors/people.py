"""People: names found by NER, by title words and by apposition, described by their titles.

The small spaCy model mislabels names ("Murat Nurtleu" as ORG, "Kazakh" as PERSON), so a NER
label is one hint among others: a run of capitalised words right after a title ("Foreign Minister
Murat Nurtleu"), or with a role in apposition ("Lavrov, Russia's top diplomat"), is a person
whatever its label, and a dictionary word (a demonym, a country) is never part of a name.
Journalistic convention puts the person's country and office in the words before the name
("Kazakh Deputy Prime Minister and Foreign Minister") or in an apposition after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from communique.actors import conventions, variants
from communique.actors.context import CONNECTORS, HONORIFICS, Context
from communique.actors.gazetteer import Hit
from communique.actors.qualify import qualifies
from communique.actors.tables import (
    CAPITAL,
    DEMONYM,
    ORG,
    PERSON,
    PROVINCE,
    REGION_ADJ,
    STATE,
    Entry,
    portfolio_words,
)

PARTICLES = {"al", "bin", "ibn", "bint", "de", "del", "da", "dos", "das", "van", "von", "der", "den", "la", "le",
             "du", "di", "el", "abu", "abd", "ben", "ter", "st.", "-"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
FORMER = {"former", "ex", "ex-", "late"}
ANCHOR_KINDS = {STATE, DEMONYM, CAPITAL, REGION_ADJ, PROVINCE}


@dataclass(slots=True)
class Person:
    """A person name in the text and what its titles and appositions say."""

    span: Span
    country: str | None = None
    org: Entry | None = None
    roles: list[str] = field(default_factory=list)
    sector: str | None = None
    priority: int = -1
    gender: str | None = None
    described: set[int] = field(default_factory=set)  # token indices of titles and appositions
    entry: Entry | None = None  # a dictionary entry for the name itself, valid on the article's date
    former: Entry | None = None  # ... or the one they held before (CAMEO: former officials are ELI)
    body: bool = False  # the apposition says it is an institution ("Sifo, the national polling company")
    titles: list[Span] = field(default_factory=list)  # appositive titles: "The spokesman, Josh Earnest"

    @property
    def name(self) -> str:
        return self.span.text

    @property
    def surname(self) -> str:
        words = [t.text for t in self.span if t.lower_ not in SUFFIXES and t.text != "-"]
        return words[-1] if words else self.span.text

    def surnames(self, family_first: frozenset[str]) -> list[str]:
        """The words a later mention may use alone: the last, and a leading East Asian family name."""
        first = self.span[0].text
        words = len(self.span.text.split())
        return [self.surname, first] if words in (2, 3) and first in family_first else [self.surname]


def is_name_token(ctx: Context, tok: Token) -> bool:
    """A capitalised word that is not a dictionary name, a role word, a stop word, a date word or
    the portfolio of a title ("Minister for Home Affairs Amit Shah")."""
    text = tok.text
    if tok.i in ctx.hit_at:
        return _person_hit(ctx, tok.i) is not None  # "Theresa May": a known name, even with a month in it
    if not text[:1].isupper() or ctx.is_role_word(tok.i) or tok.pos_ in {"VERB", "AUX", "ADV", "PRON", "DET"}:
        return False
    if portfolio_title(ctx, tok.i) is not None:
        return False
    if tok.is_stop or tok.lower_ in NOT_NAMES or tok.lower_ in HONORIFICS or tok.is_punct or tok.like_num:
        return False
    if any(c.isdigit() for c in text) or (len(text) > 1 and text[1:].upper() == text[1:] and text[-1:] != "."):
        return False  # "Covid-19", "MPs", "FN": codes and acronyms, not names
    return any(c.islower() for c in text) or (len(text) > 1 and tok.pos_ == "PROPN")


def portfolio_title(ctx: Context, i: int) -> int | None:
    """The role word a portfolio word at token i belongs to ("Minister" for "Interior" in "Minister
    of Interior", for "Affairs" in "Minister for Home Affairs"), or None: walking left over portfolio
    words and "and"/"&" to "of"/"for" right after a role word."""
    if ctx.tokens[i].text not in portfolio_words():
        return None
    j = i - 1
    while j >= 0 and (ctx.tokens[j].text in portfolio_words() or ctx.tokens[j].lower_ in {"and", "&"}):
        j -= 1
    if j < 1 or ctx.tokens[j].lower_ not in {"of", "for"}:
        return None
    return j - 1 if ctx.role_at(j - 1) is not None else None


def _person_hit(ctx: Context, i: int) -> Hit | None:
    """The dictionary hit at token i if it names a person (an office holder: "Assad", "Putin")."""
    hit = ctx.hit_at.get(i)
    return hit if hit is not None and any(e.kind == PERSON for e in hit.entries) else None


def _glued(doc, i: int) -> bool:  # doc: a Doc or its token list
    """Token i is a hyphen or the word after it inside one hyphenated name ("Jae-in", "Young-chan")."""
    if doc[i].text == "-":
        return i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 < len(doc) and \
            doc[i + 1].is_alpha
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and \
        doc[i].is_alpha


def _name_follows(ctx: Context, i: int, end: int) -> bool:
    """A name word follows particle i, directly or across a hyphen ("bin Salman", "al-Zarqawi")."""
    j = i + 2 if i + 2 < end and _glued(ctx.tokens, i + 1) else i + 1
    return j < end and is_name_token(ctx, ctx.tokens[j])


def _runs(ctx: Context, sent: Span) -> list[Span]:
    """Maximal runs of name tokens; particles and hyphens inside a run belong to it ("bin Salman",
    "Moon Jae-in")."""
    doc, runs, start = ctx.doc, [], None
    for tok in ctx.tokens[sent.start:sent.end]:
        inner = start is not None and ((tok.lower_ in PARTICLES and _name_follows(ctx, tok.i, sent.end)) or
                                       _glued(ctx.tokens, tok.i))
        if is_name_token(ctx, tok) or inner:
            start = tok.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start:tok.i])
            start = None
    if start is not None:
        runs.append(doc[start:sent.end])
    return runs


def _titled(ctx: Context, run: Span) -> bool:
    """A title or an honorific right before the name: "Foreign Minister Lavrov", "Mr Lavrov"; or a
    body noun naming an institution: "polling company Vexa", "the newspaper Pravda"."""
    before = run.start - 1
    if before < ctx.sent_start[run.start]:
        return False
    title = portfolio_title(ctx, before)  # "Minister for Home Affairs Amit Shah": the title ends the portfolio
    before = before if title is None else title
    tok = ctx.doc[before]
    match = ctx.role_at(before)
    if tok.lower_ in HONORIFICS:
        return True
    if match is None or not match.role.title:
        return False
    if match.role.kind != PERSON:
        return tok.dep_ in {"compound", "appos"}
    if tok.text[:1].isupper():
        return True
    last = run[-1]  # AP lower-cases descriptive titles: "opposition leader Jane Doe"; not "official Korean Central News"
    return len(run) > 1 and tok.pos_ == "NOUN" and not (last.dep_ == "compound" and last.head.i >= run.end)


def _appositive_role(ctx: Context, run: Span) -> bool:
    """"Lavrov, Russia's top diplomat" or "the Kremlin spokesman, Dmitry Peskov"."""
    root = run.root
    partners = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
        if root.head.dep_ == "pobj" and root.head.head.dep_ == "prep":
            partners.append(root.head.head.head)
    return any(ctx.role_at(p.i) is not None and ctx.role_at(p.i).role.kind == PERSON for p in partners)


def _trim(ctx: Context, span: Span) -> Span | None:
    """A NER PERSON span without its leading titles and trailing possessive."""
    tokens = [t for t in span if is_name_token(ctx, t) or t.lower_ in PARTICLES]
    while tokens and not is_name_token(ctx, tokens[0]):
        tokens.pop(0)
    while tokens and not is_name_token(ctx, tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    end = tokens[-1].i + 1
    while end < len(ctx.doc) and _glued(ctx.doc, end):
        end += 1  # NER stops at "Yoon Young" of "Yoon Young-chan"
    return ctx.doc[tokens[0].i:end]


def find_names(ctx: Context) -> list[Span]:
    """Every span of the text that names a person, in text order, without overlaps: NER names,
    then capitalised runs after a title, with a role in apposition or holding a known name
    ("Bashar Assad"), then dictionary names the others missed."""
    found: dict[int, Span] = {}
    covered: set[int] = set()

    def add(span: Span) -> None:
        place = span.text in ctx.knowledge.places and not any(_person_hit(ctx, t.i) for t in span)
        if not place and not covered.intersection(range(span.start, span.end)):
            found[span.start] = span
            covered.update(range(span.start, span.end))

    runs = [run for sent in ctx.sentences for run in _runs(ctx, sent)]
    for run in runs:  # known names first, with the given names before them ("Bashar Assad")
        known = [t.i for t in run if _person_hit(ctx, t.i)]
        if known:
            end = max(ctx.hit_at[max(known)].span.end, max(known) + 1)
            if end < run.end and ctx.doc[end].lower_ in PARTICLES and ctx.doc[end].is_alpha:
                end = run.end  # and the family name after it: "Abu Musab al-Zarqawi"
            add(ctx.doc[run.start:end])
    for hit in ctx.hits:
        if _person_hit(ctx, hit.span.start) or _person_hit(ctx, hit.span.end - 1):
            add(hit.span[1:] if hit.span[0].lower_ == "the" else hit.span)
    for ent in ctx.doc.ents:
        span = _trim(ctx, ent) if ent.label_ == "PERSON" else None
        if span is not None:
            add(span)
    for run in runs:
        if _titled(ctx, run) or _appositive_role(ctx, run):
            add(run)
    return [found[k] for k in sorted(found)]


def _prefix(ctx: Context, span: Span, names: frozenset[int]) -> list[Token]:
    """The title words before a name, within its sentence: "Kazakh Deputy Prime Minister and Foreign Minister".
    Another person's name ends them ("police chief Ade Bello and Judge Ruth Okafor")."""
    doc, i, out = ctx.doc, span.start - 1, []
    while i >= ctx.sent_start[span.start] and i not in names:
        tok = doc[i]
        wordish = tok.text[:1].isupper() or tok.lower_ in CONNECTORS or tok.lower_ in HONORIFICS
        if not (wordish or i in ctx.hit_at or ctx.is_role_word(i) or (tok.pos_ in {"ADJ", "NOUN"} and tok.is_lower)):
            break
        if (tok.is_punct and tok.text not in {"-"}) or tok.pos_ in {"VERB", "AUX", "ADP"} and tok.lower_ not in CONNECTORS:
            break
        if tok.is_space or "\n" in tok.text_with_ws[:-1] or "\n" in tok.whitespace_:
            break
        out.insert(0, tok)
        i -= 1
    while out and (out[0].lower_ in CONNECTORS or out[0].is_stop) and out[0].lower_ not in FORMER:
        out.pop(0)
    return _drop_untitled_heads(ctx, out)


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


def _apposition(ctx: Context, span: Span) -> tuple[list[Token], list[Token], list[Span]]:
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


def _segments(tokens: list[Token]) -> list[list[Token]]:
    """Titles joined by "and" or commas are separate roles."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.lower_ in {"and", ",", "&"}:
            out.append([])
        else:
            out[-1].append(tok)
    return [s for s in out if s]


def _role_text(ctx: Context, segment: list[Token]) -> str | None:
    """The role words of a segment, without articles, anchors and possessives: "top diplomat"."""
    keep = [t for t in segment if t.i not in ctx.hit_at and t.lower_ not in {"the", "a", "an", "'s", "’s"}
            and t.lower_ not in HONORIFICS and not t.is_punct]
    while keep and keep[0].lower_ in CONNECTORS:
        keep.pop(0)
    if not keep or not any(ctx.is_role_word(t.i) for t in keep):
        return None
    best = ctx.best_role(keep)
    if best is None or best.role.kind != PERSON:
        return None  # "government", "company": not a title a person holds
    last_role = max(t.i for t in keep if ctx.is_role_word(t.i))
    keep = [t for t in keep if t.i <= last_role]
    return ctx.doc[keep[0].i:keep[-1].i + 1].text if keep[-1].i - keep[0].i < 8 else None


def describe(ctx: Context, person: Person, tokens: list[Token], phrase: list[Token] | None = None) -> None:
    """Country, organisation and sector from title or apposition tokens; roles from `phrase`
    (default: all of them)."""
    for tok in tokens:
        person.described.add(tok.i)
        hit = ctx.hit_at.get(tok.i)
        if hit is not None and person.org is None and qualifies(ctx, hit, tokens):
            entry = hit.entry
            if entry.kind == ORG or entry.kind == "group":
                person.org = entry
                person.country = person.country or entry.country
            elif entry.kind in ANCHOR_KINDS and person.country is None:
                person.country = entry.country
        if tok.lower_ in HONORIFICS and HONORIFICS[tok.lower_] and tok.i == person.span.start - 1:
            person.gender = HONORIFICS[tok.lower_]  # "Ms. Merkel", not "... relationship with Mr. Putin"
    for segment in _segments(tokens if phrase is None else phrase):
        text = _role_text(ctx, segment)
        if text and text not in person.roles:
            person.roles.append(text)
    best = ctx.best_role(tokens)
    if best is not None and best.role.priority > person.priority:
        person.sector, person.priority = best.role.sector, best.role.priority
        if any(t.lower_ in FORMER for t in tokens if t.i < best.end):
            person.sector = "ELI"  # "former President ...": CAMEO codes ex-officials as elites


def _former(terms: tuple[Entry, ...]) -> Entry:
    """Out of office on the article's date: an elite (ELI) of the last country they served."""
    last = max(terms, key=lambda e: e.end or "9999")
    if last.country is None:
        return last
    return Entry(PERSON, f"{last.country}ELI", last.country, "ELI", last.name)


def _named_body(ctx: Context, span: Span, head_phrase: list[Token], person: Person) -> bool:
    """The name is an institution's: the title right before it is a body noun ("national polling
    company Sifo"), or its apposition is and NER does not say PERSON ("Sifo, the polling company")."""
    if person.entry is not None:
        return False
    before = ctx.role_at(span.start - 1) if span.start > ctx.sent_start[span.start] else None
    if before is not None:
        return before.role.kind != PERSON  # a title right before the name outweighs NER
    after = ctx.role_at(head_phrase[-1].i) if head_phrase else None
    return after is not None and after.role.kind != PERSON and span.root.ent_type_ != "PERSON"


def read_person(ctx: Context, span: Span, names: frozenset[int] = frozenset()) -> Person:
    """A Person for one name span, described by the words around it (`names`: tokens of all names)."""
    person = Person(span)
    entries = ctx.knowledge.names.get(span.text) or ctx.knowledge.names.get(span.text.upper()) or ()
    if not any(e.kind == PERSON for e in entries):  # "Bashar Assad": the known part decides
        entries = next((h.entries for t in span if (h := _person_hit(ctx, t.i))), entries)
    terms = tuple(e for e in entries if e.kind == PERSON)
    known = variants.matches(ctx.knowledge, span.text) if not terms and len(span) > 1 else []
    if len({k.words for k in known}) == 1:  # "Omar El Bashir": the dictionary's OMAR AL BASHIR
        terms = tuple(e for k in known for e in k.entries)
    person.entry = ctx.pick(terms)
    if person.entry is None and terms:
        person.former = _former(terms)
    describe(ctx, person, _prefix(ctx, span, names))
    tokens, head_phrase, person.titles = _apposition(ctx, span)
    describe(ctx, person, tokens, head_phrase)
    conventions.apply(ctx, person)
    if person.country is None and len({k.words for k in known}) > 1:
        person.country = variants.shared_country(known)  # one of the al-Thanis: Qatar's, at least
    person.body = _named_body(ctx, span, head_phrase, person)
    return person

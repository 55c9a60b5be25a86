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

from communique.actors import conventions, credits, surnames, titles, variants
from communique.actors.context import CONNECTORS, HONORIFICS, Context
from communique.actors.gazetteer import Hit
from communique.actors.qualify import host, longer_title, qualifies
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
from communique.actors.titles import FORMER

PARTICLES = {"al", "bin", "ibn", "bint", "de", "del", "da", "dos", "das", "van", "von", "der", "den", "la", "le",
             "du", "di", "el", "abu", "abd", "ben", "ter", "st.", "-"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "snr", "snr.", "jnr", "jnr.", "ii", "iii", "iv"}
NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
UNTITLED = {"CVL", "REF"}  # sectors of role words that are never a capitalised title before a name
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
    full: str | None = None  # "(Brian) Mulroney": the name with its bracketed given name

    @property
    def name(self) -> str:
        return self.full or self.span.text

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
        return _honoured(ctx, tok)
    if any(c.isdigit() for c in text) or (len(text) > 1 and text[1:].upper() == text[1:] and text[-1:] != "."):
        return False  # "Covid-19", "MPs", "FN": codes and acronyms, not names
    return any(c.islower() for c in text) or (len(text) > 1 and tok.pos_ == "PROPN")


def _honoured(ctx: Context, tok: Token) -> bool:
    """"Mrs May", "Mr Said": a capitalised word right after Mr/Mrs/Ms (an honorific of a gender) is
    a surname even when it is also a month or a common word (not "Dr. No", a nickname)."""
    i = tok.i
    return i > 0 and bool(HONORIFICS.get(ctx.tokens[i - 1].lower_)) and tok.is_alpha and tok.text[:1].isupper() and \
        tok.lower_ not in HONORIFICS


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
    if tok.text[:1].isupper():  # civilians and refugees hold no titles: "the Migrant Protection Protocols"
        return match.role.sector not in UNTITLED
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
            if not credits.is_credit(span):  # "(Photo: Jane Doe, AP)": a photographer
                found[span.start] = span
            covered.update(range(span.start, span.end))

    runs = [run for sent in ctx.sentences for run in _runs(ctx, sent)]
    covered.update(g.start for run in runs if (g := surnames.bracketed_given(ctx, run)) is not None)  # "(Brian)"
    for span in _known_names(ctx, runs):  # known names first, with the given names before them ("Bashar Assad")
        add(span)
    inside = {i for run in runs for i in range(run.start, run.end) if len(run) > 1}  # a run's hit: _known_names
    for hit in ctx.hits:
        if (_person_hit(ctx, hit.span.start) or _person_hit(ctx, hit.span.end - 1)) and hit.span.start not in inside:
            add(hit.span[1:] if hit.span[0].lower_ == "the" else hit.span)
    for ent in ctx.doc.ents:
        span = _trim(ctx, ent) if ent.label_ == "PERSON" else None
        if span is not None:
            add(span)
    for run in runs:
        if _titled(ctx, run) or _appositive_role(ctx, run):
            add(run)
    for run in _office_holders(ctx, runs):
        add(run)
    return [found[k] for k in sorted(found)]


def _office_holders(ctx: Context, runs: list[Span]) -> list[Span]:
    """"Mulroney said": one word that is the surname of the one office holder of that surname on
    the article's date, and of no longer name in the text ("Mila Mulroney")."""
    return [run for run in runs if len(run) == 1 and surnames.office_holder(ctx, run.text)
            and not surnames.of_other(run, runs)]


def _known_names(ctx: Context, runs: list[Span]) -> list[Span]:
    """Runs holding a dictionary name, extended over the given names before it ("Bashar Assad")
    and a family name after a particle ("Abu Musab al-Zarqawi"); not a name inside a longer one
    ("Pablo Martinez Monsivais") nor a known surname after another given name ("Nancy Reagan")."""
    out = []
    for run in runs:
        known = [t.i for t in run if _person_hit(ctx, t.i)]
        if not known:
            continue
        hit = ctx.hit_at[max(known)]
        end = max(hit.span.end, max(known) + 1)
        if not _stands(ctx, hit, run):
            continue
        start = run.start if _given_before(ctx, hit, run) else hit.span.start  # "Candidate Trump": Trump
        if end < run.end and ctx.doc[end].lower_ in PARTICLES and ctx.doc[end].is_alpha:
            end = run.end
        out.append(ctx.doc[start:end])
    return out


def _given_before(ctx: Context, hit: Hit, run: Span) -> bool:
    """The words of the run before a dictionary name are its given names ("Bashar Assad"), unless
    NER starts a person at the name itself and the words before are no names of the tables' person
    ("Candidate Trump", "Despite Trump", "Messrs. Obama")."""
    first = ctx.tokens[hit.span.start]
    return run.start >= hit.span.start or first.ent_iob_ != "B" or \
        not surnames.other_given_name(ctx.knowledge, run[0].text, hit.span.text)


def _stands(ctx: Context, hit: Hit, run: Span) -> bool:
    """A dictionary name inside a run of name words names the run's person: not when another name
    word follows it ("Pablo Martinez Monsivais") or a one-word name follows, inside one NER person,
    another given name than the tables know ("Nancy Reagan")."""
    if embedded(ctx, hit.span.end, run.end):
        return False
    return not (len(hit.span) == 1 and run.start < hit.span.start and ctx.tokens[hit.span.start].ent_iob_ == "I" and
                surnames.other_given_name(ctx.knowledge, run[0].text, hit.span.text))


def embedded(ctx: Context, end: int, limit: int) -> bool:
    """A dictionary name ending before token `end` is only part of a longer name: another name word
    follows it (not a particle: "Abu Musab al-Zarqawi" keeps the known
    "Abu Musab")."""
    if end >= limit or ctx.tokens[end - 1].whitespace_ == "" and ctx.tokens[end].is_punct:
        return False
    nxt = ctx.tokens[end]  # a singular proper noun NER puts in no other name: not "Trump Tower", "Trump Tariffs"
    one_name = nxt.tag_ == "NNP" and (nxt.ent_type_ == "" or nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I")
    return one_name and nxt.lower_ not in PARTICLES and nxt.lower_ not in SUFFIXES and nxt.i not in ctx.hit_at and \
        is_name_token(ctx, nxt)


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
    (default: all of them). The host a title is sent to ("ambassador to the European Union") is
    described but says neither country nor sector (not the "union" of a trade union)."""
    person.described.update(t.i for t in tokens)
    hosts = {i for t in tokens if (h := ctx.hit_at.get(t.i)) is not None and host(ctx, h)
             for i in range(h.span.start, h.span.end)}
    tokens = [t for t in tokens if t.i not in hosts]
    phrase = None if phrase is None else [t for t in phrase if t.i not in hosts]
    for tok in tokens:
        hit = ctx.hit_at.get(tok.i)
        if hit is not None and person.org is None and qualifies(ctx, hit, tokens) and not longer_title(ctx, hit):
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


def _owner_country(ctx: Context, i: int) -> str | None:
    """The country of a known person whose possessive is at token i ("Trump's" in "President
    Trump's top adviser"): whom an aide serves gives the aide's country."""
    if i < 1 or ctx.tokens[i].lower_ not in {"'s", "’s"}:
        return None
    hit = _person_hit(ctx, i - 1)
    terms = tuple(e for e in hit.entries if e.kind == PERSON) if hit is not None else ()
    entry = ctx.pick(terms) or (_former(terms) if terms else None)
    return entry.country if entry is not None and entry.country and entry.code[:3] == entry.country else None


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
    given = surnames.bracketed_given(ctx, span)
    if given is not None:
        person.full = f"{given.text} {span.text}"
    entries = ctx.knowledge.names.get(person.name) or ctx.knowledge.names.get(person.name.upper()) or ()
    if not any(e.kind == PERSON for e in entries):  # "Bashar Assad": the known part decides
        entries = next((h.entries for t in span if (h := _person_hit(ctx, t.i)) and _stands(ctx, h, span)), entries)
    terms = tuple(e for e in entries if e.kind == PERSON)
    known = variants.matches(ctx.knowledge, span.text) if not terms and len(span) > 1 else []
    if len({k.words for k in known}) == 1:  # "Omar El Bashir": the dictionary's OMAR AL BASHIR
        terms = tuple(e for k in known for e in k.entries)
    if not terms and len(span) == 1 and given is None:
        terms = surnames.office_holder(ctx, span.text)  # "Mulroney said" in 1987
        if terms and surnames.of_other(span, surnames.name_runs(ctx, names)):
            terms = ()
    person.entry = ctx.pick(terms)
    if person.entry is None and terms:
        person.former = _former(terms)
    prefix = titles.prefix(ctx, span if given is None else ctx.doc[given.start - 1:span.end], names)
    describe(ctx, person, prefix)
    tokens, head_phrase, person.titles = titles.apposition(ctx, span)
    describe(ctx, person, tokens, head_phrase)
    if person.country is None and prefix:  # "President Trump's top economic adviser Larry Kudlow"
        person.country = _owner_country(ctx, prefix[0].i - 1)
    for tok in tokens if person.country is None else ():  # "Larry Kudlow, President Trump's adviser"
        person.country = person.country or _owner_country(ctx, tok.i)
    conventions.apply(ctx, person)
    if person.country is None and len({k.words for k in known}) > 1:
        person.country = variants.shared_country(known)  # one of the al-Thanis: Qatar's, at least
    person.body = _named_body(ctx, span, head_phrase, person)
    return person

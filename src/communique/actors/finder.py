"""ParsedArticle -> actors: names and dictionary hits first, then titles and pronouns in text order.

Order matters: named mentions (people, states, bodies, surnames) are fixed first; anaphors
("he", "the minister", "the ministry") are then resolved left to right, each against every
mention before it, including anaphors already resolved, so "the minister" after "he said" is
the person "he" was.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from communique.actors import abroad, allegiance, bodies, collectives, crowds, ethnic, origin, owners, scene
from communique.actors.assembly import Assembly
from communique.actors.context import Context, RoleMatch
from communique.actors.coref import PLURAL_PRONOUNS, PRONOUNS, resolve_plural, resolve_pronoun, resolve_title
from communique.actors.drafts import Draft
from communique.actors.ministries import foreign_institutions, resolve_ministry
from communique.actors.people import FORMER, Person, find_names, read_person
from communique.actors.settle import settle
from communique.actors.tables import DEMONYM, PERSON, STATE, Entry

OTHER_PERSON = {"next", "future", "previous", "prior", "another", "first", "last", "new", "incoming", "outgoing"}
STANDALONE = {"NGO", "IGO"}  # sectors that are whole CAMEO codes without a country ("a human rights group")


def _person_draft(asm: Assembly, person: Person) -> Draft:
    """The draft a name belongs to: same name, or the full name whose surname this is."""
    draft = asm.people.get(person.name)
    if draft is None and len(person.span) == 1:
        draft = asm.surnames.get(person.surname)
    if draft is None:
        known = asm.surnames.get(person.surname)
        if known is not None and known.name[:1] == person.name[:1]:
            draft = known  # "Sergey Lavrov" / "Sergei Lavrov"
    if draft is None:
        draft = Draft(PERSON, "", None, None, person.name)
        for surname in person.surnames(asm.ctx.knowledge.family_first):
            asm.surnames.setdefault(surname, draft)
    asm.people[person.name] = draft
    return draft


def add_people(asm: Assembly) -> None:
    """Named people: full names first, in text order, so a surname shared by two people ("Justin
    Trudeau", "Sophie Gregoire Trudeau") goes to the one named first; then single names."""
    ctx = asm.ctx
    spans = [span for span in find_names(ctx) if span.text not in ctx.authors]
    names = frozenset(i for span in spans for i in range(span.start, span.end))
    found = [read_person(ctx, span, names) for span in spans]
    by_draft: dict[int, tuple[Draft, list[Person]]] = {}
    for person in sorted(found, key=lambda p: (len(p.span) == 1, p.span.start)):
        draft = _person_draft(asm, person)
        by_draft.setdefault(id(draft), (draft, []))[1].append(person)
        if len(person.name) > len(draft.name):
            draft.name = person.name
        draft.add_roles(person.roles, [w.lower() for r in person.roles for w in r.replace("-", " ").split()])
        asm.taken.update(person.described)
    for draft, people in by_draft.values():
        settle(draft, people, ctx.date is not None)
        if all(p.body for p in people):
            draft.kind = "organization"
    for person in found:
        asm.mention(asm.people[person.name], person.span)
        for title in person.titles:  # "The spokesman, Josh Earnest, said": the title is him too
            asm.mention(asm.people[person.name], title)
    _surname_mentions(asm)


def _surname_mentions(asm: Assembly) -> None:
    """Later (or earlier) mentions by surname alone: "Nurtleu said", "Lavrov's remarks"."""
    for tok in asm.ctx.tokens:
        draft = asm.surnames.get(tok.text)
        if draft is not None and tok.i not in asm.taken and tok.text[:1].isupper():
            asm.mention(draft, tok.doc[tok.i:tok.i + 1])


def add_hits(asm: Assembly) -> None:
    for hit in asm.ctx.hits:
        if hit.span.start in asm.taken and hit.entry.kind != STATE:
            continue
        found = bodies.from_hit(asm.ctx, hit)
        if found is not None and hit.entry.kind == DEMONYM and found.kind == bodies.GROUP:
            home = scene.residence(asm.ctx, hit.span.root)  # "ethnic Albanians in Serbia": SRBCVL
            if home is not None and home != found.country:
                found = bodies.BodyMention(found.span, f"{home}CVL", home, "CVL", bodies.GROUP, found.name)
        if found is not None:
            draft = asm.body(found)
            plural = hit.entry.kind == DEMONYM and found.kind == bodies.GROUP and draft.kind != STATE
            draft.plural = draft.plural or plural
            asm.mention(draft, found.span)


def add_attributions(asm: Assembly) -> None:
    """A demonym that qualifies no role ("an Australian ultimatum", "Israeli air raids") attributes
    the thing to its state, as CAMEO coders read it: a mention of that state."""
    for hit in asm.ctx.hits:
        if hit.entry.kind != DEMONYM or any(i in asm.taken for i in range(hit.span.start, hit.span.end)):
            continue
        entry = hit.entry
        name = asm.ctx.knowledge.countries.get(entry.code, entry.name)
        found = bodies.BodyMention(hit.span, entry.code, entry.country, None, STATE, name)
        asm.mention(asm.body(found), hit.span)


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A mention to resolve against earlier ones: a pronoun, a title, or a definite body noun."""

    token: Token
    span: Span
    kind: str  # pronoun | title | body
    head: str = ""
    country: str | None = None
    sector: str | None = None
    code: str = ""


def role_nouns(asm: Assembly) -> list[Anaphor]:
    """Role nouns outside names: anchored bodies become actors now; the rest wait for coreference."""
    ctx, out = asm.ctx, []
    for i, match in sorted(ctx.role_end.items()):
        tok = ctx.doc[i]
        if i in asm.taken or i in ctx.hit_at or not bodies.is_head(ctx, tok, match):
            continue
        if tok.dep_ == "pobj" and any(ctx.tokens[j].pos_ == "ADP" for j in range(match.start, i)):
            continue  # "State" closing "Secretary of State": the phrase is headed by "Secretary"
        item = _role_noun(asm, tok, match)
        if item is not None:
            out.append(item)
            asm.taken.update(range(item.span.start, item.span.end))
    return out


def _person_anchor(asm: Assembly, mods: list[Token]) -> list[tuple[Entry, Token]]:
    """"the Assad regime", "the Obama administration": a person's country anchors the body."""
    for tok in mods:
        draft = asm.person_at.get(tok.i)
        if draft is not None and draft.country and len(draft.country) == 3:
            return [(Entry(STATE, draft.country, draft.country, None, draft.name), tok)]
    return []


def _possessor(asm: Assembly, tok: Token, mods: list[Token]) -> list[tuple[Entry, Token]]:
    """"Syria has offered its troops", "Bosnian Serbs said their forces": a collective owned by
    "its"/"their" belongs to the nearest state or group mentioned before it in the sentence."""
    owner = next((t for t in mods if t.lower_ in {"its", "their"} and t.i < tok.i), None)
    if owner is None:
        return []
    sent = asm.ctx.sent_start[tok.i]
    for m in asm.timeline.before(owner.idx):
        if m.sent != sent:
            break
        draft = m.draft
        if not draft.is_person and draft.country and len(draft.country) == 3 and draft.sector is None:
            return [(Entry(STATE, draft.country, draft.country, None, draft.name), owner)]
    return []


def _role_noun(asm: Assembly, tok: Token, match: RoleMatch) -> Anaphor | None:
    ctx = asm.ctx
    mods = bodies.modifiers(tok)
    anchors = bodies.anchors(ctx, mods) or _person_anchor(asm, mods) or allegiance.anchor(tok, asm.drafts_at)
    if not anchors and match.role.sector not in STANDALONE:  # "their peacekeeping force" stays IGO
        anchors = _possessor(asm, tok, mods)
    best = ctx.best_role([t for t in mods if t.i < tok.i] + [tok]) or match
    if not anchors:  # "Shona rebels", "refugees fleeing the war in Liberia"
        anchors = ethnic.anchor(ctx, tok, mods) or origin.anchor(ctx, tok, best.role.sector)
    entry = anchors[0][0] if anchors else None
    sector_word = "ELI" if any(t.lower_ in FORMER for t in mods if t.i < tok.i) else best.role.sector
    if entry is not None and entry.kind == ethnic.ETHNIC and sector_word == "GOV" and best.role.kind == PERSON:
        sector_word = "ELI"  # "Yoruba leaders": an ethnic group's leaders are elites, not a government
    code, country, sector = bodies.code_of(entry, sector_word)
    span = bodies.phrase(tok, mods)
    indefinite = bodies.is_indefinite(mods)
    if match.role.kind == PERSON and tok.tag_ not in bodies.PLURAL_TAGS:
        if tok.dep_ == "attr" or any(t.lower_ in OTHER_PERSON for t in mods if t.i < tok.i):
            return None  # "Putin was the first foreign leader", "the next U.S. president": no one named
        if not indefinite:
            words = " ".join(ctx.lemmas[match.start:match.end]).replace("-", " ")
            return Anaphor(tok, span, "title", words, country, sector, code if entry else "")
        if entry is not None:  # "a senior Guyanese police officer": someone, though unnamed
            draft = Draft(PERSON, code, country, sector, span.text)
            draft.add_roles([tok.text], [ctx.lemmas[tok.i]])
            asm.mention(draft, span)
            asm.people[f"#{span.start}"] = draft
        return None
    if entry is None:
        return _unplaced(asm, tok, match, mods, span, sector)
    kind = bodies.GROUP if tok.tag_ in bodies.PLURAL_TAGS or match.role.kind == PERSON else "organization"
    collectives.add(asm, tok, mods, anchors, sector_word, kind)
    return None


def _unplaced(asm: Assembly, tok: Token, match: RoleMatch, mods: list[Token], span: Span,
              sector: str | None) -> Anaphor | None:
    """A collective role noun the text gives no anchor: owned by "his"/"her", an IGO/NGO on its
    own, a definite body to resolve later ("the ministry"), or a sector alone ("rebels")."""
    if owners.collective(asm, tok, mods, span, match.role, sector or ""):
        return None  # "his supporters", "her government": the owner's country, once "his" is resolved
    if sector in STANDALONE:  # "a regional peacekeeping force", "a human rights group"
        asm.mention(asm.body(bodies.BodyMention(span, sector, None, sector, "organization", span.text)), span)
    elif any(t.lower_ == "the" for t in mods):
        loose = match.role.kind != PERSON and tok.tag_ not in bodies.PLURAL_TAGS
        return Anaphor(tok, span, "body", asm.ctx.lemmas[tok.i], None, sector, "loose" if loose else "")
    elif sector in UNANCHORED and not match.role.lower_only and match.role.priority > 0 and \
            (tok.tag_ in bodies.PLURAL_TAGS or match.role.kind != PERSON):
        _unanchored(asm, tok, span, sector)
    return None


UNANCHORED = {"REB", "COP", "MIL", "OPP", "LEG", "CVL", "JUD"}


def _unanchored(asm: Assembly, tok: Token, span: Span, sector: str) -> Draft:
    """"Police said", "rebels attacked", "the protesters": a collective of a CAMEO sector the text
    ties to no country. CAMEO codes it by its sector alone (`COP`, `REB`); `localise` gives it the
    dateline's country. One actor per sector and article."""
    draft = asm.body(bodies.BodyMention(span, sector, None, sector, bodies.GROUP, span.text))
    draft.role_words.add(asm.ctx.lemmas[tok.i])
    draft.plural = draft.plural or tok.tag_ in bodies.PLURAL_TAGS
    asm.mention(draft, span)
    return draft


def pronouns(ctx: Context, taken: set[int]) -> list[Anaphor]:
    doc = ctx.doc
    return [Anaphor(t, doc[t.i:t.i + 1], "plural" if t.lower_ in PLURAL_PRONOUNS else "pronoun", t.lower_)
            for t in ctx.tokens if (t.lower_ in PRONOUNS or t.lower_ in PLURAL_PRONOUNS) and t.pos_ == "PRON"
            and t.i not in taken]


def _previous_sentence(ctx: Context, token: Token) -> int | None:
    start = ctx.sent_start[token.i]
    return ctx.sent_start[start - 1] if start > 0 else None


def _resolve_body(asm: Assembly, item: Anaphor) -> Draft | None:
    """"the diplomats" -> the latest body called diplomats; "the ministry" (an institution) may also
    take the latest body of its sector."""
    own = owners.own_government(asm, item.span, item.sector)  # "Indian slum dwellers accuse the government"
    if own is not None or item.head in foreign_institutions():
        return own or resolve_ministry(asm, item.span, item.head, item.sector)
    earlier = [m.draft for m in asm.timeline.before(item.span.start_char) if not m.draft.is_person]
    same = next((d for d in earlier if item.head in d.role_words), None)
    if same is not None or item.code != "loose":
        return same
    return next((d for d in earlier if d.sector == item.sector and d.kind != STATE), None)


def _clause_subjects(asm: Assembly, token: Token) -> set[int]:
    """Actors that cannot be an object pronoun's antecedent: the subject of its own verb
    ("Putin praised him": him is not Putin)."""
    if token.dep_ not in {"dobj", "dative", "pobj", "iobj"}:
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "met Lund and thanked her": the subject of "met"
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {id(asm.drafts_at[c.i]) for c in subjects if c.i in asm.drafts_at}


def _cataphor(asm: Assembly, token: Token, gender: str | None) -> Draft | None:
    """"As part of his investigation, Mueller ...": a possessive in a phrase put before the main
    clause refers forward to that clause's subject when the subject is a person."""
    if token.tag_ != "PRP$":
        return None
    root = token
    for _ in range(12):  # a bounded climb: spaCy makes a new Token object on every .head
        if root.head.i == root.i or (root.dep_ in {"prep", "advcl", "npadvmod"} and root.head.pos_ in {"VERB", "AUX"}):
            break
        root = root.head
    clause = root.head
    if root.dep_ not in {"prep", "advcl", "npadvmod"} or root.i > clause.i:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i > token.i), None)
    draft = asm.person_at.get(subject.i) if subject is not None else None
    return draft if draft is not None and draft.gender in (None, gender) else None


def resolve(asm: Assembly, items: list[Anaphor]) -> None:
    """Resolve anaphors left to right; an unresolved but anchored title is a new, unnamed person."""
    for item in sorted(items, key=lambda a: a.span.start):
        offset = item.span.start_char
        if item.kind == "pronoun":
            gender = PRONOUNS[item.head]
            draft = _cataphor(asm, item.token, gender) or resolve_pronoun(asm.timeline, offset, asm.ctx.sent_start[item.token.i], gender,
                                    _clause_subjects(asm, item.token))
            if draft is not None and draft.gender is None:
                draft.gender = gender
        elif item.kind == "plural":
            draft = resolve_plural(asm.timeline, offset, asm.ctx.sent_start[item.token.i],
                                   _previous_sentence(asm.ctx, item.token),
                                   _clause_subjects(asm, item.token))
        elif item.kind == "title":
            draft = resolve_title(asm.timeline, offset, tuple(item.head.split()), item.country, item.sector)
            if draft is None and item.code:
                draft = Draft(PERSON, item.code, item.country, item.sector, item.span.text)
                draft.add_roles([item.token.text], item.head.split())
            elif draft is not None and draft.country is None and item.country and draft.code == (draft.sector or ""):
                draft.country, draft.code = item.country, f"{item.country}{draft.sector or ''}"  # "the top U.S. diplomat"
        else:
            draft = _resolve_body(asm, item)
            if draft is None and item.sector in UNANCHORED:
                _unanchored(asm, item.token, item.span, item.sector)  # "the rebels", "the police"
                continue
        if draft is not None:
            asm.mention(draft, item.span)


NONSTATE_CODES = crowds.NONSTATE_CODES
HOME_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "PTY", "REB"}  # not CVL: victims of a crash abroad


def localise(asm: Assembly) -> None:
    """A named official with no country in the text ("Prime Minister Stefan Lofven said") serves
    the dateline's country: journalists omit the country of the officials of the place they file
    from. Without a dateline, a story whose actors belong to one country only is set there ("police
    arrested eight" in a story that names Britain alone). (The most-mentioned country of several is
    no such signal: wire stories about Iran quote unmarked U.S. officials.)"""
    home, sectors = asm.ctx.home, HOME_SECTORS
    if home is None:  # rebels are the usual foreigners of a one-country story ("rebels backed by Rwanda")
        home, sectors = _only_country(asm), HOME_SECTORS - {"REB"}
    if home is not None:
        for draft in [*asm.people.values(), *asm.bodies.values()]:
            if draft.country is None and draft.sector in sectors and draft.code == draft.sector and \
                    not (asm.ctx.home is None and _visitor(asm, draft, home)):
                draft.country, draft.code = home, f"{home}{draft.sector}"
    abroad.us_lawmakers([*asm.people.values(), *asm.bodies.values()], asm.ctx.abroad, asm.ctx.home)
    _place_locals(asm)
    crowds.localise(asm)


def _visitor(asm: Assembly, draft: Draft, country: str) -> bool:
    """"Treasury Secretary Steven Mnuchin met Chinese officials": a named person whose verb takes
    as its object officials the text marks as that country's ("met", "told", "talked with") is
    their counterpart from elsewhere (journalists mark the foreign side), not one of them."""
    if not draft.is_person:
        return False
    doc, items = asm.ctx.doc, asm.timeline.items
    for n, m in enumerate(items):
        if m.draft is not draft or not m.subject:
            continue
        verb = doc.char_span(m.start, m.end, alignment_mode="expand").root.head
        for o in items[n + 1:n + 12]:
            if o.sent == m.sent and o.draft.country == country and o.draft.sector == "GOV" and \
                    _object_of(doc.char_span(o.start, o.end, alignment_mode="expand").root, verb):
                return True
    return False


def _object_of(tok: Token, verb: Token) -> bool:
    """`tok` is the object of `verb`: "met [officials]", "told [officials]", "talked with [officials]"."""
    if tok.dep_ in {"dobj", "dative"}:
        return tok.head.i == verb.i
    return tok.dep_ == "pobj" and tok.head.lower_ in {"with", "to"} and tok.head.head.i == verb.i


def _only_country(asm: Assembly) -> str | None:
    """The one country the article's placed actors belong to, or None when there are several or none."""
    countries = {d.country for d in [*asm.people.values(), *asm.bodies.values()]
                 if d.country and len(d.country) == 3 and d.country not in NONSTATE_CODES}
    return next(iter(countries)) if len(countries) == 1 else None


def _place_locals(asm: Assembly) -> None:
    """Police, rebels, protesters the text ties to no country belong to the country where their
    sentence sets the action ("rebels attacked a convoy near Kandahar"): see scene.py."""
    first: dict[int, tuple[int, int]] = {}
    for m in asm.timeline.items:
        first.setdefault(id(m.draft), (m.start, m.end))
    for draft in asm.bodies.values():
        crowd = crowds.is_local(draft)
        if (crowd or draft.country is None and draft.sector in scene.LOCAL_SECTORS
                and draft.code == draft.sector) and id(draft) in first:
            span = asm.ctx.doc.char_span(*first[id(draft)], alignment_mode="expand")
            # a crowd is where its own clause puts it, not where a clause below it looks
            where = scene.country(asm.ctx, span.root, nested=not crowd) if span is not None else None
            if where is not None:
                draft.country, draft.code = where, f"{where}{draft.sector}"


def find(ctx: Context) -> list[Draft]:
    """Every actor of the article, ordered by first mention."""
    asm = Assembly(ctx)
    add_people(asm)
    add_hits(asm)
    anaphors = role_nouns(asm)
    add_attributions(asm)
    anaphors += pronouns(ctx, asm.taken)
    resolve(asm, anaphors)
    owners.settle(asm)
    localise(asm)
    drafts = {id(d): d for d in [*asm.people.values(), *asm.bodies.values()]}
    for m in asm.timeline.items:
        drafts.setdefault(id(m.draft), m.draft)
    return sorted((d for d in drafts.values() if d.mentions), key=lambda d: min(d.mentions))

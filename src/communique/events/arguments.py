"""Source and target actors of an event anchor (a verb or an event noun).

Voice decides roles (passive subject = target, `by` phrase = source); a first-person subject inside
a quote is the quote's speaker, and so is a pronoun subject the actors stage left unresolved ("X
said it would ..."); "the two sides" are the two parties of the story's last meeting; a noun's
source is its possessive or adjectival actor ("Israeli shelling"), else the subject of the verb it
hangs from ("Nurtleu said following talks with Lavrov").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.actors import is_stance
from communique.events.mentions import ActorIndex, is_first_person, is_group_reference
from communique.events.syntax import CLAUSE_DEPS, NON_TARGET_PREPS, is_reciprocal, logical_roles
from communique.events.wordclasses import words

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "its", "their", "his"}
OWN = {"its", "their", "his", "her", "our", "my"}
NONSTATE = {"IGO", "NGO", "IMG", "MNC"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
JOINT_OBJECTS = words("joint_object")
FORCES = {"MIL", "COP"}  # a state's own forces are what it sends or withdraws, not the other party
VERB_TOPIC_PREPS = {"over"}  # "clashed with Trump over Iran": a verb's `over` phrase is what it is about


@dataclass(slots=True)
class Context:
    """What the coder knows beyond the sentence: actors, the quote around the anchor, the dyad."""

    index: ActorIndex
    speaker: str | None = None  # actor id of the speaker of the quote the anchor is in
    dyad: tuple[str, str] | None = None  # the parties of the story's latest meeting
    notes: set[str] = field(default_factory=set)


def resolve_phrase(token: Token | None, ctx: Context, source: bool = True) -> list[str]:
    """Actor ids a subject/object phrase names, with the quote and group rules applied (an
    unresolved pronoun is the speaker only as the one who acts: "Iran said it would ...")."""
    if token is None:
        return []
    if is_first_person(token) and ctx.speaker:
        ctx.notes.add("speaker")
        return [ctx.speaker]
    found = ctx.index.of_phrase(token)
    if found:
        return found
    if token.lower_ in PRONOUNS and ctx.speaker and source:
        ctx.notes.add("speaker")
        return [ctx.speaker]
    named = _pair_above(token, ctx) if is_group_reference(token) else []
    if named:  # "Obama and Putin said that the two nations agreed": the pair the sentence names
        ctx.notes.add("dyad")
        return named
    if is_group_reference(token) and ctx.dyad:
        ctx.notes.add("dyad")
        pair = list(ctx.dyad)
        if ctx.speaker in pair:  # the speaker's side acts first
            pair.remove(ctx.speaker)
            pair.insert(0, ctx.speaker)
        return pair
    return []


def _pair_above(token: Token, ctx: Context) -> list[str]:
    """The two actors a verb above the group reference has as its subject ("Obama and Putin said
    that the two nations ..."), or [] when none does."""
    node = token
    for _ in range(8):
        if node.head is node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject, _, _ = logical_roles(node)
            found = ctx.index.of_phrase(subject) if subject is not None and subject.i != token.i else []
            if len(found) == 2:
                return found
    return []


def split_group(sources: list[str], targets: list[str], verb: Token | None = None,
                ctx: Context | None = None) -> tuple[list[str], list[str]]:
    """A group subject with no other party ("the US, Russia and Switzerland met", "A and B signed a
    treaty"): each acts on the others; not when the verb's object is a thing of its own ("Russia
    and China criticised the sanctions": aimed at whoever the sanctions hit, not at each other)."""
    if targets or len(sources) < 2:
        return sources, targets
    if verb is not None and not is_reciprocal(verb) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() not in JOINT_OBJECTS for c in verb.children):
        return sources, targets
    third = _third_party_below(verb, sources, ctx) if verb is not None and ctx is not None else []
    return (sources, third) if third else (sources, ["*"])


def _third_party_below(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """"The U.S., the EU and the UN pledged to lift the sanctions imposed on Iran": a joint act whose
    infinitive names another placed party is aimed at it, not at each other."""
    for child in verb.children:
        if child.dep_ == "xcomp":
            found = [a for a in other_objects(child, sources, ctx) if a not in sources]
            if found:
                return found
    return []


def verb_roles(verb: Token, ctx: Context) -> tuple[list[str], list[str]]:
    """(sources, targets) of a verb; targets ["*"] means "each source with each other"."""
    source_tok, patient_tok, inherited = logical_roles(verb)
    if inherited:
        ctx.notes.add("inherited")
    sources = resolve_phrase(source_tok, ctx)
    if not sources and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        # "X issued a declaration demanding ...": the declaration's author, the subject above
        sources = _sources_from_above(verb.head, [], ctx)
    targets = resolve_phrase(patient_tok, ctx, source=False) if patient_tok is not None else []
    if patient_tok is not None and not targets:  # "a camp for Congolese refugees was attacked"
        targets = _inner_actor([patient_tok], sources, ctx)
    if not sources and source_tok is None and patient_tok is None and ctx.speaker:
        ctx.notes.add("speaker")
        sources = [ctx.speaker]
    if not targets:
        targets = other_objects(verb, sources, ctx)
    return split_group(sources, targets, verb, ctx)


TOPIC_PREPS = ("over", "about", "against", "of", "for")


def topic_target(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """Who a complaint or criticism is about, named in its topic phrase: "complained to the UN
    over Israeli raids" is aimed at Israel; the `to` phrase is only its audience."""
    phrases = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
               for c in p.children if c.dep_ == "pobj"]
    for tok in phrases:
        found = [a for a in ctx.index.of_phrase(tok) if a not in sources and _placed(ctx.index.actor(a))]
        if found:
            return found
    return _inner_actor(phrases, sources, ctx)


PARTY_PREPS = ("with", "between", "to")
TOPIC_OBJECT_VERBS = words("topic_object_verb")


def talk_parties(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """The other party of talks: an object that is itself an actor ("met Lavrov"), or the object
    of a `with`/`between`/`to` phrase. An object that is no actor is the topic ("discussed the
    disappearance of a journalist"), and whoever it mentions is talked about, not talked to."""
    out: list[str] = []
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() in TOPIC_OBJECT_VERBS:
            continue  # "the leaders will discuss North Korea": what is discussed, never whom with
        if child.dep_ in ("dobj", "dative") and ctx.index.of_token(child) is not None:
            out += [a for a in ctx.index.of_phrase(child) if a not in sources and a not in out]
        elif child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
            out += [a for o in child.children if o.dep_ == "pobj"
                    for a in ctx.index.of_phrase(o) if a not in sources and a not in out]
    return [a for a in out if _placed(ctx.index.actor(a))]


def other_objects(verb: Token, sources: list[str], ctx: Context) -> list[str]:
    """The first actor-bearing object: direct/indirect object, then prepositional objects; failing
    those, the first other country's actor named inside the object phrases ("refused to commit to
    assistance to the US-led war": the US; "provide aid to refugees in Liberia": Liberia)."""
    candidates = [t for t in object_candidates(verb) if not _own(t)]
    home = {a.country for a in map(ctx.index.actor, sources) if a is not None and a.country}
    first: tuple[Token, list[str]] | None = None
    for tok in candidates:
        if tok.lower_.endswith(("self", "selves")):
            return []  # "inserted himself": no other party
        owner = _possessor(tok, sources, ctx) if tok.dep_ == "dobj" and ctx.index.of_token(tok) is None else None
        if owner is not None:  # "distrusted Clinton's decision-making on Libya": the decision's owner, not its topic
            return owner if _placed(ctx.index.actor(owner[0])) else []
        named = [a for a in ctx.index.of_phrase(tok) if a not in sources]
        found = [a for a in named if _placed(ctx.index.actor(a))]
        if not found:
            addressee = tok.dep_ in ("dobj", "dative") or tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon")
            if addressee and first is None and any(
                    ctx.index.actor(a).kind == "person" or ctx.index.actor(a).sector not in FORCES for a in named):
                return []  # "asked Kislyak to delay a UN vote", "called on the international community to
                # respond": the other party is named, only not placed (a state's own troops are no party)
            continue
        first = first or (tok, found)
        if home and all(ctx.index.actor(a).country in home for a in found) \
                and (ctx.index.of_token(tok) is None or all(ctx.index.actor(a).sector in FORCES for a in found)):
            continue  # "withdrew U.S. troops from Syria", "withhold American aid from Honduras": the doer's own
            # forces or goods are moved, the other country is the other party
        return _noted(tok, found, ctx)
    if first is not None:
        return _noted(*first, ctx)
    return _inner_actor(object_candidates(verb), sources, ctx)  # "deployed police to its border with Guatemala"


def _possessor(noun: Token, sources: list[str], ctx: Context) -> list[str] | None:
    """The actor a non-actor object belongs to ("Russia's annexation of Crimea", "Ukraine's bid"),
    or None; "its", "their" of the doer's own are no other party."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in OWN:
            found = [a for a in ctx.index.of_phrase(child) if a not in sources]
            if found:
                return found
    return None


def _noted(tok: Token, found: list[str], ctx: Context) -> list[str]:
    if tok.dep_ == "pobj":
        ctx.notes.add("prep_target")
    return found


def _own(phrase: Token) -> bool:
    """"withdrew its peacekeepers", "sent their troops": the actor's own people are not the other party."""
    return any(c.dep_ == "poss" and c.lower_ in OWN for c in phrase.children)


def _placed(actor) -> bool:
    """An actor the scorer can place: a country, or one of CAMEO's non-state codes ("troops" alone is not)."""
    return actor is not None and bool(actor.country or (actor.code or "")[:3] in NONSTATE)


def _inner_actor(phrases: list[Token], sources: list[str], ctx: Context) -> list[str]:
    """The first other party named inside the phrases (not in clauses within them): an actor of
    another country, or of the source's own country in another sector ("accepted demands from
    the country's rebels": a government yielding to its own rebels is domestic news)."""
    own = {(a.country, a.sector) for a in map(ctx.index.actor, sources) if a is not None and a.country}
    for tok in phrases:
        for inner in _phrase_tokens(tok):
            if is_stance(inner):
                continue  # "an anti-Syria journalist" is not Syria
            actor = ctx.index.actor(ctx.index.of_token(inner))
            if actor is not None and actor.id not in sources and actor.country \
                    and (actor.country, actor.sector) not in own:
                ctx.notes.add("deep_target")  # with its co-ordinated actors ("ties with A, B and C")
                return [a for a in ctx.index.of_phrase(inner) if a not in sources] or [actor.id]
    return []


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase and its prepositional phrases, not of clauses inside it
    ("the force in Lebanon", not "refugees who fled Liberia")."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in CLAUSE_DEPS and c.dep_ not in ("conj", "cc")]
    return sorted(out, key=lambda t: t.i)


def object_candidates(verb: Token) -> list[Token]:
    """Object phrases of a verb in the order they are tried as its target."""
    out: list[Token] = []
    xcomps = []
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "provide weapons to Ukraine"
            out += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd"):
            out.append(child)
            out += _prep_objects(child, doer=True)
            out += [c for c in child.children if c.dep_ == "conj"]  # "destroyed a station and a unit at Iran's field"
        elif child.dep_ == "xcomp":
            xcomps.append(child)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in NON_TARGET_PREPS and child.lower_ not in VERB_TOPIC_PREPS:
            out += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prt":
            out += _prep_objects(child)
    for x in xcomps:
        out += object_candidates(x)
    return out


def _prep_objects(token: Token, doer: bool = False) -> list[Token]:
    """Objects of a noun's prepositions; with `doer`, its `by` phrase too ("condemned the strikes
    by Iran": the condemnation is of Iran)."""
    return [c for p in token.children
            if p.dep_ == "prep" and (p.lower_ not in NON_TARGET_PREPS or doer and p.lower_ == "by")
            for c in p.children if c.dep_ == "pobj"]


def noun_roles(noun: Token, target_preps: frozenset[str], ctx: Context,
               from_above: bool = True, violent: bool = False) -> tuple[list[str], list[str]]:
    """(sources, targets) of an event noun: modifiers and `with`/`to`/`on` phrases, else (for
    talks, visits and the like, `from_above`) the subject of the verb above. An attack's source is
    only ever its own modifier or `by` phrase: "X condemned the attack on Y" is not X's attack."""
    targets: list[str] = []
    between: list[str] = []
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and ctx.index.of_token(g) is None]
    # "a suspension of air links with Serbia": the party may hang from what the noun is of
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in target_preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = ctx.index.of_phrase(obj)
            if prep.lower_ == "between":
                between += found
            elif found and not targets:
                targets = found
    if len(between) >= 2:
        return [between[0]], [between[1]]
    sources = _noun_doers(noun, targets, ctx, violent)
    if len(sources) >= 2 and not targets:  # "Russia-Kazakhstan talks", "US-China talks"
        return [sources[0]], [sources[1]]
    if not sources and from_above:
        sources = _sources_from_above(noun, targets, ctx)
    if not targets:
        targets = _victims(noun, sources, ctx)
    return split_group(sources, targets)


def _victims(noun: Token, sources: list[str], ctx: Context) -> list[str]:
    """"Four soldiers were killed in Israeli shelling": the passive subject of the verb the
    event noun hangs from is its target."""
    verb = noun.head.head if noun.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    _, patient, _ = logical_roles(verb)
    return [a for a in resolve_phrase(patient, ctx, source=False) if a not in sources] if patient is not None else []


def _noun_doers(noun: Token, targets: list[str], ctx: Context, violent: bool) -> list[str]:
    """The actors a noun's modifiers or `by` phrase name as its doers ("Israeli shelling", "talks
    by the envoys"); a place name before an attack noun is where it happened ("the Libya attack")."""
    sources: list[str] = []
    for child in noun.children:
        if violent and child.dep_ == "compound" and child.ent_type_ in PLACE_ENTS:
            continue
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            sources += [a for a in ctx.index.of_phrase(child) if a not in targets and a not in sources]
        elif child.dep_ == "prep" and child.lower_ == "by":
            sources += [a for obj in child.children if obj.dep_ == "pobj"
                        for a in ctx.index.of_phrase(obj) if a not in targets and a not in sources]
    return sources


def _sources_from_above(noun: Token, targets: list[str], ctx: Context) -> list[str]:
    """The doer of an event noun with no actor of its own: the subject of the verb it hangs from.
    A passive verb with no `by` phrase ends the climb: "X reports that Y was invited to the talks"
    names nobody who invited, and the reporter above is not the one."""
    node = noun
    for _ in range(5):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            source_tok, patient_tok, _ = logical_roles(node)
            if source_tok is None and patient_tok is not None:
                return []
            if source_tok is not None and source_tok.i != noun.i:
                ctx.notes.add("inherited")
                return [a for a in resolve_phrase(source_tok, ctx) if a not in targets]
    if ctx.speaker and ctx.speaker not in targets:
        ctx.notes.add("speaker")
        return [ctx.speaker]
    return []

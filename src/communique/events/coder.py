"""The event coder: verbs and event nouns of each sentence -> CAMEO events between the Cast's actors.

One pass over the parse: every verb is matched against its patterns, every event noun not already
part of a verb pattern codes on its own; roles come from the syntax (arguments.py), negation and
modality change or drop the code as CAMEO says (modality.tsv), statements are coded by what they
do (statements.py), dates and places are resolved, and events are kept once per article per
(source, code, target) — a meeting once in either direction.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.events.arguments import (
    PLACE_ENTS,
    Context,
    noun_roles,
    other_objects,
    talk_parties,
    topic_target,
    verb_roles,
)
from communique.events.codes import is_code, lookup
from communique.events.emit import PLACE_TARGET_ROOTS as PLACE_ROOTS
from communique.events.emit import Emitter
from communique.events.found import Found
from communique.events.lexicon import Lexicon
from communique.events.match import match_verb
from communique.events.mentions import ActorIndex, is_first_person
from communique.events.statements import claimant_of, evaluation, obligation
from communique.events.syntax import (
    complement_subject,
    condition_subject,
    governing_verb,
    is_negated,
    is_unasserted,
    is_unreal,
    logical_roles,
)
from communique.events.wordclasses import words
from communique.model import Actor, Event, Quote
from communique.quotes import QuotedArticle
from communique.quotes.cues import load_lexicon

SKIP_CODES = {"010"}  # "said": the content of a statement is coded, not the saying
AIMED_ROOTS = {"02", "10", "11", "12", "13"}  # appeals, demands, accusations, rejections, threats: aimed
# at whoever the complement names ("demanded that China drop barriers") or must meet the condition
TIME_PREPS = {"after", "before", "during", "following", "since", "until", "amid", "ahead"}
TALK_CODES = {"040", "041", "046"}  # consult, discuss by telephone, negotiate: the object is the topic
VIOLENT_ROOTS = {"18", "19", "20"}  # violence by nobody named: CAMEO's unidentified armed forces (UAF)
CONTACT_VERBS = words("contact_verb")
SPEECH_ACT_VERBS = words("speech_act_verb")
DISMISS_VERBS = words("dismiss_verb")
ADDRESSED_ROOTS = {"02", "10"}  # appeals and demands are aimed at whom they address
VERBAL_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}  # words: said at a body, it is a venue
AT_TARGET_VERBS = words("at_target_verb")
TRAVELLERS = {"CVL", "REF"}  # civilians and refugees travel; they make no visits in CAMEO's sense
VISITING_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY"}  # officials whose presence abroad is a visit
NOT_UNIDENTIFIED = {"191", "192"}  # a blockade or an occupation is always somebody's
APPEAL_HEADS = {"want", "urge", "ask", "call", "press", "encourage", "request", "invite", "appeal", "push",
                "persuade", "expect"}


class ArticleCoder:
    """Codes one article; holds what carries across sentences (the last meeting's dyad)."""

    def __init__(self, quoted: QuotedArticle, lexicon: Lexicon) -> None:
        self.quoted = quoted
        self.lexicon = lexicon
        self.article = quoted.cast.parsed.article
        self.doc = quoted.cast.parsed.doc
        self.index = ActorIndex(quoted.cast)
        self.dyad: tuple[str, str] | None = None
        self.handover: dict[int, str] = {}  # noun index -> code a verb pattern without a party hands it

    def code(self) -> list[Event]:
        """Every event of the article, in text order."""
        if not self.index.actors:
            return []
        emitter = Emitter(self)
        for sent in self.doc.sents:
            for found in self.sentence(sent):
                emitter.emit(found, sent)
        return emitter.events

    def quote_at(self, token: Token) -> tuple[int | None, Quote | None]:
        for k, q in enumerate(self.quoted.quotes):
            if q.start <= token.idx < q.end:
                return k, q
        return None, None

    def context(self, token: Token) -> Context:
        _, quote = self.quote_at(token)
        return Context(self.index, speaker=quote.speaker if quote else None, dyad=self.dyad)

    def sentence(self, sent: Span) -> list[Found]:
        """Events found in one sentence: verbs first, then event nouns no verb pattern used."""
        used: set[int] = set()
        self.handover.clear()
        out = self.verbs(sent, used)
        coded = {f.anchor.i for f in out if f.targets}
        out += self.nouns(sent, used, coded)
        return out

    def verbs(self, sent: Span, used: set[int]) -> list[Found]:
        out: list[Found] = []
        coded: dict[int, Found] = {}
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass", "amod"):
                continue
            claimant = claimant_of(tok, self.index)
            if is_unasserted(tok) and claimant is None and not _said_on_contact(tok):
                continue
            found = self.statement(tok, claimant) or (self.verb(tok, used) if claimant is None else None) \
                or self.presence(tok)
            if found is None:
                continue
            if _said_on_contact(tok):  # "summoned the ambassador to complain": the complaint, to the ambassador
                found.targets = found.targets or [a for c in tok.head.children if c.dep_ in ("dobj", "dative")
                                                  for a in self.index.of_phrase(c) if a not in found.sources]
                coded[tok.i] = found
                out.append(found)
                continue
            head = coded.get(tok.head.i) if tok.dep_ == "xcomp" else None
            if head is not None:
                _merge_complement(head, found, self.lexicon.modality)
                continue  # "agreed to cooperate": the governing verb's code stands for the clause
            coded[tok.i] = found
            out.append(found)
        return out

    def presence(self, tok: Token) -> Found | None:
        """"Kerry is in Saudi Arabia today", "the French foreign minister is in Washington": news
        convention for an official's visit (042), aimed at the place's country (emit drops it at home)."""
        if tok.lemma_ != "be" or any(c.dep_ in ("attr", "acomp", "xcomp", "ccomp") for c in tok.children):
            return None
        places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                  if o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTS]
        if not places:
            return None
        ctx = self.context(tok)
        sources, _ = verb_roles(tok, ctx)
        sources = [a for a in sources if self.index.actor(a).kind == "person"
                   and (self.index.actor(a).sector or "") in VISITING_SECTORS]  # troops stationed there visit nobody
        return Found(tok, "042", "pattern", sources, [], ctx.notes) if sources else None

    def verb(self, tok: Token, used: set[int]) -> Found | None:
        """The event a verb codes, with its roles; marks the tokens its pattern used in `used`."""
        m = match_verb(tok, self.lexicon)
        if m is None or self._light(tok) and not m.used & self._event_objects(tok):
            return None  # "organized a general strike", "carried out bombings": the event noun says what happened
            # (unless the pattern itself names the noun: "imposed sanctions" is its own 163)
        if not is_code(m.code) or m.code in SKIP_CODES:
            used |= m.used  # "---" patterns exist to say "no event here"
            return None
        ctx = self.context(tok)
        sources, targets = verb_roles(tok, ctx)
        if m.reverse:
            sources, targets = targets, sources
        sources, targets = _by_convention(tok, m.code, sources, targets, ctx)
        if targets:  # a pattern that found no other party leaves its nouns to find it, with the pattern's code
            used |= m.used
        elif m.specificity:  # "walked out of the talks with Israel": the talks name Israel, the walk-out is 164
            self.handover.update({i: m.code for i in m.used if i != tok.i})
        found = Found(tok, m.code, "pattern" if m.specificity else "default", sources, targets, ctx.notes)
        return _appeal(found, tok, ctx) or found

    def _event_objects(self, verb: Token) -> set[int]:
        return {c.i for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.nouns} | {
            g.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lexicon.nouns}

    def _light(self, verb: Token) -> bool:
        """A light verb whose object is an event noun ("staged a protest", "launched an attack",
        "engaged in ethnic cleansing")."""
        return bool(_bases(verb) & self.lexicon.light_verbs) and bool(self._event_objects(verb))

    def statement(self, tok: Token, claimant: Actor | None = None) -> Found | None:
        """An evaluation or obligation a speaker states (statements.py), or None; `claimant` is
        the owner of a statement noun whose content the clause is ("his argument that ...")."""
        if claimant is None and tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in load_lexicon().verbs:
            return None  # "we can never accept that Greece should ...": what is refused, not what is said
        _, quote = self.quote_at(tok)
        speaker = claimant or (self.index.actor(quote.speaker) if quote is not None else None)
        declarer, _, _ = logical_roles(tok.head) if tok.dep_ == "ccomp" else (None, None, False)
        if declarer is not None and len(self.index.of_phrase(declarer)) > 1:
            return None  # "A and B agreed that their countries should cooperate": their agreement, no demand
        if claimant is None and speaker is not None and declarer is not None and not is_first_person(declarer) \
                and speaker.id not in self.index.of_phrase(declarer):
            speaker = None  # "Egyptians are saying he must go", quoted: the Egyptians demand it
        if speaker is None and tok.dep_ == "ccomp":  # "declared that China must drop barriers"
            found = self.index.of_phrase(declarer) if declarer is not None else []
            speaker = self.index.actor(found[0]) if found else None
            result = (evaluation(tok, speaker, self.index) or obligation(tok, speaker, self.index)) \
                if speaker is not None else None
        elif speaker is None:
            return None
        else:
            result = evaluation(tok, speaker, self.index) or obligation(tok, speaker, self.index)
        if result is None:
            return None
        code, targets = result
        return Found(tok, code, "statement", [speaker.id], targets, {"speaker"})

    def nouns(self, sent: Span, used: set[int], coded: set[int]) -> list[Found]:
        """Event nouns, unless they are the object of a verb that coded the event already
        ("threatened sanctions against Iraq" is one threat, not also a sanction)."""
        out: list[Found] = []
        for tok in sent:
            noun = self.lexicon.nouns.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "PROPN") else None
            if noun is None or tok.i in used or _under_coded(tok, coded) or is_unreal(tok):
                continue
            handed = self.handover.get(tok.i)
            base = handed or noun.code
            conflict = (lookup(base) or lookup("190")).quad_class >= 3
            if conflict and tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS:
                continue  # "during the US occupation of Iraq", "since the invasion": context, not news
            ctx = self.context(tok)
            light = tok.dep_ == "dobj" and self._light(tok.head) or tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and self._light(tok.head.head)  # "staged a protest", "engaged in ethnic cleansing": the subject does it
            sources, targets = noun_roles(tok, noun.target_preps, ctx, from_above=not conflict or light or bool(handed),
                                          violent=base[:2] in VIOLENT_ROOTS)
            if light and not sources:  # "Serb forces were engaged in ethnic cleansing": the light verb's subject
                verb = tok.head if tok.dep_ == "dobj" else tok.head.head
                sources = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                           for a in ctx.index.of_phrase(c) if a not in targets]
            words = [ch.lemma_.lower() for ch in tok.children] + [
                g.lemma_.lower() for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("of", "from")
                for g in ch.children if g.dep_ == "pobj"]  # "an exchange of prisoners", "withdrawal from the deal"
            code = handed or next((c for w, c in noun.refine.items() if w in words), noun.code)
            if not targets and not (sources and code[:2] in PLACE_ROOTS) or handed and targets == ["*"]:
                continue  # a handed-over pattern needs the noun to name the other party
            out.append(Found(tok, code, "noun", sources, targets, ctx.notes))
        return out

    def mood_anchor(self, found: Found) -> Token:
        """The verb whose negation and modality apply: the anchor, or the verb above a noun."""
        if found.anchor.pos_ in ("VERB", "AUX"):
            return found.anchor
        return governing_verb(found.anchor) or found.anchor


def _bases(verb: Token) -> set[str]:
    """Base forms a verb may have: its lemma, and its text without an inflection (the parser's
    lemmatiser sometimes errs: "staged" -> "stag")."""
    text = verb.lower_
    out = {verb.lemma_.lower(), text}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            stem = text[: -len(suffix)]
            out |= {stem, stem + "e"}
    return out


def _by_convention(tok: Token, code: str, sources: list[str], targets: list[str],
                   ctx: Context) -> tuple[list[str], list[str]]:
    """The roles after CAMEO's conventions for what the syntax alone leaves open (docs/events.md)."""
    if not targets and code[:2] in AIMED_ROOTS:
        targets = [a for t in (complement_subject(tok), condition_subject(tok)) if t is not None
                   for a in ctx.index.of_phrase(t) if a not in sources][:1]
    if code[:2] == "11" and not any(c.dep_ == "dobj" for c in tok.children):
        targets = topic_target(tok, sources, ctx) or targets
    if code.startswith("04") and targets:
        targets = [a for a in targets if not _at_venue(tok, a, ctx)]
    elif code[:2] in VERBAL_ROOTS and targets and tok.lemma_.lower() not in AT_TARGET_VERBS:
        # "traded insults at the UN", "said at NATO": a body as venue ("lashed out at NATO" aims at it)
        targets = [a for a in targets if not (_at_venue(tok, a, ctx) and (ctx.index.actor(a).code or "")[:3] == "IGO")]
    if code[:2] in ADDRESSED_ROOTS and any(c.dep_ in ("dobj", "dative") and _own_people(c) for c in tok.children):
        targets = []  # "urged its citizens to avoid Iraq": an appeal to one's own people, not to Iraq
    if code.startswith("042"):  # "Cubans fly to Nicaragua": migrants travel, only officials make visits
        sources = [a for a in sources if not _population(ctx.index.actor(a))]
        if targets == ["*"] and any(c.dep_ == "dobj" and c.lower_ not in ("other", "another")
                                      or c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            targets = []  # "the leaders of China and Japan visited Ahmedabad": the place, not each other
    if code in TALK_CODES and targets and targets != ["*"]:
        # "Trump and the king discussed the disappearance of a Saudi journalist": an actor in the
        # topic is not a party to the talks; without another party the subjects talk with each other
        ctx.notes.discard("deep_target")
        targets = talk_parties(tok, sources, ctx) or (["*"] if len(sources) >= 2 else [])
    if code[:2] in VIOLENT_ROOTS:
        return _violent_roles(tok, code, sources, targets, ctx)
    return sources, targets


def _violent_roles(tok: Token, code: str, sources: list[str], targets: list[str],
                   ctx: Context) -> tuple[list[str], list[str]]:
    """Conventions of violence: where the attackers came from is no target, a place before an
    attack noun is no doer, a dismissal is no gunfire, violence nobody named is the UAF's."""
    origins = [a for a in targets if _at_origin(tok, a, ctx)]
    if origins:  # "rockets fired from Gaza into Israel": where they came from is not whom they hit
        targets = [a for a in targets if a not in origins] or other_objects(tok, sources + origins, ctx)
    sources = [a for a in sources if not _place_of_subject(tok, a, ctx)]
    if tok.lemma_.lower() in DISMISS_VERBS and targets and all(
            ctx.index.actor(a) is not None and ctx.index.actor(a).kind == "person" for a in targets if a != "*"):
        return sources, []  # "Trump fired Comey", "Linick was fired": a dismissal, not gunfire
    if targets and not sources:
        sources = _doer_modifiers(tok, ctx)  # "an Iraqi air raid damaged the platform": Iraq did
        if not sources and code[:3] not in NOT_UNIDENTIFIED and not _named_doer(tok, ctx) \
                and not ctx.notes & {"deep_target", "inherited"}:  # the victims named as the verb's own object
            ctx.notes.add("unidentified")  # "a roadside bomb killed three soldiers": nobody named did it
    return sources, targets


def _doer_modifiers(verb: Token, ctx: Context) -> list[str]:
    """The actor an event-noun subject names by its modifiers: "an Iraqi air raid", "Israeli shelling"."""
    doer, _, _ = logical_roles(verb)
    if doer is None or ctx.index.of_token(doer) is not None:
        return []
    if ctx.speaker and any(c.dep_ == "poss" and is_first_person(c) for c in doer.children):
        ctx.notes.add("speaker")
        return [ctx.speaker]  # "our advances have broken the back of Saddam's forces", said the Iranian premier
    return [a for c in doer.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < doer.i
            and not (c.dep_ == "compound" and c.ent_type_ in PLACE_ENTS)  # "the Libya attack": a place
            for a in ctx.index.of_phrase(c) if _placed_actor(ctx.index.actor(a))][:1]


def _said_on_contact(verb: Token) -> bool:
    """"Summoned Niger's ambassador to complain of inaction", "called Merkel to express condolences":
    what an official contact is for is said in it, unlike other aims ("sent troops to protect ...")."""
    return verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in CONTACT_VERBS \
        and verb.lemma_.lower() in SPEECH_ACT_VERBS


def _own_people(phrase: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in phrase.children)


def _population(actor) -> bool:
    """A people named by its demonym ("Cubans", "Syrians"), or its civilians, refugees or tourists:
    people who travel; CAMEO's visits (042) are made by officials and bodies."""
    return actor is not None and (actor.kind == "group" and not actor.sector or actor.sector in TRAVELLERS)


def _place_of_subject(verb: Token, actor: str, ctx: Context) -> bool:
    """"The Libya attack killed four": a place name before the subject's event noun is where it
    happened, not who did it."""
    doer, _, _ = logical_roles(verb)
    return doer is not None and ctx.index.of_token(doer) is None and any(
        c.dep_ == "compound" and c.ent_type_ in PLACE_ENTS and ctx.index.of_token(c) == actor for c in doer.children)


def _placed_actor(actor) -> bool:
    return actor is not None and bool(actor.country)


def _named_doer(verb: Token, ctx: Context) -> bool:
    """Whether the text names who did it: a subject or `by` phrase the actors stage made an actor
    of, placed or not ("government forces", "rebels"); a weapon or a blast names nobody."""
    doer, _, _ = logical_roles(verb)
    return doer is not None and bool(ctx.index.of_phrase(doer))


def _at_venue(verb: Token, actor: str, ctx: Context) -> bool:
    """"met at the G20 summit", "talks at the UN": a meeting's `at` phrase is its venue."""
    return any(ctx.index.of_token(t) == actor for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
               for t in p.subtree)


def _at_origin(verb: Token, actor: str, ctx: Context) -> bool:
    """"fired from Gaza", "attacked from Syrian territory": a violent act's `from` phrase is where
    the attackers were, not whom they hit."""
    return any(ctx.index.of_token(t) == actor for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
               for t in p.subtree)


def _under_coded(noun: Token, coded: set[int]) -> bool:
    """The noun is in the object of a verb that coded the event, or of an infinitive below one
    ("refused to commit to any assistance to the war" is the refusal, not aid)."""
    i = _object_of(noun)
    if i < 0:
        return False
    node = noun.doc[i]
    for _ in range(3):
        if node.i in coded:
            return True
        if node.dep_ != "xcomp" or node.head is node:
            return False
        node = node.head
    return False


def _object_of(noun: Token) -> int:
    """The index of the verb whose object phrase holds the noun ("threatened sanctions", "signed a
    treaty of friendship and cooperation"), or -1 when a time preposition sets it apart ("spoke
    after talks with X": the talks are an event of their own)."""
    node = noun
    for _ in range(6):
        if node.dep_ not in ("dobj", "pobj", "conj", "prep", "agent", "dative", "attr", "oprd", "appos"):
            return -1
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
            return -1
        head = node.head
        if head is node:
            return -1
        if head.pos_ in ("VERB", "AUX"):
            return head.i
        node = head
    return -1


def _merge_complement(head: Found, child: Found, modality: dict[str, tuple[str, str]]) -> None:
    """A stated intention to do violence is coded as the violence ("pledged to expel" -> 174),
    as PETRARCH's gold does; a generic intention (030) takes the intended act's own 03x code
    ("agreed to provide aid" -> 033, modality.tsv), or the act itself when CAMEO has no intention
    code for it ("want to inspect" -> 090); other complements take the governing verb's code."""
    info = lookup(child.code)
    if head.code[:2] == "03" and is_negated(child.anchor):  # "vowed not to cooperate": a refusal
        head.code = "120"
    elif head.code[:2] == "03" and info is not None and info.quad_class in (3, 4):
        head.code = child.code
    elif head.code == "030" and info is not None and info.root not in ("01", "03"):
        head.code = modality.get(info.root, ("", ""))[1] or child.code
    else:
        return
    if child.code in TALK_CODES:
        head.targets = child.targets  # "plans to discuss North Korea": the talks' parties, never their topic
    elif child.targets and child.targets != ["*"] and head.targets in ([], ["*"]):
        head.targets = child.targets  # "the U.S. and the EU pledged to lift sanctions on Iran": aimed at Iran


def _appeal(found: Found, verb: Token, ctx: Context) -> Found | None:
    """"Obama wants Putin to attack": the event is Obama's appeal to Putin (020), not an attack."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lemma_ not in APPEAL_HEADS or head is verb:
        return None
    objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    if not objs and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        objs = [c for c in verb.children if c.dep_ == "nsubj"]  # "wants Putin to attack" parsed as a clause
    if not objs:
        return None
    head_ctx = Context(ctx.index, ctx.speaker, ctx.dyad)
    head_sources, _ = verb_roles(head, head_ctx)
    targets = ctx.index.of_phrase(objs[0])
    if not head_sources or not targets:
        return None
    return Found(head, "020", "pattern", head_sources, targets, head_ctx.notes | {"inherited"})

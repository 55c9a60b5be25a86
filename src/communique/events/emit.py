"""From found events to Events: CAMEO's negation and modality rules, reported speech, one event per
pair of actors, the date and place, the evidence, the confidence, and once per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from communique.events.codes import CameoCode, lookup
from communique.events.confidence import confidence
from communique.events.dates import event_date, is_ahead, is_background, is_old, latest_year
from communique.events.places import (
    PLACE_LABELS,
    locative_objects,
    origin_of,
    place_in_clause,
    place_of_dateline,
    visited_place,
)
from communique.events.places import lookup as lookup_place
from communique.events.statements import accuses
from communique.events.syntax import (
    clause_left,
    clause_right,
    in_condition,
    is_negated,
    is_reciprocal,
    is_unasserted,
    logical_roles,
    modality,
)
from communique.model import Event, Quote

if TYPE_CHECKING:
    from communique.events.coder import ArticleCoder
    from communique.events.found import Found

NONSTATE = {"IGO", "NGO", "IMG", "MNC"}  # CAMEO's non-state codes stand where a country would
TARGETLESS_ROOTS = {"14"}  # protests need no target; other events without one are not coded
MAX_RECIPROCAL = 4  # parties of a joint act beyond which it is multilateral, with no dyad to code
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}  # "A and B agreed/met/signed/cooperated": each with the other
PLACE_TARGET_ROOTS = {"04", "07", "08", "09", "13", "14", "15", "17", "18", "19", "20"}
# acts with no named other party (aid, concessions, meetings, investigations, threats, protests, force posture,
# repression, violence) are aimed at the place they happen ("lifted a curfew in Montenegro", "met in Zurich")
WORDS_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12"}  # statements, appeals, meetings, demands, criticism
DOMESTIC_CODES = {"081", "172"}  # a state easing or imposing administrative restrictions (a curfew, a state of
# emergency) with no one named acts on its own country; other acts without a target ("took steps") are not coded
MEETING_INTENT = "036"  # "the two leaders will meet": an intended meeting, like a meeting, is one event
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
OWN_COUNTRY_ROOTS = {"08", "17"}  # a government easing or imposing restrictions on its own country
ACCUSABLE_ROOTS = {"17", "18", "19", "20"}  # coercion and violence; a sanction reported (16) accuses nobody
CLAIM_CUES = {"claim", "admit", "acknowledge", "confirm"}  # claiming one's own violence is 015
ALLEGE_CUES = {"claim", "allege", "accuse", "charge", "blame", "insist", "maintain"}  # reported speech that accuses


class Emitter:
    """Turns Found events into Events for one article, keeping each (source, code, target) once."""

    def __init__(self, coder: ArticleCoder) -> None:
        self.coder = coder
        self.article = coder.article
        self.index = coder.index
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self.latest_year = None if self.article.published else latest_year(coder.doc)

    def adjust(self, found: Found, dated_ahead: bool = False) -> str | None:
        """The code after negation and modality (None: not an event). An act dated after the
        publication ("Mikulic visits West Germany next week") is as future as one with "will"."""
        anchor = self.coder.mood_anchor(found)
        if in_condition(anchor):
            return None  # a condition: not an event
        if self._presupposed(found, anchor):
            return found.code  # "activists tried to break Israel's blockade": the blockade is a fact
        if anchor is not found.anchor and is_unasserted(anchor):
            return None  # an aim or a reported idea: not an event
        negated_code, future_code = self.coder.lexicon.modality.get(found.code[:2], ("-", ""))
        mood = modality(anchor) if anchor.pos_ in ("VERB", "AUX") else ""
        mood = mood or ("future" if dated_ahead else "")
        if is_negated(anchor):
            found.notes.add("modality")
            refused = mood == "future" or found.code[:2] == "03"
            return None if negated_code in ("-", "") or not refused else negated_code
        if mood == "hypothetical" and found.how != "statement" and not _performative(anchor, found.code):
            return None  # "could meet next year": nobody declared it ("Y must withdraw" is a demand)
        if mood == "future" and found.how != "statement" and self._predicted_by_another(found):
            return None  # an analyst's "Iran will target U.S. assets" is a forecast, not Iran's threat
        if mood == "future" and future_code:
            found.notes.add("modality")
            return future_code
        return found.code

    def _abroad(self, source: str | None, target: str | None, local, code: str) -> tuple[str | None, str | None]:
        """(target, target code); a visit or meeting with one's own people abroad ("Trump's visit to
        US troops in Iraq") is aimed at the country where it happens."""
        a, b = self.index.actor(source), self.index.actor(target)
        if (code[:2] == "04" or code == MEETING_INTENT) and a is not None and b is not None and a.country \
                and a.country == b.country \
                and local is not None and local.country and local.country != a.country:
            return None, local.country
        return target, self._code(target)

    def _speaker_side_first(self, sources: list[str], quote: Quote | None) -> list[str]:
        speaker = self.index.actor(quote.speaker) if quote is not None else None
        if speaker is None or not speaker.country:
            return sources
        return sorted(sources, key=lambda a: (self.index.actor(a) is None or self.index.actor(a).country != speaker.country))

    def _future(self, found: Found) -> bool:
        anchor = self.coder.mood_anchor(found)
        return anchor.pos_ in ("VERB", "AUX") and modality(anchor) == "future"

    def _presupposed(self, found: Found, verb: Token) -> bool:
        """An event noun whose own modifier names its doer ("Israel's blockade", "the U.S.
        sanctions") under a verb of someone else: the verb's mood and negation are that other
        actor's ("tried to break", "did not end"); the noun's act is taken as given."""
        if found.how != "noun" or verb is found.anchor or not found.sources or "inherited" in found.notes:
            return False
        subject, _, _ = logical_roles(verb)
        doers = set(self.index.of_phrase(subject)) if subject is not None else set()
        return bool(doers) and not doers & set(found.sources)

    def _predicted_by_another(self, found: Found) -> bool:
        """A future act said by someone of another side than its doer: only the doer's side can
        declare an intention or make a threat; anyone else's words are a prediction."""
        _, quote = self.coder.quote_at(found.anchor)
        speaker = self.index.actor(quote.speaker) if quote is not None else None
        if speaker is None or speaker.id in found.sources:
            return False
        if not speaker.country:  # an unplaced official ("Defence Minister Pierre Joxe said") may be the doer's
            return speaker.sector not in STATE_SECTORS | {"REB", "OPP", "PTY", "IGO", "NGO"}
        doers = [self.index.actor(s) for s in found.sources]
        return bool(doers) and not any(d is not None and d.country and d.country == speaker.country for d in doers)

    def pairs(self, found: Found, quote: Quote | None, info: CameoCode) -> tuple[list[tuple], CameoCode]:
        """(source, target) pairs, and the code: a third party's violence reported by a political
        speaker is that speaker's accusation (112) of the party: in the speaker's own words (a
        direct quote), or reported with an accusing cue ("claimed that ISIL had attacked Iraq")."""
        if "unidentified" in found.notes and not found.sources:
            return [(None, t) for t in found.targets if t != "*"], info
        if found.targets == ["*"]:
            if info.root not in RECIPROCAL_ROOTS and not is_reciprocal(found.anchor):  # "US and British activists staged a protest in Beijing":
                return [(s, None) for s in found.sources], info  # each protests, at the place's target
            if len(found.sources) > MAX_RECIPROCAL:
                return [], info  # seven foreign ministers meeting are a conference, not 21 dyads
            if is_reciprocal(found.anchor):  # "accused each other": each does it to the other
                pairs = [(s, t) for s in found.sources for t in found.sources if s != t]
            else:  # one event a pair, as a meeting: "A and B signed a treaty" is one joint act, not two;
                order = self._speaker_side_first(found.sources, quote)  # told from the speaker's side
                pairs = [(s, t) for k, s in enumerate(order) for t in order[k + 1:] if s != t]
        else:
            pairs = [(s, t) for s in found.sources for t in (found.targets or [None]) if s != t]
        speaker = self.index.actor(quote.speaker) if quote is not None else None
        if info.quad_class == 4 and speaker is not None and speaker.id in found.sources \
                and (quote.cue or "").lower().split()[:1] and _lemma(quote.cue) in CLAIM_CUES:
            found.how = "accusation"
            return [(speaker.id, t) for t in found.targets if t != "*"], lookup("015") or info
        if info.root in ACCUSABLE_ROOTS and speaker is not None and not _mentioned(found.anchor) \
                and (quote.kind != "indirect" or _lemma(quote.cue) in ALLEGE_CUES):
            accused = [s for s in found.sources if accuses(speaker, self.index.actor(s))]
            if accused:
                found.how = "accusation"
                return [(speaker.id, s) for s in accused], lookup("112") or info
        return pairs, info

    def emit(self, found: Found, sent: Span) -> None:
        when, explicit = event_date(found.anchor, sent, self.article.published)
        old = is_background(when, self.article.published) if self.article.published else is_old(when, self.latest_year)
        if explicit and old and not self._future(found):
            return  # history ("the 2014 annexation"), not news; "will travel to Cuba in March" is not history
        code = self.adjust(found, dated_ahead=explicit and is_ahead(when, self.article.published))
        info = lookup(code) if code else None
        if info is None:
            return
        qi, quote = self.coder.quote_at(found.anchor)
        pairs, info = self.pairs(found, quote, info)
        verb = self.coder.mood_anchor(found)  # the place of a light verb's noun hangs from the verb
        verb = verb if found.anchor.dep_ == "dobj" and found.anchor.head.i == verb.i else found.anchor  # "staged a protest in Beijing"
        local = place_in_clause(found.anchor) or (place_in_clause(verb) if verb.i != found.anchor.i else None)
        place = local or place_of_dateline(self.article.datelines)
        for source, target in pairs:
            source_code = self._code(source) if source is not None else \
                self._unidentified(local, found.anchor, place, self.index.actor(target))
            if source_code is None or source is None and self._code(target) == source_code[:3]:
                continue  # "rockets were fired into Israel": unknown attackers of a country do not attack it whole
            target, target_code = self._abroad(source, target, local, info.code)
            if target is None and (info.root in PLACE_TARGET_ROOTS or found.code[:2] in PLACE_TARGET_ROOTS):
                # an intended visit is aimed at the place too ("will visit Paris next week": 036 France)
                base = info if info.root in PLACE_TARGET_ROOTS else lookup(found.code) or info
                code = base.code if found.how == "pattern" else base.root  # a noun ("a travel ban") is no act on a country
                target_code = self._implied_target(source, local, code, found.anchor) \
                    or (self._implied_target(source, None, code, verb) if verb.i != found.anchor.i else None)
                found.notes.add("place_target")
            if not self.acceptable(source, target, target_code, info.root):
                continue
            other = target or target_code
            meeting = info.root == "04" or info.code == MEETING_INTENT  # coded once, in either direction
            key = (info.root, frozenset((source, other))) if meeting else (source, info.code, other)
            if key in self.seen:
                continue
            self.seen.add(key)
            self.events.append(Event(
                source=source, target=target, source_code=source_code, target_code=target_code,
                cameo=info.code, root=info.root, plover=info.plover, quad_class=info.quad_class,
                goldstein=info.goldstein, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                date=when, place=place, quote=qi, confidence=confidence(found.how, found.notes, info.quad_class)))
            if target is not None and (info.root == "04" or found.targets == ["*"] and len(found.sources) == 2):
                self.coder.dyad = (source, target)  # the latest pair that met or acted together ("India and
                # Pakistan agreed to ...") is who "both sides" are next

    def acceptable(self, source: str | None, target: str | None, target_code: str | None, root: str) -> bool:
        if source is None:  # unidentified armed forces: any placed victim
            return target is not None and _placed(self.index.actor(target))
        a = self.index.actor(source)
        if not _placed(a):
            return False  # an actor we cannot place (no country, no IGO/NGO code) counts for nobody
        if target is None:
            if target_code == a.country and root in WORDS_ROOTS:
                return False  # "negotiations in Washington" by a US official: no other party
            if target_code == a.code:
                return False  # "his supporters poured into the streets": no one protests to himself
            return bool(target_code) and (bool(a.sector) or a.country != target_code) or root in TARGETLESS_ROOTS
        b = self.index.actor(target)
        if not _placed(b):
            return False
        if a.country and a.country == b.country and a.sector == b.sector:
            return False  # two mentions of one body (a government acting on its own country is domestic news)
        if a.country and b.code == a.country and (root in WORDS_ROOTS or root not in OWN_COUNTRY_ROOTS
                                                  and (a.sector in STATE_SECTORS or not a.sector)):
            return False  # "Erdogan suggested Turkey could join", "Trump withdrew the U.S. from the accord": a
            # state's people neither talk to nor act on their own country as a whole, except to yield to or
            # coerce it; rebels or an opposition may act on their country
        return True

    def _implied_target(self, source: str | None, local, code: str, anchor) -> str | None:
        """The country an untargeted event is aimed at: the place it happened ("curfew in Algiers",
        "arrived in Bosnia": the gazetteer's country, else a country the actors stage found there),
        else, for a protest, the protesters' own government (CAMEO protests address authorities)."""
        actor, root = self.index.actor(source), code[:2]
        if root == "04" and actor is not None and (actor.code or "")[:3] in NONSTATE:
            return None  # "the European Council summit in Brussels": a body's meeting place is no counterpart
        if local is not None and local.country:
            return local.country
        visited = visited_place(anchor) if root == "04" and anchor.pos_ == "VERB" else None
        if visited is not None and visited.country:
            return visited.country  # "Merkel visits Paris next week"
        for obj in locative_objects(anchor):
            place = self.index.actor(next(iter(self.index.of_phrase(obj)), None))
            if place is not None and place.country and not place.sector and place.code == place.country:
                return place.country
        if root == "14" and actor is not None and actor.country and len(actor.country) == 3:
            return f"{actor.country}GOV"
        if code[:3] in DOMESTIC_CODES and actor is not None and actor.sector in STATE_SECTORS and actor.country \
                and len(actor.country) == 3:
            return actor.country  # "the government lifted the state of emergency": on its own country
        return None

    def _unidentified(self, local, anchor, place, victim=None) -> str | None:
        """CAMEO's code for violence nobody named committed: the unidentified armed forces (UAF)
        of the country where it happened (the clause's place, a country named there, else the
        dateline's)."""
        origin = origin_of(anchor)
        if origin is not None and origin.country:  # "rockets fired from Gaza": the attackers were there
            return f"{origin.country}UAF"
        if local is not None and local.country:
            return f"{local.country}UAF"
        for tok in sorted(clause_left(anchor) + clause_right(anchor), key=lambda t: t.i):
            if tok.dep_ != "pobj":
                continue  # a place is named in a prepositional phrase, not as "one U.S. soldier"
            # any proper noun is tried: the tagger calls some towns NORP ("near the town of Samarra")
            named = lookup_place(tok.text) if tok.ent_type_ in PLACE_LABELS or tok.pos_ == "PROPN" else None
            actor = self.index.actor(self.index.of_token(tok))
            country = named.country if named is not None else \
                actor.country if actor is not None and not actor.sector and actor.code == actor.country else None
            if country:  # "a bombing near Samarra killed ...", "outside the Iraqi city of Basra"
                return f"{country}UAF"
        if place is None or not place.country or victim is not None and victim.country not in (None, place.country):
            return None  # a LONDON story's "2,600 Iraqis were killed" did not happen in Britain
        return f"{place.country}UAF"

    def _code(self, actor_id: str | None) -> str | None:
        actor = self.index.actor(actor_id)
        return actor.code if actor else None


def _mentioned(anchor: Token) -> bool:
    """An act named inside a noun phrase ("supports the airstrikes launched by the U.S.", "the
    attack by Israel") rather than told as what happened: the speaker's stance is the verb above."""
    return anchor.dep_ in ("acl", "relcl") or anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("dobj", "pobj")


def _performative(verb: Token, code: str) -> bool:
    """"I must ask Mexico to stop", "we must warn": a speaker's own words that do what they say."""
    return code[:2] in WORDS_ROOTS | {"13"} and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _placed(actor) -> bool:
    return actor is not None and bool(actor.code) and (bool(actor.country) or actor.code[:3] in NONSTATE)


def _lemma(cue: str | None) -> str:
    """"claimed", "claims" -> "claim": enough for the handful of claim verbs."""
    word = (cue or "").lower().split()[0] if cue else ""
    for suffix in ("ed", "s", "d"):
        if word.endswith(suffix) and word[: -len(suffix)] in CLAIM_CUES | ALLEGE_CUES:
            return word[: -len(suffix)]
    return word

"""Reading a dependency parse for event coding: clause context, subjects, objects, voice, modality.

English grammar, not any one sentence: the subject of a passive verb is its target and the `by`
phrase its source; a verb without a subject inherits it from the verb it depends on ("agreed to
lift", "met and discussed"), or from the object of an object-control verb ("urged Iran to stop").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from communique.events.wordclasses import words

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass", "acl", "punct", "mark", "appos"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
NEG_WORDS = {"not", "n't", "never", "no"}
HYPOTHETICAL = {"could", "might", "may", "should", "must"}
FUTURE = {"will", "shall", "'ll", "\u2019ll", "wo"}
# word classes (data/events/word_classes.tsv; what each does is noted there)
HEDGES = words("hedge")
LIKELIHOOD_WORDS = words("likelihood")
CONDITION_NOUNS = words("condition_noun")
UNREAL_MODIFIERS = words("unreal_modifier")
PROSPECT_NOUNS = words("prospect_noun")


def is_unreal(noun: Token) -> bool:
    """An event noun its own modifier or the noun it completes marks as not done: "the potential
    strike against Syria", "the possibility of an abrupt withdrawal"."""
    if any(c.dep_ == "amod" and c.lower_ in UNREAL_MODIFIERS for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PROSPECT_NOUNS


INTENT_VERBS = {"plan", "intend", "aim", "prepare", "want", "seek", "hope", "expect", "try", "decide",
                "promise", "pledge", "vow", "agree", "offer", "threaten", "be", "going", "willing", "ready",
                "prepared", "determined", "committed", "eager", "poised", "due", "scheduled", "slated", "set"}
ATTEMPT_VERBS = {"try", "attempt"}
FAILURE_HEADS = words("failure_head")
DIRECTIVE_NOUNS = words("directive_noun")
RISK_VERBS = words("risk_verb")
CHARGE_VERBS = words("charge_verb")
ALLOW_VERBS = words("allow_verb")
STATIVE_PARTICIPLES = words("stative_participle")
RAISING_VERBS = words("raising_verb")
CONTROL_BY_OBJECT = {"urge", "ask", "call", "invite", "force", "order", "tell", "press", "pressure",
                     "encourage", "allow", "persuade", "want", "help", "warn", "request", "advise"}
DIRECTIVE_VERBS = {"demand", "urge", "ask", "request", "propose", "suggest", "recommend", "call", "want", "appeal",
                   "press", "push", "require", "plead", "wish", "hope"}  # "demanded that Israel ease ...":
# the clause is what is demanded, not something that happened
TARGET_PREPS = ("against", "on", "to", "with", "at", "into", "toward", "towards", "upon", "for", "of", "over",
                "from", "between")
NON_TARGET_PREPS = {"in", "during", "since", "after", "before", "near", "by", "as", "despite", "amid",
                    "until", "within", "throughout", "following", "about", "regarding"}


def clause_right(verb: Token) -> list[Token]:
    """Tokens after the verb that belong to its own clause (objects, particles, its PPs, xcomps)."""
    out: list[Token] = []
    for child in verb.rights:
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")) or child.dep_ == "cc":
            continue
        out.extend(child.subtree)
    return out


def clause_left(verb: Token) -> list[Token]:
    """Tokens before the verb in its clause: the subject phrase, auxiliaries and adverbs."""
    out: list[Token] = []
    for child in verb.lefts:
        if child.dep_ in CLAUSE_DEPS or child.dep_ in ("cc", "conj"):
            continue
        out.extend(child.subtree)
    return out


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) of a verb, inherited along xcomp/conj/advcl chains."""
    source, target, _ = logical_roles(verb)
    return (target, True) if target is not None else (source, False)


def logical_roles(verb: Token) -> tuple[Token | None, Token | None, bool]:
    """(logical subject, passive subject, inherited?) of a verb.

    The logical subject is who acts: the subject of an active verb, the `by` phrase of a passive
    one; the passive subject is who the action is done to. A verb without a subject takes the
    actor of the verb it depends on: "agreed to lift", "met and discussed", the object of "urged
    Iran to stop", the noun a participle describes ("a plan conceived by the West to ...").
    """
    node = verb
    for depth in range(6):
        inherited = depth > 0
        own = _own_roles(node, inherited)
        if own is not None:
            return own
        head = node.head
        if head is node:
            break
        if node.dep_ == "acl":
            if node.tag_ == "VBN":
                return agent_of(node), (head if not inherited else None), inherited
            return head, None, inherited
        if node.dep_ == "relcl":
            return head, None, inherited
        if node.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs and head.lemma_ in CONTROL_BY_OBJECT:
                return objs[0], None, True
        elif node.dep_ not in ("conj", "advcl", "pcomp", "acomp"):  # acomp: "France is ready to send"
            break
        node = head
    return None, None, node is not verb


def _own_roles(node: Token, inherited: bool) -> tuple[Token | None, Token | None, bool] | None:
    """The roles a verb's own subject gives (nearest subject first), or None without one."""
    for child in sorted(node.children, key=lambda c: abs(c.i - node.i)):
        if child.dep_ == "nsubj":
            return child, None, inherited
        if child.dep_ == "nsubjpass":
            agent = agent_of(node)
            if agent is None and node.lemma_.lower() in STATIVE_PARTICIPLES:
                return child, None, inherited  # "Israel is opposed to French mediation": a stance Israel holds
            if inherited and (agent is None or node.lemma_ in RAISING_VERBS):
                return child, None, inherited  # "Obama is scheduled to attend", "the IMF is said by diplomats to be alarmed"
            return agent, (child if not inherited else None), inherited
    return None


def agent_of(verb: Token) -> Token | None:
    """The `by` phrase of a passive verb (its logical subject), inherited like a subject."""
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if node.dep_ in ("xcomp", "conj") and node.head is not node:
            node = node.head
        else:
            break
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token (the verb of the clause a noun sits in)."""
    node = token.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod",):
            return node
        if node.head is node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


RECIPROCAL = re.compile(r"\b(tit-for-tat|mutual|reciprocal|retaliatory|each other|one another)\b")


def is_reciprocal(anchor: Token) -> bool:
    """"The US and China threatened tit-for-tat tariffs", "accused each other": an act the members
    of a compound subject do to one another, whatever its kind."""
    tokens = list(anchor.subtree)
    text = anchor.doc[tokens[0].i:tokens[-1].i + 1].text.lower()
    return RECIPROCAL.search(text) is not None


def is_negated(verb: Token) -> bool:
    """A negation on the verb or on the auxiliary/verb chain it depends on ("would not provide")."""
    if any(c.dep_ == "neg" or c.lower_ in NEG_WORDS and c.dep_ in ("advmod", "neg") for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb and any(c.dep_ == "neg" for c in head.children) \
            and head.lemma_ in INTENT_VERBS:
        return True
    if _not_allowed(verb):
        return True
    if verb.dep_ == "xcomp" and head is not verb and head.lemma_.lower() in FAILURE_HEADS:
        return True  # "has been unable to free the Americans", "failed to stop the attack": not done
    return _yet_to(verb)


def _not_allowed(verb: Token) -> bool:
    """"I will not allow the United States to be dragged into fighting another war": a negated
    allow/let/permit negates the acts below it, down infinitives and `into`/`to` phrases."""
    node = verb
    for _ in range(4):
        head = node.head
        if head is node or node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj"):
            return False
        if head.lemma_.lower() in ALLOW_VERBS and any(c.dep_ == "neg" for c in head.children):
            return True
        node = head
    return False


def _yet_to(verb: Token) -> bool:
    """"have yet to persuade Tehran to open talks": not done so far, down the chain of infinitives."""
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head is node:
            return False
        node = node.head
        if node.lemma_ in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in node.children):
            return True
    return False


def is_past_attempt(verb: Token) -> bool:
    """"tried to hack", "has attempted to assassinate": an attempt the text reports as made. CAMEO
    codes an attempted act as the act (186 covers attempted assassinations), not as an intention."""
    if verb.lemma_ not in ATTEMPT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return not auxes & (FUTURE | HYPOTHETICAL | {"would", "to"})


def modality(verb: Token) -> str:
    """"hypothetical", "future" or "" for the verb's clause (auxiliaries and intention verbs above it)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    node = verb
    while node.head is not node and (node.dep_ in ("xcomp", "acomp") or node.dep_ == "conj" and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in node.children)):  # "is ready to send": acomp;
        node = node.head  # "wants to finish X and hold Y": a conjoined verb without its own subject shares it
        auxes += [c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.lemma_.lower() in LIKELIHOOD_WORDS:
            auxes.append("might")  # "Washington is likely to announce sanctions": a forecast
        elif node.lemma_ in INTENT_VERBS and node.lemma_ != "be" and not is_past_attempt(node):
            auxes.append("will")
        elif node.lemma_ == "be" and any(c.dep_ in SUBJECT_DEPS for c in node.children) and _to_infinitive(verb) \
                and not any(c.lower_ == "about" for c in node.children):
            auxes.append("will")  # "Pompeo and Baradar were to meet in Doha": planned, not done ("is about to
            # restore ties" is the act at hand, as PETRARCH codes it)
    if any(a in HYPOTHETICAL for a in auxes):
        return "hypothetical"
    future = any(a in FUTURE for a in auxes) or "would" in auxes or "going" in auxes
    if future and any(c.dep_ == "advmod" and c.lower_ in HEDGES for n in (verb, node) for c in n.children):
        return "hypothetical"  # "they're probably going to be fighting each other": a guess, not a plan
    return "future" if future else ""


def _to_infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def complement_subject(verb: Token) -> Token | None:
    """The subject of the verb's `that`-clause: who a demand or accusation is about."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def condition_subject(verb: Token) -> Token | None:
    """The subject of an `if`/`unless` clause under the verb: who a threat or demand is aimed at
    ("threatened to strike unless Baghdad accepted")."""
    for tok in verb.subtree:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def in_condition(verb: Token) -> bool:
    """The verb sits in an `if`/`unless`/`in case` clause: a condition, not a reported event."""
    node = verb
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node.dep_ in ("acl", "relcl", "ccomp") and node.head.lower_ in CONDITION_NOUNS \
                and node.head.head.lower_ == "in":  # "in case the U.S. launches strikes", "in the event that"
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def is_unasserted(verb: Token) -> bool:
    """A clause the sentence does not assert: an infinitive of purpose ("... in order to open a
    route"), the content of a noun ("the idea that the U.S. is training ...", "fears that"), or a
    gerund that is a clause's subject ("attacking Iran would be a mistake"): a kind of act talked
    about, not an act done."""
    if verb.dep_ == "csubj" and verb.tag_ == "VBG":
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lemma_.lower() in CHARGE_VERBS:
        return True  # "arrested in Lebanon for collaborating with Israel": the charge, not an act told
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in ALLOW_VERBS:
        return True  # "allowed the opposition leader to bring out a rally": the permission is the event
    if verb.dep_ in ("xcomp", "dobj") and verb.tag_ == "VBG" and verb.head.lemma_.lower() in RISK_VERBS:
        return True  # "the failure to act risks emboldening Assad": a danger named, not an act
    node = verb
    for _ in range(4):
        marks = {c.lower_ for c in node.children if c.dep_ in ("aux", "mark")}
        if node.dep_ in ("advcl", "acl") and "to" in marks:
            return True
        if node.dep_ in ("acl", "ccomp") and node.head.pos_ in ("NOUN", "PROPN") and "that" in marks:
            return True
        if node.dep_ == "ccomp" and node.head.lemma_ in DIRECTIVE_VERBS and "to" not in marks:
            return True  # "demanded that Hamas renounce violence": the demand is the event
        if node.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in DIRECTIVE_NOUNS for c in node.head.children):
            return True  # "reiterated its demand that Israel ease restrictions": what is demanded
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head is node:
            return False
        node = node.head  # "efforts to get Ukraine to launch ...": the aim covers the whole chain
    return False

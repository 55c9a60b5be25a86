"""Round 4b of the event lexicon: converted PETRARCH patterns that misfire on news (a block's
object words too broad for one of its verbs, figurative violence, trade flows, speech verbs sharing
'announce's patterns), corrected from the CAMEO 1.1b3 codebook. Sentences written here."""

from __future__ import annotations

import pytest
from test_lexicon import verb_code  # the round-1 helper (tests/events is on the path under pytest)

from communique.events.lexicon import builtin_lexicon
from communique.events.match import match_verb


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The rebels took the deputy minister hostage.", "took", "181"),  # still an abduction
    ("Kidnappers took two aides of the governor.", "took", "181"),
    ("Insurgents took control of the district.", "took", "192"),  # not 181 from "insurgents take"
    ("The rebels pressed on with their campaign.", "pressed", "---"),  # continuing, not 190
    ("Special forces should take the fight to the insurgents.", "take", "190"),  # not 192, occupy
    ("The premier made a two-day trip to Ghana.", "made", "042"),  # make a visit, not 036
    ("The senator joined the chorus of criticism of the raids.", "joined", "111"),  # not 190
    ("The envoy extended his deepest sympathy to the families.", "extended", "018"),
    ("The king offered condolences to Chile.", "offered", "018"),  # not 030
    ("The two neighbours exchanged harsh rhetoric all week.", "exchanged", "111"),  # not 060
    ("The opposition attacked the mayor's credibility.", "attacked", "111"),  # verbal, not 190
    ("Party members rallied behind the prime minister.", "rallied", "051"),  # not 150
    ("Washington hit Brazil with steep tariffs on steel.", "hit", "163"),
    ("The senators pressed the secretary on the budget.", "pressed", "100"),  # not 190
    ("The president met sailors at the naval base.", "met", "040"),  # a meeting held, not 036
    ("The ministers discussed the idea of a common fund.", "discussed", "040"),  # not 014
    ("The agency accused the firm of violations of the embargo.", "accused", "1121"),  # not 173
    ("Turkish tanks took up positions along the border.", "took", "150"),  # not 192
    ("The minister mentioned the arrests in a speech.", "mentioned", "010"),  # not 173
    ("The envoy met the lawyers after the hearing.", "met", "040"),  # not 173 ('faced a hearing')
    ("The government is backing out of the agreement with the unions.", "backing", "160"),
])
def test_codebook_codes(nlp, text, word, code):
    assert verb_code(nlp, text, word) == code


@pytest.mark.parametrize(("text", "word"), [
    ("His comments, taken with those of his ministers, raised doubts.", "taken"),  # not 181
    ("The navy took over the chairmanship of the council.", "took"),  # not 171
    ("Armed police took position outside the embassy.", "took"),  # not 192
    ("The port is taking in more foreign goods than ever.", "taking"),  # not 1711, confiscate
    ("Vietnam exported rice to the Philippines.", "exported"),  # a trade flow, not 061
    ("The activist is battling extradition to Sweden.", "battling"),  # not 190
    ("The men hoped to strike terror into the villagers.", "strike"),  # not 190 or 140
    ("Voters mourned the loss of their old party.", "mourned"),  # not 110
    ("Korea will increase its purchases of goods and services.", "increase"),  # not 154
    ("The agency will expand its refugee protection programme.", "expand"),  # not 150
    ("The two sides prepare for a long trade war.", "prepare"),  # not 154
    ("The new rule conflicts with the treaty.", "conflicts"),  # not 190
    ("The general gave his military advice on the war.", "gave"),  # not 072
    ("Parliament gave the president the authority to send troops.", "gave"),  # not 072
])
def test_no_event(nlp, text, word):
    assert verb_code(nlp, text, word) == "---"


def test_speech_verbs_keep_announcing():
    """'announce' shares the EXPLAIN_VERBAL block with 'cite' and 'mention': only the others lose
    the block's object patterns ("announced sanctions" is the sanctions, "cited the sanctions" is not)."""
    verbs = builtin_lexicon().verbs
    assert any(p.code == "163" for p in verbs["announce"].patterns)
    assert all(p.code in ("---", "010") or p.core for p in verbs["cite"].patterns)


def test_a_cited_attack_is_coded_by_its_noun(nlp):
    """The speech verb no longer takes the noun: "citing an attack" leaves the attack to code itself."""
    doc = nlp("Citing a rocket attack on the capital, the president cancelled his trip.")
    (cite,) = [t for t in doc if t.text == "Citing"]
    found = match_verb(cite, builtin_lexicon())
    assert found is not None and found.code == "010" and not found.used

"""The event lexicon: codebook defaults and patterns (verbs_core.tsv, patterns_core.tsv, nouns.tsv)
over the converted PETRARCH dictionary, matched on real spaCy parses of sentences written here."""

from __future__ import annotations

import pytest

from communique.events.codes import is_code
from communique.events.lexicon import builtin_lexicon
from communique.events.match import match_verb
from communique.knowledge import data_path, read_table


def verb_code(nlp, text: str, word: str) -> str | None:
    """The code `word` (a verb of `text`) matches, or None when it is no event verb."""
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == word]
    found = match_verb(token, builtin_lexicon())
    return found.code if found else None


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The United States continued to send arms to Pakistan.", "send", "072"),  # not 154, mobilize
    ("Peru granted asylum to five army officers.", "granted", "075"),
    ("The teachers' union called off the strike on Thursday.", "called", "082"),  # not 160
    ("Serbia lifted the curfew in Montenegro.", "lifted", "0813"),
    ("Sudan lifted the state of emergency in Darfur.", "lifted", "0814"),
    ("The government eased restrictions on the press.", "eased", "081"),
    ("The IAEA dispatched inspectors to Iran.", "dispatched", "090"),
    ("The court jailed the opposition leader.", "jailed", "173"),
    ("Soldiers beat up the detainees.", "beat", "182"),
    ("Israel and Syria negotiated with each other for years.", "negotiated", "046"),
    ("Japan expressed optimism about the talks.", "expressed", "013"),
    ("The United States withdrew from the nuclear deal.", "withdrew", "160"),  # not 0874, a retreat
    ("The president arrived in Amman on Wednesday.", "arrived", "042"),
    ("The rebels seized parts of the city.", "seized", "192"),  # not 030, from "take part"
])
def test_codebook_codes(nlp, text, word, code):
    assert verb_code(nlp, text, word) == code


@pytest.mark.parametrize(("text", "word"), [
    ("Prices rose, according to officials.", "according"),  # attribution, not 060
    ("Australia and Bahrain are taking part.", "taking"),  # not 030
    ("Iran faces new sanctions.", "faces"),  # the subject suffers, it does not consult
    ("The delegation was led by the foreign minister.", "led"),
])
def test_no_event_verbs(nlp, text, word):
    assert verb_code(nlp, text, word) == "---"


def test_going_to_future_is_not_a_movement(nlp):
    assert verb_code(nlp, "The tariffs are going to hurt China.", "going") is None


def test_codebook_pattern_wins_a_tie_with_a_converted_one():
    send = builtin_lexicon().verbs["send"]
    arms = [p for p in send.patterns if p.after and "arms" in p.after[0]]
    assert {p.code for p in arms if p.core} == {"072"}
    assert any(not p.core and p.code == "154" for p in arms)  # PETRARCH's, kept but outranked


def test_core_files_name_real_codes():
    """Every code in the hand-written files is `---` or a CAMEO code of the code table."""
    lex = builtin_lexicon()
    for name, column in (("verbs_core.tsv", "code"), ("patterns_core.tsv", "code"), ("nouns.tsv", "code")):
        for row in read_table(data_path(f"events/{name}"), (column,)):
            code = row[column]
            assert code == "---" or is_code(code.removeprefix(":")), (name, row)  # ":" codes the reverse direction
    assert lex.nouns["tariff"].code == "163"
    assert lex.nouns["bombing"].refine["suicide"] == "1831"


def test_reverse_pattern_codes_the_other_party(nlp):
    doc = nlp("Obama faces pressure from Congress.")
    found = match_verb(doc[1], builtin_lexicon())
    assert (found.code, found.reverse) == ("100", True)


def test_words_of_a_nested_clause_do_not_select_a_pattern(nlp):
    """"inspectors probing weapons sites" belongs to the participle, not to "issued"."""
    text = "Chirac issued a reminder to Iraq that it must cooperate with inspectors probing weapons sites."
    assert verb_code(nlp, text, "issued") != "072"


def test_relationship_nouns_are_not_events_of_their_own():
    """"the nuclear deal with Iran" names a state of affairs; "signed a deal" is the event."""
    nouns = builtin_lexicon().nouns
    assert not {"deal", "agreement", "partnership", "alliance"} & set(nouns)
    assert {"talk", "visit", "sanction", "arrest"} <= set(nouns)

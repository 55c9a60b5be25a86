"""The event lexicon, round 3: CAMEO categories whose usual news wording had no verb or pattern of
the right code (patterns_core.tsv, verbs_core.tsv), matched on real spaCy parses of sentences
written here; and a full-pipeline check that a few of them become events between actors."""

from __future__ import annotations

import pytest
from test_lexicon import verb_code  # tests/events is on the path under pytest

from communique.model import RawDocument


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The nurses of Kenya went on strike over unpaid wages.", "went", "143"),
    ("Dozens of detainees went on hunger strike last week.", "went", "142"),
    ("The dockers remained on strike for a third day.", "remained", "143"),
    ("The opposition walked out of the negotiations in Geneva.", "walked", "164"),
    ("The militia laid down its weapons in March.", "laid", "0873"),
    ("The fighters disarmed after the accord.", "disarmed", "0873"),  # not the converted 190
    ("The army pulled back from the outskirts of the capital.", "pulled", "0874"),  # not 080
    ("Khartoum allowed peacekeepers into the region.", "allowed", "0861"),
    ("Tehran allowed monitors into the plant.", "allowed", "0862"),
    ("The junta allowed relief convoys into the north.", "allowed", "0863"),  # not 070, giving aid
    ("The authorities permitted the delivery of humanitarian supplies.", "permitted", "0863"),
    ("Jordan reopened its border with Syria.", "reopened", "081"),  # closing it is 172
    ("Egypt closed the crossing at Rafah.", "closed", "172"),
    ("Ottawa suspended diplomatic relations with Tehran.", "suspended", "161"),
    ("Rome suspended air links with Belgrade.", "suspended", "160"),
    ("Students demanded the resignation of the rector.", "demanded", "1041"),  # not 100
    ("The senator called for the impeachment of the governor.", "called", "0241"),
    ("The regime blocked access to foreign websites.", "blocked", "1721"),
    ("The junta shut down two newspapers.", "shut", "1721"),
    ("The army imposed a news blackout on the region.", "imposed", "1721"),
    ("The attacker blew himself up near the gate.", "blew", "1831"),  # not 190
    ("Moscow massed tanks near the frontier.", "massed", "154"),
    ("Rabat and Jerusalem normalised relations last year.", "normalised", "050"),
    ("The rebels handed over the hostages to the Red Cross.", "handed", "0841"),
    ("The president declared a state of siege.", "declared", "1724"),
    ("Nurses picketed the health ministry.", "picketed", "141"),
    ("A crowd lynched the suspect.", "lynched", "1823"),
    ("Government troops retook the airport.", "retook", "192"),
    ("Soldiers bulldozed the market.", "bulldozed", "1712"),
    ("Rioters torched a police station.", "torched", "1712"),  # not 190
    ("Beijing lowered tariffs on imported cars.", "lowered", "085"),
    ("Delhi dropped its tariffs on motorcycles.", "dropped", "085"),
    ("Brussels rolled back sanctions on the bank.", "rolled", "085"),
    ("The two sides would end restrictions on farm trade.", "end", "081"),
    ("Ottawa put tariffs on steel from the United States.", "put", "163"),
    ("Beijing responded with levies on soybeans.", "responded", "163"),  # as "retaliated with"
    ("Pyongyang cut off all communication channels with Seoul.", "cut", "161"),
    ("Tehran reduced its cooperation with the agency.", "reduced", "160"),
    ("The chancellor spoke with the Polish president on Monday.", "spoke", "040"),  # not 046
    ("The chancellor spoke with the Polish president by phone.", "spoke", "041"),
    ("The emir received the Italian foreign minister.", "received", "043"),
    ("Caracas turned down the offer of mediation.", "turned", "120"),
    ("Ankara airlifted blankets and tents to the region.", "airlifted", "073"),  # not 036, an intent
    ("Cairo refused entry to the delegation.", "refused", "172"),  # as denying entry, not 144
    ("The commission barred two parties from the vote.", "barred", "172"),
    ("A court sentenced the blogger to six years.", "sentenced", "173"),  # as jailed
    ("The gunmen released the aid workers on Sunday.", "released", "0841"),  # not 070, giving aid
    ("Kyiv returned the bodies of the pilots.", "returned", "084"),
    ("Washington accused Moscow of war crimes.", "accused", "1124"),
    ("The prosecutor accused the governor of corruption.", "accused", "1121"),  # not 173, an arrest
    ("Tehran accused the tourist of espionage.", "accused", "1125"),
    ("Chile praised the decision of the court.", "praised", "051"),  # not 052
    ("Berlin halted arms sales to the kingdom.", "halted", "1622"),
    ("Beijing suspended imports of timber from Canada.", "suspended", "163"),  # as banning them
    ("Havana sent doctors to Lombardy.", "sent", "073"),
    ("Lawyers staged a sit-in at the high court.", "staged", "141"),  # the parser splits "sit-in"
])
def test_round3_codebook_codes(nlp, text, word, code):
    assert verb_code(nlp, text, word) == code


@pytest.mark.parametrize(("text", "word"), [
    ("The minister walked out after an hour.", "walked"),  # the converted 040: no consultation
    ("The president put the tariff increase on hold.", "put"),  # postponed, not imposed
    ("Washington agreed to put on hold an increase in tariffs.", "put"),
    ("The minister received a letter from the president of Chile.", "received"),  # no visit hosted
    ("He received a warm welcome from the king.", "received"),
])
def test_round3_no_event(nlp, text, word):
    assert verb_code(nlp, text, word) == "---"


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Protesters demanded the departure of foreign troops.", "demanded", "1041"),  # a withdrawal
    ("Beijing will not cut its surplus despite the tariff threats.", "cut", "085"),  # a word far off
])
def test_round3_narrow_words(nlp, text, word, code):
    assert verb_code(nlp, text, word) != code


@pytest.mark.parametrize(("text", "event"), [
    ("Kenyan teachers went on strike against the government on Monday.", ("143", "KENEDU")),
    ("Canada suspended diplomatic relations with Iran on Friday.", ("161", "CAN")),
    ("Sudan allowed United Nations peacekeepers into Darfur on Tuesday.", ("0861", "SDN")),
])
def test_round3_events_between_actors(pipeline, text, event):
    """The whole pipeline turns the pattern into an event with the subject as its source."""
    parser, find_actors, find_quotes, code_events = pipeline.nlp_stages
    article = pipeline.article(RawDocument(source="s4", kind="text", content=text, meta={"published": "2021-03-01"}))
    coded = code_events(find_quotes(find_actors(next(iter(parser.pipe([article]))))))
    assert event in {(e.cameo, e.source_code) for e in coded.events}

"""The Phoenix/PETRARCH dictionaries shipped as default tables (data/actors/phoenix_*.tsv), and the
conventions that code sector-only collectives, Congress and US lawmakers. Sentences written for
these tests; the people named are public office holders found in the Phoenix tables."""

from __future__ import annotations

from pathlib import Path

from castkit import codes

from communique.actors import make_actor_finder
from communique.model import Article, Dateline
from communique.nlp import ParsedArticle
from communique.settings import Settings

DATA = Path(__file__).resolve().parents[2] / "src" / "communique" / "data" / "actors"


def _code(cast, name: str) -> str:
    return next(a.code for a in cast.actors if a.name == name)


def test_generated_tables_record_source_version_and_licence():
    for name in ("phoenix_people.tsv", "phoenix_groups.tsv", "phoenix_agents.tsv"):
        head = (DATA / name).read_text(encoding="utf-8").splitlines()[:3]
        assert [line.split(":")[0] for line in head] == ["# source", "# version", "# licence"], name
        assert "MIT" in head[2]


def test_a_phoenix_person_is_coded_by_the_articles_date(cast_of):
    text = "Michel Suleiman spoke to reporters on Tuesday."
    assert _code(cast_of(text, published="2010-03-02"), "Michel Suleiman") == "LBNGOV"
    assert _code(cast_of(text, published="2005-03-02"), "Michel Suleiman") == "LBNELI"  # the undated fallback


def test_the_texts_title_outranks_a_stale_dictionary(cast_of):
    # the tables say Jawara was out of office in 2000; the article's own title says otherwise
    cast = cast_of("Gambian President Dawda Jawara will visit Senegal.", published="2000-01-01")
    assert _code(cast, "Dawda Jawara") == "GMBGOV"
    cast = cast_of("Former President Michel Suleiman criticised the cabinet.", published="2010-03-02")
    assert _code(cast, "Michel Suleiman") == "LBNELI"


def test_an_organisation_in_the_title_outranks_the_dictionary_country(cast_of):
    cast = cast_of("U.N. mediator Diego Cordovez met the rebel leaders.", published="1988-01-01")
    assert _code(cast, "Diego Cordovez").startswith("IGO")


def test_acronyms_match_only_in_capitals(cast_of):
    assert "NGOUSAHRI" in codes(cast_of("The ACLU sued the city over the new rules."))
    assert "NGOUSAHRI" not in codes(cast_of("Aclu is a word nobody uses."))


def test_agent_nouns_from_phoenix_match_in_lower_case_only(cast_of):
    assert "PSEREB" in codes(cast_of("Two Palestinian suicide bombers attacked a bus station."))
    cast = cast_of("Actress Carrie Fisher thanked her fans.")
    assert any(a.name == "Carrie Fisher" and a.kind == "person" for a in cast.actors)


def test_a_title_part_with_no_role_is_another_conjunct(cast_of):
    cast = cast_of("Klibi mediated between Syria and Palestinian leader Yasser Arafat.", published="1990-01-01")
    assert _code(cast, "Yasser Arafat").startswith("PSE")


def test_sector_only_collectives_are_actors(cast_of):
    cast = cast_of("Police said rebels attacked a village, and the protesters dispersed.")
    found = codes(cast)
    assert {"COP", "REB", "CVL"} <= found
    assert not any(a.code == "CVL" and a.name == "a village" for a in cast.actors)


def test_a_datelined_story_gives_its_country_to_unanchored_security_bodies(nlp):
    text = "Police said rebels attacked the town overnight."
    article = Article(id="t", source="t", text=text, published="2024-05-01",
                      datelines=[Dateline("NAIROBI", "KEN")])
    cast = make_actor_finder(Settings())(ParsedArticle(article, nlp(text)))
    assert {"KENCOP", "KENREB"} <= codes(cast)


def test_congress_is_the_us_congress_unless_qualified(cast_of):
    assert "USALEG" in codes(cast_of("Congress is asking the president to act."))
    assert "USALEG" in codes(cast_of("But Congress refused to act."))
    peru = cast_of("Peru's Congress voted to remove the president.")
    assert "PERLEG" in codes(peru) and "USALEG" not in codes(peru)


def test_ap_style_titles_and_party_state_notation_mean_us_lawmakers(cast_of):
    cast = cast_of("Sen. Tom Arvel, R-N.C., said that Rep. Dana Quill (D-Calif.) and Gov. Lee Brandt met.")
    assert (_code(cast, "Tom Arvel"), _code(cast, "Dana Quill"), _code(cast, "Lee Brandt")) == \
        ("USALEG", "USALEG", "USAGOV")


def test_its_and_their_give_the_owner_state(cast_of):
    assert "SYRMIL" in codes(cast_of("Syria says it is willing to withdraw its troops from the border."))


def test_group_phrases_and_ethnic_nouns_carry_sectors(cast_of):
    assert "ZWEOPP" in codes(cast_of("Opposition groups in Zimbabwe called a general strike."))
    assert "IRQCVL" in codes(cast_of("Thousands of Iraqi Kurds fled north."))
    assert "REB" in codes(cast_of("The main rebel group rejected the offer."))

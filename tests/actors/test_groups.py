"""Ethnic groups, crowds at the scene and refugees, on sentences written here."""

from __future__ import annotations

from castkit import codes

from communique.actors import make_actor_finder
from communique.model import Article, Dateline
from communique.nlp import ParsedArticle
from communique.settings import Settings


def _code(cast, name: str) -> str:
    return next(a.code for a in cast.actors if a.name == name)


def test_an_ethnic_group_takes_the_country_the_article_names_among_its_homes(cast_of):
    cast = cast_of("Shona rebels ambushed a convoy on Tuesday, Mozambique's army said.")
    assert _code(cast, "Shona rebels") == "MOZREB"  # Shona: Zimbabwe and Mozambique
    cast = cast_of("Hutu rebels raided three villages, officials in Burundi said.")
    assert _code(cast, "Hutu rebels") == "BDIREB"


def test_the_leaders_of_an_ethnic_group_are_elites(cast_of):
    cast = cast_of("Yoruba leaders urged Nigeria's president to call early elections.")
    assert _code(cast, "Yoruba leaders") == "NGAELI"
    assert "NGAGOV" in codes(cast)


def test_an_ethnic_group_the_article_does_not_place_keeps_no_country(cast_of):
    cast = cast_of("Karen rebels attacked an army post overnight.")
    assert _code(cast, "Karen rebels") == "REB"
    cast = cast_of("Kurdish leaders held talks with officials from Turkey and Iraq on Monday.")
    assert not {c for c in codes(cast) if c.endswith("ELI")}  # two of the Kurds' countries: no choice


def test_a_demonym_still_outranks_the_ethnic_name(cast_of):
    assert _code(cast_of("Iraqi Kurds fled to Germany last year."), "Iraqi Kurds") == "IRQCVL"


def test_a_crowd_belongs_to_where_its_sentence_is_set(cast_of):
    assert _code(cast_of("Protesters in Minsk chanted slogans for hours."), "Protesters") == "BLRCVL"


def test_a_crowd_belongs_to_the_country_of_the_police_facing_it(cast_of):
    cast = cast_of("Kenyan police fired tear gas at demonstrators on Friday.")
    assert _code(cast, "demonstrators") == "KENCVL"


def test_a_crowd_belongs_to_the_dateline_country(nlp):
    text = "Angry villagers blocked a highway on Tuesday to protest against a copper mine."
    article = Article(id="t", source="t", text=text, published="2024-05-01", datelines=[Dateline("LIMA", "PER")])
    cast = make_actor_finder(Settings())(ParsedArticle(article, nlp(text)))
    assert _code(cast, "Angry villagers") == "PERCVL"


def test_a_crowd_is_not_given_the_country_it_protests_against(cast_of):
    cast = cast_of("Protesters burned an American flag on Sunday.")
    assert _code(cast, "Protesters") == "CVL"


def test_victims_and_tourists_are_not_taken_for_locals(cast_of):
    cast = cast_of("Egyptian police said two tourists were hurt.")
    assert "EGYCVL" not in codes(cast)


def test_refugees_are_of_the_country_they_flee(cast_of):
    cast = cast_of("Aid finally reached refugees fleeing the fighting in Sudan.")
    assert "SDNREF" in codes(cast)
    assert "SYRREF" in codes(cast_of("Thousands of refugees fled Syria last year."))
    assert "ERIREF" in codes(cast_of("Refugees who escaped from Eritrea reached Italy."))


def test_refugees_are_not_of_the_country_they_flee_to(cast_of):
    assert "TCDREF" not in codes(cast_of("Refugees fleeing to Chad were attacked on the road."))


def test_guards_abroad_do_not_make_a_crowd_theirs(cast_of):
    cast = cast_of("American security forces fired tear gas at protesters outside the embassy.")
    assert _code(cast, "protesters") == "CVL"


def test_a_crowd_is_not_where_a_clause_below_it_looks(cast_of):
    cast = cast_of("The senator told a cheering crowd that he would fly to talks in Geneva.")
    assert _code(cast, "a cheering crowd") == "CVL"


def test_refugees_fleeing_several_countries_take_none(cast_of):
    cast = cast_of("Refugees fleeing violence in Honduras, Guatemala and Nicaragua reached the border.")
    assert not {c for c in codes(cast) if c.endswith("REF") and len(c) > 3}


def test_a_country_after_at_is_a_target_not_a_scene(cast_of):
    assert _code(cast_of("Militants fired rockets at Israel on Monday.", published=None), "Militants") == "REB"
    assert _code(cast_of("Rebels attacked a convoy at Kandahar.", published=None), "Rebels") == "AFGREB"


def test_a_countrys_embassy_is_not_a_scene_in_that_country(cast_of):
    cast = cast_of("Protesters gathered outside the U.S. Embassy on Friday.", published=None)
    assert _code(cast, "Protesters") == "CVL"


def test_an_ethnic_name_alone_names_its_people_where_the_article_places_them(cast_of):
    assert _code(cast_of("Chechens protested in Grozny on Monday."), "Chechens") == "RUSCVL"
    cast = cast_of("Thousands of Tamils crossed the border, Sri Lanka's army said.")
    assert _code(cast, "Tamils") == "LKACVL"
    assert "Basques" not in {a.name for a in cast_of("Basques voted on Sunday.").actors}  # no country: no actor


def test_an_ethnic_name_is_no_title_before_a_name(cast_of):
    cast = cast_of("The Catalan National Assembly called for new marches on Sunday.")
    assert "National" not in {a.name for a in cast.actors}

"""States, demonyms, long forms, capitals, regions and organisations, on sentences written here."""

from __future__ import annotations

from castkit import codes, mentions


def test_long_form_and_demonym_name_the_same_state(cast_of):
    cast = cast_of("The Russian Federation signed the accord. Russian companies welcomed it, and Russia praised it.")
    russia = [a for a in cast.actors if a.code == "RUS"]
    assert len(russia) == 1 and russia[0].name == "Russia" and russia[0].kind == "state"
    assert {"The Russian Federation", "Russia"} <= set(mentions(cast))
    assert "RUSBUS" in codes(cast)


def test_demonym_before_a_role_noun_gives_country_and_sector(cast_of):
    cast = cast_of("Ukrainian troops crossed the river while Iranian officials met Chinese diplomats.")
    assert {"UKRMIL", "IRNGOV", "CHNGOV"} <= codes(cast)
    troops = next(a for a in cast.actors if a.code == "UKRMIL")
    assert troops.kind == "group" and troops.country == "UKR" and troops.sector == "MIL"


def test_capital_as_subject_is_its_government_but_not_as_a_place(cast_of):
    cast = cast_of("Beijing rejected the claims. The delegation arrived in Tokyo on Monday.")
    beijing = next(a for a in cast.actors if a.name == "Beijing")
    assert (beijing.code, beijing.country, beijing.sector) == ("CHNGOV", "CHN", "GOV")
    assert "Tokyo" not in mentions(cast)


def test_capital_as_object_of_an_accusation_is_an_actor(cast_of):
    cast = cast_of("The minister accused Kyiv of delaying the talks with Washington.")
    assert {"UKRGOV", "USAGOV"} <= codes(cast)


def test_datelines_in_capitals_are_places(cast_of):
    cast = cast_of("ASTANA/MOSCOW (Agency) - The two sides met on Tuesday.")
    assert not codes(cast) & {"KAZGOV", "RUSGOV"}


def test_regions_and_the_west(cast_of):
    cast = cast_of("The collective West imposed new sanctions, and Western officials said Europe would follow.")
    assert {"WST", "WSTGOV", "EUR"} <= codes(cast)
    west = next(a for a in cast.actors if a.code == "WST")
    assert west.kind == "group" and west.name.lower() == "the collective west"


def test_intergovernmental_bodies_and_armed_groups(cast_of):
    cast = cast_of("NATO and the European Union condemned the attack, which the Taliban and al-Qaeda praised. "
                   "The UN Security Council met, and the CSTO and the SCO issued statements.")
    assert {"IGONAT", "IGOEUR", "AFGREB", "IMGREBALQ", "IGOUNO", "IGOCASCST", "IGOCASSCO"} <= codes(cast)
    nato = next(a for a in cast.actors if a.code == "IGONAT")
    assert nato.kind == "organization" and nato.sector == "IGO"


def test_institutions_stand_for_their_governments(cast_of):
    cast = cast_of("The Kremlin said the State Department had misread the proposal.")
    assert {"RUSGOV", "USAGOV"} <= codes(cast)


def test_ner_mislabels_do_not_decide(cast_of):
    # the small model reads demonyms as people and unknown names as organisations
    cast = cast_of("Kazakh Foreign Minister Murat Nurtleu met his Kyrgyz counterpart in Bishkek.")
    names = {a.name: a for a in cast.actors}
    assert "Kazakh" not in names
    assert names["Murat Nurtleu"].code == "KAZGOV" and names["Murat Nurtleu"].kind == "person"


def test_coordinated_demonyms_give_one_actor_each(cast_of):
    cast = cast_of("US and British forces must ensure security, the agency said.")
    assert {"USAMIL", "GBRMIL"} <= codes(cast)


def test_an_organisation_in_a_title_outranks_the_demonym(cast_of):
    cast = cast_of("A Palestinian Islamic Jihad commander was arrested.")
    assert "PSEREB" in codes(cast)


def test_demonym_attributes_an_act_to_its_state(cast_of):
    cast = cast_of("Serbia rejected an Australian ultimatum on Thursday.")
    assert {"SRB", "AUS"} <= codes(cast)


def test_a_title_before_a_name_of_a_body_makes_it_an_organisation(cast_of):
    cast = cast_of("A quarter of voters were undecided, according to national polling company Vexa.")
    vexa = next(a for a in cast.actors if a.name == "Vexa")
    assert vexa.kind == "organization" and vexa.sector == "BUS"


def test_the_agency_of_a_capital_city_region_is_not_a_person(cast_of):
    cast = cast_of("Shelling hit Khan Yunis on Friday, and residents of Samarra fled.")
    assert not [a for a in cast.actors if a.kind == "person"]


def test_a_province_gives_its_country_but_is_no_actor(cast_of):
    cast = cast_of("Vermont senator Ada Kell and Crimean authorities disagreed.")
    kell = next(a for a in cast.actors if a.name == "Ada Kell")
    assert kell.code == "USALEG"
    assert not any(a.name in {"Vermont", "Crimea"} for a in cast.actors)

"""People, their titles, appositions and every later mention, on sentences written here."""

from __future__ import annotations

from castkit import mentions

from communique.model import Actor


def _person(cast, name) -> Actor:
    return next(a for a in cast.actors if a.name == name and a.kind == "person")


def test_titles_before_the_name_give_roles_country_and_sector(cast_of):
    cast = cast_of("Brazilian Deputy Defence Minister and Army Chief of Staff Joana Ferreira arrived on Monday.")
    person = _person(cast, "Joana Ferreira")
    assert person.country == "BRA" and person.code.startswith("BRA")
    assert person.roles[0] == "Deputy Defence Minister"


def test_apposition_after_the_name(cast_of):
    cast = cast_of("Tomas Orlund, Sweden's top diplomat, said the talks would resume.")
    person = _person(cast, "Tomas Orlund")
    assert (person.code, person.roles) == ("SWEGOV", ["top diplomat"])


def test_apposition_before_the_name(cast_of):
    cast = cast_of("The spokeswoman for the Greek Foreign Ministry, Eleni Vardaki, declined to comment.")
    assert _person(cast, "Eleni Vardaki").code == "GRCGOV"


def test_sectors_follow_the_title(cast_of):
    cast = cast_of("Opposition leader Amara Diallo met General Koffi Mensah, police chief Ade Bello and "
                   "Judge Ruth Okafor of Nigeria's Supreme Court.")
    sectors = {a.name: a.sector for a in cast.actors if a.kind == "person"}
    assert sectors == {"Amara Diallo": "OPP", "Koffi Mensah": "MIL", "Ade Bello": "COP", "Ruth Okafor": "JUD"}


def test_organisation_in_the_title_codes_the_person(cast_of):
    cast = cast_of("NATO Secretary General Lena Haugland visited the base.")
    assert _person(cast, "Lena Haugland").code == "IGONAT"


def test_surname_pronoun_and_title_resolve_to_the_person(cast_of):
    text = ("Indian Foreign Minister Rajan Mehta met Japanese Prime Minister Kenji Sato in Delhi. "
            "Mehta said the visit was a success. \"We agreed on a great deal,\" he said. "
            "The Japanese prime minister said Tokyo would invest more, and the minister welcomed it.")
    cast = cast_of(text)
    said = mentions(cast)
    assert said["Mehta"] == {"Rajan Mehta"}
    assert said["he"] == {"Rajan Mehta"}
    assert said["The Japanese prime minister"] == {"Kenji Sato"}
    assert said["the minister"] == {"Kenji Sato"}  # the most recently mentioned minister
    assert _person(cast, "Kenji Sato").code == "JPNGOV"


def test_pronoun_prefers_the_subject_of_the_previous_sentence(cast_of):
    cast = cast_of("Chancellor Karl Brenner met President Ana Ruiz of Chile. He promised more aid.")
    assert mentions(cast)["He"] == {"Karl Brenner"}


def test_she_skips_a_man_already_called_he(cast_of):
    cast = cast_of("Mr Ivo Petrov spoke first and he was brief. Ms Dana Kolar answered. "
                   "Petrov left early. She stayed until the end.")
    assert mentions(cast)["She"] == {"Dana Kolar"}


def test_unnamed_official_with_a_country_is_an_actor(cast_of):
    cast = cast_of("A senior Guyanese police officer said the warrants were issued.")
    officer = next(a for a in cast.actors if a.kind == "person")
    assert officer.code == "GUYCOP"


def test_ids_follow_first_mention(cast_of):
    cast = cast_of("Kenya and Uganda signed the pact; President Ruto of Kenya called it historic.")
    assert [a.id for a in cast.actors] == [f"A{n}" for n in range(1, len(cast.actors) + 1)]
    assert cast.actors[0].code == "KEN"

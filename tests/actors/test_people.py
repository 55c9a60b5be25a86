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


def test_known_office_holders_are_coded_by_date(cast_of):
    in_office = cast_of("Merkel met Putin in Sochi.", published="2015-05-10")
    later = cast_of("Merkel met Putin in Sochi.", published="2023-05-10")
    assert {"DEUGOV", "RUSGOV"} <= {a.code for a in in_office.actors}
    assert {"DEUELI", "RUSGOV"} <= {a.code for a in later.actors}


def test_former_in_the_title_makes_an_elite(cast_of):
    cast = cast_of("Former Peruvian President Lino Quispe criticised the plan.")
    assert _person(cast, "Lino Quispe").code == "PERELI"


def test_east_asian_family_name_comes_first(cast_of):
    cast = cast_of("Chinese Vice Premier Zhang Wenli arrived on Monday. Zhang said talks went well.")
    assert mentions(cast)["Zhang"] == {"Zhang Wenli"}
    assert _person(cast, "Zhang Wenli").code == "CHNGOV"


def test_a_paraphrased_title_finds_the_office_holder(cast_of):
    cast = cast_of("Secretary of State Dana Holt met President Carl Mott. Later the top U.S. diplomat flew home.")
    assert mentions(cast)["the top U.S. diplomat"] == {"Dana Holt"}


def test_the_prime_minister_is_not_a_deputy_foreign_minister(cast_of):
    cast = cast_of("Deputy Foreign Minister Oleg Sarin spoke first. The prime minister did not attend.")
    assert "Oleg Sarin" not in mentions(cast).get("The prime minister", set())


def test_object_pronoun_is_not_the_subject_of_its_verb(cast_of):
    cast = cast_of("President Ivo Banac met Chancellor Ema Lund and thanked her.")
    assert mentions(cast)["her"] == {"Ema Lund"}


def test_they_refers_to_a_group_not_a_state(cast_of):
    cast = cast_of("Ukrainian troops crossed the river near Russia on Monday. They said the bridge was open.")
    assert mentions(cast)["They"] == {"Ukrainian troops"}


def test_officials_without_a_country_serve_the_dateline_country(nlp):
    from communique.actors import make_actor_finder
    from communique.model import Article, Dateline
    from communique.nlp import ParsedArticle
    from communique.settings import Settings

    text = "Prime Minister Stefan Arvidsson said the vote would go ahead."
    article = Article(id="t", source="t", text=text, datelines=[Dateline("Stockholm", "SWE")])
    cast = make_actor_finder(Settings())(ParsedArticle(article, nlp(text)))
    assert _person(cast, "Stefan Arvidsson").code == "SWEGOV"


def test_an_appositive_title_is_a_mention_and_actor_at_prefers_the_tightest(cast_of):
    text = "The spokesman, Josh Earnest, said the talks failed. Lavrov, Russia's top diplomat, agreed."
    cast = cast_of(text)
    assert mentions(cast)["The spokesman"] == {"Josh Earnest"}
    start = text.index("spokesman")
    assert cast.actor_at(start, start + len("spokesman")).name == "Josh Earnest"
    russia = text.index("Russia")
    assert cast.actor_at(russia, russia + 6).name == "Russia"  # not Lavrov, whose title contains it
    phrase = text.index("Lavrov")
    assert cast.actor_at(phrase, text.index(", agreed")).name == "Lavrov"
    sentence_two = cast.actors_in(phrase, len(text))
    assert [a.name for a in sentence_two] == ["Lavrov", "Russia"]


def test_a_preposed_possessive_refers_forward_to_the_subject(cast_of):
    text = ("Minister Tor Vik denied it. As part of his inquiry, Judge Ana Lind called witnesses. "
            "Vik said his lawyers would answer.")
    cast = cast_of(text)
    his = [m for a in cast.actors for m in a.mentions if text[m[0]:m[1]] == "his"]
    first, second = sorted(his)
    assert cast.actor_at(*first).name == "Ana Lind"
    assert cast.actor_at(*second).name == "Tor Vik"


def test_a_portfolio_after_minister_of_or_for_is_part_of_the_title(cast_of):
    cast = cast_of("Minister for Home Affairs Ravi Dutta met the envoy on Monday.")
    assert "Ravi Dutta" in {a.name for a in cast.actors}
    cast = cast_of("Kenya's Minister of Interior Peter Mwangi met the envoy on Monday.")
    person = next(a for a in cast.actors if a.kind == "person")
    assert person.name == "Peter Mwangi" and person.code == "KENGOV"

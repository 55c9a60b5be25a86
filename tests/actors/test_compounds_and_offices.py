"""Session 6 conventions, on sentences written here: combining forms in compounds ("Franco-German"),
aircraft named "fighters", unplaced ministries, honorifics before month-like surnames, place names
that open a person's name, US federal departments, out-of-term IGO codes, diplomats posted at an
international body, and congressional leadership titles."""

from __future__ import annotations

from castkit import codes


def _code(cast, name: str) -> str | None:
    return next((a.code for a in cast.actors if a.name == name), None)


def test_a_combining_form_before_a_hyphen_names_its_country(cast_of):
    cast = cast_of("A hastily arranged Sino-Indian summit opened in Delhi on Tuesday.")
    assert {"CHN", "IND"} <= codes(cast)
    cast = cast_of("The Franco-Italian border stayed closed.")
    assert {"FRA", "ITA"} <= codes(cast)
    cast = cast_of("Greco-Roman wrestlers and Anglo-Saxon poets met General Franco's admirers.")
    assert not {"GRC", "GBR", "FRA"} & codes(cast)  # no country after the hyphen; "Franco" alone


def test_fighters_after_a_model_designation_are_aircraft(cast_of):
    cast = cast_of("Three Turkish F-16 fighters escorted the airliner over the Aegean.")
    assert "TURMIL" in codes(cast)
    cast = cast_of("Two Canadian CF 18 fighters and Canadian fighter jets flew over the lake.")
    assert "CANREB" not in codes(cast)
    cast = cast_of("About 400 Somali fighters attacked the base.")
    assert "SOMREB" in codes(cast)  # a count is no model number


def test_an_unplaced_ministry_is_the_reported_country_s_never_the_us(cast_of):
    cast = cast_of("Washington imposed new tariffs on Monday. Chile's copper exports fell sharply. "
                   "The Foreign Ministry said it would file a complaint.")
    ministry = next(a for a in cast.actors if "Ministry" in a.name)
    assert ministry.code == "CHLGOV"
    cast = cast_of("President Ellery Vance spoke at the White House. The ministry said nothing.")
    assert not any("ministry" in a.name.lower() and a.code.startswith("USA") for a in cast.actors)


def test_an_honorific_makes_a_month_like_word_a_surname(cast_of):
    cast = cast_of("Mrs May told the Commons she would not resign.", published="2018-11-20")
    assert "GBRGOV" in codes(cast)
    cast = cast_of("In May, Dr. No was a popular film.")
    assert not any(a.name == "May" for a in cast.actors)


def test_a_place_name_opening_a_person_s_name_is_no_place(cast_of):
    cast = cast_of("Victoria Hallam, a lawyer for the family, declined to comment.")
    assert "SYC" not in {c[:3] for c in codes(cast)}
    cast = cast_of("U.S. ambassador to Israel Dan Shapiro said the talks went well.", published="2015-01-01")
    assert "ISR" in codes(cast)


def test_us_federal_departments_and_acting_titles(cast_of):
    cast = cast_of("MEXICO CITY (Reuters) - Mexico sent a delegation on Monday. Department of Homeland "
                   "Security (DHS) acting Secretary Dora Penfield said Mexico should do more.")
    assert _code(cast, "Dora Penfield") == "USAGOV"
    cast = cast_of("The Justice Department said it would appeal the ruling.")
    assert "USAGOV" in codes(cast)


def test_an_out_of_term_igo_office_yields_to_the_text(cast_of):
    cast = cast_of("Egyptian opposition leader Mohamed ElBaradei met the generals.", published="2013-07-01")
    assert "IGOUNOIAE" not in codes(cast)


def test_a_diplomat_posted_at_the_un_serves_the_country(cast_of):
    cast = cast_of("Ri Chol-ho, a senior North Korean diplomat at the UN, denied the report.")
    assert _code(cast, "Ri Chol-ho") == "PRKGOV"
    cast = cast_of("An official at the UN said the convoy was stopped.")
    assert "IGOUNO" in codes(cast)


def test_congressional_leadership_titles_are_one_title(cast_of):
    cast = cast_of("Senate Minority Leader Dale Brenner, D-Ore., criticized the bill.")
    names = {a.name for a in cast.actors}
    assert "Minority" not in names and "Dale Brenner" in names


def test_typeset_apostrophes_match_dictionary_names(cast_of):
    cast = cast_of("The National People’s Congress approved the plan on Sunday.")
    assert "CHNGOVLEG" in codes(cast)

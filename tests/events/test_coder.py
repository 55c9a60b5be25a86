"""The coder on sentences written for these tests: real spaCy, real actors and quotes stages."""

from __future__ import annotations


def triples(events: list[dict]) -> set[tuple]:
    """(source country, root, target country) as the scorer compares them."""
    return {((e["source_code"] or "")[:3], e["root"], (e["target_code"] or "")[:3]) for e in events}


def test_active_voice_codes_source_and_target(code):
    assert ("TUR", "19", "SYR") in triples(code("Turkey bombed Syria on Monday."))


def test_passive_voice_swaps_roles(code):
    found = triples(code("The Syrian army was attacked by Turkey on Monday."))
    assert ("TUR", "19", "SYR") in found
    assert ("SYR", "19", "TUR") not in found


def test_compound_subject_gives_each_actor_an_event(code):
    found = triples(code("Russia and China condemned Japan on Tuesday."))
    assert {("RUS", "11", "JPN"), ("CHN", "11", "JPN")} <= found


def test_compound_subject_without_object_meets_each_other(code):
    found = triples(code("France, Germany and Italy met in Rome on Wednesday."))
    pairs = {frozenset((s, t)) for s, r, t in found if r == "04"}
    assert pairs == {frozenset(p) for p in (("FRA", "DEU"), ("FRA", "ITA"), ("DEU", "ITA"))}


def test_negated_meeting_is_not_an_event(code):
    assert not [e for e in code("Iran did not meet Iraq on Monday.") if e["root"] == "04"]


def test_negated_intention_is_a_rejection(code):
    found = triples(code("Germany said it would not provide weapons to Ukraine."))
    assert any(s == "DEU" and r == "12" and t == "UKR" for s, r, t in found)


def test_reporters_hypothesis_is_not_an_event(code):
    assert code("Brazil could meet Argentina next year, analysts believe.") == []


def test_first_person_in_a_quote_is_the_speaker(code):
    text = ('"We strongly condemn the missile strikes by Iran," the Saudi Foreign Minister '
            'Faisal bin Farhan said on Tuesday.')
    found = triples(code(text))
    assert any(s == "SAU" and r == "11" and t == "IRN" for s, r, t in found)


def test_nominal_talks_code_a_meeting_once(code):
    text = ("The Indian foreign minister spoke to reporters after talks with Chinese Foreign Minister "
            "Wang Yi in Beijing. Wang Yi met the Indian minister again on Wednesday.")
    meetings = [e for e in code(text) if e["root"] == "04"]
    assert len(meetings) == 1
    assert {meetings[0]["source_code"][:3], meetings[0]["target_code"][:3]} == {"IND", "CHN"}
    assert meetings[0]["place"]["name"] == "Beijing"
    assert meetings[0]["place"]["country"] == "CHN"


def test_background_history_is_not_coded(code):
    found = code("Poland criticized Russia over the 2014 annexation of Crimea.")
    assert all(e["root"] != "19" for e in found)


def test_event_fields_are_complete(code):
    text = "Kenya accused Somalia on Tuesday of violating its airspace."
    events = code(text)
    assert events, "an accusation should be coded"
    ev = events[0]
    assert ev["cameo"].startswith("11") and ev["root"] == "11"
    assert ev["plover"] == "ACCUSE" and ev["quad_class"] == 3
    assert ev["goldstein"] < 0
    assert ev["date"] == "2023-04-11"
    assert text[ev["start"]:ev["end"]] == ev["sentence"]
    assert 0 <= ev["confidence"] <= 1

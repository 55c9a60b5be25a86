"""What a clause's grammar says is not an act done, and who the other party of a moved force is;
sentences written for these tests."""

from __future__ import annotations

from test_coder import triples


def test_a_report_does_not_make_the_reporter_the_host(code):
    events = code("A German broadcaster reports that the Iraqi prime minister and Nigeria's president "
                  "have been invited to the talks.")
    assert not any((e["source_code"] or "").startswith("DEU") for e in events)


def test_migrants_travelling_make_no_visit(code):
    assert not code("Every month thousands of Cubans fly to Nicaragua and Guyana.")
    assert ("RUS", "04", "CUB") in triples(code("A Russian delegation travelled to Cuba on Monday."))


def test_a_gerund_subject_is_an_act_talked_about(code):
    assert not any(e["root"] == "19" for e in code("Attacking Iran would be a grave mistake, the senator said."))


def test_in_case_is_a_condition(code):
    assert not code("Relief agencies drew up plans in case the United States launches strikes against Syria.")


def test_a_potential_strike_is_not_a_strike(code):
    events = code("The potential strike by the United States against Syria worries the aid agencies.")
    assert not any(e["root"] == "19" for e in events)


def test_a_from_phrase_is_where_the_attackers_were(code):
    found = triples(code("Two rockets were fired from Gaza into southern Israel on Monday."))
    assert ("PSE", "18", "ISR") in found
    assert not any(t == "PSE" for _, _, t in found)


def test_unknown_attackers_of_a_country_do_not_attack_it_whole(code):
    assert not code("The army said more than forty rockets were fired into Israel on Friday.")


def test_a_moved_force_is_the_doer_s_own_and_the_place_is_the_other_party(code):
    found = triples(code("President Trump announced he was withdrawing U.S. troops from northern Syria."))
    assert ("USA", "08", "SYR") in found
    assert not any(t == "USA" for _, _, t in found)

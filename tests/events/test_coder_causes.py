"""The general causes of missed and false events fixed in session 2, each on a sentence written here."""

from __future__ import annotations


def triples(events: list[dict]) -> set[tuple]:
    """(source country, root, target country) as the scorer compares them."""
    return {((e["source_code"] or "")[:3], e["root"], (e["target_code"] or "")[:3]) for e in events}


def test_obligation_in_reported_speech_is_a_demand_despite_must(code):
    found = triples(code("The Canadian government declared on Tuesday that Venezuela must release the prisoners."))
    assert ("CAN", "10", "VEN") in found


def test_demanded_clause_is_not_an_event_of_its_own(code):
    found = triples(code("Peru demanded that Chile withdraw its troops from Bolivia."))
    assert ("PER", "10", "CHL") in found
    assert not any(s == "CHL" for s, _, _ in found)


def test_government_acting_on_its_own_country_is_kept(code):
    found = triples(code("The Kenyan government imposed a curfew on Kenya's northern towns on Monday."))
    assert any(s == "KEN" and r == "17" and t == "KEN" for s, r, t in found)


def test_untargeted_material_act_is_aimed_at_its_place(code):
    found = triples(code("Serbia lifted a night curfew in Montenegro on Sunday."))
    assert ("SRB", "08", "MNE") in found


def test_light_verb_lets_the_event_noun_code(code):
    found = triples(code("Thousands of Kenyan students staged a protest in Nairobi on Monday."))
    assert any(s == "KEN" and r == "14" for s, r, _ in found)
    assert not any(r == "05" for _, r, _ in found)  # "organize/stage" alone says nothing


def test_target_inside_the_object_phrase(code):
    found = triples(code("Turkey refused to commit troops to the French mission in Mali."))
    assert any(s == "TUR" and r == "12" and t in ("FRA", "MLI") for s, r, t in found)


def test_withdrawing_peacekeepers_is_reduced_relations_and_announced_it_is_a_threat(code):
    done = triples(code("Nigeria withdrew its peacekeepers from Chad on Friday."))
    assert ("NGA", "16", "TCD") in done
    announced = triples(code("Nigeria announced that it will withdraw its peacekeepers from Chad."))
    assert ("NGA", "13", "TCD") in announced


def test_ready_to_is_an_intention(code):
    found = triples(code("France is ready to send military aid to Mali, the minister said."))
    assert any(s == "FRA" and r == "03" and t == "MLI" for s, r, t in found)
    assert not any(s == "FRA" and r == "07" for s, r, t in found)


def test_list_inside_an_of_phrase_names_each_member(code):
    found = triples(code("The ambassadors of France, Spain and Italy condemned Iran on Monday."))
    assert {("FRA", "11", "IRN"), ("ESP", "11", "IRN"), ("ITA", "11", "IRN")} <= found


def test_target_list_inside_the_object_phrase_names_each_member(code):
    found = triples(code("Egypt welcomed the resumption of diplomatic ties with Jordan, Syria and Iraq."))
    assert {("EGY", "05", "JOR"), ("EGY", "05", "SYR"), ("EGY", "05", "IRQ")} <= found

"""CAMEO conventions beyond plain subject-verb-object, on sentences written for these tests."""

from __future__ import annotations

from test_coder import triples


def test_violence_by_nobody_named_is_the_unidentified_forces_of_the_place(code):
    events = code("A roadside bomb near Basra killed two British soldiers on Monday.")
    assert [(e["source"], e["source_code"], e["root"], e["target_code"][:3]) for e in events] == \
        [(None, "IRQUAF", "18", "GBR")]


def test_named_attackers_are_not_unidentified(code):
    found = {e["source_code"] for e in code("Pakistani troops killed three British soldiers in Peshawar.")}
    assert found and not any(c.endswith("UAF") for c in found)


def test_complaint_is_aimed_at_its_topic_not_its_audience(code):
    found = triples(code("Lebanon complained to the United Nations over Israeli air strikes on its territory."))
    assert ("LBN", "11", "ISR") in found
    assert ("LBN", "11", "IGO") not in found


def test_a_reported_attempt_is_coded_as_the_act(code):
    done = {e["cameo"] for e in code("Serbia tried to expel the Albanian ambassador last week.")}
    planned = {e["cameo"] for e in code("Serbia is trying to expel the Albanian ambassador.")}
    assert done == {"174"}
    assert planned and "174" not in planned

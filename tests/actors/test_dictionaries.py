"""User dictionaries (Settings.dictionaries): a TSV with office terms, and the CAMEO .txt format."""

from __future__ import annotations

import pytest
from castkit import codes

from communique.actors.dictionaries import load_user, parse_code
from communique.errors import DictionaryError

TSV = """# source: test
# version: 1
# licence: MIT
name\tcode\tfrom\tuntil
Mara Quint\tZAFGOV\t2019-05-25\t2024-06-14
Mara Quint\tZAFELI\t2024-06-15\t
Ostrava Pact\tIGOEUR\t\t
"""

SENTENCE = "Mara Quint said the Ostrava Pact would meet again."


@pytest.fixture()
def user_tsv(tmp_path):
    path = tmp_path / "office.tsv"
    path.write_text(TSV, encoding="utf-8")
    return (path,)


def test_office_holder_code_depends_on_the_article_date(cast_of, user_tsv):
    in_office = cast_of(SENTENCE, published="2021-03-01", dictionaries=user_tsv)
    after = cast_of(SENTENCE, published="2025-01-10", dictionaries=user_tsv)
    assert {"ZAFGOV", "IGOEUR"} <= codes(in_office)
    assert "ZAFELI" in codes(after) and "ZAFGOV" not in codes(after)
    quint = next(a for a in in_office.actors if a.name == "Mara Quint")
    assert quint.kind == "person" and quint.country == "ZAF" and quint.sector == "GOV"


def test_tabari_codes_and_dates():
    assert parse_code("HOBGOV 19950601 - 19990815") == ("HOBGOV", "1995-06-01", "1999-08-15")
    assert parse_code("HOB < 950601") == ("HOB", None, "1995-06-01")
    assert parse_code("USAGOV >120101") == ("USAGOV", "2012-01-01", None)


def test_petrarch_validation_dictionary_loads_and_codes(shared, cast_of):
    path = shared / "anchors/events/raw/petrarch2/PETR.Validate.actors.txt"
    names, _, _ = load_user((path,))
    assert [e.code for e in names["GONDOR"]] == ["GON"]
    cast = cast_of("Gondor accused Mordor of massing troops near Arnor.", dictionaries=(path,))
    assert {"GON", "MOR", "ARN"} <= codes(cast)
    early = cast_of("Gollum met Frodo.", published="1994-01-01", dictionaries=(path,))
    late = cast_of("Gollum met Frodo.", published="2001-01-01", dictionaries=(path,))
    assert "HOB" in codes(early) and "HOBREB" in codes(late)


def test_agents_file_adds_role_words(shared):
    path = shared / "anchors/events/raw/petrarch2/PETR.Validate.agents.txt"
    _, roles, _ = load_user((path,))
    assert roles[("foreign", "minister")].sector == "GOV"
    assert roles[("congressman",)].sector == "LEG"  # CONGRESS!PERSON! expanded


def test_missing_dictionary_is_a_clear_error(tmp_path):
    with pytest.raises(DictionaryError, match="not found"):
        load_user((tmp_path / "nope.tsv",))

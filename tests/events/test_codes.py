"""The one code table: GDELT Goldstein scores and quad classes, PLOVER types."""

from __future__ import annotations

import pytest

from communique.events.codes import cameo_table, is_code, lookup


@pytest.mark.parametrize(("code", "goldstein", "quad", "plover"), [
    ("040", 1.0, 1, "CONSULT"),
    ("042", 1.9, 1, "CONSULT"),
    ("051", 3.4, 1, "SUPPORT"),
    ("016", -2.0, 1, ""),  # GDELT's value; Phoenix has +3.4
    ("112", -2.0, 3, "ACCUSE"),
    ("141", -6.5, 3, "PROTEST"),
    ("190", -10.0, 4, "ASSAULT"),
    ("195", -10.0, 4, "ASSAULT"),
    ("020", 3.0, 1, "REQUEST"),
])
def test_lookup(code, goldstein, quad, plover):
    info = lookup(code)
    assert (info.goldstein, info.quad_class, info.plover) == (goldstein, quad, plover)
    assert info.root == code[:2]


def test_every_root_and_quad_range():
    table = cameo_table()
    roots = {c for c in table if len(c) == 2}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for code, info in table.items():
        expected = 1 if info.root <= "05" else 2 if info.root <= "09" else 3 if info.root <= "14" else 4
        assert info.quad_class == expected, code
        assert -10 <= info.goldstein <= 10


def test_unknown_sub_code_falls_back_to_its_base():
    info = lookup("0459")
    assert info.root == "04" and info.goldstein == lookup("045").goldstein


def test_is_code():
    assert is_code("0311") and is_code("20")
    assert not is_code("---") and not is_code("21") and not is_code("A12")

"""Users' PETRARCH verb dictionaries are read and take precedence for the verbs they define."""

from __future__ import annotations

from pathlib import Path

from communique.events.lexicon import builtin_lexicon, lexicon_for
from communique.events.petrarch_dict import is_verb_dictionary, read_verb_dictionary

DICT = """
&WEAPON
+CATAPULT
+TREBUCHET

--- BOMBARD  [190]  ---
BOMBARD
PELT {PELTS PELTED PELTING}
- * (WITH &WEAPON)   [195]   # test
- * FLOWERS   [051:051]
- * (WITH EGGS)   [:145]

--- GREET  [---]  ---
GREET  [042]
+SEND_OFF {+SENT_OFF}  [043]
"""


def write(tmp_path: Path) -> Path:
    path = tmp_path / "verbs.txt"
    path.write_text(DICT, encoding="utf-8")
    return path


def test_read(tmp_path):
    vd = read_verb_dictionary(write(tmp_path))
    assert vd.blocks == {"BOMBARD": "190", "GREET": "---"}
    verbs = {(v.verb, v.code) for v in vd.verbs}
    assert ("pelt", "") in verbs and ("greet", "042") in verbs
    codes = [p.code for p in vd.patterns]
    assert "195" in codes and "051" in codes and ":145" in codes
    weapon = next(p for p in vd.patterns if p.code == "195")
    assert weapon.preps == ("with catapult|trebuchet",)
    send_off = next(p for p in vd.patterns if p.verb == "send")
    assert send_off.after == ("off",) and send_off.code == "043"


def test_user_dictionary_replaces_builtin_verbs(tmp_path):
    path = write(tmp_path)
    assert is_verb_dictionary(path)
    lex = lexicon_for((path,))
    assert lex.verbs["pelt"].default == "190"
    assert lex.forms["pelted"] == "pelt"
    assert lex.verbs["greet"].default == "042"
    assert "meet" in lex.verbs  # untouched built-in verbs stay
    assert builtin_lexicon().verbs.get("greet") is None or builtin_lexicon().verbs["greet"].default != "042"

"""Accuracy gate for events: the shared example, PETRARCH-2's real-actor gold (petr2_gsr_2018) and a
fixed half of the PLOVER gold (every other sentence), each generated into tmp_path by
../shared/eval/sentences.py and scored by ../shared/eval/score.py. Floors: eval/floors/events.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FLOORS = json.loads((REPO / "eval" / "floors" / "events.json").read_text(encoding="utf-8"))["floors"]


def _events_eval():
    spec = importlib.util.spec_from_file_location("events_eval", REPO / "eval" / "events_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["example", "petr2_gsr_2018", "plover_half"])
def test_event_f1_floor(name, shared, pipeline, tmp_path):
    figures = _events_eval().evaluate(pipeline, name, tmp_path)
    assert figures["f1"] >= FLOORS[name], f"{name}: events F1 {figures['f1']:.3f} < floor {FLOORS[name]}"

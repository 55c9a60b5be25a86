"""Fixtures of the scale tests (helpers live in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import write_sample


@pytest.fixture
def sample(shared, tmp_path) -> Path:
    return write_sample(shared, tmp_path / "feed.jsonl", 60, copies=4)

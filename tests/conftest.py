"""Session fixtures shared by every test package: real parts only (a real spaCy model, real files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED", REPO.parent / "shared")).resolve()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests (full-corpus runs)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared/ (publishers' text, read in place, never copied); tests skip when it is absent."""
    if not (SHARED / "spec" / "RECORD.md").exists():
        pytest.skip(f"../shared/ not found at {SHARED} (set COMMUNIQUE_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():
    """One full pipeline (spaCy model loaded once for the whole session)."""
    from communique import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import load_model
    from communique.settings import DEFAULT_MODEL

    return load_model(DEFAULT_MODEL)

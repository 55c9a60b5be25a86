"""Shared helpers for the events tests: one real pipeline, sentences we wrote ourselves."""

from __future__ import annotations

import pytest

from communique.model import RawDocument


@pytest.fixture(scope="session")
def code(pipeline):
    """Run the whole pipeline on a text (published 2023-04-13, a Thursday) and return its events."""

    def run(text: str, published: str = "2023-04-13T09:00:00") -> list[dict]:
        (record,) = pipeline.pipe([RawDocument(source="test.jsonl#1", kind="fields", content=text,
                                               meta={"date": published})])
        return record.to_dict()["events"]

    return run

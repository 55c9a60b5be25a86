"""Fixtures of the store tests: records with every part, and rejects."""

from __future__ import annotations

import pytest
from store_records import make_record

from communique.model import Record, Reject


@pytest.fixture
def records() -> list[Record]:
    return [make_record(n) for n in range(12)]


@pytest.fixture
def rejects() -> list[Reject]:
    return [Reject("bad.bin", "ingest.binary", "binary data"), Reject("feed.jsonl#7", "ingest.bad_json", "not JSON")]

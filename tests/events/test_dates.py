"""Event dates resolved against the publication date (2023-04-13 is a Thursday)."""

from __future__ import annotations

import pytest

from communique.events.dates import is_background, resolve

PUB = "2023-04-13T10:00:00"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("on Tuesday", "2023-04-11"),
    ("Thursday", "2023-04-13"),
    ("last Thursday", "2023-04-06"),
    ("yesterday", "2023-04-12"),
    ("today", "2023-04-13"),
    ("last week", "2023-04-06"),
    ("on April 11", "2023-04-11"),
    ("11 April", "2023-04-11"),
    ("on December 30", "2022-12-30"),
    ("March 3, 2021", "2021-03-03"),
    ("three years ago", "2020"),
    ("in 2014", "2014"),
    ("last month", "2023-03"),
    ("next Monday", "2023-04-17"),
])
def test_resolve(phrase, expected):
    assert resolve(phrase, PUB) == expected


def test_no_date_words():
    assert resolve("the talks", PUB) is None


def test_background():
    assert is_background("2014", PUB)
    assert is_background("2023-01-02", PUB)
    assert not is_background("2023-04-11", PUB)
    assert not is_background("2023-04", PUB)
    assert not is_background(None, PUB)


def test_sentence_date_via_pipeline(code):
    events = code("Japan and South Korea held talks in Tokyo last week.")
    assert events and events[0]["date"] == "2023-04-06"


def test_undated_sentence_happens_on_publication_day(code):
    events = code("Egypt condemned Israel.")
    assert events and events[0]["date"] == "2023-04-13"

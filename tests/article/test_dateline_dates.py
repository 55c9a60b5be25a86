"""Datelines (single, multiple, wire forms) and date strings (with and without times/offsets)."""

from __future__ import annotations

import pytest

from communique.article.dateline import parse_dateline
from communique.article.dates import parse_date
from communique.article.published import choose_published


def places(paragraph):
    found = parse_dateline(paragraph)
    return [(d.place, d.country) for d in found.places] if found else None


@pytest.mark.parametrize(("paragraph", "expected", "agencies"), [
    ("WASHINGTON (AP) — Senators met on Tuesday.", [("Washington", "USA")], ["AP"]),
    ("LONDON (Reuters) - The bank held rates.", [("London", "GBR")], ["Reuters"]),
    ("TOKYO, March 12 - The yen fell sharply.", [("Tokyo", "JPN")], []),
    ("SEOUL/WASHINGTON (Reuters) - Envoys spoke.", [("Seoul", "KOR"), ("Washington", "USA")], ["Reuters"]),
    ("HANOI, Vietnam (AP) — The minister arrived.", [("Hanoi", "VNM")], ["AP"]),
    ("ALEXANDRIA, Va. (Reuters) - A judge ruled.", [("Alexandria", "USA")], ["Reuters"]),
    ("SAO PAULO (Reuters) - Markets rallied.", [("São Paulo", "BRA")], ["Reuters"]),
    ("BAHRAIN - Talks ended without a deal.", [("Bahrain", "BHR")], []),
    ("NEW DELHI: The ministry issued a statement.", [("New Delhi", "IND")], []),
    ("KYIV, Ukraine (AFP/dpa) -- Sirens sounded.", [("Kyiv", "UKR")], ["AFP", "dpa"]),
    ("Moscow, April 11 (Reuters) - The ruble rose.", [("Moscow", "RUS")], ["Reuters"]),
])
def test_wire_datelines(paragraph, expected, agencies):
    assert places(paragraph) == expected
    assert parse_dateline(paragraph).agencies == agencies


@pytest.mark.parametrize("paragraph", [
    "FILE - In this photo taken last year, the envoy speaks.",
    "BREAKING: The vote has been delayed.",
    "The minister - who arrived late - said little.",
    "US - China relations cooled further this week.",
    "NATO - the alliance - met in private.",
    "The Ministry (Reuters) - said nothing.",
    "President Example (AP) — spoke on Monday.",
])
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


def test_dateline_with_dated_credit():
    found = parse_dateline("ASTANA/MOSCOW (Example News / Sputnik - 11th April, 2023) The talks began.")
    assert [(d.place, d.country) for d in found.places] == [("Astana", "KAZ"), ("Moscow", "RUS")]
    assert found.agencies == ["Example News", "Sputnik"]
    assert found.date == "2023-04-11"


@pytest.mark.parametrize(("text", "iso"), [
    ("April 11, 2023", "2023-04-11"),
    ("11th April, 2023", "2023-04-11"),
    ("Published April 11, 2023 | 05:50 PM", "2023-04-11T17:50:00"),
    ("Tuesday, April 11, 2023 5:50 pm EDT", "2023-04-11T17:50:00-04:00"),
    ("2023-04-11T17:50:00Z", "2023-04-11T17:50:00+00:00"),
    ("2023-04-11T17:50:00.000-0500", "2023-04-11T17:50:00-05:00"),
    ("2023-04-11", "2023-04-11"),
    ("Apr. 11, 2023 at 9 a.m.", "2023-04-11T09:00:00"),
    ("12 March 2031 12:30 PM", "2031-03-12T12:30:00"),
    ("2023/04/11", "2023-04-11"),
    ("no date here", None),
    ("February 30, 2023", None),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_local_time_preferred_for_the_same_instant():
    stamps = [("jsonld:datePublished", "2031-05-02T03:22:07Z"), ("time", "2031-05-01T22:22:07-05:00")]
    assert choose_published(stamps) == "2031-05-01T22:22:07-05:00"


def test_unrelated_dates_do_not_replace_the_first():
    stamps = [("jsonld:datePublished", "2031-05-02T03:22:07Z"), ("time", "2031-06-09T10:00:00-05:00")]
    assert choose_published(stamps) == "2031-05-02T03:22:07+00:00"


def test_url_day_is_the_local_day_of_a_utc_stamp():
    stamps = [("jsonld:datePublished", "2031-02-18T02:18:11Z")]
    assert choose_published(stamps, "https://example.org/2031/02/17/story/") == "2031-02-17"
    assert choose_published(stamps, "https://example.org/2031/02/10/story/") == "2031-02-18T02:18:11+00:00"
    assert choose_published([], "https://example.org/2031/02/17/story/") == "2031-02-17"


def test_a_placeholder_date_is_no_date():
    from communique.article.dates import parse_date

    assert parse_date("0001-01-01T00:00:00+00:00") is None
    assert parse_date("1987-03-12") == "1987-03-12"

"""Plain text as scraped: debris, headline tails, bylines, datelines (sentences written here)."""

from __future__ import annotations

import pytest

from communique.article.clean import is_debris
from communique.article.headline import strip_site
from communique.errors import InputError
from communique.model import RawDocument

SCRAPED = """ date 2031-02-03 Close
Share
Lunar Treaty Talks Resume In Geneva - Negotiator

Jane Q. Example Published February 3, 2031 | 09:05 AM

GENEVA/NAIROBI (Example Wire / Sputnik - 3rd February, 2031) Delegates from twelve states reopened talks on a lunar mining treaty on Monday, the chief negotiator said.

"We are closer than we have ever been," she told reporters after the first session.
"""


def test_scraped_text_gives_every_field(build):
    article = build(RawDocument(source="x.txt", kind="text", content=SCRAPED))
    assert article.title == "Lunar Treaty Talks Resume In Geneva - Negotiator"
    assert article.authors == ["Jane Q. Example"]
    assert article.published == "2031-02-03T09:05:00"
    assert [(d.place, d.country) for d in article.datelines] == [("Geneva", "CHE"), ("Nairobi", "KEN")]
    assert article.agencies == ["Example Wire", "Sputnik"]
    assert article.text.startswith("GENEVA/NAIROBI (Example Wire")  # the dateline stays in the body
    assert "\n\n\"We are closer" in article.text
    assert "Close" not in article.text and "Share" not in article.text and "Published" not in article.text


@pytest.mark.parametrize("line", [" date 2023-04-11 Close", "Share", "Advertisement", "Read more: other story",
                                  "Sign up", "12 comments"])
def test_debris_lines(line):
    assert is_debris(line)


@pytest.mark.parametrize("line", ["Related efforts failed to stop the strike.", "The envoy said she would return.",
                                  "Close to 300 people gathered outside the ministry."])
def test_prose_is_not_debris(line):
    assert not is_debris(line)


@pytest.mark.parametrize(("title", "expected"), [
    ("Ceasefire Holds In The North - BBC News", "Ceasefire Holds In The North"),
    ("Ceasefire Holds In The North | Reuters", "Ceasefire Holds In The North"),
    ("Ceasefire Holds In The North - Example Gazette", "Ceasefire Holds In The North"),  # the URL's site
    ("Talks With Moscow Are A Priority - Minister", "Talks With Moscow Are A Priority - Minister"),
    ("Opinion | Why the talks failed", "Why the talks failed"),
    ("Rockets hit the port (video)", "Rockets hit the port"),
])
def test_headline_tails(title, expected):
    assert strip_site(title, (), "www.examplegazette.com") == expected


def test_byline_with_outlet_and_two_people(build):
    text = "Port Reopens After Strike\n\nBy Ana Lima and Tom Reyes, Reuters\n\nThe port reopened on Friday.\n"
    article = build(RawDocument(source="p.txt", kind="text", content=text))
    assert article.authors == ["Ana Lima", "Tom Reyes"]
    assert article.agencies == ["Reuters"]
    assert article.published is None


def test_staff_byline_names_no_person(build):
    text = "Port Reopens After Strike\n\nBy Staff Reporter\n\nThe port reopened on Friday after a week.\n"
    article = build(RawDocument(source="p.txt", kind="text", content=text))
    assert article.authors == []
    assert article.text == "The port reopened on Friday after a week."


def test_empty_and_bodiless_inputs_are_rejected(build):
    with pytest.raises(InputError):
        build(RawDocument(source="e.txt", kind="text", content="   \n"))
    with pytest.raises(InputError) as err:
        build(RawDocument(source="d.txt", kind="text", content="Share\nClose\n"))
    assert err.value.code == "article.no_body"


def test_caption_with_a_date_is_not_a_byline(build):
    text = ("FILE PHOTO: The envoy speaks to reporters in Geneva, taken March 3, 2031\n\n"
            "The envoy said the talks would resume within a month.\n")
    article = build(RawDocument(source="c.jsonl#1", kind="fields", content=text, meta={"title": "Talks"}))
    assert article.authors == [] and article.published is None
    assert article.text.startswith("FILE PHOTO")


def test_credit_without_place(build):
    article = build(RawDocument(source="r.txt", kind="text", content="(Reuters) - The envoy said the talks would resume."))
    assert article.agencies == ["Reuters"] and article.datelines == []


@pytest.mark.parametrize(("values", "authors", "agencies"), [
    (["By Ana Lima, Tom Reyes"], ["Ana Lima", "Tom Reyes"], []),
    (["Sun Example Editorial Board"], [], []),
    (["Ana Lima For The Example Gazette"], ["Ana Lima"], []),
    (["Ana Lima USA TODAY"], ["Ana Lima"], ["USA Today"]),
    (["Ana Lima Link Copied"], ["Ana Lima"], []),
    (["View all posts by Ana Lima"], ["Ana Lima"], []),
    (["Ana Lima, MS, RD"], ["Ana Lima"], []),
    (["Ana Lima, Chief Technology Officer"], ["Ana Lima"], []),
    (["Updated Dec", "Published on"], [], []),
    (["Ana Lima Example Telegram", "Ana Lima"], ["Ana Lima"], []),
    (["By ASSOCIATED PRESS"], [], ["Associated Press"]),
])
def test_bylines_name_people_only(values, authors, agencies):
    from communique.article.byline import read_byline

    found = read_byline(values)
    assert (found.authors, found.agencies) == (authors, agencies)


@pytest.mark.parametrize("debris", [
    "JUST WATCHED Envoy speaks on talks Replay More Videos ... MUST WATCH Envoy speaks on talks 02:31",
    "More news: Envoy speaks on talks | Markets fall as talks stall | Senate backs new budget plan",
    "Hide Caption 12 of 40 Photos: Photos: Envoy speaks on talks in a crowded hall",
])
def test_video_promos_and_headline_lists_are_debris(build, debris):
    text = f"The envoy said the talks would resume within a month.\n\n{debris}\n\nThe talks have been suspended since March.\n"
    article = build(RawDocument(source="v.jsonl#1", kind="fields", content=text, meta={"title": "Talks"}))
    assert "Envoy speaks" not in article.text and "suspended since March" in article.text

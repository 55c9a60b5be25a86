"""Publication dates of web pages: which statement wins, and in which zone the day is read.

Pages below are written for these tests (no publisher's text); each follows a markup convention
seen on news sites. They go through the real parser (lxml), the real harvest and, at the end,
the real article stage with trafilatura.
"""

from __future__ import annotations

import pytest

from communique.article.dates import parse_date
from communique.article.htmlmeta import harvest, parse_tree
from communique.article.published import choose_published, url_day
from communique.model import RawDocument

BODY = "<p>" + "The council met on the harbour plan and voted to widen the quay before winter. " * 8 + "</p>"


def page(head: str = "", before: str = "", after: str = "", aside: str = "") -> str:
    return (f"<html><head><title>Harbour plan</title>{head}</head><body>"
            f"<nav><ul><li><time datetime='2031-01-09T10:00:00-05:00'>10:00</time> Other story</li></ul></nav>"
            f"<article>{before}<h1>Council widens the quay</h1>{after}{BODY}</article>"
            f"<aside>{aside}</aside></body></html>")


def published(html: str, url: str | None = None) -> str | None:
    meta = harvest(parse_tree(html))
    return choose_published(meta.dates, url or meta.url)


def jsonld(**fields: str) -> str:
    pairs = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {pairs}}}</script>'


def test_byline_clock_gives_the_newsroom_day_of_a_utc_stamp():
    html = page(head=jsonld(datePublished="2031-03-05T01:00:21Z"),
                after="<div class='byline__published'>Published 8:00 PM EST, Tue March 4, 2031</div>")
    assert published(html) == "2031-03-04T20:00:21-05:00"


def test_wall_clock_without_zone_implies_the_offset():
    html = page(head=jsonld(datePublished="2031-03-05T03:00:46Z"),
                after="<div class='article-datePublished'>March 4, 2031 10:00 PM</div>")
    assert published(html) == "2031-03-04T22:00:46-05:00"


def test_same_wall_clock_as_utc_stays_utc():
    html = page(head=jsonld(datePublished="2031-03-04T22:04:23Z"),
                after="<span class='post-date'>March 4, 2031 10:04 PM</span>")
    assert published(html) == "2031-03-04T22:04:23+00:00"


def test_printed_bare_day_is_the_local_day_of_a_late_utc_stamp():
    html = page(head="<meta property='article:published_time' content='2031-03-05T04:00:41+00:00'>",
                after="<span class='entry-date'>March 4, 2031</span>")
    assert published(html) == "2031-03-04"


def test_a_day_no_offset_can_reach_is_not_taken():
    html = page(head="<meta property='article:published_time' content='2031-03-05T16:00:00+00:00'>",
                after="<span class='entry-date'>March 4, 2031</span>")
    assert published(html) == "2031-03-05T16:00:00+00:00"


def test_modified_and_updated_dates_are_not_the_publication():
    html = page(head=jsonld(datePublished="2029-10-24T19:16:43-04:00", dateModified="2031-03-04T13:36:44-05:00")
                + "<meta property='article:modified_time' content='2031-03-04T18:36:44Z'>",
                after="<div class='attribution__date'>Updated on March 4, 2031</div>")
    assert published(html) == "2029-10-24T19:16:43-04:00"


def test_wordpress_publication_time_marked_updated_by_hatom_counts():
    html = page(head="<meta property='article:published_time' content='2031-03-05T00:46:23+00:00'>",
                after="<time class='entry-date updated td-module-date' datetime='2031-03-04T19:46:23-05:00'>"
                      "March 4, 2031</time>")
    assert published(html) == "2031-03-04T19:46:23-05:00"


def test_story_time_near_the_headline_beats_menus_and_sidebars():
    html = page(after="<small>posted on <time datetime='2031-03-04T23:30:00-05:00'>2031-03-04 23:30 EST</time></small>",
                aside="<time datetime='2031-03-09T13:05:00-05:00'>13:05</time>")
    assert published(html) == "2031-03-04T23:30:00-05:00"


def test_related_story_lists_are_not_the_story():
    html = page(before="<ul class='related-posts'><li><time datetime='2031-02-01T09:00'>Feb 1</time></li></ul>",
                after=BODY + "<p class='post-date'><time datetime='2031-03-04T09:00'>4 March</time></p>")
    assert published(html) == "2031-03-04T09:00:00"


def test_masthead_today_is_not_the_story_date():
    html = ("<html><body><header class='site'><span class='date'>06 March 2031</span></header>"
            f"<main><h1>Council widens the quay</h1>{BODY}</main></body></html>")
    assert published(html) is None


def test_malformed_datetime_falls_back_to_the_printed_text():
    html = page(after="<time datetime='2029-02-112031-03-04' class='single-post__date'>March 4, 2031</time>")
    assert published(html) == "2031-03-04"


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.org/2031/03/04/council-quay/", "2031-03-04"),
    ("https://example.org/news/2031/mar/04/council-quay", "2031-03-04"),
    ("https://example.org/story/2031-03-04/council-quay", "2031-03-04"),
    ("https://example.org/2031/3/4/12345/council-quay", "2031-03-04"),
    ("https://example.org/releases/2031/03/310304112457.htm", None),
    ("https://example.org/2031/13/04/x", None),
])
def test_url_days(url, day):
    assert url_day(url) == day


def test_url_day_beats_a_printed_date_far_from_it():
    html = page(after="<span class='date'>January 9, 2031</span>")
    assert published(html, "https://example.org/2031/03/04/council-quay/") == "2031-03-04"


def test_url_day_does_not_override_a_machine_statement():
    html = page(head=jsonld(datePublished="2029-12-27T11:00:00-05:00"))
    assert published(html, "https://example.org/news/2027-12-03-council-quay") == "2029-12-27T11:00:00-05:00"


def test_url_day_alone():
    assert choose_published([], "https://example.org/2031/03/04/x") == "2031-03-04"


@pytest.mark.parametrize(("text", "iso"), [
    ("1700000000", "2023-11-14T22:13:20+00:00"),
    ("1700000000000", "2023-11-14T22:13:20+00:00"),
    ("12345", None),
    ("9999999999", None),
    ("2023041112", None),
    ("2031-03-04 17:55:00 UTC", "2031-03-04T17:55:00+00:00"),
    ("posted on 2031-03-04 23:30 EST", "2031-03-04T23:30:00-05:00"),
    ("Published 8:00 PM EST, Tue March 4, 2031", "2031-03-04T20:00:00-05:00"),
    ("March 4, 2031 - 9:03AM", "2031-03-04T09:03:00"),
    ("2029-02-112031-03-04", None),
])
def test_stamp_forms(text, iso):
    assert parse_date(text) == iso


def test_article_stage_reads_the_newsroom_day(build):
    html = page(head=jsonld(datePublished="2031-03-05T04:00:41+00:00", headline="Council widens the quay"),
                after="<p class='byline'>By Ada Example</p>"
                      "<span class='byline-timestamp'>Mar. 4, 2031 11:00 pm EST</span>")
    article = build(RawDocument(source="quay.html", kind="html", content=html))
    assert article.published == "2031-03-04T23:00:41-05:00"

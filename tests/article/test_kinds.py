"""HTML pages, JSON Lines fields, language, ids and tone (pages and sentences written here)."""

from __future__ import annotations

import json

import pytest

from communique.article import make_article_builder
from communique.article.ids import article_id
from communique.article.tone import tone
from communique.errors import LanguageRejected
from communique.model import RawDocument
from communique.settings import Settings

BODY = ("Delegates from twelve states reopened talks on a lunar mining treaty on Monday, the chief "
        "negotiator said after a long first session in the old assembly hall. ")

PAGE = f"""<!doctype html><html lang="en"><head>
<title>Lunar Treaty Talks Resume | The Example Gazette</title>
<meta property="og:title" content="Lunar treaty talks resume in Geneva | The Example Gazette">
<meta property="og:site_name" content="The Example Gazette">
<meta property="article:published_time" content="2031-02-03T14:05:00Z">
<link rel="canonical" href="https://www.examplegazette.com/world/lunar-talks">
<script type="application/ld+json">{json.dumps({
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lunar treaty talks resume in Geneva",
    "datePublished": "2031-02-03T14:05:00Z",
    "author": [{"@type": "Person", "name": "Jane Q. Example"}, {"@type": "Person", "name": "Tom Reyes"},
               {"@type": "Organization", "name": "The Example Gazette"}]})}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Lunar treaty talks resume in Geneva</h1>
<div class="byline">By Jane Q. Example and Tom Reyes</div>
<time datetime="2031-02-03T09:05:00-05:00">February 3, 2031</time>
<p>GENEVA (Reuters) - {BODY * 2}</p>
<p>"We are closer than we have ever been," the negotiator told reporters, adding that a draft text
could be ready within weeks if the remaining questions of royalties and inspection were settled.</p>
<p>Observers from several space agencies attended the opening, and a second round is planned for
March in Nairobi, where the delegations will take up the question of shared infrastructure.</p>
</article></main><footer>Copyright 2031 The Example Gazette</footer></body></html>"""


def test_html_page(build):
    article = build(RawDocument(source="page.html", kind="html", content=PAGE))
    assert article.title == "Lunar treaty talks resume in Geneva"
    assert article.authors == ["Jane Q. Example", "Tom Reyes"]
    assert article.published == "2031-02-03T09:05:00-05:00"  # the local statement of the same instant
    assert [(d.place, d.country) for d in article.datelines] == [("Geneva", "CHE")]
    assert article.agencies == ["Reuters"]
    assert article.text.startswith("GENEVA (Reuters) - Delegates")
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.url == "https://www.examplegazette.com/world/lunar-talks"
    assert article.language == "en"


def test_fields_are_trusted_and_normalised(build):
    raw = RawDocument(source="c.jsonl#a1", kind="fields", content=f"TOKYO (AP) — {BODY}",
                      meta={"title": "Treaty talks resume", "date": "Feb. 3, 2031",
                            "authors": ["By Jane Q. Example"], "outlet": "Associated Press", "id": "a1"})
    article = build(raw)
    assert (article.title, article.published, article.authors) == ("Treaty talks resume", "2031-02-03",
                                                                    ["Jane Q. Example"])
    assert article.outlet == "Associated Press"
    assert [(d.place, d.country) for d in article.datelines] == [("Tokyo", "JPN")]
    assert article.agencies == ["AP"]


FRENCH = ("Les délégués de douze États ont repris lundi les négociations sur un traité minier lunaire, "
          "a déclaré la négociatrice en chef après une longue première séance dans l'ancienne salle.")


def test_language_is_flagged_and_rejected_on_request(build):
    raw = RawDocument(source="fr.txt", kind="text", content=FRENCH)
    assert build(raw).language == "fr"
    with pytest.raises(LanguageRejected) as err:
        make_article_builder(Settings(nlp=False, lang="en"))(raw)
    assert err.value.code == "article.language"
    english = RawDocument(source="en.txt", kind="text", content=BODY)
    assert make_article_builder(Settings(nlp=False, lang="en"))(english).language == "en"


def test_ids_are_stable_and_depend_on_text_only(build):
    a = build(RawDocument(source="a.txt", kind="text", content=BODY + "\n"))
    b = build(RawDocument(source="elsewhere/b.txt", kind="text", content="\n" + BODY.replace(" ", "  ")))
    assert a.id == b.id == article_id(BODY)
    assert len(a.id) == 16 and a.id != article_id(BODY + " Another sentence.")
    assert article_id("Même texte") == article_id("Me\u0302me texte")  # Unicode composition does not matter


def test_tone_sign_and_range():
    assert tone("The attack killed dozens and the crisis deepened into war.") < 0
    assert tone("Both sides praised the peaceful agreement and welcomed cooperation.") > 0
    assert tone("") == 0.0
    assert -100 <= tone("war war war") <= 100


def test_publisher_body_replaces_foreign_extraction():
    from communique.article.html import choose_body

    publisher = " ".join(f"Sentence {i} of the story about the treaty talks in Geneva." for i in range(40))
    cookie_text = "We use cookies to improve your experience. " * 40
    assert choose_body(cookie_text, [publisher]) == publisher
    assert choose_body(publisher + " Extra closing line.", [publisher]).endswith("Extra closing line.")
    assert choose_body(cookie_text, ["A short teaser of forty characters."]) == cookie_text

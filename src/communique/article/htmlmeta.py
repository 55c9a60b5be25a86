"""What a web page says about itself: JSON-LD, meta tags, headings, time tags, byline elements.

trafilatura picks one value per field; we keep every candidate the page states, in the order of
how much a publisher means it (JSON-LD and Open Graph are written for machines, so they come
first), and let headline/byline/dates choose. Only page conventions are read here, never ids.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from communique.article.pagedates import markup_dates

ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$", re.I)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(slots=True)
class PageMeta:
    """Every candidate a page offers for each field, best source first."""

    titles: list[tuple[str, str]] = field(default_factory=list)  # (origin, text)
    authors: list[tuple[str, Any]] = field(default_factory=list)  # (origin, str or list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (origin, date string)
    site_names: list[str] = field(default_factory=list)
    url: str | None = None
    lang: str | None = None
    h1: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)  # JSON-LD articleBody, as the publisher gives it


def parse_tree(page: str) -> Any:
    """An lxml tree of the page, or None when it is not parseable HTML."""
    try:
        return lxml_html.document_fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def harvest(tree: Any) -> PageMeta:
    """Collect candidates from a parsed page (see PageMeta)."""
    meta = PageMeta()
    if tree is None:
        return meta
    for obj in json_ld_articles(tree):
        _from_json_ld(obj, meta)
    _from_meta_tags(tree, meta)
    _from_markup(tree, meta)
    return meta


def json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph and lists flattened."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = CONTROL.sub(" ", script.text_content() or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield from _flatten(main)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type", [])
    return [str(k) for k in (kind if isinstance(kind, list) else [kind])]


def json_ld_articles(tree: Any) -> list[dict[str, Any]]:
    """JSON-LD objects typed as an article of some kind (NewsArticle, BlogPosting, ...)."""
    return [o for o in json_ld_objects(tree) if any(ARTICLE_TYPES.search(t) for t in _types(o))]


def _from_json_ld(obj: dict[str, Any], meta: PageMeta) -> None:
    for key in ("headline", "name"):
        if isinstance(obj.get(key), str):
            meta.titles.append((f"jsonld:{key}", obj[key]))
    for key in ("datePublished", "dateCreated"):
        if isinstance(obj.get(key), str):
            meta.dates.append((f"jsonld:{key}", obj[key]))
    if obj.get("author"):
        meta.authors.append(("jsonld", json_ld_people(obj["author"])))
    if isinstance(obj.get("articleBody"), str):
        meta.bodies.append(html_entities.unescape(obj["articleBody"]))
    publisher = obj.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        meta.site_names.append(publisher["name"])


def json_ld_people(value: Any) -> list[str]:
    """Names of the authors a JSON-LD `author` gives; organisations are marked with a leading '@'."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(html_entities.unescape(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str | list):
            name = item["name"] if isinstance(item["name"], str) else " ".join(map(str, item["name"]))
            is_org = any(t in ("Organization", "NewsMediaOrganization", "Corporation") for t in _types(item))
            name = html_entities.unescape(name)
            names.append("@" + name if is_org else name)
    return names


def _meta_values(tree: Any) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for el in tree.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key:
            values.setdefault(key, []).append(el.get("content").strip())
    return values


TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
DATE_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date",
             "sailthru.date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
             "date", "article.published", "article_date_original", "cxenseparse:recs:publishtime",
             "publication_date", "published_time")
AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl",
               "twitter:creator:name", "cxenseparse:author")


def _from_meta_tags(tree: Any, meta: PageMeta) -> None:
    values = _meta_values(tree)
    meta.titles += [(f"meta:{k}", v) for k in TITLE_KEYS for v in values.get(k, [])[:1]]
    meta.dates += [(f"meta:{k}", v) for k in DATE_KEYS for v in values.get(k, [])[:1]]
    meta.authors += [(f"meta:{k}", v) for k in AUTHOR_KEYS for v in values.get(k, [])]
    meta.site_names += values.get("og:site_name", []) + values.get("application-name", [])
    urls = values.get("og:url", []) + tree.xpath('//link[@rel="canonical"]/@href')
    meta.url = next((u for u in urls if u.startswith("http")), None)
    langs = tree.xpath("/html/@lang") + values.get("og:locale", []) + values.get("language", [])
    meta.lang = langs[0].strip()[:2].lower() if langs else None


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _from_markup(tree: Any, meta: PageMeta) -> None:
    meta.h1 = [t for t in (_text(h) for h in tree.xpath("//h1")[:4]) if t]
    title = tree.xpath("//title")
    if title:
        meta.titles.append(("html:title", _text(title[0])))
    for el in tree.xpath('//*[@itemprop="datePublished"]')[:2]:
        value = el.get("content") or el.get("datetime") or _text(el)
        meta.dates.append(("itemprop:datePublished", value))
    meta.dates += markup_dates(tree)
    for el in tree.xpath('//*[@itemprop="author"]')[:4]:
        names = el.xpath('.//*[@itemprop="name"]')
        value = names[0].get("content") or _text(names[0]) if names else el.get("content") or _text(el)
        meta.authors.append(("itemprop:author", value))
    for el in tree.xpath('//a[@rel="author"]')[:4]:
        meta.authors.append(("rel:author", _text(el)))
    meta.authors += [("byline-class", t) for t in _byline_elements(tree)]
    meta.authors += [("author-link", t) for t in _author_links(tree)]
    meta.authors += [("by-text", t) for t in _by_texts(tree)]


BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|authors|author-name|byline__name|contributor)(?:$|[\s_-])", re.I)
NOT_BYLINE_CLASS = re.compile(r"bio|avatar|image|img|photo|thumb|desc|about|box|widget|more|related", re.I)
AUTHOR_HREF = re.compile(r"/(?:author|authors|writer|writers|by|people|profile|profiles|staff|contributors?|journalists?)/[^/?#]+", re.I)
BY_TEXT = re.compile(r"^By\s+[A-Z]")


def _byline_elements(tree: Any) -> list[str]:
    """Short texts of elements whose class says byline or author (a convention of most CMSs)."""
    out: list[str] = []
    for el in tree.xpath("//body//*[@class]"):
        cls = el.get("class") or ""
        if BYLINE_CLASS.search(cls) and not NOT_BYLINE_CLASS.search(cls):
            text = _text(el)
            if 2 <= len(text.split()) <= 12:
                out.append(text)
                if len(out) >= 3:
                    break
    return out


def _author_links(tree: Any) -> list[str]:
    """Names linked to an author page (/author/jane-doe), from the first such link's parent."""
    links = [a for a in tree.xpath("//body//a[@href]") if AUTHOR_HREF.search(a.get("href")) and _text(a)]
    if not links:
        return []
    parent = links[0].getparent()
    return [_text(a) for a in links if a.getparent() is parent or a is links[0]][:4]


def _by_texts(tree: Any) -> list[str]:
    """Short "By Jane Doe" texts, the printed byline convention."""
    out: list[str] = []
    for el in tree.xpath("//body//*[self::span or self::div or self::p or self::li or self::address]"):
        text = _text(el)
        if BY_TEXT.match(text) and len(text.split()) <= 12:
            out.append(text)
            if len(out) >= 2:
                break
    return out

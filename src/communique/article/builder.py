"""RawDocument -> Article: one builder for text, HTML and JSON Lines fields.

Each kind has its reader (plaintext.py, html.py, given fields); then every article goes through
the same steps: datelines and agencies from the opening paragraphs, language (rejected when it
is not Settings.lang), a stable id from the body, and tone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from communique.article.byline import read_byline
from communique.article.clean import join
from communique.article.dateline import DatelineParse, parse_dateline
from communique.article.dates import parse_date
from communique.article.headline import host_of
from communique.article.html import read_page
from communique.article.ids import article_id
from communique.article.language import detect_language
from communique.article.outlets import outlet_named, outlet_of_host
from communique.article.plaintext import read_text
from communique.article.textutil import key
from communique.article.tone import tone
from communique.errors import InputError, LanguageRejected, UnreadableInput
from communique.model import Article, RawDocument
from communique.settings import Settings

DATELINE_WINDOW = 4  # photo captions may come before the dateline paragraph in scraped copy
MIN_BODY_CHARS = 1


@dataclass(slots=True)
class Draft:
    """An article's fields as the kind-specific reader found them."""

    paras: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    declared_lang: str | None = None


class ArticleBuilder:
    """Callable RawDocument -> Article; raises InputError subclasses (becoming Reject rows)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, raw: RawDocument) -> Article:
        content = raw.content.decode("utf-8", "replace") if isinstance(raw.content, bytes) else raw.content
        if not content or not content.strip():
            raise UnreadableInput("empty document", code="ingest.empty")
        draft = self._read(raw, content)
        if sum(len(p) for p in draft.paras) < MIN_BODY_CHARS:
            raise InputError("no article text found", code="article.no_body")
        return self._finish(raw, draft)

    def _read(self, raw: RawDocument, content: str) -> Draft:
        if raw.kind == "html":
            return _from_html(raw, content)
        if raw.kind == "fields":
            return _from_fields(raw, content)
        return _from_text(raw, content)

    def _finish(self, raw: RawDocument, draft: Draft) -> Article:
        dateline, dateline_end = _find_dateline(draft.paras)
        text = join(draft.paras)
        language = detect_language(text, draft.declared_lang or "en") or "en"
        if self.settings.lang and language != self.settings.lang.lower():
            raise LanguageRejected(f"body is in {language!r}, not {self.settings.lang!r} (--lang)")
        agencies = list(dateline.agencies) if dateline else []
        agencies += [a for a in draft.agencies if key(a) not in {key(x) for x in agencies}]
        published = draft.published or (dateline.date if dateline else None)
        return Article(
            id=article_id(text), source=raw.source, text=text, title=draft.title or None,
            authors=draft.authors, published=published,
            datelines=list(dateline.places) if dateline else [], agencies=agencies,
            language=language, tone=tone(text),
            url=draft.url, outlet=draft.outlet, dateline_end=dateline_end,
        )


def _find_dateline(paras: list[str]) -> tuple[DatelineParse | None, int]:
    """The dateline of the opening paragraphs, and where it ends in the joined body text."""
    for k, para in enumerate(paras[:DATELINE_WINDOW]):
        found = parse_dateline(para)
        if found:
            before = join(paras[:k])
            start = len(before) + 2 if before else 0
            offset = found.end - (len(para) - len(para.lstrip()))
            return found, (start + offset if para.strip() and offset > 0 else 0)
    return None, 0


def _from_text(raw: RawDocument, content: str) -> Draft:
    host = host_of(raw.url)
    read = read_text(content, host)
    return Draft(read.body, read.title, read.byline.authors, read.byline.agencies, read.byline.published,
                 raw.url, outlet_of_host(host) if host else None)


def _from_html(raw: RawDocument, content: str) -> Draft:
    page = read_page(content, raw.url)
    # the extracted text may still open with the headline or a byline line: same rules as text
    read = read_text(page.text, host_of(page.url), title=page.title, find_headline=False)
    paras = read.body
    authors = page.byline.authors or read.byline.authors
    own = {key(x) for x in (page.outlet, outlet_of_host(host_of(page.url))) if x}
    agencies = [a for a in page.byline.agencies if key(a) not in own and key(outlet_named(a) or "") not in own]
    # a WARC record's date is the fetch time, never the publication time: not used here
    return Draft(paras, page.title, authors, agencies, page.published or read.byline.published, page.url,
                 page.outlet or outlet_of_host(host_of(page.url)), page.declared_lang)


def _from_fields(raw: RawDocument, content: str) -> Draft:
    """JSON Lines fields: title, date, authors and outlet are trusted as given, only normalised."""
    meta: dict[str, Any] = raw.meta or {}
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    read = read_text(content, host_of(raw.url or meta.get("url")), title=title, find_headline=False)
    given = meta.get("authors")
    names = given if isinstance(given, list) else [given] if isinstance(given, str) else []
    byline = read_byline([str(n) for n in names if n])
    published = parse_date(str(meta.get("date") or meta.get("published") or "")) or read.byline.published
    outlet = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
    return Draft(read.body, (title or "").strip() or read.title, byline.authors or read.byline.authors,
                 byline.agencies, published, raw.url or meta.get("url"), outlet)


def make_article_builder(settings: Settings) -> ArticleBuilder:
    """The article stage for `settings` (stage factory, as every stage has one)."""
    return ArticleBuilder(settings)


"""Turning a raw document into an Article. (Issue 2 replaces this minimal builder.)"""

from __future__ import annotations

import hashlib

from communique.errors import UnreadableInput
from communique.model import Article, RawDocument
from communique.settings import Settings


class ArticleBuilder:
    def __call__(self, raw: RawDocument) -> Article:
        text = raw.content.decode("utf-8") if isinstance(raw.content, bytes) else raw.content
        text = text.strip()
        if not text:
            raise UnreadableInput("empty document", code="ingest.empty")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return Article(id=digest, source=raw.source, text=text)


def make_article_builder(settings: Settings) -> ArticleBuilder:
    return ArticleBuilder()

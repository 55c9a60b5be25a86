"""Readers for one-document inputs: a plain text file as scraped, or one HTML page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from communique.ingest.charset import decode
from communique.ingest.streams import read_document
from communique.model import RawDocument, Reject


def read_text(stream: BinaryIO, name: str) -> Iterator[RawDocument | Reject]:
    """A text file is one article, debris and all: the article stage cleans it."""
    yield _document(stream, name, "text")


def read_html(stream: BinaryIO, name: str) -> Iterator[RawDocument | Reject]:
    """An HTML page is one article; its <meta charset> counts when no BOM overrides it."""
    yield _document(stream, name, "html")


def _document(stream: BinaryIO, name: str, kind: str) -> RawDocument:
    data = read_document(stream)
    text, charset = decode(data, html=kind == "html")
    return RawDocument(source=name, kind=kind, content=text, meta={"charset": charset})

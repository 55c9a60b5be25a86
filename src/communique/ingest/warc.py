"""WARC and WARC.gz (Common Crawl's CC-NEWS): each HTML response record is one article.

Request, metadata, warcinfo and other non-response records are not documents and are passed
over. A response that is not HTML (an image, a PDF, robots.txt) or not a success is a Reject,
so `seen = read + rejected` counts every response. A truncated archive keeps every record read
before the damage and rejects the rest with one line.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from communique.errors import InputError, UnreadableInput
from communique.ingest.charset import decode, header_charset
from communique.ingest.limits import MAX_DOCUMENT_BYTES
from communique.ingest.streams import read_document
from communique.model import RawDocument, Reject

HTML_TYPES = ("text/html", "application/xhtml+xml")
_DAMAGE = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)


def read_warc(stream: BinaryIO, name: str) -> Iterator[RawDocument | Reject]:
    """Documents from every HTML response record; a damaged tail becomes one `ingest.truncated` Reject."""
    last = "the start"
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except _DAMAGE as err:
            yield Reject(f"{name}#after:{last}", "ingest.truncated",
                         f"WARC damaged or truncated after {last}: {_reason(err)}; records before it were read")
            return
        if record.rec_type != "response":
            continue
        record_id = _record_id(record) or f"offset:{records.get_record_offset()}"
        last = record_id
        try:
            yield _response(record, f"{name}#{record_id}")
        except InputError as err:
            yield Reject(f"{name}#{record_id}", err.code, err.detail)
        except _DAMAGE as err:
            yield Reject(f"{name}#{record_id}", "ingest.truncated", f"WARC record cut short: {_reason(err)}")
            return


def _response(record: Any, source: str) -> RawDocument | Reject:
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    status = headers.get_statuscode() if headers else "?"
    if not status.startswith("2"):
        return Reject(source, "ingest.warc_status", f"HTTP status {status}, not a page")
    if content_type.lower().split(";")[0].strip() not in HTML_TYPES:
        return Reject(source, "ingest.not_html", f"response is {content_type or 'untyped'}, not HTML")
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    if length > MAX_DOCUMENT_BYTES:
        return Reject(source, "ingest.too_large",
                      f"WARC record larger than the {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB limit for one document")
    payload = read_document(record.content_stream())
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise UnreadableInput(f"WARC record cut short: {record.raw_stream.limit} of {length} bytes missing",
                              code="ingest.truncated")
    text, charset = decode(payload, header_charset(content_type), html=True)
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta = {"charset": charset, "warc_date": record.rec_headers.get_header("WARC-Date"),
            "content_type": content_type}
    return RawDocument(source=source, kind="html", content=text, url=url, meta=meta)


def _reason(err: Exception) -> str:
    return str(err).splitlines()[0][:200] if str(err) else type(err).__name__


def _record_id(record: Any) -> str | None:
    """WARC-Record-ID without its angle brackets: `<urn:uuid:...>` -> `urn:uuid:...`."""
    value = record.rec_headers.get_header("WARC-Record-ID")
    return value.strip().strip("<>") if value else None

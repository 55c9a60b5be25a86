"""Builders of real input files (WARC, gzip, JSON Lines) for the ingest tests."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.ingest import read_inputs
from communique.model import RawDocument, Reject

PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ministers meet</title></head>"
        "<body><article><p>VIENNA (Test Wire) - The foreign ministers of Austria and Hungary met on Monday "
        "to discuss border controls, officials said.</p></article></body></html>")


def read_all(*paths: str | Path) -> list[RawDocument | Reject]:
    return list(read_inputs([str(p) for p in paths]))


def warc_bytes(responses: list[tuple[str, str, bytes]], *, compress: bool = True, request: bool = True) -> bytes:
    """A WARC with a request record before each (url, content_type, body) response, as crawlers write it."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for n, (url, content_type, body) in enumerate(responses):
        if request:
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=headers))
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>",
                               "WARC-Date": "2024-01-02T03:04:05Z"}))
    return out.getvalue()


def jsonl_bytes(objects: list[dict], *, compress: bool = False) -> bytes:
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode("utf-8")
    return gzip.compress(data) if compress else data

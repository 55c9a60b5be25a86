"""JSON Lines: one article per line, `text` required; other fields are passed on as given.

Read line by line so a file of any length streams in constant memory. A bad line is a Reject
named `file#LINE`; the lines around it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from communique.ingest.charset import decode
from communique.ingest.limits import MAX_DOCUMENT_BYTES
from communique.ingest.streams import read_document
from communique.model import RawDocument, Reject

_CHUNK = 1 << 20


def read_jsonl(stream: BinaryIO, name: str) -> Iterator[RawDocument | Reject]:
    """One RawDocument(kind="fields") per line with a `text`; blank lines are ignored."""
    number = 0
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Reject(f"{name}#{number}", "ingest.too_large",
                         f"line longer than the {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB limit for one document")
            continue
        if line.strip():
            yield parse_line(line, name, number)


def read_json(stream: BinaryIO, name: str) -> Iterator[RawDocument | Reject]:
    """A JSON file (pretty-printed): one object, or a list of objects, each read like a JSON Lines line."""
    text, charset = decode(read_document(stream))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Reject(name, "ingest.bad_json", f"not valid JSON: {err.msg} at line {err.lineno}")
        return
    for number, obj in enumerate(data if isinstance(data, list) else [data], start=1):
        yield parse_object(obj, name, number, charset)


def parse_line(line: bytes, name: str, number: int) -> RawDocument | Reject:
    """One line as a document; `source` uses the line's own `id` when it has one."""
    text, charset = decode(line)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        return Reject(f"{name}#{number}", "ingest.bad_json", f"not valid JSON: {err.msg} at column {err.colno}")
    return parse_object(obj, name, number, charset)


def parse_object(obj: Any, name: str, number: int, charset: str) -> RawDocument | Reject:
    """A JSON object with a `text` as a "fields" document; the other fields go to `meta` as given."""
    if not isinstance(obj, dict):
        return Reject(f"{name}#{number}", "ingest.bad_json", f"a JSON {type(obj).__name__}, not an object")
    source = f"{name}#{_id_of(obj) or number}"
    body = obj.get("text")
    if not isinstance(body, str):
        return Reject(source, "ingest.no_text", 'no "text" field with the article body')
    meta: dict[str, Any] = {k: v for k, v in obj.items() if k != "text"}
    meta["charset"] = charset
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return RawDocument(source=source, kind="fields", content=body, url=url, meta=meta)


def _id_of(obj: dict[str, Any]) -> str | None:
    value = obj.get("id")
    return str(value) if isinstance(value, str | int) and str(value).strip() else None


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return

"""What the user named -> RawDocument or Reject, one at a time (memory stays flat).

Each file is sniffed (`sniff.py`) and handed to the reader its content calls for (`READERS`);
gzip is unwrapped and sniffed again, except around WARC, which warcio reads member by member.
Every failure becomes a Reject naming the input: a run never stops on bad input.
"""

from __future__ import annotations

import gzip
import logging
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import BinaryIO

from communique.errors import InputError
from communique.ingest.documents import read_html, read_text
from communique.ingest.jsonl import read_json, read_jsonl
from communique.ingest.limits import SNIFF_BYTES
from communique.ingest.paths import InputFile, expand
from communique.ingest.sniff import sniff
from communique.ingest.streams import peek
from communique.ingest.warc import read_warc
from communique.model import RawDocument, Reject

Reader = Callable[[BinaryIO, str], Iterator[RawDocument | Reject]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "warc": read_warc,
}
"""Format name (as `sniff` says it) -> reader. Add a format by adding a reader here."""

_REFUSED = {
    "empty": ("ingest.empty", "empty file: nothing to read"),
    "binary": ("ingest.binary", "binary data, not text, HTML, JSON Lines or WARC"),
}
_GZIP_DAMAGE = (EOFError, zlib.error, gzip.BadGzipFile)
log = logging.getLogger(__name__)


def read_inputs(paths: Iterable[str]) -> Iterator[RawDocument | Reject]:
    """Documents from files, folders (recursive), globs and `-` (standard input), in order."""
    for item in expand(paths):
        if isinstance(item, Reject):
            yield item
        else:
            yield from read_file(item)


def read_file(item: InputFile) -> Iterator[RawDocument | Reject]:
    """Every document of one file; an error partway yields a Reject and ends this file only."""
    with ExitStack() as stack:
        try:
            stream: BinaryIO = (sys.stdin.buffer if item.path is None
                                else stack.enter_context(item.path.open("rb")))
            yield from read_stream(stream, item.name)
        except OSError as err:
            yield Reject(item.name, "ingest.unreadable", f"cannot read: {err.strerror or err}")


def read_stream(stream: BinaryIO, name: str, *, inside_gzip: bool = False) -> Iterator[RawDocument | Reject]:
    """Sniff `stream` and run the reader its content calls for."""
    try:
        head, stream = peek(stream, SNIFF_BYTES)
    except _GZIP_DAMAGE as err:
        yield Reject(name, "ingest.truncated", f"gzip data damaged or truncated: {err}")
        return
    kind = sniff(head, name)
    if kind in _REFUSED:
        code, detail = _REFUSED[kind]
        yield Reject(name, code, ("decompressed: " if inside_gzip else "") + detail)
    elif kind == "gzip":
        yield from _read_gzip(stream, name, head)
    else:
        yield from _guarded(READERS[kind](stream, name), name)


def _read_gzip(stream: BinaryIO, name: str, head: bytes) -> Iterator[RawDocument | Reject]:
    """A gzipped WARC goes to warcio whole (it reads member by member); anything else is unwrapped."""
    if _gunzip_start(head).startswith(b"WARC/"):
        yield from _guarded(read_warc(stream, name), name)
    else:
        yield from read_stream(gzip.GzipFile(fileobj=stream, mode="rb"), name, inside_gzip=True)


def _gunzip_start(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream's head, without consuming the stream."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _guarded(documents: Iterator[RawDocument | Reject], name: str) -> Iterator[RawDocument | Reject]:
    """A reader's documents; when it fails partway, what it yielded stands and one Reject says why."""
    count = 0
    try:
        for document in documents:
            count += 1
            yield document
    except InputError as err:
        yield Reject(name, err.code, err.detail)
    except _GZIP_DAMAGE as err:
        where = f" after {count} document(s) were read" if count else ""
        yield Reject(name, "ingest.truncated", f"compressed data ends early{where}: {err}")
    except UnicodeError as err:
        yield Reject(name, "ingest.encoding", f"cannot decode: {err}")
    except Exception as err:  # a reader's bug or a library's surprise must not end the whole run
        log.warning("reading %s failed", name, exc_info=True)
        yield Reject(name, "ingest.failed", f"reader failed: {type(err).__name__}: {err}")

"""A shard -> the documents in it, reading only what the shard covers, with the ingest readers.

WARC files and file groups go through `communique.ingest` file by file. A JSON Lines chunk is
read from its byte offset (or, compressed, by skipping lines) and each line is parsed by the
ingest JSON Lines parser with its line number in the whole file, so sources and rejects are
the same as `communique ingest` gives, and no worker reads another shard's lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from communique.ingest.jsonl import parse_line
from communique.ingest.limits import MAX_DOCUMENT_BYTES
from communique.ingest.paths import InputFile
from communique.ingest.sources import read_file
from communique.model import RawDocument, Reject
from communique.scale.shards import Shard, open_text


def read_shard(shard: Shard) -> Iterator[RawDocument | Reject]:
    if shard.kind == "jsonl":
        yield from read_jsonl_chunk(shard)
        return
    for path, name in zip(shard.paths, shard.names, strict=True):
        yield from read_file(InputFile(Path(path), name))


def read_jsonl_chunk(shard: Shard) -> Iterator[RawDocument | Reject]:
    """The documents of lines start+1..start+count of one JSON Lines file."""
    name = shard.names[0]
    try:
        handle = open_text(Path(shard.paths[0]))
    except OSError as err:
        yield Reject(name, "ingest.unreadable", f"cannot read: {err.strerror}")
        return
    with handle:
        if shard.offset:
            handle.seek(shard.offset)
        else:
            for _ in range(shard.start):
                _read_line(handle)
        for number in range(shard.start + 1, shard.start + shard.count + 1):
            line, whole = _read_line(handle)
            if not whole:
                yield Reject(f"{name}#{number}", "ingest.too_large",
                             f"line longer than the {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB limit for one document")
            elif line.strip():
                yield parse_line(line, name, number)


def _read_line(handle) -> tuple[bytes, bool]:  # type: ignore[no-untyped-def]
    """One line, read at most MAX_DOCUMENT_BYTES into memory; False if it was longer (rest skipped)."""
    line = handle.readline(MAX_DOCUMENT_BYTES + 1)
    if len(line) <= MAX_DOCUMENT_BYTES or line.endswith(b"\n"):
        return line, True
    while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
        pass
    return b"", False

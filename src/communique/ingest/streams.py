"""Byte streams that can be sniffed without being rewound (stdin, gzip members)."""

from __future__ import annotations

import io
from typing import BinaryIO

from communique.errors import UnreadableInput
from communique.ingest.limits import MAX_DOCUMENT_BYTES


class _Prefixed(io.RawIOBase):
    """`head` (already read for sniffing) followed by the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes of `stream` and a stream that still yields them (works on pipes)."""
    head = read_fully(stream, size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)


def read_fully(stream: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes: pipes and decompressors may return short reads before the end."""
    parts: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_document(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The whole of a one-document stream, refusing (before holding it all) anything over `limit`."""
    data = read_fully(stream, limit + 1)
    if len(data) > limit:
        raise UnreadableInput(f"larger than the {limit // (1024 * 1024)} MB limit for one document",
                              code="ingest.too_large")
    return data

"""Expanding what the user named into documents. (Issue 2 replaces this minimal reader.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.model import RawDocument, Reject


def read_inputs(paths: Iterable[str]) -> Iterator[RawDocument | Reject]:
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                yield RawDocument(source=str(f), kind="text", content=f.read_bytes())
            except OSError as err:
                yield Reject(str(f), "ingest.unreadable", f"cannot read: {err.strerror}")

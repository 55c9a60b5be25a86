"""What the user named -> the files to read: files, folders (recursively), globs, `-` for stdin.

File names become `source` strings, which must be valid UTF-8 (they go to JSON and DuckDB):
bytes that do not decode are written as `\\xNN` escapes, while the file itself is still opened
by its real name.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from communique.model import Reject

STDIN = "-"
log = logging.getLogger(__name__)

NOT_DOCUMENTS_IN_FOLDERS = frozenset({
    ".py", ".pyc", ".md", ".rst", ".toml", ".cfg", ".ini", ".yaml", ".yml", ".lock", ".sh", ".duckdb",
    ".wal", ".parquet", ".csv", ".tsv",
})
"""Suffixes skipped when walking a folder (project and output files next to the news: a sample
folder's README.md, the script that made its WARC, a database written beside the input). Hidden
files are skipped too. Named explicitly, such a file is read like any other."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: `path` opens it, `name` is its printable, UTF-8-safe source string."""

    path: Path | None  # None for standard input
    name: str


def printable(path: Path | str) -> str:
    """A file name as a valid UTF-8 string: undecodable bytes become `\\xNN`."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="backslashreplace")


def expand(names: Iterable[str]) -> Iterator[InputFile | Reject]:
    """Every file the names denote, in a stable order; a name that denotes nothing is a Reject."""
    for name in names:
        if name == STDIN:
            yield InputFile(None, "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield InputFile(path, printable(path))
        elif glob.has_magic(name):
            yield from _glob(name)
        else:
            yield Reject(printable(name), "ingest.missing", "no such file or folder")


def _glob(pattern: str) -> Iterator[InputFile | Reject]:
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield Reject(printable(pattern), "ingest.missing", "the pattern matches no file")
    for match in matches:
        path = Path(match)
        yield from _walk(path) if path.is_dir() else [InputFile(path, printable(path))]


def _walk(folder: Path) -> Iterator[InputFile | Reject]:
    """Files under `folder` in path order (as `sorted(glob("**"))` gives them); hidden ones skipped.

    A sub-folder that cannot be listed is a Reject and the walk goes on.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield Reject(printable(folder), "ingest.unreadable", f"cannot list folder: {err.strerror}")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_dir():
            log.debug("not following linked folder %s (it could loop)", printable(path))
        elif path.suffix.lower() in NOT_DOCUMENTS_IN_FOLDERS:
            log.debug("skipped %s (not a news document)", printable(path))
        else:
            yield InputFile(path, printable(path))

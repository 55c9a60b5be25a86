"""What the user named -> shards: the unit of work a Dask worker takes, and of resumption.

A shard is a chunk of one JSON Lines file (N lines), one WARC file, or a group of other files.
Its id is a hash of what it covers (absolute path, line range, file list), so the same
arguments give the same shards on every run: part files and the manifest are keyed by it, and a
rerun overwrites a shard's output instead of adding to it.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from communique.errors import ConfigError
from communique.ingest.paths import expand as expand_inputs
from communique.model import Reject

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work. `kind`: "jsonl" (lines start..start+count of paths[0], starting at byte
    `offset` when the file is not compressed), "warc" (one whole file) or "files" (each path).
    `paths` are absolute (workers open them); `names` are the sources as the user named them."""

    id: str
    kind: str
    paths: tuple[str, ...]
    names: tuple[str, ...]
    start: int = 0
    count: int = 0
    offset: int = 0

    @property
    def label(self) -> str:
        """A short human description for progress and error lines."""
        if self.kind == "jsonl":
            return f"{self.names[0]} lines {self.start + 1}-{self.start + self.count}"
        return self.names[0] if len(self.names) == 1 else f"{self.names[0]} (+{len(self.names) - 1} files)"


def shard_id(*parts: object) -> str:
    return hashlib.sha1("\0".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def expand(paths: Iterable[str]) -> list[tuple[Path, str]]:
    """(absolute path, source name) of every input file, as the ingest readers would find them.

    A name that denotes nothing stops the run before it starts: on a long batch run a typo is
    better caught now than found in the rejects table hours later.
    """
    found: dict[Path, str] = {}
    for item in expand_inputs(paths):
        if isinstance(item, Reject):
            raise ConfigError(f"input {item.source}: {item.detail}")
        if item.path is None:
            raise ConfigError("standard input cannot be split into shards: name files or folders")
        found.setdefault(item.path.resolve(), item.name)
    return sorted(found.items())


def open_text(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")


def jsonl_shards(path: Path, name: str, lines: int) -> Iterator[Shard]:
    """Chunks of `lines` lines; byte offsets are recorded so a worker seeks instead of re-reading."""
    compressed = path.name.endswith(".gz")
    start, offset, position, count = 0, 0, 0, 0
    with open_text(path) as handle:
        for line in handle:
            count += 1
            position += len(line)
            if count == lines:
                yield Shard(shard_id("jsonl", path, start, count), "jsonl", (str(path),), (name,), start, count,
                            0 if compressed else offset)
                start, offset, count = start + count, position, 0
    if count:
        yield Shard(shard_id("jsonl", path, start, count), "jsonl", (str(path),), (name,), start, count,
                    0 if compressed else offset)


def enumerate_shards(paths: Iterable[str], lines: int = 200, files: int = 50) -> list[Shard]:
    """Every shard of the inputs, in a stable order: JSON Lines chunks, WARC files, file groups."""
    if lines < 1 or files < 1:
        raise ConfigError("shard sizes must be at least 1")
    shards: list[Shard] = []
    others: list[tuple[Path, str]] = []
    for path, name in expand(paths):
        suffix = path.name.lower()
        if suffix.endswith(JSONL_SUFFIXES):
            shards.extend(jsonl_shards(path, name, lines))
        elif suffix.endswith(WARC_SUFFIXES):
            shards.append(Shard(shard_id("warc", path), "warc", (str(path),), (name,)))
        else:
            others.append((path, name))
    for i in range(0, len(others), files):
        group = others[i:i + files]
        ids = tuple(str(p) for p, _ in group)
        shards.append(Shard(shard_id("files", *ids), "files", ids, tuple(n for _, n in group)))
    return shards

"""Shards: JSON Lines chunks cover every line once, ids are stable, readers read only their chunk."""

from __future__ import annotations

import gzip
import os

import pytest

from communique.errors import ConfigError
from communique.model import RawDocument
from communique.scale.read import read_shard
from communique.scale.shards import enumerate_shards


def _feed(path, n: int) -> None:
    path.write_text("".join(f'{{"id": "n{i}", "text": "Statement number {i} was issued today."}}\n'
                            for i in range(n)), encoding="utf-8")


@pytest.mark.parametrize("compressed", [False, True])
def test_chunks_cover_every_line_once(tmp_path, compressed: bool) -> None:
    plain = tmp_path / "feed.jsonl"
    _feed(plain, 23)
    path = plain
    if compressed:
        path = tmp_path / "feed.jsonl.gz"
        path.write_bytes(gzip.compress(plain.read_bytes()))
        plain.unlink()
    shards = enumerate_shards([str(path)], lines=5)
    assert [s.count for s in shards] == [5, 5, 5, 5, 3]
    sources = [d.source for s in shards for d in read_shard(s)]
    assert sources == [f"{path}#n{i}" for i in range(23)]
    assert all(isinstance(d, RawDocument) for s in shards for d in read_shard(s))


def test_ids_are_stable_and_follow_the_arguments(tmp_path, monkeypatch) -> None:
    _feed(tmp_path / "feed.jsonl", 12)
    first = [s.id for s in enumerate_shards([str(tmp_path / "feed.jsonl")], lines=5)]
    monkeypatch.chdir(tmp_path)
    assert [s.id for s in enumerate_shards(["feed.jsonl"], lines=5)] == first  # same file, relative name
    assert [s.id for s in enumerate_shards([str(tmp_path)], lines=4)] != first  # other chunking
    assert len(set(first)) == 3


def test_plain_files_are_grouped_and_named_as_given(tmp_path) -> None:
    for i in range(5):
        (tmp_path / f"story{i}.txt").write_text(f"Story {i}: the council met on Monday.", encoding="utf-8")
    shards = enumerate_shards([str(tmp_path)], files=2)
    assert [len(s.paths) for s in shards] == [2, 2, 1]
    assert all(os.path.isabs(p) for s in shards for p in s.paths)
    docs = [d for s in shards for d in read_shard(s)]
    assert [d.source for d in docs] == [str(tmp_path / f"story{i}.txt") for i in range(5)]


def test_missing_input_stops_before_the_run(tmp_path) -> None:
    with pytest.raises(ConfigError, match="no-such"):
        enumerate_shards([str(tmp_path / "no-such.jsonl")])

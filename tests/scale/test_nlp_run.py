"""One small run with the full NLP pipeline on a Dask worker: the same records as in-process."""

from __future__ import annotations

import json
from collections import Counter

from communique.ingest import read_inputs
from communique.model import Record
from communique.scale.worker import safe_pipe

from .helpers import communique, table, write_sample


def test_worker_output_matches_the_in_process_pipeline(shared, tmp_path, pipeline) -> None:
    feed = write_sample(shared, tmp_path / "feed.jsonl", 4)
    out = tmp_path / "dataset"
    done = communique("run", str(feed), "--out", str(out), "--workers", "1", "--shard-lines", "2")
    assert done.returncode == 0, done.stderr
    results = list(safe_pipe(pipeline, read_inputs([str(feed)])))  # as the worker runs it
    records = [r for r in results if isinstance(r, Record)]
    assert len(results) == 4 and records, "no article survived the pipeline in-process"
    assert len(table(out, "rejects", "source")) == 4 - len(records)
    for name, attribute in (("actors", "actors"), ("quotes", "quotes"), ("events", "events")):
        expected = {r.article.id: len(getattr(r, attribute)) for r in records}
        found = Counter(row[0] for row in table(out, name, "article_id"))
        assert {aid: found.get(aid, 0) for aid in expected} == expected, name
    assert sorted(r[0] for r in table(out, "articles", "id")) == sorted(r.article.id for r in records)
    peaks = [json.loads(p.read_text())["peak_mb"] for p in (out / "_manifest").glob("[0-9a-f]*.json")]
    assert peaks and max(peaks) < 1500  # one worker with the spaCy model loaded

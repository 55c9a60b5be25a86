"""`communique run` on a LocalCluster: a month-partitioned dataset that DuckDB reads as it is,
near-duplicates grouped, a rerun that adds nothing, and `ingest --from` into the store."""

from __future__ import annotations

import json

import duckdb
import pyarrow.dataset as ds

from communique.scale.load import load_dataset
from communique.scale.parquet import month_of

from .helpers import communique, done_shards, table


def test_run_writes_partitioned_dataset_and_groups_copies(sample, tmp_path) -> None:
    out = tmp_path / "dataset"
    done = communique("run", str(sample), "--out", str(out), "--workers", "2", "--shard-lines", "10", "--no-nlp")
    assert done.returncode == 0, done.stderr
    assert "seen 64, read 64, rejected 0" in done.stderr
    _loads_into_the_store_once(out, tmp_path / "news.duckdb")
    rows = table(out, "articles", "source, id, cluster, month, published_day")
    assert len(rows) == 64 == len({r[0] for r in rows})
    assert all(r[3] == month_of(str(r[4]) if r[4] else None) for r in rows)  # partition = publication month
    cluster = {r[0].rsplit("#", 1)[1]: r[2] for r in rows}
    originals = [json.loads(line)["id"] for line in sample.read_text(encoding="utf-8").splitlines()[:4]]
    assert [cluster[f"copy-{i}"] for i in range(4)] == [cluster[o] for o in originals]
    assert all(cluster[o] for o in originals)
    assert len({c or aid for aid, c in cluster.items()}) == 60  # 64 articles, 60 stories
    for name in ("actors", "quotes", "events", "rejects"):
        assert table(out, name, "count(*)")[0][0] == 0  # --no-nlp; every table still readable
    assert ds.dataset(out / "articles", partitioning="hive").count_rows() == 64  # pyarrow/pandas/Spark view

    files = sorted(p.relative_to(out) for p in out.rglob("*.parquet"))
    again = communique("run", str(sample), "--out", str(out), "--workers", "1", "--shard-lines", "10", "--no-nlp")
    assert again.returncode == 0, again.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*.parquet")) == files
    assert done_shards(out) == 7

    other = communique("run", str(sample), "--out", str(out), "--shard-lines", "20", "--no-nlp")
    assert other.returncode != 0 and "same arguments" in other.stderr


def _loads_into_the_store_once(out, db) -> None:
    """`ingest --from`: every article once, clusters kept, the GDELT-style counts view made."""
    loaded = communique("ingest", "--from", str(out), "--db", str(db))
    assert loaded.returncode == 0, loaded.stderr
    assert "64 articles added, 0 already present, 0 rejects, 60 stories" in loaded.stderr
    assert load_dataset(db, out)["articles"] == 0  # loading again adds nothing
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT coalesce(cluster, id)) FROM articles").fetchall() == [(64, 60)]
    assert con.execute("SELECT count(*) FROM article_minhash").fetchall() == [(64,)]
    columns = [r[0] for r in con.sql("DESCRIBE event_counts").fetchall()]
    assert {"story", "num_articles", "num_sources", "first_mention"} <= set(columns)

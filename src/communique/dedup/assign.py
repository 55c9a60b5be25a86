"""Filling `articles.cluster` in a DuckDB database, incrementally.

Signatures are kept in `article_minhash` so a later ingest hashes only its new articles; the
grouping itself runs over every signature, because a new copy may join an old story.
The connection is passed in (duck-typed DuckDB), so this stage needs nothing from `store`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pyarrow as pa

from communique.dedup.group import group, shared_only
from communique.dedup.minhash import NUM_PERM, Signature, signature
from communique.dedup.views import create_views

SIGNATURE_TABLE = """
CREATE TABLE IF NOT EXISTS article_minhash (
    article_id  VARCHAR PRIMARY KEY,
    size        INTEGER,
    hashvalues  UINTEGER[]
)"""

FETCH = 2_000
SIGNATURE_COLUMNS = pa.schema([("article_id", pa.string()), ("size", pa.int32()),
                               ("hashvalues", pa.list_(pa.uint32()))])


def signature_table(sigs: list[Signature]) -> pa.Table:
    """Signatures as an Arrow table (article_id, size, hashvalues): for DuckDB and Parquet alike."""
    values = pa.array([s.hashvalues.tolist() for s in sigs], type=pa.list_(pa.uint32()))
    return pa.table([pa.array([s.article_id for s in sigs], type=pa.string()),
                     pa.array([s.size for s in sigs], type=pa.int32()), values], schema=SIGNATURE_COLUMNS)


def signatures_from(table: pa.Table) -> Iterator[Signature]:
    """The inverse of `signature_table` (any table with those three columns)."""
    ids = table.column("article_id").to_pylist()
    sizes = table.column("size").to_pylist()
    flat = table.column("hashvalues").combine_chunks().flatten().to_numpy(zero_copy_only=False)
    matrix = np.asarray(flat, dtype=np.uint32).reshape(len(ids), NUM_PERM)
    for aid, size, row in zip(ids, sizes, matrix, strict=True):
        yield Signature(aid, row, int(size or 0))


def arrow_of(con: Any, query: str) -> pa.Table:
    """A query's result as one Arrow table (DuckDB 1.x and 2.x spell this differently)."""
    relation = con.sql(query)
    return relation.to_arrow_table() if hasattr(relation, "to_arrow_table") else relation.arrow()


def _hash_new_articles(con: Any) -> int:
    """Compute and keep signatures of articles that have none yet; returns how many.

    Ids first, then texts chunk by chunk: memory stays bounded, and no result is left open
    while the inserts run (DuckDB allows one open result per connection).
    """
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE id NOT IN "
                                     "(SELECT article_id FROM article_minhash) ORDER BY id").fetchall()]
    for i in range(0, len(ids), FETCH):
        rows = con.execute("SELECT id, text FROM articles WHERE list_contains(?, id)", [ids[i:i + FETCH]]).fetchall()
        batch = signature_table([signature(aid, text or "") for aid, text in rows])
        con.register("_new_minhash", batch)
        con.execute("INSERT INTO article_minhash SELECT * FROM _new_minhash")
        con.unregister("_new_minhash")
    return len(ids)


def assign_clusters(con: Any) -> dict[str, int]:
    """Group every article of the database and write `articles.cluster`; returns counts.

    Clusters that already exist keep their ids; an article without copies keeps `cluster` NULL,
    so `count(DISTINCT coalesce(cluster, id))` is the number of distinct stories. The `event_counts` view
    (GDELT's num_articles and num_sources) is (re)created too.
    """
    con.execute(SIGNATURE_TABLE)
    hashed = _hash_new_articles(con)
    table = arrow_of(con, "SELECT m.article_id, m.size, m.hashvalues, a.cluster FROM article_minhash m "
                          "JOIN articles a ON a.id = m.article_id ORDER BY m.article_id")
    existing = dict(zip(table.column("article_id").to_pylist(), table.column("cluster").to_pylist(), strict=True))
    clusters = group(signatures_from(table), {k: v for k, v in existing.items() if v})
    shared = shared_only(clusters)
    changed = [(aid, shared.get(aid)) for aid in clusters if existing.get(aid) != shared.get(aid)]
    if changed:
        con.register("_clusters", pa.table({"id": [x for x, _ in changed], "cluster": [c for _, c in changed]}))
        con.execute("UPDATE articles SET cluster = c.cluster FROM _clusters c WHERE articles.id = c.id")
        con.unregister("_clusters")
    create_views(con)
    return {"hashed": hashed, "articles": len(clusters), "updated": len(changed),
            "stories": len(set(clusters.values()))}

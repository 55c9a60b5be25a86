"""The last step of a run: group near-duplicates across the whole dataset and fill `cluster`.

Grouping needs every article's signature at once, so it runs on the client after all shards
are done, reading only the small signature files (about 0.6 KB per article). Each articles part
file is then rewritten with its cluster ids (atomically, by rename). The step is idempotent: if
a kill interrupts it, the rerun does it again and ends in the same state.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from communique.dedup import group
from communique.dedup.assign import signatures_from
from communique.dedup.group import shared_only
from communique.scale.parquet import SIGNATURES, write_empty_tables


def read_signatures(dataset: Path) -> pa.Table | None:
    parts = sorted((dataset / SIGNATURES).glob("part-*.parquet"))
    tables = [pq.ParquetFile(p).read() for p in parts]
    return pa.concat_tables(tables) if tables else None


def fill_clusters(dataset: Path, clusters: dict[str, str]) -> int:
    """Write the cluster id of each article that has copies into its part file (others stay null);
    returns how many files changed."""
    changed = 0
    for part in sorted((dataset / "articles").glob("month=*/part-*.parquet")):
        table = pq.ParquetFile(part).read()
        old = table.column("cluster").to_pylist()
        new = [clusters.get(aid) for aid in table.column("id").to_pylist()]
        if old == new:
            continue
        index = table.schema.get_field_index("cluster")
        table = table.set_column(index, table.schema.field(index), pa.array(new, type=pa.string()))
        tmp = part.with_name(f".{part.name}.{uuid.uuid4().hex[:8]}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, part)
        changed += 1
    return changed


def finalize(dataset: Path) -> dict[str, int]:
    """Cluster ids for every article, empty part files for empty tables; returns counts."""
    signatures = read_signatures(dataset)
    clusters = group(signatures_from(signatures)) if signatures is not None else {}
    rewritten = fill_clusters(dataset, shared_only(clusters))
    write_empty_tables(dataset)
    shutil.rmtree(dataset / "_tmp", ignore_errors=True)  # leftovers of attempts killed mid-shard
    return {"stories": len(set(clusters.values())), "grouped_articles": len(clusters),
            "rewritten_files": rewritten}

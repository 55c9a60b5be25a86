"""`communique ingest --from DATASET/`: a finished Parquet dataset into a DuckDB store.

The load is one transaction (killed, it leaves the database as it was), adds only articles the
database does not hold yet (an article id the store has is skipped, with its rows), keeps the
dataset's near-duplicate signatures so later ingests group against them, then re-groups
clusters over the whole database (which refreshes the `event_counts` view too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.dedup import assign_clusters
from communique.dedup.assign import SIGNATURE_TABLE
from communique.errors import ConfigError, StoreError
from communique.scale.parquet import SIGNATURES, TABLES
from communique.scale.resume import FINAL, MANIFEST
from communique.store import RunTally, Store

CHILD_KEYS = {"actors": "article_id, id", "quotes": "article_id, idx", "events": "article_id, idx"}


def _parts(dataset: Path, table: str) -> str:
    glob = dataset / table / "*" / "*.parquet" if table in TABLES else dataset / table / "*.parquet"
    return "read_parquet('{}', hive_partitioning = true, union_by_name = true)".format(
        str(glob).replace("'", "''"))


def _count(con: Any, query: str) -> int:
    return int(con.execute(query).fetchall()[0][0])


def _insert(con: Any, dataset: Path) -> dict[str, int]:
    """The INSERTs of one load; returns rows added per table."""
    con.execute("CREATE OR REPLACE TEMP TABLE _load_articles AS SELECT DISTINCT ON (id) * EXCLUDE (month) "
                f"FROM {_parts(dataset, 'articles')} WHERE id NOT IN (SELECT id FROM articles) ORDER BY id, source")
    added = {"articles": _count(con, "SELECT count(*) FROM _load_articles")}
    con.execute("INSERT INTO articles BY NAME SELECT * FROM _load_articles")
    for table, keys in CHILD_KEYS.items():
        before = _count(con, f"SELECT count(*) FROM {table}")
        con.execute(f"INSERT INTO {table} BY NAME SELECT DISTINCT ON ({keys}) * EXCLUDE (month) "
                    f"FROM {_parts(dataset, table)} WHERE article_id IN (SELECT id FROM _load_articles)")
        added[table] = _count(con, f"SELECT count(*) FROM {table}") - before
    before = _count(con, "SELECT count(*) FROM rejects")
    con.execute("INSERT OR IGNORE INTO rejects BY NAME SELECT DISTINCT ON (source, code) * EXCLUDE (month) "
                f"FROM {_parts(dataset, 'rejects')}")
    added["rejects"] = _count(con, "SELECT count(*) FROM rejects") - before
    if (dataset / SIGNATURES).is_dir() and any((dataset / SIGNATURES).glob("*.parquet")):
        con.execute(SIGNATURE_TABLE)
        con.execute("INSERT OR IGNORE INTO article_minhash SELECT DISTINCT ON (article_id) article_id, size, "
                    f"hashvalues FROM {_parts(dataset, SIGNATURES)} "
                    "WHERE article_id IN (SELECT id FROM _load_articles)")
    con.execute("DROP TABLE _load_articles")
    return added


def load_dataset(db_path: str | Path, dataset: str | Path) -> dict[str, int]:
    """Load the dataset written by `communique run` into the database at `db_path`; returns counts."""
    dataset = Path(dataset)
    if not (dataset / MANIFEST / FINAL).exists():
        raise ConfigError(f"{dataset} is not a finished `communique run` dataset: "
                          "run the same `communique run` command again until it completes")
    with Store(db_path) as store:
        run_id = store.start_run(f"communique ingest --from {dataset}")
        con = store.connection
        in_dataset = _count(con, f"SELECT count(*) FROM {_parts(dataset, 'articles')}")
        con.begin()
        try:
            added = _insert(con, dataset)
            con.commit()
        except Exception as err:
            con.rollback()
            raise StoreError(f"cannot load {dataset} into {db_path}: {str(err).splitlines()[0]}") from err
        tally = RunTally(read=in_dataset, rejected=added["rejects"], skipped=in_dataset - added["articles"])
        clusters = assign_clusters(con)
        store.finish_run(run_id, tally)
    return {**added, "in_dataset": in_dataset, "stories": clusters["stories"]}

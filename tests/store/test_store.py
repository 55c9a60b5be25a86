"""The DuckDB store: whole articles, idempotent writes, runs, read-only opening, exports that round-trip."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest
from store_records import make_record

from communique.errors import StoreError
from communique.store import RunTally, Store, open_readonly, write_all
from communique.store.export import EXPORTERS, export_formats, exporters
from communique.store.records import iter_records


def counts(path) -> dict[str, int]:
    con = open_readonly(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "actors", "quotes", "events", "rejects", "runs")}
    finally:
        con.close()


def ingest(path, items) -> RunTally:
    with Store(path) as store:
        return write_all(items, store, RunTally(), run_id=store.start_run("test"))


def test_every_part_is_stored_and_counted(tmp_path, records, rejects):
    tally = ingest(tmp_path / "s.duckdb", [*records, *rejects])
    assert (tally.seen, tally.read, tally.rejected, tally.added, tally.skipped) == (14, 12, 2, 12, 0)
    assert counts(tmp_path / "s.duckdb") == {"articles": 12, "actors": 24, "quotes": 12, "events": 24,
                                             "rejects": 2, "runs": 1}


def test_ingesting_twice_adds_nothing(tmp_path, records, rejects):
    db = tmp_path / "s.duckdb"
    ingest(db, [*records, *rejects])
    before = counts(db)
    again = ingest(db, [*records, *rejects, records[0]])
    assert (again.added, again.skipped) == (0, 13)
    assert counts(db) == {**before, "runs": 2}


def test_the_runs_row_records_the_counts(tmp_path, records, rejects):
    db = tmp_path / "s.duckdb"
    ingest(db, [*records[:5], *rejects])
    con = open_readonly(db)
    row = con.execute("SELECT seen, read, rejected, skipped, finished IS NOT NULL, command FROM runs").fetchone()
    assert row == (7, 5, 2, 0, True, "test")


def test_jsonl_export_rebuilds_the_record_exactly(tmp_path, records):
    db = tmp_path / "s.duckdb"
    ingest(db, records)
    con = open_readonly(db)
    rebuilt = {r["id"]: r for r in iter_records(con)}
    for record in records:
        expected = json.loads(json.dumps(record.to_dict()))
        assert rebuilt[record.article.id] == expected


def test_parquet_and_csv_exports_hold_every_row(tmp_path, records, rejects):
    db = tmp_path / "s.duckdb"
    ingest(db, [*records, *rejects])
    con = open_readonly(db)
    for fmt in ("parquet", "csv"):
        written = EXPORTERS[fmt](con, tmp_path / fmt)
        assert {p.name for p in written} == {f"{t}.{fmt}" for t in
                                            ("articles", "actors", "quotes", "events", "rejects", "runs")}
    back = duckdb.connect()
    original = con.execute("SELECT * FROM events ORDER BY article_id, idx").fetchall()
    assert back.execute(f"SELECT * FROM '{tmp_path}/parquet/events.parquet' ORDER BY article_id, idx").fetchall() == original
    with open(tmp_path / "csv" / "articles.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["id"] for r in rows) == sorted(r.article.id for r in records)


def test_jsonl_exporter_writes_one_record_per_article(tmp_path, records):
    db = tmp_path / "s.duckdb"
    ingest(db, records)
    (path,) = EXPORTERS["jsonl"](open_readonly(db), tmp_path / "out")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(records) and json.loads(lines[0])["actors"][1]["roles"] == ["Foreign Minister"]


def test_export_formats_are_a_table_others_can_extend():
    assert {"parquet", "csv", "jsonl"} <= set(export_formats()) == set(exporters())


def test_a_batch_is_one_transaction(tmp_path, records):
    """A batch that fails partway leaves nothing behind: no article without its parts."""
    db = tmp_path / "s.duckdb"
    broken = make_record(99)
    broken.actors.append(broken.actors[0])  # same (article_id, id) twice: the insert fails
    with Store(db) as store:
        with pytest.raises(StoreError):
            store.write_batch([records[0], broken], None, RunTally())
    assert counts(db)["articles"] == counts(db)["actors"] == 0


def test_readonly_of_a_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="communique ingest"):
        open_readonly(tmp_path / "none.duckdb")

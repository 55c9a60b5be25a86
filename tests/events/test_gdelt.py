"""GDELT 2.0 export through the real CLI: ingest into a real DuckDB file, export, read the TSV."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from communique.store.gdelt import COLUMNS, event_id

CLI = [sys.executable, "-m", "communique"]


def test_gdelt_columns_and_values(tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a1", "date": "2023-04-13", "url": "https://example.org/a1",
                                  "text": "Turkey bombed Syria in Aleppo on Tuesday."}) + "\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    subprocess.run([*CLI, "ingest", str(source), "--db", str(db), "--no-progress"], check=True, capture_output=True)
    done = subprocess.run([*CLI, "export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "out")],
                          check=True, capture_output=True, text=True)
    path = tmp_path / "out" / "events.gdelt.tsv"
    assert str(path) in done.stdout
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(COLUMNS) == 61
    assert rows and all(len(r) == 61 for r in rows)
    row = dict(zip(COLUMNS, rows[0], strict=True))
    assert row["SQLDATE"] == "20230411" and row["MonthYear"] == "202304" and row["Year"] == "2023"
    assert (row["Actor1Code"], row["Actor1CountryCode"]) == ("TUR", "TUR")
    assert (row["Actor2Code"], row["Actor2CountryCode"]) == ("SYR", "SYR")
    assert row["EventCode"].startswith("19") and row["EventRootCode"] == "19"
    assert row["QuadClass"] == "4" and float(row["GoldsteinScale"]) == -10
    assert row["ActionGeo_FullName"] == "Aleppo, Syria" and row["ActionGeo_CountryCode"] == "SY"
    assert abs(float(row["ActionGeo_Lat"]) - 36.2) < 0.1
    assert row["Actor1Geo_Type"] == "" and row["Actor1EthnicCode"] == ""  # what we cannot fill stays empty
    assert row["SOURCEURL"] == "https://example.org/a1"
    assert len(row["DATEADDED"]) == 14
    assert int(row["GLOBALEVENTID"]) == event_id(_article_id(db), 0)


def _article_id(db: Path) -> str:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT id FROM articles").fetchone()[0]

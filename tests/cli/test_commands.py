"""The commands end to end on real files: help with examples, exit codes, summary, stats, export."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from communique.cli import cli

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
STORY = "VIENNA (Test Wire) - The foreign ministers of Austria and Hungary met on Monday, officials said.\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.mark.parametrize("command", ["extract", "ingest", "export", "stats"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example: communique " + command in result.output


def test_ingest_prints_the_summary_and_twice_adds_nothing(tmp_path):
    db = str(tmp_path / "demo.duckdb")
    first = run("ingest", str(SAMPLES), "--db", db, "--no-nlp")
    assert first.exit_code == 0, first.output
    assert "seen 6  read 6  rejected 0  added 6  already present 0" in first.stderr
    second = run("ingest", str(SAMPLES), "--db", db, "--no-nlp")
    assert "seen 6  read 6  rejected 0  added 0  already present 6" in second.stderr


def test_rejects_are_reported_and_exit_0_unless_strict(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(STORY)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "x.duckdb")
    result = run("ingest", str(tmp_path / "in"), "--db", db, "--no-nlp")
    assert result.exit_code == 0
    assert f"communique: rejected {tmp_path}/in/empty.txt: empty file" in result.stderr
    assert "seen 2  read 1  rejected 1" in result.stderr
    assert run("ingest", str(tmp_path / "in"), "--db", db, "--no-nlp", "--strict").exit_code == 3
    assert run("extract", str(tmp_path / "in"), "--no-nlp", "--strict").exit_code == 3
    stats = json.loads(run("stats", "--db", db, "--json").output)
    assert stats["rejects"] == {"ingest.empty": 1} and stats["tables"]["rejects"] == 1


def test_usage_errors_exit_2_and_store_errors_exit_1(tmp_path):
    assert run("ingest", str(SAMPLES)).exit_code == 2  # no --db
    assert run("export", "--db", "x", "--format", "xml", "--out", str(tmp_path)).exit_code == 2
    missing = run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert missing.exit_code == 1 and "communique ingest" in missing.output
    (tmp_path / "notadb.duckdb").write_text("hello")
    assert run("ingest", str(SAMPLES), "--db", str(tmp_path / "notadb.duckdb"), "--no-nlp").exit_code == 1


def test_stdin_dash(tmp_path):
    result = run("extract", "-", "--no-nlp", input=b'{"id": "p1", "text": "Ministers met in Oslo."}\n')
    assert json.loads(result.stdout)["source"] == "<stdin>#p1"


def test_stats_and_exports_after_ingest(tmp_path):
    db = str(tmp_path / "demo.duckdb")
    run("ingest", str(SAMPLES), "--db", db, "--no-nlp")
    text = run("stats", "--db", db).output
    assert "articles 6" in text and "last run:" in text and "finished" in text
    for fmt in ("parquet", "csv", "jsonl"):
        assert run("export", "--db", db, "--format", fmt, "--out", str(tmp_path / fmt)).exit_code == 0
    records = [json.loads(x) for x in (tmp_path / "jsonl" / "records.jsonl").read_text().splitlines()]
    extracted = [json.loads(x) for x in run("extract", str(SAMPLES), "--no-nlp").stdout.splitlines()]
    assert sorted(records, key=lambda r: r["id"]) == sorted(extracted, key=lambda r: r["id"])


def test_extract_output_validates_against_the_record_schema(shared):
    """With the full pipeline (real spaCy): every sample record has every field of record.schema.json."""
    schema = json.loads((shared / "spec" / "record.schema.json").read_text())
    result = run("extract", str(SAMPLES), str(shared / "examples" / "kazakhstan-russia-2023-04-11.txt"))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 7
    for record in records:
        jsonschema.validate(record, schema)


def test_progress_bar_can_be_forced_and_the_summary_still_ends_the_run(tmp_path):
    result = run("ingest", str(SAMPLES), "--db", str(tmp_path / "p.duckdb"), "--no-nlp", "--progress")
    assert result.exit_code == 0 and "documents" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith(f"communique: {tmp_path}/p.duckdb: seen 6")


def test_stdin_is_never_skipped_by_its_name(tmp_path):
    db = str(tmp_path / "in.duckdb")
    run("ingest", "-", "--db", db, "--no-nlp", input=b"Ministers of Chile and Peru met in Lima on Monday.\n")
    second = run("ingest", "-", "--db", db, "--no-nlp", input=b"Ministers of Chile and Peru met again on Friday.\n")
    assert "added 1  already present 0" in second.stderr

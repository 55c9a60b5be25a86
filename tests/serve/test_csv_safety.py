"""CSV downloads must not carry spreadsheet formulas (CSV injection)."""

from __future__ import annotations

import csv
import io

import pyarrow as pa

from communique.serve.export import defuse_formulas, table_response


def test_text_cells_that_start_a_formula_are_defused():
    table = pa.table({"quote": ["=HYPERLINK(\"http://x\")", "+1 and more", "-2", "@SUM(A1)", "plain", None],
                      "count": [1, 2, 3, 4, 5, 6]})
    safe = defuse_formulas(table)
    assert safe.column("quote").to_pylist() == ["'=HYPERLINK(\"http://x\")", "'+1 and more", "'-2", "'@SUM(A1)",
                                                "plain", None]
    assert safe.column("count").to_pylist() == [1, 2, 3, 4, 5, 6]  # numbers are not text


def test_csv_download_is_defused_and_parquet_is_not():
    table = pa.table({"quote": ["=cmd|' /C calc'!A0", "said so"]})
    rows = list(csv.reader(io.StringIO(table_response(table, "csv", "q").body.decode())))
    assert rows[1:] == [["'=cmd|' /C calc'!A0"], ["said so"]]
    import pyarrow.parquet as pq

    parquet = pq.read_table(io.BytesIO(table_response(table, "parquet", "q").body))
    assert parquet.column("quote").to_pylist()[0] == "=cmd|' /C calc'!A0"

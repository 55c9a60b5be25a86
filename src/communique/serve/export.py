"""Downloads: a filtered event or quote list as CSV or Parquet, built by Arrow from DuckDB.

A CSV download is opened in a spreadsheet more often than not, and a news quote can begin with
"=" or "+": a spreadsheet would run it as a formula (CSV injection). Text cells that begin with
one of the trigger characters get a leading apostrophe, as OWASP recommends, so the spreadsheet
shows the text. Parquet downloads and `communique export` keep the values untouched.
"""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from fastapi.responses import Response

MEDIA = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}
FORMULA_START = r"^[=+\-@\t\r]"


def defuse_formulas(table: pa.Table) -> pa.Table:
    """The table with every text cell that a spreadsheet would read as a formula prefixed by "'"."""
    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            risky = pc.fill_null(pc.match_substring_regex(column, FORMULA_START), False)
            column = pc.if_else(risky, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def table_response(table: pa.Table, fmt: str, name: str) -> Response:
    """The whole table as one attachment named `name.fmt` (at most MAX_EXPORT_ROWS rows)."""
    buffer = io.BytesIO()
    if fmt == "csv":
        pa_csv.write_csv(defuse_formulas(table), buffer)
    elif fmt == "parquet":
        pq.write_table(table, buffer, compression="zstd")
    else:
        raise ValueError(f"unknown download format {fmt!r}")
    headers = {"content-disposition": f'attachment; filename="{name}.{fmt}"',
               "x-total-rows": str(table.num_rows)}
    return Response(buffer.getvalue(), media_type=MEDIA[fmt], headers=headers)

"""Downloads: a filtered event or quote list as CSV or Parquet, built by Arrow from DuckDB."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from fastapi.responses import Response

MEDIA = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def table_response(table: pa.Table, fmt: str, name: str) -> Response:
    """The whole table as one attachment named `name.fmt` (at most MAX_EXPORT_ROWS rows)."""
    buffer = io.BytesIO()
    if fmt == "csv":
        pa_csv.write_csv(table, buffer)
    elif fmt == "parquet":
        pq.write_table(table, buffer, compression="zstd")
    else:
        raise ValueError(f"unknown download format {fmt!r}")
    headers = {"content-disposition": f'attachment; filename="{name}.{fmt}"',
               "x-total-rows": str(table.num_rows)}
    return Response(buffer.getvalue(), media_type=MEDIA[fmt], headers=headers)

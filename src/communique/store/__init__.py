"""Records into DuckDB (and Parquet): idempotent, resumable, with rejects and runs."""

"""Records into DuckDB (and Parquet): idempotent, resumable, with rejects and runs."""

from communique.store.database import Store, connect, open_readonly, schema_sql
from communique.store.ingest import skip_stored, write_all
from communique.store.tally import RunTally

__all__ = ["RunTally", "Store", "connect", "open_readonly", "schema_sql", "skip_stored", "write_all"]

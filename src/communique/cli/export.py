"""`communique export`: a database as Parquet, CSV or JSON Lines files."""

from __future__ import annotations

from pathlib import Path

import click

from communique.errors import CommuniqueError
from communique.store import open_readonly
from communique.store.export import export_formats, exporters


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="DuckDB file written by `communique ingest`.")
@click.option("--format", "fmt", required=True, type=click.Choice(export_formats()),
              help="parquet or csv: one file per table; jsonl: one full record per article.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write into (created if missing; files of the same name are replaced).")
def export(db: Path, fmt: str, out: Path) -> None:
    """Write the database --db as files in --out.

    parquet / csv: articles, actors, quotes, events, rejects and runs, one file each.
    jsonl: records.jsonl, one record per article in the shape `communique extract` writes.

    Example: communique export --db demo.duckdb --format parquet --out demo-parquet/
    """
    try:
        connection = open_readonly(db)
        try:
            written = exporters()[fmt](connection, out)
        finally:
            connection.close()
    except CommuniqueError as err:
        raise click.ClickException(str(err)) from err
    for path in written:
        click.echo(str(path))

"""`communique stats`: what a database holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from communique.errors import CommuniqueError
from communique.store import open_readonly
from communique.store.stats import database_stats


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="DuckDB file written by `communique ingest`.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def stats(db: Path, as_json: bool) -> None:
    """Counts per table, languages, date range, rejects by code and top outlets of --db.

    Example: communique stats --db demo.duckdb
    """
    try:
        connection = open_readonly(db)
        try:
            data = database_stats(connection)
        finally:
            connection.close()
    except CommuniqueError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(data, indent=2) if as_json else _text(db, data))


def _text(db: Path, data: dict[str, Any]) -> str:
    lines = [f"{db}"]
    lines.append("  tables:    " + ", ".join(f"{k} {v:,}" for k, v in data["tables"].items()))
    lines.append("  languages: " + (", ".join(f"{k} {v:,}" for k, v in data["languages"].items()) or "-"))
    lines.append(f"  published: {data['published']['first'] or '?'} .. {data['published']['last'] or '?'}")
    lines.append("  rejects:   " + (", ".join(f"{k} {v:,}" for k, v in data["rejects"].items()) or "none"))
    lines.append("  outlets:   " + (", ".join(f"{k} {v:,}" for k, v in data["outlets"].items()) or "-"))
    run = data["last_run"]
    if run:
        state = "finished" if run["finished"] else "UNFINISHED (killed? run ingest again to resume)"
        lines.append(f"  last run:  {run['id']} {run['started']} {state}: seen {run['seen']:,}, read {run['read']:,}, "
                     f"rejected {run['rejected']:,}, already present {run['skipped']:,}, {run['seconds']:.1f} s")
    return "\n".join(lines)

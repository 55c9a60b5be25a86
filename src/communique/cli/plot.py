"""`communique plot`: charts from a database as image files (PNG, SVG or PDF)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from communique.errors import StoreError

CODE = "a 3-letter country code (KAZ) or a CAMEO actor code (KAZGOV)"


def _day(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from err


def _code(ctx: click.Context, param: click.Parameter, value: str) -> str:
    import re

    from communique.serve.filters import CODE_PATTERN

    if not re.match(CODE_PATTERN, value):
        raise click.BadParameter(f"{value!r} is not {CODE}")
    return value.upper()


@click.group()
def plot() -> None:
    """Draw charts from a communique database."""


@plot.command()
@click.argument("a", callback=_code)
@click.argument("b", callback=_code)
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The DuckDB file.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Image to write: .png, .svg or .pdf.")
@click.option("--interval", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month",
              show_default=True)
@click.option("--start", callback=_day, help="First day, YYYY-MM-DD.")
@click.option("--end", callback=_day, help="Last day, YYYY-MM-DD.")
def dyad(a: str, b: str, db: Path, out: Path, **when: Any) -> None:
    """Cooperation and conflict between A and B over time (the dashboard's dyad chart).

    Example: communique plot dyad KAZ RUS --db news.duckdb --out dyad.png
    """
    from communique.serve.plots import plot_dyad

    if out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.BadParameter("must end in .png, .svg or .pdf", param_hint="--out")
    try:
        series = plot_dyad(db, a, b, out, interval=when["interval"], dates=(when["start"], when["end"]))
    except (StoreError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    totals = series["totals"]
    click.echo(f"communique: wrote {out}: {len(series['series'])} {when['interval']}s, {totals['events']} events "
               f"({totals['cooperation']} cooperation, {totals['conflict']} conflict stories)",
               err=True)

"""The `communique` command: a thin layer over the Python API, one module per command."""

from __future__ import annotations

import click

from communique import __version__
from communique.cli import export, extract, ingest, stats
from communique.cli import plot as plot_command
from communique.cli import run as run_command
from communique.cli import serve as serve_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def cli() -> None:
    """Turn raw international news into evidence-linked quotes, actors and CAMEO events."""


cli.add_command(extract.extract)
cli.add_command(run_command.run)
cli.add_command(ingest.ingest)
cli.add_command(export.export)
cli.add_command(stats.stats)
cli.add_command(serve_command.serve)
cli.add_command(plot_command.plot)


def main() -> None:
    cli(prog_name="communique")

"""The `communique` command: a thin layer over the Python API, one module per command."""

from __future__ import annotations

import click

from communique import __version__
from communique.cli import extract


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
def cli() -> None:
    """Turn raw international news into evidence-linked quotes, actors and CAMEO events."""


cli.add_command(extract.extract)


def main() -> None:
    cli(prog_name="communique")

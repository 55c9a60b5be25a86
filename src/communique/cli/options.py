"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from communique.settings import DEFAULT_BATCH_SIZE, DEFAULT_MODEL, Settings


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--model, --lang, --no-nlp, --dictionary, --batch-size: the same on every command."""
    decorators = [
        click.option("--model", default=DEFAULT_MODEL, show_default=True,
                     help="Installed spaCy pipeline to load by name."),
        click.option("--lang", default=None, metavar="CODE",
                     help="Reject articles whose body is not in this language (ISO 639-1, e.g. en)."),
        click.option("--no-nlp", is_flag=True, help="Read and clean articles only: no actors, quotes or events."),
        click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True, path_type=Path),
                     help="A user dictionary (TSV of names -> CAMEO codes) to add to the built-in ones."),
        click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, type=click.IntRange(1, 10_000),
                     help="Articles per spaCy batch."),
    ]
    for decorate in reversed(decorators):
        func = decorate(func)
    return func


def settings_from(model: str, lang: str | None, no_nlp: bool, dictionaries: tuple[Path, ...],
                  batch_size: int) -> Settings:
    return Settings(model=model, lang=lang, nlp=not no_nlp, dictionaries=tuple(dictionaries),
                    batch_size=batch_size)


EXIT_REJECTED = 3
"""Exit status of a completed run with rejects, only under --strict (0 ok, 1 error, 2 usage)."""

strict_option = click.option(
    "--strict", is_flag=True,
    help=f"Exit with status {EXIT_REJECTED} if any document was rejected (default: rejects are reported, exit 0).")


def finish(rejected: int, strict: bool) -> None:
    """The exit-status rule shared by extract and ingest: rejects fail the run only under --strict."""
    if strict and rejected:
        sys.exit(EXIT_REJECTED)

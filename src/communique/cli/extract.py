"""`communique extract`: records as JSON Lines on standard output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from communique.cli.options import pipeline_options, settings_from
from communique.model import Reject
from communique.pipeline import Pipeline


@click.command()
@click.argument("paths", nargs=-1, required=True)
@pipeline_options
def extract(paths: tuple[str, ...], model: str, lang: str | None, no_nlp: bool,
            dictionaries: tuple[Path, ...], batch_size: int) -> None:
    """Write one JSON record per article of PATHS to standard output.

    PATHS are files (text, HTML, JSON Lines, WARC, any of them gzipped), folders (read
    recursively), globs, or - for standard input. Rejected documents get one line on stderr.

    Example: communique extract ../shared/examples/*.txt > records.jsonl
    """
    pipeline = Pipeline(settings_from(model, lang, no_nlp, dictionaries, batch_size))
    rejected = 0
    out = sys.stdout
    for item in pipeline.pipe(pipeline.read(paths)):
        if isinstance(item, Reject):
            rejected += 1
            click.echo(item.line(), err=True)
            continue
        out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    if rejected:
        sys.exit(3 if rejected else 0)

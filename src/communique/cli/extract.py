"""`communique extract`: records as JSON Lines on standard output."""

from __future__ import annotations

import json
import os
import sys

import click

from communique.cli.options import finish, pipeline_options, settings_from, strict_option
from communique.errors import CommuniqueError
from communique.model import Reject
from communique.pipeline import Pipeline


@click.command()
@click.argument("paths", nargs=-1, required=True)
@strict_option
@pipeline_options
def extract(paths: tuple[str, ...], strict: bool, **options: object) -> None:
    """Write one JSON record per article of PATHS to standard output.

    PATHS are files (text, HTML, JSON Lines, WARC, any of them gzipped), folders (read
    recursively), globs, or - for standard input. Rejected documents get one line on stderr.

    Exit status: 0 the run completed (rejects included, unless --strict), 1 an error stopped
    it, 2 bad usage, 3 --strict and some documents were rejected.

    Example: communique extract ../shared/examples/*.txt > records.jsonl
    """
    rejected = 0
    out = sys.stdout
    try:
        pipeline = Pipeline(settings_from(**options))  # type: ignore[arg-type]
        for item in pipeline.pipe(pipeline.read(paths)):
            if isinstance(item, Reject):
                rejected += 1
                click.echo(item.line(), err=True)
                continue
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    except CommuniqueError as err:
        raise click.ClickException(str(err)) from err
    except BrokenPipeError:  # `communique extract ... | head`: the reader left, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    finish(rejected, strict)

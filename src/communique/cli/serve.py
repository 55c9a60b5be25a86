"""`communique serve`: the HTTP API and dashboard over a database, on loopback by default."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path
from typing import Any

import click

from communique.errors import StoreError


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def answer_one(db: Path, path: str) -> int:
    """Answer one GET request in-process, no server (datasette's --get): body to stdout.

    Returns the exit status: 0 for a 2xx/3xx answer, 1 otherwise (the body still says why).
    """
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from communique.serve import create_app

    if not path.startswith("/"):
        raise click.BadParameter("must start with /, e.g. /api/events?root=04", param_hint="--get")
    app = create_app(db)

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get(path)

    try:  # in a thread of its own, so it works even where an event loop already runs (notebooks)
        with ThreadPoolExecutor(max_workers=1) as pool:
            response = pool.submit(asyncio.run, fetch()).result()
    finally:
        app.state.db.close()
    sys.stdout.buffer.write(response.content)
    if not response.content.endswith(b"\n") and response.headers.get("content-type", "").startswith(("text", "application/json")):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()
    if response.status_code >= 400:
        click.echo(f"communique: GET {path} answered {response.status_code}", err=True)
        return 1
    return 0


@click.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The DuckDB file written by `communique ingest` (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Loopback by default; anything else exposes the data to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--get", "get_path", metavar="/PATH",
              help="Answer one GET request and print the body instead of serving (for scripts).")
@click.option("--title", default="communique", show_default=True, help="Name shown in the dashboard's header.")
@click.option("--threads", type=click.IntRange(1, 256), default=None,
              help="DuckDB threads per query (default: one per core; 1 suits many concurrent users).")
def serve(db: Path, host: str, port: int, get_path: str | None, **options: Any) -> None:
    """Serve the HTTP API and web dashboard of a communique database.

    Open http://127.0.0.1:8000/ for the dashboard and /docs for the API.

    \b
    Examples:
      communique serve --db news.duckdb
      communique serve --db news.duckdb --get '/api/dyads/KAZ/RUS?interval=month'
    """
    settings = {"title": options["title"], "threads": options["threads"]}
    try:
        if get_path is not None:
            sys.exit(answer_one(db, get_path))
        from communique.serve import create_app

        app = create_app(db, **settings)  # opens and checks the database before listening
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    if not _is_loopback(host):
        click.echo(f"communique: warning: listening on {host}, not loopback: anyone who can reach this "
                   "machine can read the database", err=True)
    click.echo(f"communique: serving {db} (read-only) at http://{host}:{port}/  (Ctrl-C stops)", err=True)
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")

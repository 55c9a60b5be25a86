"""`create_app(db_path)`: the HTTP API and the dashboard over one read-only database.

The app only reads: the DuckDB file is opened read_only, there is no ingest endpoint, and
nothing a request sends reaches SQL except as a bound parameter. Pages are rendered with Jinja2
autoescaping (article text is untrusted) and served with a Content-Security-Policy that allows
scripts and styles from this server only, so even a missed escape cannot run injected code.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.serve.db import Database
from communique.serve.errors import install_error_handlers
from communique.serve.routes import actors, apidocs, articles, charts, dyads, events, pages, quotes, top
from communique.serve.templating import templates_for

HERE = Path(__file__).resolve().parent

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; "
                                 b"img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                 b"frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response (a plain ASGI wrapper: no per-request task)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class DropEmptyParams:
    """Removes `name=` pairs from the query string: an HTML form sends every field, filled or not,
    and an empty field means "no filter", not "a date that is the empty string"."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = [p for p in scope["query_string"].split(b"&") if p and not p.endswith(b"=")]
            scope = {**scope, "query_string": b"&".join(pairs)}
        await self.app(scope, receive, send)


def create_app(db_path: str | Path, *, title: str = "communique", threads: int | None = None) -> FastAPI:
    """The ASGI app over the database at `db_path` (opened once, read-only, checked now);
    `threads` caps DuckDB's threads per query (see Database).

    Raises communique.StoreError if the file is missing or not a communique database, so
    `communique serve` fails before it starts listening.
    """
    db = Database(db_path, threads=threads)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        db.close()

    app = FastAPI(title=f"{title} API", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN: ours is local
                  description="Read-only access to a communique database: articles, actors, quotes, "
                              "CAMEO events, dyad time series. Every list is paged (limit/offset, total).")
    app.state.db = db
    app.state.templates = templates_for(title, db.path.name)
    for module in (articles, actors, quotes, events, dyads, top, pages, charts, apidocs):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_error_handlers(app)
    app.add_middleware(DropEmptyParams)
    app.add_middleware(SecurityHeaders)
    return app

"""Errors as answers: JSON `{"error", "detail"}` under /api, an HTML page elsewhere.

A bad parameter is the client's mistake and gets a 4xx that names the parameter and what it
must be; a missing article is a 404. Nothing here echoes input unescaped: the HTML page goes
through the autoescaping templates like every other page.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 422: "Invalid parameter"}


def _problems(err: RequestValidationError) -> list[dict[str, Any]]:
    """One entry per bad parameter: where, which, what is wrong, what was sent."""
    out = []
    for e in err.errors():
        loc = [str(x) for x in e.get("loc", ())]
        message = str(e.get("msg", "")).removeprefix("Value error, ")
        out.append({"in": loc[0] if loc else "query", "param": ".".join(loc[1:]) or None,
                    "message": message, "value": e.get("input") if isinstance(e.get("input"), str) else None})
    return out


def _summary(problems: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['param']}: {p['message']}" if p["param"] else p["message"] for p in problems)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")


def _answer(request: Request, status: int, message: str, detail: Any = None):
    if _wants_json(request):
        return JSONResponse({"error": message, "detail": detail}, status_code=status)
    templates = request.app.state.templates
    html = templates.get_template("error.html").render(
        status=status, heading=TITLES.get(status, "Error"), message=message, request=request)
    return HTMLResponse(html, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers for validation errors, HTTP errors and bad values from queries."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        problems = _problems(err)
        return _answer(request, 422, f"invalid parameter: {_summary(problems)}", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        message = err.detail if isinstance(err.detail, str) else TITLES.get(err.status_code, "error")
        return _answer(request, err.status_code, message)

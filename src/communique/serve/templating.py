"""The Jinja2 environment of the dashboard: autoescape always on, a few helpers for links."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader

HERE = Path(__file__).resolve().parent

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def query_string(params: dict[str, Any] | None = None, **changes: Any) -> str:
    """'?k=v&...' from `params` updated by `changes`; None and '' drop a key. Values are URL-encoded."""
    merged = {**(params or {}), **changes}
    pairs = [(k, str(v)) for k, v in merged.items() if v is not None and v != ""]
    return "?" + urlencode(pairs) if pairs else ""


def filters_dict(obj: Any) -> dict[str, Any]:
    """A filters model (filters.py) as query parameters (dates as ISO strings)."""
    return obj.params()


def templates_for(title: str, db_name: str) -> Environment:
    """One environment per app. autoescape=True: every {{ value }} is HTML-escaped (article text
    and titles are untrusted); nothing in the templates uses |safe."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(site_title=title, db_name=db_name, qs=query_string, quad_names=QUAD_NAMES,
                       as_params=filters_dict)
    env.filters["num"] = lambda v, digits=2: "" if v is None else (f"{v:,.{digits}f}" if isinstance(v, float)
                                                                    else f"{v:,}")
    return env

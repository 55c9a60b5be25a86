"""/docs: the API described from its own OpenAPI document, rendered here (Swagger UI and ReDoc
fetch their scripts from a CDN, and the dashboard must work with no internet)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from communique.serve.deps import render

router = APIRouter(include_in_schema=False)


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "schema": _schema_text(p.get("schema", {}))} for p in op.get("parameters", [])]
            out.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "tags": op.get("tags", []), "params": params})
    return out


def _schema_text(schema: dict[str, Any]) -> str:
    """A short type description: integer 1..500, string /pattern/, one of a|b."""
    options = schema.get("anyOf") or [schema]
    parts = []
    for s in options:
        if s.get("type") == "null":
            continue
        text = s.get("type", "")
        if "enum" in s:
            text = "one of " + ", ".join(map(str, s["enum"]))
        if "minimum" in s or "maximum" in s:
            text += f" {s.get('minimum', '')}..{s.get('maximum', '')}"
        if "pattern" in s:
            text += f" matching {s['pattern']}"
        if s.get("format"):
            text += f" ({s['format']})"
        parts.append(text.strip())
    default = schema.get("default")
    return " or ".join(parts) + (f", default {default}" if default is not None else "")


@router.get("/docs")
def docs(request: Request):
    spec = request.app.openapi()
    return render(request, "apidocs.html", spec=spec, operations=_operations(spec))

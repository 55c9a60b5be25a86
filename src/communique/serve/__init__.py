"""HTTP API and web dashboard over a communique database (read-only): `create_app(db_path)`."""

from communique.serve.app import create_app

__all__ = ["create_app"]

"""HTTP API and web dashboard over a communique database."""

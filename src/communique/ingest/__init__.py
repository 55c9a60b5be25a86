"""Bytes, files, folders, globs and standard input -> RawDocument (or Reject)."""

from communique.ingest.sources import read_inputs

__all__ = ["read_inputs"]

"""Limits every reader applies, in one place so the docs and the rejects agree."""

from __future__ import annotations

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""A single document (a text or HTML file, a JSON Lines line, a WARC payload) larger than this is
rejected (`ingest.too_large`) without being read into memory: no news article is 20 MB, and a
decompression bomb or a mislabelled data dump must not take the run down."""

SNIFF_BYTES = 8192
"""How much of the start of an input the sniffer looks at to decide what it is."""

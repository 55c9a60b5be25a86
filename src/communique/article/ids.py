"""Stable article ids: the same body text gives the same id on every run and machine."""

from __future__ import annotations

import hashlib
import unicodedata


def article_id(text: str) -> str:
    """sha256 of the NFC-normalised, whitespace-collapsed body, first 16 hex digits.

    Normalising first means re-scraping the same article with other line breaks or Unicode
    composition yields the same id (what the store's de-duplication relies on).
    """
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

"""Bytes -> str: find the character set the way browsers do, and say which one was used.

Order (WHATWG-like): byte-order mark, then what the container declared (HTTP or WARC
Content-Type), then an HTML <meta charset>, then strict UTF-8, then charset-normalizer's
statistical guess, then cp1252 (which decodes any byte). One exception: bytes that are valid
UTF-8 and not plain ASCII are read as UTF-8 whatever the page declares, because pages that say
"iso-8859-1" but are UTF-8 are common, and non-ASCII text is valid UTF-8 by accident almost never. Labels of Latin-1 mean cp1252, as in
every browser, because servers say "iso-8859-1" for Windows text.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BROWSER_ALIASES = {"latin1": "cp1252", "latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}


def bom_charset(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if `data` starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is NUL (ASCII-range UTF-16 without a BOM)."""
    sample = head[:2048]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def header_charset(content_type: str | None) -> str | None:
    """`charset=` of an HTTP Content-Type value ("text/html; charset=windows-1251")."""
    match = _HEADER.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The <meta charset> (or http-equiv content) of an HTML page, looked for in its first 4 KB."""
    match = _META.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, declared: str | None = None, *, html: bool = False) -> tuple[str, str]:
    """(text, charset name). Never raises: the last resort decodes every byte."""
    if (bom := bom_charset(data)) and (text := _try(data, bom)) is not None:
        return text, _canonical(bom)
    if not data.isascii() and (text := _try(data, "utf-8")) is not None:
        return text, "utf-8"  # declared Latin-1 but valid UTF-8: a mislabel (UTF-8 is never valid by accident)
    candidates = [declared, meta_charset(data) if html else None, utf16_without_bom(data), "utf-8"]
    for name in candidates:
        text = _try(data, name)
        if text is not None:
            return text, _canonical(name)  # type: ignore[arg-type]
    guess = _guess(data[:200_000])
    text = _try(data, guess)
    if guess and text is not None:
        return text, _canonical(guess)
    return data.decode("cp1252", errors="replace"), "cp1252"


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess; on a tie, cp1252, the web's most common legacy charset.

    Western text often scores the same in cp1250, cp1252 and cp1257; only cp1252 gets the
    accents of French, Spanish, German and Portuguese right.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    return "cp1252" if "cp1252" in tied else best.encoding


def _try(data: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    codec = _BROWSER_ALIASES.get(codec.replace("-", "_"), codec)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, ValueError):
        return None


def _canonical(name: str) -> str:
    codec = codecs.lookup(name).name
    return _BROWSER_ALIASES.get(codec.replace("-", "_"), codec)

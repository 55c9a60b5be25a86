"""What an input is, from its first bytes; the file name is only a tie-breaker.

Content decides because scraped files are routinely misnamed (`.txt` pages, `.html` JSON,
extension-less dumps). The answer names a reader in `sources.READERS`, or is a Reject code.
"""

from __future__ import annotations

import json
import re

from communique.ingest.charset import bom_charset, utf16_without_bom

GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"BZh",
                 b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x00asm", b"ID3", b"OggS", b"RIFF")
_HTML_START = re.compile(
    r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p"
    r"|script|link|style|section|header|main|h1|table)\b", re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(r"<(?:html|body|head)\b[^>]*>", re.IGNORECASE)
_HTML_HINTS = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}


def sniff(head: bytes, name_hint: str = "") -> str:
    """One of: "gzip", "warc", "jsonl", "json", "html", "text", "empty", "binary"."""
    if not head.strip():
        return "empty"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if looks_binary(head):
        return "binary"
    text = _sniff_text(head).lstrip("\ufeff \t\r\n")
    hint = name_hint.lower().removesuffix(".gz")
    if text.startswith("{"):
        return "jsonl" if _first_line_is_object(text) else "json"
    if text.startswith("[") and hint.endswith(".json"):
        return "json"
    if _HTML_START.match(text) or _HTML_ANYWHERE.search(text[:2048]):
        return "html"
    if hint.endswith(_HTML_HINTS) and text.startswith("<"):
        return "html"
    return "text"


def _first_line_is_object(text: str) -> bool:
    """JSON Lines puts a whole object on its first line; a pretty-printed JSON file does not."""
    first, newline, _ = text.partition("\n")
    if not newline:
        return True  # one line longer than the sniffed head: only JSON Lines (or minified JSON) does that
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def looks_binary(head: bytes) -> bool:
    """Known binary signatures, or NUL/control bytes that no text encoding with a BOM explains."""
    if head.startswith(_BINARY_MAGIC):
        return True
    if bom_charset(head) or utf16_without_bom(head):
        return False
    sample = head[:4096]
    controls = sum(1 for b in sample if b in _CONTROL)
    return b"\x00" in sample or controls > len(sample) * 0.05


def _sniff_text(head: bytes) -> str:
    """Enough of the head as text to recognise markup (exact decoding happens later)."""
    encoding = bom_charset(head) or utf16_without_bom(head) or "utf-8"
    return head.decode(encoding.replace("-sig", ""), errors="ignore")

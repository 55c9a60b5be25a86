"""Quotation-mark scanning: where the article puts words in quotation marks.

Works on characters, not tokens, so the tokenizer's view of a mark never matters. Conventions:
- double marks (" “ ” « » „) delimit quotations; ASCII " opens or closes by its position;
- single marks (‘ ’ ') delimit a quotation only at top level and at word boundaries, because ’
  and ' are also apostrophes ("Kazakhstan's", "horses' carrots");
- a paragraph that ends inside a quotation continues it when the next paragraph opens with a
  mark (the newswire rule for multi-paragraph quotes); otherwise the line break closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
CLOSERS = {"”", "»", "›"}
PARAGRAPH = re.compile(r"[^\n]+")


class Parted:
    """Something made of (start, end) parts of the article text, in order: its overall span."""

    __slots__ = ()
    parts: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass(slots=True)
class Marked(Parted):
    """Words inside quotation marks: `parts` are (start, end) offsets of the text inside the marks,
    one per paragraph (a multi-paragraph quotation has several)."""

    parts: list[tuple[int, int]] = field(default_factory=list)


def _is_boundary(ch: str) -> bool:
    return not ch or ch.isspace() or ch in "([{—–-/"


def _opens_ascii(text: str, i: int) -> bool:
    """An ASCII " opens when what precedes it is a boundary and what follows is not a space."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return _is_boundary(before) and bool(after) and not after.isspace()


def _double_spans(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed (inner start, inner end) spans of double marks in one paragraph, and the inner start
    of a quotation still open at the paragraph's end (None if every quotation closed)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            if open_at is None and _opens_ascii(text, i):
                open_at, closer = i + 1, '"'
            elif open_at is not None and closer in '"”':
                spans.append((open_at, i))
                open_at = None
        elif ch in OPENERS and (open_at is None or closer == OPENERS[ch]):
            open_at, closer = i + 1, OPENERS[ch]  # a second “ before any ”: the first was never closed
        elif ch in CLOSERS or (ch == "“" and closer == "“"):
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
    return spans, open_at


def _single_spans(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """‘...’ or '...' at word boundaries, outside double-marked spans, within one paragraph."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in "‘’'" or any(s - 1 <= i <= e for s, e in taken):
            continue
        before = text[i - 1] if i > start else ""
        after = text[i + 1] if i + 1 < end else ""
        if open_at is None:
            if ch in "‘'" and _is_boundary(before) and after and after.isalnum():
                open_at = i + 1
        elif ch in "’'" and before and not before.isspace() and not after.isalnum():
            if before.lower() == "s" and ch in "'’" and after == " " and _more_closers(text, i + 1, end):
                continue  # a plural possessive ("the ministers' talks") with a real closer later
            spans.append((open_at, i))
            open_at = None
    return spans


def _more_closers(text: str, start: int, end: int) -> bool:
    return any(text[j] in "’'" and (j + 1 >= end or not text[j + 1].isalnum()) for j in range(start, end))


def scan(text: str) -> list[Marked]:
    """Every quotation-marked stretch of `text`, in order, multi-paragraph ones joined."""
    found: list[Marked] = []
    pending: Marked | None = None
    for para in PARAGRAPH.finditer(text):
        p_start, p_end = para.start(), para.end()
        lead = len(para.group()) - len(para.group().lstrip())
        doubles, open_at = _double_spans(text, p_start, p_end)
        if pending is not None:
            first = p_start + lead
            if doubles and doubles[0][0] == first + 1:  # the paragraph opens with a mark: continued
                pending.parts.append(doubles.pop(0))
                found.append(pending)
                pending = None
            elif open_at == first + 1 and not doubles:
                pending.parts.append((open_at, open_at + len(text[open_at:p_end].rstrip())))
                open_at = None
            else:
                found.append(pending)
                pending = None
        found.extend(Marked([s]) for s in doubles)
        found.extend(Marked([s]) for s in _single_spans(text, p_start, p_end, doubles))
        if open_at is not None:
            stripped = text[open_at:p_end].rstrip()
            if stripped:
                if pending is None:
                    pending = Marked([(open_at, open_at + len(stripped))])
                else:
                    pending.parts.append((open_at, open_at + len(stripped)))
    if pending is not None:
        found.append(pending)
    found.sort(key=lambda m: m.start)
    return found

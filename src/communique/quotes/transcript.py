"""Interview transcripts: a paragraph that opens with a speaker label in capitals and a colon
("TAPPER: Do you think ...", "SEN. JOHN SMITH: Well, ...").

Newsrooms print transcripts this way; the label is the speaker and the rest of the paragraph is
what they said. Only all-capital labels count: a mixed-case "Name: ..." at a paragraph start is
far more often a headline, a caption or a list item than a transcript line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])[ \t]*:[ \t]+(?P<said>\S[^\n]*)$", re.MULTILINE)


@dataclass(slots=True)
class Line:
    """One transcript line: the label's offsets and the offsets of what was said."""

    label: tuple[int, int]
    said: tuple[int, int]


def transcript_lines(text: str) -> Iterator[Line]:
    for m in LABEL.finditer(text):
        label = m.group("label")
        if sum(ch.isalpha() for ch in label) < 2 or len(label.split()) > 4:
            continue
        said_end = m.end("said")
        while said_end > m.start("said") and text[said_end - 1].isspace():
            said_end -= 1
        yield Line((m.start("label"), m.end("label")), (m.start("said"), said_end))

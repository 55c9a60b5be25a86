"""Photo and video credits: the photographers they name are not actors of the story.

Wire copy carries its pictures' credits into the text: "(Photo: Jane Doe, AP)", "AP Photo/Jane
Doe", "REUTERS/Jane Doe", "Photograph: Jane Doe/Getty Images", "Photo by Jane Doe". By convention
a name glued to a slash is a credit (news prose never writes a person's name that way), and a
name right after a credit word and ":" or "by" is one when the name ends the credit (a bracket,
a comma, a slash, the line's end). A caption after the same cue ("FILE PHOTO: Kim Jong Un
attends a meeting") goes on with a verb, so its people stay actors.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from communique.knowledge import data_path, read_table

ENDS = {")", ",", "/", "|", ";", "]"}


@functools.cache
def cue_words() -> frozenset[str]:
    """Words that open a credit when ":" or "by" follows ("Photo:", "Photograph by"; credit_cues.tsv)."""
    return frozenset(r["word"] for r in read_table(data_path("actors/credit_cues.tsv"), ("word",)))


def _slashed(doc: Doc, span: Span) -> bool:
    """The name touches a slash with no space: "REUTERS/Jane Doe", "Jane Doe/Getty Images"."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    glued_before = before is not None and before.text == "/" and not before.whitespace_
    glued_after = after is not None and after.text == "/" and not doc[span.end - 1].whitespace_
    return glued_before or glued_after


def _cued(doc: Doc, span: Span) -> bool:
    """"Photo: Jane Doe, AP", "(Photo by Jane Doe)": a credit word and ":"/"by" right before the
    name, and the credit closing right after it."""
    i = span.start
    if i < 2 or doc[i - 1].lower_ not in {":", "by"} or doc[i - 2].lower_ not in cue_words():
        return False
    end = span.end
    return end >= len(doc) or doc[end].text in ENDS or "\n" in doc[end - 1].whitespace_ or doc[end].is_space


def is_credit(span: Span) -> bool:
    """The name span is a photographer's credit, not a person of the story."""
    doc = span.doc
    return _slashed(doc, span) or _cued(doc, span)

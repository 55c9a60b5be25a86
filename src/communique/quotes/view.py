"""What every quote rule needs to know about one article: its text, parse and quotation marks."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from communique.quotes.marks import Marked, Parted, scan

EDGE = set(",;:—–-")


@dataclass(slots=True)
class Attribution(Parted):
    """A candidate quote before speaker resolution: cue token, speaker token, content parts."""

    cue: Token
    cue_text: str
    speaker: Token | None
    parts: list[tuple[int, int]]
    kind: str = "indirect"
    cue_kind: str = "speech"
    marks: list[int] = field(default_factory=list)  # indices into ArticleView.marks


class ArticleView:
    """The article text, its Doc and its quotation marks, with lookups between them."""

    def __init__(self, doc: Doc, title: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.marks: list[Marked] = scan(self.text)
        self.token_mark = self._token_marks()
        self.title = (title or "").strip()
        self._para_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    def _token_marks(self) -> list[int]:
        """For each token, the index of the latest marked quotation that holds its first character
        (marks included), or -1: one pass over the marks, not a search per token."""
        starts = self.doc.to_array(IDX)
        out = [-1] * len(self.doc)
        for k, m in enumerate(self.marks):
            for s, e in m.parts:
                lo, hi = int(starts.searchsorted(s - 1, "left")), int(starts.searchsorted(e, "right"))
                out[lo:hi] = [k] * (hi - lo)
        return out

    def in_marks(self, token: Token) -> bool:
        return self.token_mark[token.i] >= 0

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self._para_starts, char) - 1

    def sentence_of(self, char: int) -> Span:
        return self.doc[self.token_at(char)].sent

    def token_at(self, char: int) -> int:
        """Index of the token that covers `char`, or of the next token after it."""
        for t in self.doc.char_span(char, char + 1, alignment_mode="expand") or []:
            return t.i
        lo, hi = 0, len(self.doc)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.doc[mid].idx < char:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, len(self.doc) - 1)

    def is_headline(self, start: int, end: int) -> bool:
        """True when the stretch lies in a line that repeats the article's headline."""
        if not self.title:
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start: line_end if line_end >= 0 else len(self.text)].strip()
        return line == self.title


def trim(text: str, start: int, end: int, keep_final_stop: bool) -> tuple[int, int]:
    """Narrow (start, end) past spaces and edge punctuation (, ; : dashes); a closing . ! ? stays
    only when `keep_final_stop` (reported clauses keep the full stop that ends their sentence)."""
    while start < end and (text[start].isspace() or text[start] in EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE or
                           (not keep_final_stop and text[end - 1] in ".!?")):
        end -= 1
    return start, end

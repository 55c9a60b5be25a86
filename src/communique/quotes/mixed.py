"""Reconciling reported clauses with quotation marks: direct, mixed or indirect.

A reported clause whose words all lie inside quotation marks is a direct quote (the marks
give its exact extent); one that carries quoted fragments is mixed, and its content grows to
take in any quotation that starts inside it; one without marks is indirect.
"""

from __future__ import annotations

from communique.quotes.direct import looks_like_title
from communique.quotes.view import ArticleView, Attribution, trim


def _overlapping(view: ArticleView, a: Attribution) -> list[int]:
    hits = []
    for k, m in enumerate(view.marks):
        if m.start > a.end + 1:
            break
        if any(s - 1 <= ms < e + 1 or ms - 1 <= s < me + 1 for s, e in a.parts for ms, me in m.parts):
            hits.append(k)
    return hits


def _outside_words(view: ArticleView, a: Attribution, marks: list[int]) -> bool:
    """True when some word of the content lies outside every one of `marks`."""
    covered = [(s - 1, e + 1) for k in marks for s, e in view.marks[k].parts]
    for s, e in a.parts:
        pos = s
        for cs, ce in sorted(covered):
            if ce <= pos or cs >= e:
                continue
            if any(ch.isalnum() for ch in view.text[pos:max(pos, cs)]):
                return True
            pos = max(pos, ce)
        if any(ch.isalnum() for ch in view.text[pos:e]):
            return True
    return False


def classify(view: ArticleView, reported: list[Attribution]) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Split reported clauses into indirect/mixed quotes and attributions of marked quotations.

    Returns the clauses that stay quotes of their own (kind set) and, by mark index, the
    clause that attributes a marked quotation directly.
    """
    kept: list[Attribution] = []
    direct: dict[int, Attribution] = {}
    for a in _outermost(view, reported):
        marks = _overlapping(view, a)
        if not marks:
            a.kind = "indirect"
            kept.append(a)
        elif not _outside_words(view, a, marks):
            for k in marks:
                direct.setdefault(k, a)
        else:
            fragments = [k for k in marks if not looks_like_title(view.text[view.marks[k].start:view.marks[k].end])]
            a.kind = "mixed" if fragments else "indirect"
            a.marks = marks
            _extend(view, a, marks)
            kept.append(a)
    return kept, direct


def _extend(view: ArticleView, a: Attribution, marks: list[int]) -> None:
    """Grow the content to the closing mark of a quotation that starts inside it."""
    last_end = max(view.marks[k].end for k in marks) + 1
    first_start = min(view.marks[k].start for k in marks) - 1
    s, e = a.parts[-1]
    if last_end > e:
        a.parts[-1] = (s, min(last_end, len(view.text)))
    s, e = a.parts[0]
    if first_start < s:
        a.parts[0] = (max(first_start, 0), e)


def _outermost(view: ArticleView, reported: list[Attribution]) -> list[Attribution]:
    """Resolve reports within reports. A later cue with a speaker of its own ("..., and Obama says
    ...") or a participle cue ("..., adding that ...") starts a statement of its own: the outer
    content stops before it. A cue without its own subject inside another's content is part
    of what was reported and is not a quote."""
    out = []
    for a in reported:
        holders = [b for b in reported if b is not a and any(s <= a.cue.idx < e for s, e in b.parts)]
        if not holders:
            out.append(a)
            continue
        own_subject = a.speaker is not None and a.speaker.head.i == a.cue.i
        begin = min(a.cue.idx, a.speaker.left_edge.idx if a.speaker is not None else a.cue.idx)
        later = all(b.cue.i < a.cue.i for b in holders)
        if later and (a.cue.tag_ == "VBG" or (own_subject and all(_stop_between(view, b.cue.idx, begin)
                                                                     for b in holders))):
            for b in holders:
                _cut_before(view, b, begin)
            out.append(a)
        elif not later and own_subject and all(_stop_between(view, a.end, b.cue.idx) for b in holders):
            for b in holders:  # "A said X; B said Y" parsed as one report of B: B's starts after A's
                _cut_after(view, b, a.end)
            out.append(a)
    return [a for a in out if sum(len(view.text[s:e].split()) for s, e in a.parts) >= 3]


def _stop_between(view: ArticleView, start: int, end: int) -> bool:
    """A sentence ends (. ! ? ;) between two offsets: two reports the parser ran together."""
    gap = view.text[min(start, end):max(start, end)]
    return any(gap[i] in ".!?;" and (i + 1 == len(gap) or gap[i + 1] in " \n\"”’") for i in range(len(gap)))


def _cut_after(view: ArticleView, a: Attribution, char: int) -> None:
    parts = []
    for s, e in a.parts:
        if s >= char:
            parts.append((s, e))
        elif e > char:
            parts.append(trim(view.text, char, e, keep_final_stop=True))
    a.parts = [(s, e) for s, e in parts if e > s]


def _cut_before(view: ArticleView, a: Attribution, char: int) -> None:
    parts = []
    for s, e in a.parts:
        if e <= char:
            parts.append((s, e))
        elif s < char:
            parts.append(trim(view.text, s, char, keep_final_stop=False))
    a.parts = [(s, e) for s, e in parts if e > s]

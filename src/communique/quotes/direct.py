"""Direct quotes: words in quotation marks and the attribution next to them.

Newswire puts the attribution right after the closing mark ('"...," he said.', '"...," said X.'),
right before the opening mark ('X said: "..."', 'X told reporters, "..."'), or in a sentence
ending with a colon just before the quotation ('Smith continued:'). A quotation with none of
these is attributed only as a continuation of the quotation before it (see `floating`); one
that is neither is a scare quote, a title or unattributed, and is not a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.quotes.cues import Lexicon
from communique.quotes.indirect import cue_of, speaker_of
from communique.quotes.marks import Marked
from communique.quotes.view import ArticleView

MAX_GAP = 10  # tokens between a quotation mark and its cue: a name with its titles, an adverb
MODIFIERS = {"prep", "npadvmod", "advmod", "dobj", "dative", "prt", "aux", "neg", "punct", "agent", "nsubj"}
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}


@dataclass(slots=True)
class Attributed:
    """The cue and speaker of one marked quotation."""

    cue: Token
    cue_text: str
    cue_kind: str
    speaker: Token | None


def looks_like_title(text: str) -> bool:
    """Every word capitalised (small words aside): the title of a work or a name, not speech."""
    words = [w for w in text.replace("\n", " ").split() if w.strip("\"'“”‘’.,:;!?")]
    if len(words) < 2:
        return False
    return all(w.strip("\"'“”‘’(").lower() in SMALL_WORDS or w.strip("\"'“”‘’(")[:1].isupper()
               or not w[:1].isalpha() for w in words)


def _accept(view: ArticleView, tok: Token, lex: Lexicon, between: list[Token]) -> Attributed | None:
    """`tok` attributes the quotation if it is a cue with a speaker and what lies between the mark
    and it is only that speaker, punctuation, adverbs or the cue's own modifiers."""
    cue = cue_of(tok, lex)
    if cue is None and tok.lemma_.lower() in lex.introducers:
        cue = (tok.text, "speech")
    if cue is None:
        return None
    speaker = speaker_of(tok)
    if speaker is None or view.in_marks(speaker):
        return None
    allowed = {t.i for t in speaker.subtree} | {tok.i}
    for child in tok.children:
        if child.dep_ in MODIFIERS:
            allowed |= {t.i for t in child.subtree}
    for t in between:
        if t.i in allowed or t.is_punct or t.is_space or t.dep_ in ("advmod", "aux", "neg"):
            continue
        return None
    return Attributed(tok, cue[0], cue[1], speaker)


def _after(view: ArticleView, mark: Marked, lex: Lexicon) -> Attributed | None:
    """'"...," he said.' / '"...," said X.': a cue within a few tokens after the closing mark."""
    doc = view.doc
    i = view.token_at(mark.end + 1)
    if i < len(doc) and doc[i].idx <= mark.end:
        i += 1
    between: list[Token] = []
    while i < len(doc) and len(between) <= MAX_GAP:
        tok = doc[i]
        if view.token_mark[i] >= 0 or "\n" in tok.text or tok.text in (".", "!", "?"):
            return None
        found = _accept(view, tok, lex, between)
        if found:
            return found
        between.append(tok)
        i += 1
    return None


def _before(view: ArticleView, mark: Marked, lex: Lexicon) -> Attributed | None:
    """'X said: "..."' / 'X told reporters "..."': a cue a few tokens before the opening mark."""
    doc = view.doc
    i = view.token_at(mark.start - 1) - 1
    between: list[Token] = []
    while i >= 0 and len(between) <= MAX_GAP:
        tok = doc[i]
        if view.token_mark[i] >= 0 or "\n" in tok.text or tok.text in (".", "!", "?"):
            break
        found = _accept(view, tok, lex, between)
        if found and (not between or between[0].is_punct or _is_object(between[0], tok)):
            return found  # a quotation run into the sentence ('vowed to act "now"') is a fragment
        between.append(tok)
        i -= 1
    return _colon_before(view, mark, lex)


def _is_object(word: Token, cue: Token) -> bool:
    """'told reporters "..."': the word before the mark is the cue's own object or adverb."""
    return word.head.i == cue.i and word.dep_ in ("dobj", "dative", "npadvmod", "advmod")


def _colon_before(view: ArticleView, mark: Marked, lex: Lexicon) -> Attributed | None:
    """'Smith continued:' closing the previous paragraph or sentence introduces the quotation."""
    j = mark.start - 2
    while j >= 0 and view.text[j].isspace():
        j -= 1
    if j < 0 or view.text[j] != ":":
        return None
    sent = view.sentence_of(j)
    for tok in reversed(list(sent)):
        if tok.idx >= j or view.in_marks(tok):
            continue
        found = _accept(view, tok, lex, [])
        if found and found.speaker is not None:
            return found
    return None


def attribute(view: ArticleView, mark: Marked, lex: Lexicon) -> Attributed | None:
    """The attribution of a marked quotation, if one stands next to it."""
    text = view.text[mark.start: mark.end]
    if view.is_headline(mark.start, mark.end):
        return None
    found = _after(view, mark, lex) or _before(view, mark, lex)
    if found is None:
        return None
    if looks_like_title(text) and len(text.split()) <= 8:
        return None
    return found


def opens_unit(view: ArticleView, mark: Marked) -> bool:
    """The quotation starts a paragraph or a sentence (a stand-alone quoted statement)."""
    j = mark.start - 2
    while j >= 0 and view.text[j] in " \t":
        j -= 1
    return j < 0 or view.text[j] in "\n.!?"


def closes_unit(view: ArticleView, mark: Marked) -> bool:
    """The quotation ends its sentence: its last character inside the marks is . ! ? or … ."""
    inner = view.text[mark.start: mark.end].rstrip()
    return bool(inner) and inner[-1] in ".!?…"

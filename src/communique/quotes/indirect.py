"""Reported speech from the dependency parse: a cue verb, its subject (the speaker) and its
clausal complement (what was said).

Grammar covered (English reporting clauses, Quirk et al. §14.29-14.31, as newswire uses them):
- "X said (that) CLAUSE", "X told reporters CLAUSE", "X noted CLAUSE": the ccomp of the cue;
- "CLAUSE, X said." and "CLAUSE, said X.": the same ccomp, before the cue;
- "PART, X said, PART": the cue is a parenthetical (parataxis) inside the clause it reports;
- "..., saying CLAUSE" / "X, who said CLAUSE": the speaker is the subject of the governing verb
  or the noun the relative clause modifies;
- "according to X, CLAUSE" / "CLAUSE, according to X": the source phrase names the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy import symbols
from spacy.strings import hash_string
from spacy.tokens import Token

from communique.quotes.cues import Lexicon
from communique.quotes.view import ArticleView, Attribution, trim

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENT_MARKERS = {"that"}
VERB_POS = {symbols.VERB, symbols.AUX}
VERB_TAGS = {symbols.IDS[t] if t in symbols.IDS else hash_string(t) for t in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")}
PARENTHETICAL = {"parataxis"}
SUBJECT_HOLDERS = {"conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "acomp"}


def cue_of(token: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(cue text, kind) when `token` is a cue verb, phrasal cue included ("pointed out")."""
    if token.pos not in VERB_POS and token.tag not in VERB_TAGS:  # integer ids: this runs on every token
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "dobj", "acomp") and (lemma, child.lemma_.lower()) in lex.phrasal:
            return f"{token.text} {child.text}", lex.phrasal[(lemma, child.lemma_.lower())]
    kind = lex.verb_kind(lemma)
    return (token.text, kind) if kind else None


def speaker_of(cue: Token) -> Token | None:
    """The speaker token of a cue verb, kept within the cue's paragraph (a parse that runs a
    dateline or a timestamp line into the sentence must not make it the speaker)."""
    speaker = _syntactic_speaker(cue)
    if speaker is None or not (_across_paragraphs(speaker, cue) or _is_dateline(speaker)):
        return speaker
    inside = [t for t in speaker.subtree if t.pos_ in ("PROPN", "NOUN", "PRON") and not _across_paragraphs(t, cue)
              and t.idx > speaker.idx + (len(speaker.text) if _is_dateline(speaker) else -1)
              and not (t.is_upper and t.nbor(-1).text == "(")]
    return min(inside, key=lambda t: _depth(t, speaker)) if inside else None


def _is_dateline(token: Token) -> bool:
    """"WASHINGTON (AP) — Smith said ...": a place in capitals opening the story is a dateline."""
    return token.is_upper and len(token.text) > 2 and token.i + 1 < len(token.doc) and \
        token.nbor(1).text in ("(", "—", "–", "-", "--", ",")


def _across_paragraphs(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _depth(token: Token, top: Token) -> int:
    n = 0
    while token.i != top.i and token.head.i != token.i:
        token, n = token.head, n + 1
    return n


def _syntactic_speaker(cue: Token, steps: int = 3) -> Token | None:
    """The subject of a cue verb, else the subject it shares ("..., saying", "After saying ...,
    X", "X are likely to say") or the noun it modifies ("X, who said")."""
    for child in cue.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    if cue.dep_ == "relcl" or (cue.dep_ == "acl" and cue.tag_ == "VBG"):
        return cue.head  # "Smith, who said ..." / "a statement saying ..."
    if cue.dep_ == "ccomp" and cue.tag_ != "VBG":
        return None  # a clause of its own whose subject is missing: no speaker
    if steps and cue.dep_ in SUBJECT_HOLDERS and cue.head.i != cue.i:
        return _syntactic_speaker(cue.head, steps - 1)
    return None


def _span_parts(view: ArticleView, tokens: list[Token], keep_stop: bool) -> list[tuple[int, int]]:
    """Contiguous runs of `tokens` as trimmed character spans."""
    parts: list[tuple[int, int]] = []
    run: list[Token] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        if run and tok.i != run[-1].i + 1:
            parts.append((run[0].idx, run[-1].idx + len(run[-1])))
            run = []
        run.append(tok)
    if run:
        parts.append((run[0].idx, run[-1].idx + len(run[-1])))
    out = []
    for n, (s, e) in enumerate(parts):
        s, e = trim(view.text, s, e, keep_final_stop=keep_stop and n == len(parts) - 1)
        if e > s:
            out.append((s, e))
    return out


def _with_final_stop(view: ArticleView, tokens: list[Token]) -> list[Token]:
    """Add the sentence's closing stop when the reported clause runs to the end of the sentence."""
    last = max(tokens, key=lambda t: t.i)
    sent = last.sent
    nxt = last.i + 1
    while nxt < sent.end and view.doc[nxt].is_punct and view.doc[nxt].text in "\"”’'":
        nxt += 1
    if nxt < sent.end and view.doc[nxt].text in (".", "!", "?") and nxt == sent.end - 1 - _trailing_marks(sent):
        return tokens + [view.doc[i] for i in range(last.i + 1, nxt + 1)]
    return tokens


def _trailing_marks(sent) -> int:
    n = 0
    for tok in reversed(list(sent)):
        if tok.text in "\"”’'" or tok.is_space:
            n += 1
        else:
            break
    return n


def _clause_tokens(head: Token, exclude: Token) -> list[Token]:
    """The subtree of `head` without the subtree of `exclude` (a parenthetical cue and its speaker)."""
    skip = {t.i for t in exclude.subtree} if exclude.is_ancestor(head) is False and head.is_ancestor(exclude) else set()
    tokens = [t for t in head.subtree if t.i not in skip]
    if tokens and tokens[0].lower_ in COMPLEMENT_MARKERS and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    return tokens


def _from_cue(view: ArticleView, cue: Token, cue_text: str, kind: str, lex: Lexicon) -> Attribution | None:
    speaker = speaker_of(cue)
    if speaker is None or view.in_marks(speaker):
        return None
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    if comps:
        tokens = [t for c in comps for t in _clause_tokens(c, cue)]
        if not tokens:
            return None
        after = min(t.i for t in tokens) > cue.i
    elif cue.dep_ in PARENTHETICAL and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX"):
        tokens = _clause_tokens(cue.head, cue)
        after = True
    else:
        tokens = _other_complement(cue, lex.takes.get(cue.lemma_.lower(), frozenset()))
        if not tokens:
            return None
        after = True
    paragraph = view.paragraph_of(cue.idx)
    tokens = [t for t in tokens if not t.is_space and view.paragraph_of(t.idx) == paragraph]
    if len([t for t in tokens if not t.is_punct]) < 3:
        return None
    if after:
        tokens = _with_final_stop(view, tokens)
    parts = _span_parts(view, tokens, keep_stop=after)
    if not parts:
        return None
    return Attribution(cue=cue, cue_text=cue_text, speaker=speaker, parts=parts, cue_kind=kind)


def _other_complement(cue: Token, takes: frozenset[str]) -> list[Token]:
    """What a speech-act verb reports without a finite clause: "vowed to act", "urged X to act"
    (an infinitive), "denied the report" (the message as a noun phrase)."""
    children = list(cue.children)
    if "infinitive" in takes:
        inf = [c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
        if inf:
            first = min([inf[0]] + [c for c in children if c.dep_ in ("dobj", "dative") and c.i < inf[0].i],
                        key=lambda t: t.left_edge.i)
            return list(cue.doc[first.left_edge.i: inf[0].right_edge.i + 1])
    if "object" in takes:
        obj = [c for c in children if c.dep_ == "dobj" and c.i > cue.i]
        if obj:
            return list(obj[0].subtree)
    return []


def _from_source_phrase(view: ArticleView, tok: Token, lex: Lexicon) -> Attribution | None:
    """'according to X, CLAUSE': the speaker is the object of the phrase's last word."""
    for words, kind in lex.sources.items():
        end = tok.i + len(words)
        if end > len(view.doc) or tuple(t.lower_ for t in view.doc[tok.i:end]) != words:
            continue
        objects = [c for c in view.doc[end - 1].children if c.dep_ == "pobj"]
        if not objects:
            return None
        phrase = {t.i for t in view.doc[tok.i:end]} | {t.i for t in view.doc[end - 1].subtree}
        paragraph = view.paragraph_of(tok.idx)
        tokens = [t for t in tok.sent if t.i not in phrase and not t.is_space and view.paragraph_of(t.idx) == paragraph]
        if len([t for t in tokens if not t.is_punct]) < 3 or any(_reports(t, lex) for t in tokens):
            return None  # "X said ..., according to Y": the sentence is X's report, sourced by Y
        parts = _span_parts(view, tokens, keep_stop=True)
        merged = [(parts[0][0], parts[-1][1])] if parts else []
        if not merged:
            return None
        cue_text = view.text[tok.idx: view.doc[end - 1].idx + len(view.doc[end - 1])]
        return Attribution(cue=tok, cue_text=cue_text, speaker=objects[0],
                           parts=_split_around(merged[0], tok, view), cue_kind=kind)
    return None


def _reports(token: Token, lex: Lexicon) -> bool:
    """A cue verb with a subject of its own: the clause is somebody's report."""
    return cue_of(token, lex) is not None and any(c.dep_ == "nsubj" for c in token.children)


def _split_around(span: tuple[int, int], tok: Token, view: ArticleView) -> list[tuple[int, int]]:
    """A clause with the source phrase in its middle becomes two parts."""
    s, e = span
    phrase_start = tok.idx
    phrase_end = max(t.idx + len(t) for t in tok.subtree)
    if s < phrase_start and phrase_end < e:
        left = trim(view.text, s, phrase_start, keep_final_stop=False)
        right = trim(view.text, phrase_end, e, keep_final_stop=True)
        return [p for p in (left, right) if p[1] > p[0]]
    return [span]


def find_reported(view: ArticleView, lex: Lexicon) -> Iterator[Attribution]:
    """Every reporting clause of the article whose cue lies outside quotation marks."""
    first_words = {words[0] for words in lex.sources}
    for tok in view.doc:
        if view.in_marks(tok):
            continue
        if tok.lower_ in first_words:
            found = _from_source_phrase(view, tok, lex)
            if found:
                yield found
            continue
        cue = cue_of(tok, lex)
        if cue:
            found = _from_cue(view, tok, *cue, lex)
            if found:
                yield found

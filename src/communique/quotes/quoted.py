"""The quotes stage: Cast -> QuotedArticle with every direct, indirect and mixed quote."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.actors import Cast
from communique.model import Quote
from communique.quotes.cues import Lexicon, load_lexicon
from communique.quotes.direct import Attributed, attribute, closes_unit, opens_unit
from communique.quotes.indirect import find_reported
from communique.quotes.mixed import classify
from communique.quotes.speaker import SpeakerResolver
from communique.quotes.transcript import transcript_lines
from communique.quotes.view import ArticleView, Attribution
from communique.settings import Settings


@dataclass(slots=True)
class QuotedArticle:
    """A cast article and its quotes."""

    cast: Cast
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class _Found:
    """A quote before its speaker is resolved: parts, kind and the attribution it hangs on."""

    parts: list[tuple[int, int]]
    kind: str
    attribution: Attributed


class QuoteFinder:
    """Finds quotes: reported clauses from the parse, quotations from the marks, then speakers."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, cast: Cast) -> QuotedArticle:
        if not len(cast.parsed.doc):
            return QuotedArticle(cast)
        view = ArticleView(cast.parsed.doc, cast.parsed.article.title)
        found = self.find(view)
        resolver = SpeakerResolver(cast)
        quotes = self._transcript(view, resolver)
        seen: set[tuple[int, int]] = {(q.start, q.end) for q in quotes}
        spoken = [(q.start, q.end) for q in quotes]
        for f in sorted(found, key=lambda f: f.parts[0][0]):
            if any(s <= f.parts[0][0] < e for s, e in spoken):
                continue  # a clause inside a transcript line is part of what the label said
            quote = _quote(view, f, resolver)
            if quote is not None and (quote.start, quote.end) not in seen:
                seen.add((quote.start, quote.end))
                quotes.append(quote)
        quotes.sort(key=lambda q: q.start)
        return QuotedArticle(cast, quotes)

    def _transcript(self, view: ArticleView, resolver: SpeakerResolver) -> list[Quote]:
        """Transcript lines ("TAPPER: ..."): the label speaks the rest of the paragraph."""
        out = []
        for line in transcript_lines(view.text):
            label = view.doc.char_span(*line.label, alignment_mode="expand")
            if label is None or view.is_headline(*line.said):
                continue
            speaker = resolver.resolve_span(label, label[-1])
            start, end = line.said
            out.append(Quote(text=view.text[start:end], start=start, end=end, kind="direct",
                             speaker=speaker.actor_id, speaker_name=speaker.name, cue=":"))
        return out

    def find(self, view: ArticleView) -> list[_Found]:
        reported, by_mark = classify(view, list(find_reported(view, self.lexicon)))
        used = {k for a in reported for k in a.marks}
        found = [_Found(a.parts, a.kind, _as_attributed(a)) for a in reported
                 if not view.is_headline(a.start, a.end)]
        found += self._direct(view, used, by_mark)
        return found

    def _direct(self, view: ArticleView, used: set[int], by_mark: dict[int, Attribution]) -> list[_Found]:
        """Marked quotations with their attribution; continuations join the quote before them."""
        out: list[_Found] = []
        previous: tuple[int, _Found] | None = None  # (mark index, quote) of the last direct quote
        for k, mark in enumerate(view.marks):
            if k in used or view.is_headline(mark.start, mark.end):
                previous = None
                continue
            own = _as_attributed(by_mark[k]) if k in by_mark else attribute(view, mark, self.lexicon)
            if previous is not None:
                pk, pq = previous
                same_cue = own is not None and own.cue.i == pq.attribution.cue.i
                floating = own is None and _continues(view, view.marks[pk], mark)
                if same_cue or (floating and _same_paragraph(view, view.marks[pk], mark)):
                    pq.parts.extend(mark.parts)
                    previous = (k, pq)
                    continue
                if floating:
                    own = pq.attribution
            if own is None:
                previous = None
                continue
            quote = _Found(list(mark.parts), "direct", own)
            out.append(quote)
            previous = (k, quote)
        return out


def _continues(view: ArticleView, before, mark) -> bool:
    """A stand-alone quoted sentence right after an attributed quotation continues it."""
    near = view.paragraph_of(mark.start) - view.paragraph_of(before.end) <= 2
    return near and opens_unit(view, mark) and (closes_unit(view, mark) or mark.end + 1 >= len(view.text.rstrip()))


def _same_paragraph(view: ArticleView, a, b) -> bool:
    return view.paragraph_of(a.end) == view.paragraph_of(b.start)


def _as_attributed(a: Attribution) -> Attributed:
    return Attributed(a.cue, a.cue_text, a.cue_kind, a.speaker)


def _quote(view: ArticleView, f: _Found, resolver: SpeakerResolver) -> Quote | None:
    parts = [(s, e) for s, e in f.parts if e > s]
    if not parts:
        return None
    text = " ".join(view.text[s:e] for s, e in parts)
    speaker = resolver.resolve(f.attribution.speaker) if f.attribution.speaker is not None else None
    if speaker is None:
        return None
    return Quote(text=text, start=parts[0][0], end=parts[-1][1], kind=f.kind, speaker=speaker.actor_id,
                 speaker_name=speaker.name, cue=f.attribution.cue_text)


def make_quote_finder(settings: Settings) -> QuoteFinder:
    return QuoteFinder(load_lexicon(tuple(settings.dictionaries)))

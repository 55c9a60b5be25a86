"""Records with every part filled (actors, quotes, events), written by hand for the store tests."""

from __future__ import annotations

from communique.model import Actor, Article, Dateline, Event, Place, Quote, Record

TEXT = ('Austria and Hungary agreed on Monday to tighten border checks. "We will work together," '
        "Austrian Foreign Minister Anna Berger said in Vienna.")


def make_record(n: int, *, with_parts: bool = True) -> Record:
    """Record number `n`: a distinct id and text, two actors, a quote and an event."""
    text = f"{TEXT} (item {n})"
    article = Article(id=f"art{n:05d}", source=f"feed.jsonl#{n}", text=text, title=f"Border talks {n}",
                      authors=["Test Writer"], published="2024-03-04T10:00:00+01:00",
                      datelines=[Dateline("Vienna", "AUT")], agencies=["Test Wire"], url=f"https://e.org/{n}",
                      outlet="Test Wire")
    if not with_parts:
        return Record(article)
    actors = [Actor("A1", "Austria", "state", "AUT", "GOV", "AUTGOV", [], [(0, 7)]),
              Actor("A2", "Anna Berger", "person", "AUT", "GOV", "AUTGOV", ["Foreign Minister"], [(88, 99), (5, 6)])]
    quotes = [Quote("We will work together,", 64, 86, "direct", "A2", "Anna Berger", "said")]
    events = [Event("A1", None, "AUTGOV", "HUNGOV", "057", "05", "AGREE", 1, 6.5, TEXT[:60], 0, 60,
                    date="2024-03-04", place=Place("Vienna", "AUT", 48.2, 16.37), quote=None, confidence=0.8),
              Event("A2", "A1", "AUTGOV", "AUTGOV", "010", "01", "STATEMENT", 1, 0.0, TEXT[61:], 61, len(TEXT))]
    return Record(article, actors=actors, quotes=quotes, events=events)

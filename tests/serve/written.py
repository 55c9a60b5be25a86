"""Records written by hand for the serve tests (our own sentences, not publishers' text).

They give the API tests facts known in advance: a KAZ-RUS dyad over three months, two
syndicated copies sharing a cluster, quotes with speakers, and a headline carrying a <script>
payload that must be shown as text. Offsets are computed from the text, never typed in.
"""

from __future__ import annotations

import re
from typing import Any

from communique.model import Actor, Article, Event, Place, Quote, Record

SCRIPT_TITLE = '<script>window.__pwned = 1; alert("xss")</script> Ministers meet in Astana'


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `needle` ("Russia" not inside "Russian")."""
    out = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
    assert out, needle
    return out


def _actor(text: str, aid: str, name: str, code: str, kind: str, *mentions: str) -> Actor:
    found = {s for m in (name, *mentions) for s in _spans(text, m)}
    # "Orlov" inside "Pavel Orlov" is the same mention, not a second one
    spans = sorted(s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found))
    country, sector = code[:3], (code[3:] or None)
    return Actor(aid, name, kind, country, sector, code, roles=[], mentions=spans)


def _quote(text: str, words: str, speaker: Actor, kind: str = "direct", cue: str = "said") -> Quote:
    (start, end), *_ = _spans(text, words)
    return Quote(words, start, end, kind, speaker.id, speaker.name, cue)


def _event(text: str, sentence: str, pair: tuple[Actor, Actor], coding: tuple[str, str, int, float],
           day: str, **extra: Any) -> Event:
    """An event of `pair` (source, target); `extra` may give its place and quote index."""
    (start, end), *_ = _spans(text, sentence)
    src, tgt = pair
    cameo, plover, quad, goldstein = coding
    return Event(src.id, tgt.id, src.code, tgt.code, cameo, cameo[:2], plover, quad, goldstein,
                 sentence, start, end, date=day, confidence=0.9, **extra)


MOSCOW = Place("Moscow", "RUS", 55.75, 37.62)
ASTANA = Place("Astana", "KAZ", 51.17, 71.45)


def talks(article_id: str, day: str, title: str, cluster: str | None = None) -> Record:
    """Kazakh and Russian ministers consult and praise each other (cooperation)."""
    text = ("The foreign minister of Kazakhstan, Aidar Bekov, held talks with Russian Foreign Minister "
            "Pavel Orlov in Moscow. \"Our partnership with Russia is stronger than ever,\" Bekov said "
            "after the meeting.\n\nOrlov praised Kazakhstan for its steady support. Both ministers agreed "
            "to meet again in Astana.")
    bekov = _actor(text, "A1", "Aidar Bekov", "KAZGOV", "person", "Bekov")
    orlov = _actor(text, "A2", "Pavel Orlov", "RUSGOV", "person", "Orlov")
    kaz = _actor(text, "A3", "Kazakhstan", "KAZ", "state")
    rus = _actor(text, "A4", "Russia", "RUS", "state")
    quote = _quote(text, "Our partnership with Russia is stronger than ever,", bekov)
    events = [
        _event(text, "The foreign minister of Kazakhstan, Aidar Bekov, held talks with Russian Foreign "
               "Minister Pavel Orlov in Moscow.", (bekov, orlov), ("040", "CONSULT", 1, 1.0), day, place=MOSCOW),
        _event(text, "Orlov praised Kazakhstan for its steady support.", (orlov, kaz),
               ("051", "COOPERATE", 1, 3.4), day),
    ]
    article = Article(article_id, f"written:{article_id}", text, title=title, authors=["Test Writer"],
                      published=day, outlet="Written Wire", language="en",
                      extra={"cluster": cluster} if cluster else {})
    return Record(article, [bekov, orlov, kaz, rus], [quote], events)


def sanctions(article_id: str, day: str, title: str = "Russia accuses Kazakhstan over idle trains") -> Record:
    """Russia accuses and threatens Kazakhstan (conflict), with a quote mentioning Kazakhstan."""
    text = ("Russian officials accused Kazakhstan of blocking freight trains at the border. "
            "Pavel Orlov said that Kazakhstan would face consequences if the trains stayed idle.\n\n"
            "Russia seized three Kazakh trucks near Orenburg, customs officers reported.")
    orlov = _actor(text, "A1", "Pavel Orlov", "RUSGOV", "person")
    kaz = _actor(text, "A2", "Kazakhstan", "KAZ", "state", "Kazakh")
    rus = _actor(text, "A3", "Russia", "RUS", "state", "Russian")
    quote = _quote(text, "Kazakhstan would face consequences if the trains stayed idle", orlov,
                   kind="indirect", cue="said")
    events = [
        _event(text, "Russian officials accused Kazakhstan of blocking freight trains at the border.",
               (rus, kaz), ("112", "ACCUSE", 3, -2.0), day),
        _event(text, "Pavel Orlov said that Kazakhstan would face consequences if the trains stayed idle.",
               (orlov, kaz), ("130", "THREATEN", 3, -4.4), day, quote=0),
        _event(text, "Russia seized three Kazakh trucks near Orenburg, customs officers reported.",
               (rus, kaz), ("1711", "SEIZE", 4, -9.2), day, place=Place("Orenburg", "RUS", 51.77, 55.1)),
    ]
    article = Article(article_id, f"written:{article_id}", text, title=title,
                      published=day, outlet="Written Wire", language="en")
    return Record(article, [orlov, kaz, rus], [quote], events)


def a_year_of_relations() -> list[Record]:
    """2022 month by month: talks most months, a quarrel now and then (a readable chart for docs)."""
    plan = [(1, 0), (2, 0), (1, 1), (0, 2), (0, 3), (1, 2), (2, 1), (3, 0), (2, 0), (1, 1), (2, 0), (3, 0)]
    out = []
    for month, (calm, rough) in enumerate(plan, start=1):
        for i in range(calm):
            out.append(talks(f"written-2022-{month:02d}-talks-{i}", f"2022-{month:02d}-{5 + 7 * i:02d}",
                             f"Ministers of Kazakhstan and Russia meet ({month}/{i})"))
        for i in range(rough):
            out.append(sanctions(f"written-2022-{month:02d}-trains-{i}", f"2022-{month:02d}-{8 + 6 * i:02d}",
                                 f"Freight dispute between Russia and Kazakhstan ({month}/{i})"))
    return out


def written_records() -> list[Record]:
    """2022 (a_year_of_relations) and four 2023 records whose counts the tests know: talks in
    January (two syndicated copies), conflict in February, talks in April (the <script> title)."""
    return [*a_year_of_relations(),
        talks("written-talks-jan", "2023-01-10", "Kazakh and Russian ministers hold talks", cluster="c-jan"),
        talks("written-talks-jan-copy", "2023-01-11", "Kazakh, Russian ministers hold talks", cluster="c-jan"),
        sanctions("written-trains-feb", "2023-02-14"),
        talks("written-talks-apr", "2023-04-20", SCRIPT_TITLE),
    ]

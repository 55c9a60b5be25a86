"""When an event happened: the date words of its clause resolved against the publication date.

News convention: a bare weekday ("on Tuesday") is the last such day on or before publication;
"yesterday", "last week", "three years ago" count back from it; a day and month without a year
is in the publication's year unless that puts it more than a week in the future. A clause with
no date words happened on the publication day. Precision is kept: "2014" stays a year ("2014"),
"in March" a month ("2023-03").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from communique.events.doccache import sentence_entities

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
UNITS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}
BACKGROUND_DAYS = 45  # an event dated further back than this is background history, not news


def published_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_day(text: str, pub: date | None) -> str | None:
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?", text) or None
    day = month = year = None
    if m and m.group(2) in MONTHS:
        day, month, year = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
    else:
        m = re.search(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", text)
        if m and m.group(1) in MONTHS:
            month, day, year = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    if month is None or day is None:
        return None
    y = int(year) if year else (pub.year if pub else None)
    if y is None:
        return None
    try:
        found = date(y, month, day)
    except ValueError:
        return None
    if not year and pub and found > pub + timedelta(days=7):
        found = date(y - 1, month, day)
    return found.isoformat()


def _relative(text: str, pub: date) -> str | None:
    """Dates counted from the publication day."""
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|overnight|now)\b", text):
        return pub.isoformat()
    if re.search(r"\b(yesterday|last night)\b", text):
        return (pub - timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", text):
        return (pub + timedelta(days=1)).isoformat()
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            back = (pub.weekday() - i) % 7
            if re.search(r"\bnext\b", text):
                return (pub + timedelta(days=(i - pub.weekday()) % 7 or 7)).isoformat()
            if re.search(r"\blast\b", text) and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    m = re.search(r"\b(\d+|[a-z]+)\s+(day|week|month|year|decade)s?\s+ago\b", text)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1), 0)
        if n:
            return _at_precision(pub - timedelta(days=n * UNITS[m.group(2)]), m.group(2))
    m = re.search(r"\b(last|next) (week|month|year)\b", text)
    if m:
        step = UNITS[m.group(2)] * (1 if m.group(1) == "next" else -1)
        return _at_precision(pub + timedelta(days=step), m.group(2))
    if re.search(r"\b(this|earlier this|later this) (week|month)\b", text):
        return pub.isoformat() if "week" in text else pub.isoformat()[:7]
    return None


def _at_precision(day: date, unit: str) -> str:
    return day.isoformat()[:4] if unit in ("year", "decade") else day.isoformat()[:7] if unit == "month" else day.isoformat()


def resolve(text: str, published: str | None) -> str | None:
    """The ISO date (or month, or year) a date phrase names, or None when it names none."""
    text = text.lower()
    pub = published_day(published)
    found = _month_day(text, pub)
    if found:
        return found
    if pub:
        found = _relative(text, pub)
        if found:
            return found
    m = re.search(r"\b(?:in|of|since)?\s*([a-z]+)\s+(\d{4})\b", text)
    if m and m.group(1) in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.search(r"\b(1[89]\d\d|20\d\d)(?:s|'s)?\b", text)  # "in 2014", "in the 1970s"
    if m:
        return m.group(1)
    m = re.search(r"\b([a-z]+)\b", text)
    if m and m.group(1) in MONTHS and len(m.group(1)) > 3 and pub:
        month = MONTHS[m.group(1)]
        year = pub.year if month <= pub.month + 0 else pub.year - 1
        return f"{year}-{month:02d}"
    return None


def is_ahead(when: str | None, published: str | None) -> bool:
    """A date after the publication day, at the date's own precision ("next week", "in June 2030")."""
    pub = published_day(published)
    if not when or not pub:
        return False
    return when > pub.isoformat()[:len(when)]


def is_background(when: str | None, published: str | None) -> bool:
    """An event dated well before publication ("the 2014 annexation") is history, not news."""
    pub = published_day(published)
    if not when or not pub:
        return False
    if len(when) == 4:
        return int(when) < pub.year
    if len(when) == 7:
        y, m = int(when[:4]), int(when[5:7])
        return (pub.year - y) * 12 + pub.month - m > 1
    try:
        return (pub - date.fromisoformat(when)).days > BACKGROUND_DAYS
    except ValueError:
        return False


DATE_LABELS = frozenset({"DATE", "TIME"})


YEAR = re.compile(r"(1[89]\d\d|20\d\d)s?")


def date_entities(sent: Span) -> list[Span]:
    """The sentence's date phrases: the tagger's, and years it left untagged ("the 1967 war")."""
    ents = sentence_entities(sent, DATE_LABELS)
    covered = {i for e in ents for i in range(e.start, e.end)}
    years = [sent.doc[t.i:t.i + 1] for t in sent if t.i not in covered and YEAR.fullmatch(t.text)
             and t.dep_ in ("nummod", "compound", "amod", "pobj")]
    return [*ents, *years] if years else ents


def event_date(anchor: Token, sent: Span, published: str | None) -> tuple[str | None, bool]:
    """(date, explicit?) of the event at `anchor`: date words of the anchor's own clause first,
    then those of the verbs above it, else the publication day."""
    ents = date_entities(sent)
    node = anchor
    for _ in range(5):
        for ent in ents:
            if _attached(ent.root, node):
                found = resolve(ent.text, published)
                if found:
                    return found, True
        if node.head is node:
            break
        ent = next((e for e in ents if e.start <= node.head.i < e.end), None) \
            if node.dep_ in ("relcl", "acl", "advcl") else None  # "in 2014, when Russia annexed"
        when = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if ent is None and when is not None:  # "a system created in 1949 when Western countries lowered ..."
            ent = next((e for e in ents if 0 <= when.i - e.end <= 2), None)
        found = resolve(ent.text, published) if ent is not None else None
        if found:
            return found, True
        if node.dep_ == "relcl" or node.dep_ == "acl" and node.tag_ not in ("VBG", "VBN"):
            for ent in ents:  # "the 2015 deal the Obama administration struck with Iran": the noun's own year
                found = resolve(ent.text, published) if _attached(ent.root, node.head) else None
                if found:
                    return found, True
            break
        node = node.head  # a participle ("a resolution demanding ...") shares the time of its noun's clause
    pub = published_day(published)
    return (pub.isoformat() if pub else None), False


def _attached(token: Token, node: Token) -> bool:
    """A date phrase that modifies `node` itself: "met on Tuesday", "met Tuesday", "the 2014 annexation",
    or the verb of an infinitive it governs ("agreed to expand trade on Tuesday")."""
    if token == node:
        return True
    head = token.head
    if head.dep_ == "prep" and head.head is not head:
        head = head.head
    if head == node or head.dep_ == "advmod" and head.head == node:  # "as early as February 2010"
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and head.head.head == node:
        return True  # "occupied the sector in the 1967 war": the year of the event noun the act belongs to
    return head.dep_ == "xcomp" and head.head == node


def latest_year(doc) -> int | None:
    """The latest year an undated article names ("in 2017", "on March 3, 2016"): a story is written
    after what it reports, so this stands in for the publication year when none is known."""
    years = [int(m.group(1)) for e in doc.ents if e.label_ in DATE_LABELS
             for m in [re.search(r"\b(1[89]\d\d|20\d\d)\b", e.text)] if m]
    return max(years) if years else None


def is_old(when: str | None, reference_year: int | None) -> bool:
    """For an undated article: an event two or more years before the latest year it names is history."""
    return bool(when) and reference_year is not None and when[:4].isdigit() and int(when[:4]) <= reference_year - 2

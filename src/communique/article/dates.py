"""Date strings as pages and bylines write them -> ISO 8601, time and offset only when stated.

RECORD.md: `2023-04-11T17:50:00` with an offset only when the source gives one, a date alone
where no time is known. So every parser here returns exactly what was written, never midnight
or the machine's zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache

from communique.knowledge import data_path, read_table

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
TIME = (r"(?:(?:at|\||,|-|–|—|@)\s*)*(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))(?::(?P<second>[0-5]\d))?"
        r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>[A-Z]{1,4}\b|[+-]\d\d:?\d\d))?")
TIME_AMPM = r"(?:(?:at|\||,|-|–|—|@)\s*)*(?P<hour>[0-2]?\d)\s*(?P<ampm>[ap]\.?m\.?)(?:\s*(?P<tz>[A-Z]{1,4}\b))?"

# digits on either side mean a run-together value ("2022-02-112023-05-08"), not a date
ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)"
                 r"(?::(?P<second>\d\d)(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d\d:?\d\d|(?-i:[A-Z]{2,5})\b)?)?", re.I)
SLASHED = re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b")
WORDY = [re.compile(p, re.I) for p in (
    rf"\b{MONTH}\s+{DAY},?\s+{YEAR}",  # April 11, 2023
    rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}",  # 11th April, 2023
)]


@cache
def zone_offsets() -> dict[str, str]:
    """Time-zone abbreviations -> offsets (data/article/timezones.tsv)."""
    rows = read_table(data_path("article/timezones.tsv"), ("abbreviation", "offset"))
    return {r["abbreviation"].upper(): r["offset"] for r in rows}


def parse_date(text: str | None) -> str | None:
    """The first date in `text` as ISO 8601, with time and offset only where stated; None if none."""
    if not text or not isinstance(text, str):
        return None
    text = " ".join(text.split())
    return _epoch(text) or _iso(text) or _wordy(text) or _slashed(text)


EPOCH = re.compile(r"(?P<seconds>\d{10})(?P<millis>\d{3})?")
# ten digits outside these years are ids or compact dates ("2023041112"), not timestamps: nothing
# was published before 2000 in epoch form, or after next year
EPOCH_YEARS = (2000, datetime.now(UTC).year + 2)


def _epoch(text: str) -> str | None:
    """A value that is only a Unix timestamp (seconds or milliseconds, as CMSs and analytics
    tags write them): an instant in UTC by definition, so it carries +00:00."""
    m = EPOCH.fullmatch(text)
    if not m:
        return None
    when = datetime.fromtimestamp(int(m["seconds"]), UTC)
    if not EPOCH_YEARS[0] <= when.year < EPOCH_YEARS[1]:
        return None
    return when.isoformat()


def _iso(text: str) -> str | None:
    m = ISO.search(text)
    if not m:
        return None
    day = _day(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return None
    if m["hour"] is None:
        return day
    tz = m["tz"]
    offset = "+00:00" if tz and tz.upper() == "Z" else _offset(tz)
    return _join(day, int(m["hour"]), int(m["minute"]), int(m["second"] or 0), offset)


def _wordy(text: str) -> str | None:
    for pattern in WORDY:
        m = pattern.search(text)
        if not m:
            continue
        day = _day(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
        if day is None:
            continue
        after = _with_time(day, text[m.end():m.end() + 40])
        return after if after != day else _with_time_before(day, text[max(m.start() - 40, 0):m.start()])
    return None


def _slashed(text: str) -> str | None:
    m = SLASHED.search(text)
    if not m:
        return None
    day = _day(int(m["year"]), int(m["month"]), int(m["day"]))
    return _with_time(day, text[m.end():m.end() + 40]) if day else None


def _with_time(day: str, rest: str) -> str:
    """`day` plus the clock time that directly follows the date, if one does."""
    m = re.match(r"\s*(?:,|\||-|–|—|at|@|\s)*\s*" + TIME, rest, re.I) or \
        re.match(r"\s*(?:,|\||-|–|—|at|@|\s)*\s*" + TIME_AMPM, rest, re.I)
    return _clock(day, m) if m else day


def _clock(day: str, m: re.Match[str]) -> str:
    """`day` with the hour, minute, am/pm and zone of a TIME match."""
    hour, minute = int(m["hour"]), int(m.groupdict().get("minute") or 0)
    ampm = (m["ampm"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return day
    return _join(day, hour, minute, int(m.groupdict().get("second") or 0), _offset(m["tz"]))


WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
TIME_BEFORE = re.compile(r"(?<![\d:])" + TIME + r"\s*(?:,|\bon\b|\|)?\s*" + WEEKDAY + r"$", re.I)


def _with_time_before(day: str, before: str) -> str:
    """`day` plus a clock time written just before the date, as CNN and others print it
    ("8:00 PM EST, Tue December 19, 2023")."""
    m = TIME_BEFORE.search(before.rstrip())
    return _clock(day, m) if m and m["ampm"] else day


def _offset(tz: str | None) -> str | None:
    if not tz:
        return None
    if tz[0] in "+-":
        digits = tz.replace(":", "")
        return f"{digits[:3]}:{digits[3:5]}"
    return zone_offsets().get(tz.upper())


EARLIEST_YEAR = 1800  # no news page is older; "0001-01-01" is a CMS placeholder, not a date


def _day(year: int, month: int, day: int) -> str | None:
    if year < EARLIEST_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _join(day: str, hour: int, minute: int, second: int, offset: str | None) -> str:
    stamp = f"{day}T{hour:02d}:{minute:02d}:{second:02d}"
    return stamp + (offset or "")

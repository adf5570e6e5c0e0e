"""When and where the minutes' heading says a meeting was held: the date after "held ... on"
(or beside "Date:"), a date printed without its year (the year, among those the paper prints,
on which that day falls on the weekday printed), the venue after "held in/at" or after the
time, and the time itself."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from kcc_papers.normalise.dates import MONTHS, find_date

# How far into the minutes' heading its "held" is looked for, and its date after that word:
# "Minutes of the meeting held at <venue> on <weekday, date>" wrapped over two or three lines
# (a label's colon ends the sentence: "Minute of Meeting" over "Present: ...").
HEADING_DATE_CHARS = 160
# The date is the one the sentence says it was held "on": a heading that gives none ("held at
# the Council Offices") runs on into the first minute, and its date is the last meeting's.
_HELD = re.compile(
    rf"\bheld\b[^:]{{0,{HEADING_DATE_CHARS}}}?\bon\s+"
    r"(?P<when>(?:\w+day,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b[^:]{0,30})", re.I)


def held_on(text: str, start: int) -> dt.date | None:
    """The date the minutes' heading sentence says the meeting was held on."""
    held = _HELD.search(text, start, start + 2 * HEADING_DATE_CHARS)
    if held is None or held.start() - start > HEADING_DATE_CHARS:
        return None
    return find_date(held.group("when"))


_VENUE_HELD = re.compile(
    r"\bheld\s+(?:in|at)\s+(?:the\s+)?(?P<venue>.+?)(?=\s+on\s+(?:\w+day\b|\d)|,?\s+at\s+\d|\.\s|\.$|$)",
    re.I,
)
_VENUE_AFTER_TIME = re.compile(
    r"\d\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:in|at)\s+(?:the\s+)?(?P<venue>[^.]+)", re.I
)
TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEARLESS = re.compile(
    r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\s*,?\s*(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?P<month>[A-Za-z]{3,9})\b(?!\s*,?\s*\d{4})",
    re.I,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")

_DATE_LABEL = re.compile(r"^\s*Date(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*(?P<date>.+)$", re.I)


def labelled_date(line: str) -> dt.date | None:
    m = _DATE_LABEL.match(line)
    return find_date(m.group("date")) if m else None


def held_at(text: str) -> str | None:
    m = _VENUE_HELD.search(text) or _VENUE_AFTER_TIME.search(text)
    if not m:
        return None
    venue = re.sub(r"\s+", " ", m.group("venue")).strip(" ,.")
    return venue or None


def yearless(text: str, whole_text: str) -> dt.date | None:
    m = _YEARLESS.search(text)
    if not m or m.group("month").lower()[:3] not in MONTHS:
        return None
    month, day = MONTHS[m.group("month").lower()[:3]], int(m.group("day"))
    weekday = _WEEKDAYS.index(m.group("wd").lower())
    printed = Counter(int(y) for y in _YEAR.findall(whole_text or text))
    fits = [y for y in printed if _weekday(y, month, day) == weekday]
    if not fits:
        return None
    year = max(fits, key=lambda y: (printed[y], y))
    return dt.date(year, month, day)


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def norm_time(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("a.m.", "am").replace("p.m.", "pm")).lower()

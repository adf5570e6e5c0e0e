"""Dates as councils print them: "Wednesday, 22nd April, 2015", "9 January 2025",
"31 st March 2016", "12/09/2024". What cannot be a date is returned as None, never guessed."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"  # noqa: E501
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})\s*(?:st|nd|rd|th)?\s*(?:of\s+)?,?\s*{_MONTH}\.?,?\s+(\d{{4}})\b", re.I
)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def find_date(text: str) -> dt.date | None:
    """The first date written anywhere in ``text``."""
    found: list[tuple[int, dt.date | None]] = []
    m = DAY_MONTH_YEAR.search(text)
    if m:
        found.append((m.start(), _make(int(m.group(3)), _month(m.group(2)), int(m.group(1)))))
    m = MONTH_DAY_YEAR.search(text)
    if m:
        found.append((m.start(), _make(int(m.group(3)), _month(m.group(1)), int(m.group(2)))))
    for m in ISO.finditer(text):
        found.append((m.start(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
        break
    for m in NUMERIC.finditer(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        found.append((m.start(), _make(year, int(m.group(2)), int(m.group(1)))))
        break
    found = [(pos, d) for pos, d in found if d is not None]
    return min(found, key=lambda f: f[0])[1] if found else None


def parse_date(text: str | None) -> dt.date | None:
    """A date if ``text`` is (essentially) one date, else None."""
    if not text:
        return None
    return find_date(text)

"""Which of a dashboard's period columns is the latest one.

Most dashboards print their months or quarters oldest first ("Nov-25 | Dec-25 | Jan-26"), so the
last column with a figure is the latest. Some print them latest first ("Apr-25 | Mar-25 |
Feb-25", as many NHS integrated performance reports do), or in an order of their own. Where
every period heading names its year, a reader takes the latest by the dates the headings name,
whatever their order; bare months ("Nov | Dec | Jan") run over a year end and say nothing, so
there the last filled column stays the latest."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.normalise.dates import MONTHS

# A month as headers shorten it ("Sep", "Sept.", "September"), by its first three letters.
MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_MONTH = rf"({MONTH_STEMS})[a-z]*\.?"
# "Apr-25", "Jan 2026", "March 2025", "Sept-24"
MONTH_YEAR = re.compile(rf"^\s*{_MONTH}[\s\-/']*(\d{{4}}|\d{{2}})\s*$", re.I)
# What a position at a date is headed by before its date: "As at", "At", or the figure's
# name and "at" ("Position at", "Value as at", "Households at"; a word or two).
AT_DATE_LEAD = r"(?:(?:[a-z]+\s+){0,2}?(?:as\s+)?at\s+)?"
# "30 Jun 2026", "As at 31 March 2026", "Position at 30 Sep 2029": a position at a date, in
# the month it falls in
DAY_MONTH_YEAR = re.compile(
    rf"^\s*{AT_DATE_LEAD}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\s*$", re.I)
# "Q3 2025/26", "2025/26 Q3", "Q1 2025", "Qtr 2 24/25"
QUARTER_YEAR = re.compile(
    r"^\s*(?:(?:Q|qtr\.?\s*|quarter\s+)([1-4])\s+(20\d\d|\d\d)(?:\s*/\s*\d{2,4})?"
    r"|(20\d\d|\d\d)(?:\s*/\s*\d{2,4})?\s+(?:Q|qtr\.?\s*|quarter\s+)([1-4]))\s*$",
    re.I,
)
# Two digits name a year of this century ("Apr-25" is April 2025).
CENTURY = 2000
TWO_DIGITS = 100
MONTHS_PER_QUARTER = 3
MONTHS_PER_YEAR = 12
# A quarter of a financial year ("Q1 2025/26", the stroke naming the year it runs into) counts
# from April: its first quarter ends in June, its fourth in the March after.
FINANCIAL_YEAR_OFFSET = 3
# Periods needed before their order says anything.
MIN_PERIODS = 2


def _year(text: str) -> int:
    year = int(text)
    return year + CENTURY if year < TWO_DIGITS else year


def period_key(label: str) -> tuple[int, int] | None:
    """Where a period heading falls in time, as the (year, month) it ends in, or None when the
    heading does not name its year. A quarter is the month it ends in, so that a header mixing
    quarters and months ("Q3 2025/26 | Jan-26 | Feb-26") compares them in time."""
    text = " ".join(label.split())
    m = MONTH_YEAR.match(text)
    if m:
        return _year(m.group(2)), MONTHS[m.group(1).lower()]
    m = DAY_MONTH_YEAR.match(text)
    if m:
        return _year(m.group(2)), MONTHS[m.group(1).lower()]
    m = QUARTER_YEAR.match(text)
    if m:
        quarter, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = int(quarter) * MONTHS_PER_QUARTER + (FINANCIAL_YEAR_OFFSET if "/" in text else 0)
        extra, month = divmod(month - 1, MONTHS_PER_YEAR)
        return _year(year) + extra, month + 1
    return None


def dated_periods(labels: dict[int, str]) -> dict[int, tuple[int, int]]:
    """Each period column's place in time, by its index, when every one names its year
    (and there are at least two), or when bare periods run newest first (``newest_first``);
    {} otherwise."""
    keys = {at: key for at, label in labels.items() if (key := period_key(label)) is not None}
    if len(keys) < MIN_PERIODS or len(keys) != len(labels):
        return newest_first(labels)
    return keys


# A bare quarter or month heading, naming no year ("Q3", "Quarter 3", "Qtr 3", "Dec",
# "December"), perhaps marked the latest ("Q3 (latest)").
BARE_PERIOD = re.compile(
    rf"^\s*(?:(?:Q|qtr\.?\s*|quarter\s+)(?P<quarter>[1-4])|(?P<month>{_MONTH}))"
    r"\s*(?:\((?:latest|current)\))?\s*$", re.I)
QUARTERS_PER_YEAR = 4
# Bare periods needed before their order is read as newest first: two may be a year's last
# and the next year's first ("Q4 | Q1"), three running back one step each can be nothing else.
MIN_NEWEST_FIRST = 3


def newest_first(labels: dict[int, str]) -> dict[int, tuple[int, int]]:
    """Each period column's place in time, by its index, where the headings name bare
    quarters or months (no year) that run back one period a column ("Q3 | Q2 | Q1", "Dec |
    Nov | Oct", "Q1 | Q4 | Q3" over a year end): printed newest first, the leftmost is the
    latest, whatever column prints last. Bare periods running forward ("Q1 | Q2 | Q3"), or
    in no order of steps, say nothing ({}): there the last filled column stays the latest."""
    places: list[tuple[int, int]] = []  # (place in its cycle, the cycle's length)
    for at in sorted(labels):
        m = BARE_PERIOD.match(" ".join(labels[at].split()))
        if m is None:
            return {}
        places.append((int(m.group("quarter")), QUARTERS_PER_YEAR) if m.group("quarter")
                      else (MONTHS[m.group("month").lower()[:3]], MONTHS_PER_YEAR))
    if len(places) < MIN_NEWEST_FIRST or len({cycle for _, cycle in places}) != 1:
        return {}
    if any((a - b) % cycle != 1 for (a, cycle), (b, _) in pairwise(places)):
        return {}
    # (no year to name: a place in the run, the leftmost the latest, is all a key need say)
    return {at: (0, len(places) - n) for n, at in enumerate(sorted(labels))}


def later(dated: dict[int, tuple[int, int]], at: int, than: int | None) -> bool:
    """Whether column ``at`` is a later period than column ``than`` (the latest so far). With
    no dates to go by, a column further right is the later one."""
    if than is None or at not in dated or than not in dated:
        return True
    return dated[at] > dated[than]


def after(dated: dict[int, tuple[int, int]], at: int, than: int | None) -> bool:
    """Whether column ``at`` is a later period than column ``than``, wherever the two stand:
    by the years their headings name, else the one further right."""
    if than is None:
        return True
    if at in dated and than in dated:
        return dated[at] > dated[than]
    return at > than


# The steps of a run of periods, in months: a month's or a quarter's.
SERIES_STEPS = (1, MONTHS_PER_QUARTER)


def one_series(labels: list[str]) -> bool:
    """Whether period headings naming their years run as one series of consecutive months or
    quarters ("Q3 2027/28 | Q4 2027/28 | Q1 2028/29 | Q2 2028/29", a rolling year of quarters
    across a year end): each is the period after the one before, so the earlier year's are
    periods of the series, not last year's figures to compare with."""
    keys = [key for label in labels if (key := period_key(label)) is not None]
    if len(keys) < MIN_PERIODS + 1 or len(keys) != len(labels):
        return False
    months = sorted(year * MONTHS_PER_YEAR + month for year, month in keys)
    steps = {b - a for a, b in pairwise(months)}
    return len(steps) == 1 and steps <= set(SERIES_STEPS)


# A column of the whole year's figure ("Year end", "Full year outturn"): printed after a
# year's quarters ("Q4 | Year end"), it closes them, and is the figure the status rates.
YEAR_END_COLUMN = re.compile(
    r"^\s*(?:year[\s-]+end|full[\s-]+year)(?:\s+(?:outturn|actual|result|position))?\s*$", re.I)


# The year's last period as a period column names it: its fourth quarter ("Q4", "Quarter 4",
# "Qtr 4 2027/28"), or March, a financial year's last month.
YEAR_LAST_PERIOD = re.compile(r"^\s*(?:Q|qtr\.?\s*|quarter\s*)4\b|^\s*mar(?:ch)?\b", re.I)


def closes_periods(label: str, before: list[str | None]) -> bool:
    """Whether a value column's heading names the year's close, after its periods:
    ``before``, the periods the columns before it name, reach the year's last one. A year
    end printed after Q3 is the year still to come (its forecast or its target), no figure
    closing the quarters."""
    return bool(YEAR_END_COLUMN.match(label)) and any(
        YEAR_LAST_PERIOD.match(period) for period in before if period)

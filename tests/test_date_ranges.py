"""Partial dates and date ranges as contracts print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.normalise.dates import (
    PartialDate,
    find_date,
    parse_date,
    parse_date_range,
    parse_partial_date,
)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1st September 2014", "2014-09-01"),  # seed 001, TFM West Kent contract signature
        ("30th June 2015", "2015-06-30"),  # seed 001, Microsoft EA expiry
        ("31 st March 2016", "2016-03-31"),  # split ordinal
        ("31/03/2025", "2025-03-31"),  # Kent 24/00093 contract table
        ("on the 31st October 2014.", "2014-10-31"),
        ("April 2015", "2015-04"),
        ("2015", "2015"),
    ],
)
def test_partial_dates(text, iso):
    assert parse_partial_date(text).iso() == iso


@pytest.mark.parametrize(
    "text", ["late 2015", "31st February 2015", "TBC", "", None, "N/A", "2014-2016", "Spring"]
)
def test_what_is_not_one_date_is_none(text):
    assert parse_partial_date(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2014-2020", "2014", "2020"),  # seed 001, KPSN contract period
        ("2010-2015", "2010", "2015"),
        ("2015-16", "2015", "2016"),
        ("2014 – 2016", "2014", "2016"),
        ("April-May 2015", "2015-04", "2015-05"),
        ("April 2021 to March 2022", "2021-04", "2022-03"),  # Kent 24/00093 direct awards
        ("1st April – 30th June 2015", "2015-04-01", "2015-06-30"),
        ("from 1 April 2021 until 31 March 2023", "2021-04-01", "2023-03-31"),
    ],
)
def test_ranges(text, start, end):
    r = parse_date_range(text)
    assert (r.start.iso(), r.end.iso(), r.text) == (start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "2020-2014",  # backwards
        "1 April - 31 March 2022",  # the start's year is not printed and cannot be April 2022
        "November - March 2016",
        "ongoing",
        "2014/15 budget",
    ],
)
def test_no_range_is_guessed(text):
    assert parse_date_range(text) is None


def test_split_ordinal_range_side_that_is_no_date_stays_unread():
    r = parse_date_range("31st February 2015 - 1st March 2015")
    assert r.start is None and r.end.iso() == "2015-03-01"


def test_existing_find_date_unchanged():
    assert find_date("Wednesday, 22nd April, 2015") == dt.date(2015, 4, 22)
    assert parse_date("12/09/2024") == dt.date(2024, 9, 12)
    assert find_date("no date here") is None


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@given(dates, st.sampled_from(["", " "]))
def test_printed_dates_round_trip(d, gap):
    text = f"{d.day}{gap}{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    assert parse_partial_date(text) == PartialDate(d.year, d.month, d.day)


@given(st.integers(1990, 2060), st.integers(0, 30), st.booleans())
def test_year_spans(start, length, short):
    end = start + length
    printed = f"{end % 100:02d}" if short and end // 100 == start // 100 else str(end)
    r = parse_date_range(f"{start}-{printed}")
    assert (r.start.year, r.end.year) == (start, end)


@given(dates, dates)
def test_day_ranges_keep_order_or_refuse(a, b):
    text = f"{a.day} {MONTHS[a.month - 1]} {a.year} to {b.day} {MONTHS[b.month - 1]} {b.year}"
    r = parse_date_range(text)
    if a <= b:
        assert (r.start.date(), r.end.date()) == (a, b)
    else:
        assert r is None


@given(st.text())
def test_never_raises(text):
    parse_partial_date(text)
    parse_date_range(text)

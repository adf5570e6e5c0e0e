"""Parsers for printed numbers: examples from real papers, and properties over generated text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.normalise.numbers import (
    find_counts,
    parse_number,
    parse_percentage,
    parse_value,
    words_to_number,
)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # noqa: E501
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def say(n: int) -> str:
    """English words for 0..999999, the way reports write them ("twenty-three")."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10 - 2] + ("-" + UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = f" and {say(n % 100)}" if n % 100 else ""
        return f"{UNITS[n // 100]} hundred{rest}"
    low = n % 1000
    tail = (" and " if low < 100 else " ") + say(low) if low else ""
    return f"{say(n // 1000)} thousand{tail}"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("97%", 97.0, "%"),
        ("99.9%", 99.9, "%"),
        ("0.04%", 0.04, "%"),
        ("1,010", 1010.0, "number"),
        ("10,323", 10323.0, "number"),
        ("£16.4m", 16_400_000.0, "£"),
        ("£314k", 314_000.0, "£"),
        ("£1,802k", 1_802_000.0, "£"),
        ("-5%", -5.0, "%"),
        ("12 days", 12.0, "days"),
    ],
)
def test_parse_value_examples(text, value, unit):
    parsed = parse_value(text)
    assert parsed.value == pytest.approx(value)
    assert parsed.unit == unit


@pytest.mark.parametrize(
    "text, placeholder",
    [
        ("Snapshot data", "snapshot"),
        ("Snapsh", "snapshot"),  # seed 001 splits "Snapshot data" across two cells
        ("New Indicator", "new indicator"),
        ("N/a", "not available"),
    ],
)
def test_placeholders_are_not_numbers(text, placeholder):
    parsed = parse_value(text)
    assert parsed.value is None
    assert parsed.placeholder == placeholder
    assert not parsed.unparseable


@pytest.mark.parametrize("text", ["9O%", "ninety", "97%%x", "abc"])
def test_unparseable(text):
    assert parse_value(text).unparseable


def test_empty_is_not_unparseable():
    assert parse_value("  ").empty and not parse_value("").unparseable


@given(st.integers(min_value=0, max_value=10**9))
def test_thousands_separated_numbers_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
def test_percentages_round_trip(d):
    text = f"{d}%"
    assert parse_percentage(text) == pytest.approx(float(d))
    assert parse_value(text).decimals == 2


@given(st.integers(min_value=0, max_value=1000), st.sampled_from(["k", "m"]))
def test_money_multipliers(n, mult):
    scale = {"k": 1e3, "m": 1e6}[mult]
    assert parse_number(f"£{n}{mult}") == pytest.approx(n * scale)


@given(st.integers(min_value=0, max_value=1000))
def test_plain_numbers_are_not_percentages(n):
    assert parse_percentage(str(n)) is None


@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(n):
    assert words_to_number(say(n)) == n
    assert words_to_number(say(n).title()) == n


@given(st.integers(min_value=0, max_value=999))
def test_find_counts_in_prose(n):
    sentence = f"Green for {say(n)} indicators and Red for {n} indicator."
    assert [c[0] for c in find_counts(sentence)] == [n, n]


def test_find_counts_ignores_decimals_percentages_and_years():
    assert find_counts("In 2024/25 it was 99.9% and 3.5 but seventeen") == [(17, 36, 45)]

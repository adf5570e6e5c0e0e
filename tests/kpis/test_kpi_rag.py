"""RAG labels, cell colours and the rating implied by value, target and floor."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.extract.kpis.rag import colour_rag, implied_rag, parse_rag, polarity


@pytest.mark.parametrize(
    "text, rag",
    [("GREEN", "green"), ("Amber", "amber"), ("(Red)", "red"), ("G", "green"), ("not data", None),
     ("", None), ("Greenhouse", None), ("Blue", "green"), ("B", None)],
)
def test_parse_rag(text, rag):
    assert parse_rag(text) == rag


@pytest.mark.parametrize(
    "fill, rag",
    [("#00ff00", "green"), ("#92d050", "green"), ("#ffc000", "amber"), ("#ffff00", "amber"),
     ("#c00000", "red"), ("#ff0000", "red"), ("#d9d9d9", None), ("#ffffff", None),
     (None, None), ("red", None), ("#0070c0", "green"), ("#4472c4", "green"),
     ("#7030a0", None), ("#00ffff", None)],
)
def test_colour_rag(fill, rag):
    assert colour_rag(fill) == rag


def test_polarity_from_target_and_floor():
    assert polarity(90, 85) == "higher"
    assert polarity(5, 15) == "lower"  # seed 001 PI01: rent outstanding, lower is better
    assert polarity(90, 90) is None
    assert polarity(None, 85) is None


def test_lower_is_better_rule_is_named():
    found = implied_rag(10, target=5, floor=15)
    assert found is not None and found.rags == ("amber",)
    assert found.rule.startswith("lower is better")


def test_value_on_a_threshold_allows_both_sides_of_rounding():
    # "98%" may be 97.6 (below a 98% floor) or 98.4: both AMBER and RED are consistent.
    assert implied_rag(98, target=99, floor=98).rags == ("red", "amber")
    assert implied_rag(99.2, target=99, floor=95, decimals=1).rags == ("green",)


@given(
    st.floats(min_value=0, max_value=100, allow_nan=False),
    st.floats(min_value=1, max_value=50, allow_nan=False),
    st.floats(min_value=1, max_value=50, allow_nan=False),
)
def test_implied_rag_mirrors_when_polarity_flips(value, target_gap, floor_gap):
    """Lower-is-better is higher-is-better on negated numbers."""
    target = 50.0 + target_gap
    floor = target - floor_gap
    up = implied_rag(value, target, floor, decimals=3)
    down = implied_rag(-value, -target, -floor, decimals=3)
    assert up is not None and down is not None
    assert up.rags == down.rags

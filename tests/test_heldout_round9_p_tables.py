"""Regression tests for the risk and contract misses held-out round 9 batch P showed on its
first run: each named after the bug, on small papers in several councils' forms (not copies of
the held-out paper), with guards for what the rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import text_contexts
from heldout_support import KEYED_SCORES, heldout_accuracy, keyed_register_risks
from kcc_papers.extract import contracts
from kcc_papers.extract.risks.key_tables import key_table_scales
from kcc_papers.extract.risks.rows import Row
from kcc_papers.models import Contract

RISK_PAPER = "r9p_police_fire_crime_panel_precept_pack.pdfsrc"
CONTRACT_PAPER = "r9p_harbour_board_dredging_pack.pdfsrc"


def _contracts(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return sorted((c.provider, c.value_gbp) for c in contracts.extract(ctx)
                  if isinstance(c, Contract))


def test_batch_p_risk_register_is_read_whole():
    totals, _ = heldout_accuracy.evaluate({RISK_PAPER})
    assert (totals["risks"].fp, totals["risks"].fn) == (0, 0)


def test_batch_p_lots_award_is_read_whole():
    totals, _ = heldout_accuracy.evaluate({CONTRACT_PAPER})
    assert (totals["contracts"].fp, totals["contracts"].fn) == (0, 0)


# --------------------------------------------------------------- key table, column per axis

# the impact words are none of the usual ladder's: only the paper's key gives their numbers
KEYS = {
    "each axis its own number column": (
        "Likelihood\tScore\tImpact\tScore\n"
        "Rare\t1\tMinimal\t1\nUnlikely\t2\tMinor\t2\nPossible\t3\tSerious\t3\n"
        "Likely\t4\tMajor\t4\nAlmost certain\t5\tCatastrophic\t5"),
    "one number column first, shared": (
        "Score\tLikelihood\tImpact\n"
        "1\tRare\tMinimal\n2\tUnlikely\tMinor\n3\tPossible\tSerious\n"
        "4\tLikely\tMajor\n5\tAlmost certain\tCatastrophic"),
    "health body's words, a description column": (
        "Probability\tRating\tSeverity\tRating\tDescription\n"
        "Rare\t1\tMinimal\t1\tNo harm\nUnlikely\t2\tMinor\t2\tShort-term harm\n"
        "Possible\t3\tSerious\t3\tLasting harm\nLikely\t4\tMajor\t4\tMajor harm\n"
        "Almost certain\t5\tCatastrophic\t5\tDeath"),
    "each axis its number before it and a description after": (
        "Score\tLikelihood\tDescription\tScore\tImpact\tDescription\n"
        "1\tRare\tMay never happen\t1\tMinimal\tNo service effect\n"
        "2\tUnlikely\tNot expected\t2\tMinor\tBrief disruption\n"
        "3\tPossible\tMight happen\t3\tSerious\tWeeks of disruption\n"
        "4\tLikely\tWill probably happen\t4\tMajor\tService lost for months\n"
        "5\tAlmost certain\tExpected\t5\tCatastrophic\tService ends"),
}


@pytest.mark.parametrize("key", list(KEYS.values()), ids=list(KEYS))
def test_regression_key_table_with_a_column_per_axis_gave_no_impact(key, tmp_path):
    assert keyed_register_risks("Strategic Risk Register", key, tmp_path) == KEYED_SCORES


def test_a_register_header_is_no_key_table():
    """The register's own header names both axes and a score column, and its rows may start
    with low scores: with its id, risk and owner columns it is no key."""
    rows = [Row(1, ["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Score"]),
            *(Row(1, [f"R{n}", "A risk", "Owner", "Rare", "Minor", str(n)]) for n in (1, 2, 3))]
    assert key_table_scales(rows) == {}


def test_a_key_column_giving_one_number_twice_is_no_scale():
    rows = [Row(1, ["Likelihood", "Score"]),
            *(Row(1, [name, "2"]) for name in ("Rare", "Unlikely", "Possible"))]
    assert key_table_scales(rows) == {}


def test_a_key_table_stops_at_the_first_row_that_is_not_a_step():
    rows = [Row(1, ["Impact", "Score"]), Row(1, ["Minor", "1"]), Row(1, ["Serious", "2"]),
            Row(1, ["Major", "3"]), Row(1, ["Total of risks", "42"])]
    assert key_table_scales(rows) == {"impact": {"Minor": 1, "Serious": 2, "Major": 3}}


# ------------------------------------------------------------ an award's parts, the lot first

AWARD = """Report to Cabinet
Recommendation
{sentence}
"""
LOT_AWARDS = {
    "tendered price, lots described": (
        "That the Board awards the Highway Lining Contract 2026-2030 in two lots: Lot 1 "
        "(urban roads) to Tremar Lining Ltd at a tendered price of £612,400, and Lot 2 "
        "(rural roads) to Kestle Road Markings Limited at a tendered price of £388,150."),
    "in the sum of, parts by letter": (
        "Cabinet is recommended to award the school meals contract as follows: Part A "
        "(primary schools) to Fairfield Catering Ltd in the sum of £612,400, and Part B "
        "(secondary schools) to Kestle Road Markings Limited in the sum of £388,150."),
    "packages, contract value": (
        "It was RESOLVED to award Package 1 to Tremar Lining Ltd at a contract value of "
        "£612,400 and Package 2 to Kestle Road Markings Limited at a contract value of "
        "£388,150."),
}


@pytest.mark.parametrize("sentence", list(LOT_AWARDS.values()), ids=list(LOT_AWARDS))
def test_regression_award_naming_each_lot_before_its_bidder_gave_sums_without_firms(
        sentence, tmp_path):
    found = _contracts(AWARD.format(sentence=sentence), tmp_path)
    winners = {firm for firm, _ in found}
    assert len(found) == 2 and None not in winners
    assert {value for _, value in found} == {612400.0, 388150.0}


def test_one_lot_to_one_bidder_is_still_one_contract(tmp_path):
    sentence = ("That the Board awards Lot 1 (inner harbour) to Tremar Lining Ltd at a "
                "tendered price of £612,400.")
    assert _contracts(AWARD.format(sentence=sentence), tmp_path) == [
        ("Tremar Lining Ltd", 612400.0)]

"""Regression tests for the KPI misses of held-out round 33 (batch d, values in awkward forms):
a percentage with the counts it was worked from in brackets ("91.5% (97/106)"), a rate per a
round base ("0.52 per 1,000"), an unrated annual measure printing "n/a" under the quarters
after last year's outturn, and a text pack's table whose one rating column stands after the
year to date and the same month last year. Small papers in other councils' words, each with a
guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.normalise.numbers import parse_value

# ---------------------------------------------------------------- figures in awkward forms


def test_share_with_its_counts_in_brackets_is_the_share() -> None:
    """Before, "91.5% (97/106)" and "88.4% (1,317/1,490)" were left unread, and a dashboard
    took last year's outturn beside them as the latest."""
    assert parse_value("91.5% (97/106)").value == 91.5
    assert parse_value("88.4% (1,317/1,490)").value == 88.4
    assert parse_value("88.4% (1,317/1,490)").unit == "%"


def test_counts_in_brackets_need_a_share_of_a_whole() -> None:
    """Guard: counts more than their whole, or after a figure that is no percentage, are no
    share's workings: the text stays unread rather than guessed."""
    assert parse_value("40% (52/48)").value is None
    assert parse_value("12 (3/4)").value is None


def test_rate_per_a_round_base_is_its_figure() -> None:
    """Before, "0.52 per 1,000" was left unread."""
    assert parse_value("0.52 per 1,000").value == 0.52
    assert parse_value("7.9 per 100,000 residents").value == 7.9


def test_rate_per_a_base_not_a_power_of_ten_is_unread() -> None:
    """Guard: "3 per 7" (a share of an odd whole) is no rate per a round base."""
    assert parse_value("3 per 7").value is None


# ---------------------------------------------------------------- an annual measure unrated
# under "n/a" quarters, last year's outturn before them

def _quarters(annual_status: str) -> str:
    return source_lines(
        "## KESTERWICK DISTRICT COUNCIL",
        "Report to:\tPolicy and Resources Scrutiny Committee",
        "Date of meeting:\t9 December 2026",
        "Title:\tQuarter 2 Performance Report 2026/27",
        "** 1. Recommendation",
        "1.1 That the Committee notes performance at the end of the second quarter.",
        "** Appendix 1 - Performance Indicators",
        "|% 3 9 3 3 2 2 2 2 2",
        "|# Ref | Indicator | 2025/26 outturn | Target 2026/27 | Q1 | Q2 | Q3 | Q4 | RAG |",
        "| PR1 | Freedom of information requests answered in 20 days | 90.2% | 92% | 91.5% "
        "(97/106) | 93.1% | | | Green |",
        "| PR2 | Fly-tips per 1,000 households | 4.10 per 1,000 | 4.00 per 1,000 | 3.80 per "
        "1,000 | 3.72 per 1,000 | | | Green |",
        f"| PR3 | Residents satisfied with their area (annual survey) | 77% | 80% | n/a | n/a "
        f"| | | {annual_status} |",
    )


def test_unrated_annual_measure_under_na_quarters_has_no_value(tmp_path: Path) -> None:
    """Before, PR3, unrated and "n/a" under the quarters reported so far, took last year's
    outturn as its latest figure: a comparison, not this year's value."""
    assert kpi_rows(_quarters(""), tmp_path) == [
        ("PR1", 93.1, "green"), ("PR2", 3.72, "green"), ("PR3", None, None)]


def test_rated_annual_measure_keeps_its_outturn(tmp_path: Path) -> None:
    """Guard: rated under "n/a" quarters, the measure is rated on that outturn, its value."""
    assert kpi_rows(_quarters("Amber"), tmp_path)[-1] == ("PR3", 77.0, "amber")

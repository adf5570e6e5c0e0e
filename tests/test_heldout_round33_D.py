"""Regression tests for the KPI misses of held-out round 33 (batch d, values in awkward forms):
a percentage with the counts it was worked from in brackets ("91.5% (97/106)"), a rate per a
round base ("0.52 per 1,000"), an unrated annual measure printing "n/a" under the quarters
after last year's outturn, and a text pack's table whose one rating column stands after the
year to date and the same month last year. Small papers in other councils' words, each with a
guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import KpiRow, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi
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


# ---------------------------------------------------------------- a text pack's one rating
# column after the year to date and the same month last year

def _text_table(rating_head: str) -> str:
    return "\n".join((
        "Report to:      Environment Scrutiny Panel",
        "Date:           17 November 2026",
        "Subject:        Environment Performance Report - October 2026",
        "",
        "1.   RECOMMENDATION",
        "",
        "1.1  The Panel is asked to note the performance of environment services to the",
        "     end of October 2026.",
        "",
        "2.   PERFORMANCE",
        "",
        f"Ref  Measure                                  Target    Oct 2026   Year to   "
        f"Oct 2025   {rating_head}",
        "                                                                     date",
        "---  -----------------------------------------  --------  ---------  --------  "
        "---------  ------",
        "EN1  Street lights repaired within 7 days       92%       94.8%      91.0%     "
        "89.5%      G",
        "EN2  Graffiti removed within 3 working days     85%       80.2%      86.4%     "
        "83.0%      A",
        "EN3  Abandoned vehicles inspected within 24     95%       90.0%      93.3%     "
        "97.1%      G",
        "     hours                                               (36/40)",
        "EN4  Bulky waste collections booked             -         612        3,877     "
        "574        -",
        "",
    ))


def _text_kpis(text: str, tmp_path: Path) -> list[Kpi]:
    return [k for ctx in text_contexts(text, None, tmp_path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _rows(found: list[Kpi]) -> list[KpiRow]:
    return [(k.ref, k.latest_value, k.latest_rag) for k in found]


def test_one_rating_column_rates_the_latest_figure(tmp_path: Path) -> None:
    """Before, the one "Rating" column, printed after the year to date and last year's
    month, rated the year to date, and the month's figure (the row's latest) went unrated."""
    assert _rows(_text_kpis(_text_table("Rating"), tmp_path)) == [
        ("EN1", 94.8, "green"), ("EN2", 80.2, "amber"), ("EN3", 90.0, "green"),
        ("EN4", 612.0, None)]


def test_rating_headed_year_to_date_rates_the_year_to_date(tmp_path: Path) -> None:
    """Guard: a rating column whose heading names the year to date ("YTD RAG") rates the
    year so far, not the month."""
    found = _text_kpis(_text_table("YTD RAG"), tmp_path)
    assert [(k.ref, k.latest_rag, k.ytd_rag) for k in found] == [
        ("EN1", None, "green"), ("EN2", None, "amber"), ("EN3", None, "green"),
        ("EN4", None, None)]

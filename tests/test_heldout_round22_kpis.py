"""Regression tests for the KPI misses of held-out round 22: an outturn table naming its years
in two digits ("Actual 11/12 | Target 12/13 | Actual 12/13") and a national indicator's code
with a part in brackets ("NI 155(ii)").
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis.header import read_header


def _outturn_table(first_code: str) -> str:
    return source_lines(
        "## MERESIDE BOROUGH COUNCIL",
        "** Corporate Performance Panel - 14th May 2013",
        "!! National Indicators: Outturn Performance Report 2012/13",
        "** 1. PURPOSE",
        "1.1 To report the outturn of the national indicators the Council still collects.",
        "** APPENDIX A - NATIONAL INDICATORS 2012/13",
        "|# NI | Description | Actual 11/12 | Target 12/13 | Actual 12/13 | Status |",
        f"| {first_code} | Affordable homes delivered (gross) | 142 | 150 | 161 | Green |",
        "| NI 157a | Major planning applications decided in 13 weeks (%) | 58.2 | 65.0 | 61.9 "
        "| Amber |",
        "| NI 181 | Time taken to process benefit claims (days) | 19.8 | 16.0 | 22.4 | Red |",
        "** 2. FINANCIAL IMPLICATIONS",
        "2.1 None.",
    )


def test_two_digit_year_columns_read_the_latest_year(tmp_path: Path) -> None:
    """Before, "Actual 11/12" and "Actual 12/13" were both the latest figure, their years
    unread (only four-digit years were): the first, last year's outturn, was read as the
    latest."""
    assert kpi_rows(_outturn_table("NI 155"), tmp_path) == [
        ("NI 155", 161.0, "green"), ("NI 157a", 61.9, "amber"), ("NI 181", 22.4, "red")]


def test_two_digit_years_of_a_date_name_no_year() -> None:
    """Guard: two-digit years one apart are a financial year, not a date's day and month
    ("Actual 07/08/2012") nor two years apart."""
    below = ["NI 155", "Affordable homes", "142", "161", "Green"]
    header = read_header(["NI", "Description", "Actual 07/08/2012", "Actual 12/13",
                          "Status"], below)
    assert header is not None and header.roles[2:4] == ["latest", "latest"]
    header = read_header(["NI", "Description", "Actual 10/12", "Actual 12/13", "Status"], below)
    assert header is not None and header.roles[2:4] == ["latest", "latest"]


def test_code_with_a_bracketed_part_read_as_the_ref(tmp_path: Path) -> None:
    """Before, a code with a part in brackets ("NI 155(ii)") was no code: the first row's ref
    column was not known for one, and every row lost its ref."""
    assert kpi_rows(_outturn_table("NI 155(ii)"), tmp_path) == [
        ("NI 155(ii)", 161.0, "green"), ("NI 157a", 61.9, "amber"), ("NI 181", 22.4, "red")]

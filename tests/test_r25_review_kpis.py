"""Regressions found reviewing round 25's KPI fixes: tables another council would print that
the new rules misread. A project's milestones' table on its side (milestones across, target
and actual dates down the rows, a Status row under them) is no dashboard on its side, as no
period runs down its rows; a "Year end" column after Q3 is the year still to come, no figure
closing the quarters."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis import worded
from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.extract.kpis.periods import closes_periods
from kcc_papers.extract.kpis.rag import Rag, parse_rag


def _report(*table: str) -> str:
    return source_lines(
        "%% header Ashcombe District Council",
        "!! Agenda Item 6",
        "## Corporate Performance Report - Quarter 3 2027/28",
        "Report to:\tCabinet",
        "Date of meeting:\t14 February 2028",
        "** 1. Recommendation",
        "1.1 That Cabinet notes the report.",
        "** 2. Performance",
        *table,
        "** 3. Financial implications",
        "3.1 As set out in the report.",
    )

MILESTONES = (
    "|% 16 28 28 28",
    "| Milestone | Design brief approved | Planning consent granted | Contractor on site |",
    "| Target date | Mar 2027 | Jun 2027 | Jan 2028 |",
    "| Actual date | Apr 2027 | Aug 2027 | - |",
    "| Status | Green | Amber | Red |",
)


def test_regression_milestones_on_their_side_are_no_dashboard(tmp_path: Path) -> None:
    """Before the mend, a project's milestones (target and actual dates down the rows, a
    Status row under them) were turned into three KPIs."""
    assert kpi_rows(_report(*MILESTONES), tmp_path) == []


def _q3(last: str) -> tuple[str, ...]:
    return (
        "|% 9 43 12 12 12 12 12",
        f"| Ref | Measure | Q1 | Q2 | Q3 | {last} | Status |",
        "| EH01 | Food premises inspected when due (%) | 91 | 92 | 90.5 | 95 | Amber |",
        "| EH02 | Licensed premises inspections (number) | 50 | 61 | 70 | 240 | Green |",
    )


def test_regression_year_end_after_q3_is_no_latest(tmp_path: Path) -> None:
    """Before the mend, "Q1 | Q2 | Q3 | Year end" in a Q3 report read the year end (the
    year's aim, 95; 240 inspections) as the latest figure: the quarters do not reach the
    year's last, so Q3's figure stays the latest."""
    assert sorted(kpi_rows(_report(*_q3("Year end")), tmp_path)) == [
        ("EH01", 90.5, "amber"), ("EH02", 70.0, "green")]


def test_regression_year_end_closes_only_the_last_quarter() -> None:
    """Guard of the rule: after Q4 (or March) a year end closes the periods; after Q3 not."""
    assert closes_periods("Year end", ["Q3", "Q4"])
    assert closes_periods("Full year outturn", [None, "Mar 2028"])
    assert not closes_periods("Year end", ["Q1", "Q2", "Q3"])
    assert not closes_periods("Year end forecast", ["Q4"])


def test_q4_then_blank_year_end_keeps_the_quarter(tmp_path: Path) -> None:
    """Guard: "Q4 | Year end" with the year end blank in a row keeps Q4's figure there."""
    rows = (
        "|% 9 43 12 12 12 12",
        "| Ref | Measure | Target | Q4 | Year end | Status |",
        "| EH01 | Food premises inspected when due (%) | 95 | 91.4 | | Amber |",
        "| EH02 | Licensed premises inspections (number) | 240 | 61 | 251 | Green |",
    )
    assert sorted(kpi_rows(_report(*rows), tmp_path)) == [
        ("EH01", 91.4, "amber"), ("EH02", 251.0, "green")]


# ---------------------------------------------------------------- a long rated table's cost

LONG_TABLE_ROWS = 300
# parse_rag calls allowed a row, asked of every row: its own cells and the next row's
CALLS_PER_ROW = 20


def test_regression_worded_rating_reads_a_long_table_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the mend, the rating column in words was looked for from every row of a long
    rated table, each look reading every row below (and copying the rest of the paper):
    quadratic, a 2,000-row table's grid read eight times slower than main's. A row printing
    a rating is no header, and is left at once; the header still names its column."""
    calls = 0

    def counting(text: str | None) -> Rag | None:
        nonlocal calls
        calls += 1
        return parse_rag(text)

    monkeypatch.setattr(worded, "parse_rag", counting)
    header = ["Ref", "Measure", "Target", "Actual", "Assessment"]
    items: list[Item] = [Text(0, "Service performance"), Row(0, header, [], 1)]
    items += [Row(0, [f"P{i}", f"Measure {i}", "90", "91", ("On track", "Not on track")[i % 2]],
                  [], 1) for i in range(LONG_TABLE_ROWS)]
    assert worded.worded_rating(items, 1, header)[-1] == worded.RATING_HEADING
    for n in range(2, len(items)):
        worded.worded_rating(items, n, cast(Row, items[n]).cells)
    assert calls < CALLS_PER_ROW * LONG_TABLE_ROWS

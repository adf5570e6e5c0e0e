"""Review of held-out round 24's KPIs-in-designed-reports fixes (big-figure tiles): small
papers another council would publish that the tile rule misread, each with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines


def _milestones(first: str, second: str) -> str:
    return source_lines(
        "** Agenda Item 6",
        "!! Report to Cabinet",
        "Date of meeting:\t12 July 2028",
        "Report of:\tHead of Planning",
        "## Local Plan: timetable",
        "1.1 The Local Plan's milestones are shown below with progress against each.",
        "--- page ---",
        f"<> **{first}** || **{second}**",
        "<> Consultation on the draft plan || Plan submitted for examination",
        "<> Target 2026 - Complete || Target 2027 - On track",
    )


def test_regression_plan_milestone_years_are_no_tiles_figures(tmp_path: Path) -> None:
    """Before, a plan's timeline (each milestone's year in large type over its name and
    "Target 2027 - On track") read as a KPI of value 2027: a year alone is a figure to the
    tile rule. A year is a milestone's heading, not a measure's result."""
    assert kpi_rows(_milestones("2026", "2027"), tmp_path) == []


def test_regression_figure_in_thousands_is_still_a_tile(tmp_path: Path) -> None:
    """Guard: a count printed with its thousands' comma ("2,027") is a figure, whatever
    years it is close to."""
    assert kpi_rows(_milestones("1,950", "2,027"), tmp_path) == [
        ("Plan submitted for examination", 2027.0, "green")]


def _waste_update(first_line: str) -> str:
    return source_lines(
        "** Agenda Item 6",
        "!! Report to Cabinet",
        "Date of meeting:\t12 July 2028",
        "Report of:\tHead of Waste",
        "## Waste services update",
        "1.1 Performance on missed bins is shown below.",
        "--- page ---",
        first_line,
        "7",
        "Missed bins put right within two working days",
        "Target 98% - On track",
        "Of the 1,240 bins reported missed this year, 1,221 were put right within two days.",
    )


def test_regression_page_number_at_a_pages_head_is_no_tiles_figure(tmp_path: Path) -> None:
    """Before, a page whose printed number stands at its head, over a measure's name and its
    "Target 98% - On track" line, read as a KPI of value 7 (the page number). A bare number
    with none of the page's text above it is its page number."""
    assert kpi_rows(_waste_update("--- page ---"), tmp_path) == []


def test_regression_bare_figure_inside_a_page_is_still_a_tile(tmp_path: Path) -> None:
    """Guard: the same bare number with the page's text above and below it is a tile's
    figure."""
    assert kpi_rows(_waste_update("** Missed bins"), tmp_path) == [
        ("Missed bins put right within two working days", 7.0, "green")]

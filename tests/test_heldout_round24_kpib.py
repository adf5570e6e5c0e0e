"""Regression tests for the KPI misses of held-out round 24's batch b (KPIs in designed
reports): a fire authority's table of service standards naming one column twice ("Ref |
Standard | 2027/28 | Standard | Result", the first the standard's name, the second the figure
it sets) and rating each in words ("Achieved", "Not achieved"). Small papers in other
councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines


def _standards(header: str, results: tuple[str, str, str]) -> str:
    rows = [("PS1", "Emergency calls answered within 10 seconds (%)", "94.2", "95.0"),
            ("PS2", "Home fire safety checks completed", "6,410", "6,000"),
            ("PS3", "Business safety audits completed (%)", "88.0", "85.0")]
    return source_lines(
        "## MARSHWOLD FIRE AND RESCUE AUTHORITY",
        "!! Annual Performance Report 2027/28",
        "** Fire Authority - 20 June 2028",
        "1.1 Each of the Authority's performance standards is shown as met or not met.",
        "** Our performance standards",
        f"| {header} |",
        *(f"| {ref} | {name} | {value} | {standard} | {result} |"
          for (ref, name, value, standard), result in zip(rows, results, strict=True)),
    )


def test_heading_printed_twice_names_the_measure_then_its_standard(tmp_path: Path) -> None:
    """Before, "Ref | Standard | 2027/28 | Standard | Result" named no measure column (both
    "Standard"s read as targets) and "Result" as a value: no KPI. The first of the two
    headings, printing words in the row below, is the measure's name; "Result", printing a
    rating's words where the year's column prints a figure, is its rating."""
    paper = _standards("Ref | Standard | 2027/28 | Standard | Result",
                       ("Not achieved", "Achieved", "Achieved"))
    assert sorted(kpi_rows(paper, tmp_path)) == [
        ("PS1", 94.2, "red"), ("PS2", 6410.0, "green"), ("PS3", 88.0, "green")]


def test_result_of_figures_stays_the_value(tmp_path: Path) -> None:
    """Guard: a "Result" column printing figures is the value, and a table whose heading is
    printed once names no measure by it."""
    paper = _standards("Ref | Standard | Target | Result | Status",
                       ("Not achieved", "Achieved", "Achieved"))
    rows = kpi_rows(paper.replace("| 94.2 | 95.0 |", "| 95.0 | 94.2 |")
                    .replace("| 6,410 | 6,000 |", "| 6,000 | 6,410 |")
                    .replace("| 88.0 | 85.0 |", "| 85.0 | 88.0 |"), tmp_path)
    assert sorted(rows) == [("PS1", 94.2, "red"), ("PS2", 6410.0, "green"),
                            ("PS3", 88.0, "green")]

"""Regression tests for the KPI misses of held-out round 35 (family K1, KPI tables printed
awkwardly): a page's running header stamped over the band of a rated table's header row; a
zebra table whose one body row leaves its blank rating cell unshaded, followed a caption's line
below by a table of activity counts whose cells are filled white; and an unrated row whose
latest quarter says its figure is not yet in, beside an earlier quarter's figure. Small papers
in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines

# ------------------------------------------------ the latest quarter's figure not yet in


def _quarters(status: str, rated_status: str) -> str:
    return source_lines(
        "## Quarter 3 Performance Report 2027/28",
        "Meeting:\tExecutive",
        "Date:\t4 February 2028",
        "Report of:\tHead of Performance",
        "** 1. Purpose",
        "1.1 This report sets out performance against the corporate indicators and their"
        " targets for quarter 3.",
        "Status: Met (green), Near (amber), Missed (red).",
        "|% 12 30 9 9 9 11",
        "|~ Code | Indicator | Q2 2027/28 | Q3 2027/28 | Q3 Target | Status |",
        "| EX-01 | Rent collected as a share of rent due | 96.1% | 97.4% | 97% | Met |",
        f"| EX-02 | Empty council homes relet within 28 days | 64% | {status} | 70% |"
        f" {rated_status} |",
        "| EX-03 | Repairs completed at the first visit | 84% | 79% | 88% | Missed |",
    )


def test_latest_quarter_not_yet_available_unrated_row(tmp_path: Path) -> None:
    """Before, a row whose latest quarter says "Data not yet available" took the quarter
    before's figure as its latest: the earlier quarter is a comparison, and the row, left
    unrated, has no figure for this quarter."""
    assert kpi_rows(_quarters("Data not yet available", ""), tmp_path) == [
        ("EX-01", 97.4, "green"), ("EX-02", None, None), ("EX-03", 79.0, "red")]


def test_latest_quarter_pending_rated_row_keeps_last_figure(tmp_path: Path) -> None:
    """Guard: a row still rated though its latest quarter is "tbc" is rated on the last
    figure it prints, and keeps it."""
    assert kpi_rows(_quarters("tbc", "Near"), tmp_path) == [
        ("EX-01", 97.4, "green"), ("EX-02", 64.0, "amber"), ("EX-03", 79.0, "red")]

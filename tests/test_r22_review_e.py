"""Review of round 22's KPI fixes (two-digit years, year-to-date series, swatch keys,
dashboards side by side): regression tests for the defects found, each on a small paper of
another council written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines

# ------------------------- a measure rated by fill in two columns side by side is no key

FILL_RATED_MILESTONE = source_lines(
    "## HOLLINGTON BOROUGH COUNCIL",
    "** Cabinet - 9th February 2028",
    "!! Corporate Plan Performance: Quarter 3 2027/28",
    "|# Code | Measure | Target | Actual | RAG | RAG last quarter |",
    "| HS1 | Homes built | 400 | 380 | {#ffc000} | {#00b050} |",
    "| | Open the new leisure centre | | | {#ffc000} | {#00b050} |",
    "| HS3 | Empty homes returned to use | 60 | 71 | {#00b050} | {#00b050} |",
    "2.1 None.",
)


def test_regression_milestone_rated_by_fill_is_no_swatch_key(tmp_path: Path) -> None:
    # a milestone (no code, no figure) rated by fill now and last quarter in two colours: a
    # measure, its fills side by side, not a key's swatches each printed beside its words;
    # before, the row was read as the key under the dashboard and lost
    assert kpi_rows(FILL_RATED_MILESTONE, tmp_path) == [
        ("HS1", 380.0, "amber"), ("Open the new leisure centre", None, "amber"),
        ("HS3", 71.0, "green")]

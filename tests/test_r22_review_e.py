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


# ------------------------------------- a day and month with no year in a heading is no year

AS_AT_DATE = source_lines(
    "## KESTON VALE DISTRICT COUNCIL",
    "** Overview and Scrutiny Committee - 24th February 2028",
    "!! Key Performance Indicators: Position at 1st February 2028",
    "|# Ref | Indicator | Target 2027/28 | Actual at 01/02 | Outturn 2026/27 | RAG |",
    "| KV1 | Council tax collected (%) | 97.5 | 88.4 | 97.1 | Green |",
    "| KV2 | Days to process new benefit claims | 20 | 26 | 23 | Red |",
    "2.1 None.",
)


def test_regression_day_and_month_in_a_heading_is_no_financial_year(tmp_path: Path) -> None:
    # "Actual at 01/02": the figure at the 1st of February, a date with no year, not the
    # financial year 2001/02 (this year's figure, beside last year's outturn); before, it
    # was read as a year long before "2026/27", the column as an old year's, and last year's
    # outturn as each row's latest figure
    assert kpi_rows(AS_AT_DATE, tmp_path) == [("KV1", 88.4, "green"), ("KV2", 26.0, "red")]

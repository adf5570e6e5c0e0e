"""Review of round 22's KPI fixes (two-digit years, year-to-date series, swatch keys,
dashboards side by side): regression tests for the defects found, each on a small paper of
another council written here."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis.header import _heading_year
from kcc_papers.extract.kpis.layout import Row
from kcc_papers.extract.kpis.sides import sides_apart
from test_s25_limits_misc import MOST_GROWTH, _growth

# A hostile heading's length, and the most it may take to read.
HOSTILE_CHARS = 10_000
HOSTILE_SECONDS = 0.1

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



def test_regression_headings_two_digit_years_read_in_linear_time() -> None:
    # each day and month's date word was looked for back over the whole heading before it:
    # a long heading of dates took seconds; each heading below is read under 0.1 s too
    def heading(repeats: int) -> object:
        return _heading_year("Actual at 01/02 " * repeats)
    assert _growth(heading, 50) < MOST_GROWTH
    for run in (" ", "a", "1", ".", "at ", "11/12 "):
        started = time.perf_counter()
        _heading_year(run * (HOSTILE_CHARS // len(run)))
        assert time.perf_counter() - started < HOSTILE_SECONDS

# ------------------- dashboards side by side carried over a page keep their right-hand half

_LEFT = [("PL1", "Major applications on time", "60%", "71%", "G"),
         ("PL2", "Householder applications on time", "65%", "62%", "A"),
         ("PL3", "Appeals allowed", "30%", "41%", "R"),
         ("PL4", "Enforcement cases closed", "75%", "79%", "G"),
         ("PL5", "Planning fee income (£k)", "820", "764", "A")]
_RIGHT = [("EH1", "Food premises inspected", "95%", "97%", "G"),
          ("EH2", "Noise complaints closed in 10 working days", "92.0%", "90.5%", "A"),
          ("EH3", "Fly-tips cleared in 2 days", "95%", "96%", "G"),
          ("EH4", "Licences issued in 10 days", "90%", "93%", "G"),
          ("EH5", "Pest control visits on time", "85%", "70%", "R")]


def _side_by_side_over_a_page(page_break: str) -> str:
    rows = [f"| {' | '.join(a)} | | {' | '.join(b)} |" for a, b in zip(_LEFT, _RIGHT,
                                                                       strict=True)]
    return source_lines(
        "## NORTH TAMSIDE DISTRICT COUNCIL",
        "** Place Scrutiny Panel - 8th December 2027",
        "!! Place Directorate: Quarter 2 Performance Report 2027/28",
        "1.1 Ratings: G - target met; A - within 10% of target; R - more than 10% off target.",
        "--- page landscape ---",
        "** Appendix 1 - Planning and Environmental Health Measures",
        "|% 6 26 9 9 4 4 6 26 9 9 4",
        "|- Ref | Indicator | Target | Q2 actual | RAG | | Ref | Indicator | Target | Q2 actual | "
        "RAG |",
        *rows[:3], page_break, *rows[3:],
        "--- page ---",
        "2.1 None.",
    )


def test_regression_side_by_side_dashboards_over_a_page_keep_the_right_half(
        tmp_path: Path) -> None:
    # the two dashboards run on over a page, their header not repeated there: the rows on
    # the next page are as wide as the split table's and halve as its rows do; before, they
    # were read whole under the left half's header, the right half's measures there lost
    expected = [("PL1", 71.0, "green"), ("PL2", 62.0, "amber"), ("PL3", 41.0, "red"),
                ("PL4", 79.0, "green"), ("PL5", 764.0, "amber"),
                ("EH1", 97.0, "green"), ("EH2", 90.5, "amber"), ("EH3", 96.0, "green"),
                ("EH4", 93.0, "green"), ("EH5", 70.0, "red")]
    assert sorted(kpi_rows(_side_by_side_over_a_page(
        "| --- page, header not repeated --- |"), tmp_path)) == sorted(expected)
    # (with the header repeated, each page's table is split by its own header)
    assert sorted(kpi_rows(_side_by_side_over_a_page("| --- page --- |"), tmp_path)) == sorted(
        expected)


def test_regression_table_of_another_width_after_side_by_side_stays_whole() -> None:
    # guard: a table on the next page of another width is no continuation of the split one
    header = ["Ref", "Measure", "Q2", "RAG"]
    rows: list[Row] = [
        Row(1, [*header, *header], [], 1),
        Row(1, ["PL1", "Major applications", "71", "G", "EH1", "Food inspections", "97", "G"],
            [], 1),
        Row(2, ["Ref", "Measure", "Q2", "RAG", "Note"], [], 2),
    ]
    assert [(r.cells, r.table) for r in sides_apart(rows) if isinstance(r, Row)] == [
        (header, 1), (["PL1", "Major applications", "71", "G"], 1),
        (header, 3), (["EH1", "Food inspections", "97", "G"], 3),
        (["Ref", "Measure", "Q2", "RAG", "Note"], 2)]


def test_regression_rows_over_a_page_halve_about_a_gutter_read_there_as_a_column() -> None:
    # the next page's text may show the empty column between the halves where the first
    # page's did not: the row is halved about it all the same
    header = ["Ref", "Measure", "Q2", "RAG"]
    rows: list[Row] = [
        Row(1, [*header, *header], [], 1),
        Row(1, ["PL1", "Major applications", "71", "G", "EH1", "Food inspections", "97", "G"],
            [], 1),
        Row(2, ["PL2", "Appeals allowed", "41", "R", "", "EH2", "Fly-tips cleared", "96", "G"],
            [], 2),
    ]
    assert [(r.cells, r.table) for r in sides_apart(rows) if isinstance(r, Row)] == [
        (header, 1), (["PL1", "Major applications", "71", "G"], 1),
        (["PL2", "Appeals allowed", "41", "R"], 2),
        (header, 3), (["EH1", "Food inspections", "97", "G"], 3),
        (["EH2", "Fly-tips cleared", "96", "G"], 3)]

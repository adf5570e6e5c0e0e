"""Regression tests for the KPI misses of held-out round 25: a dashboard printed on its side
(measures as columns, months or quarters down the rows, then a Target and a Status row), in a
PDF and on a web page whose quarters run across a year end; a "Year end" column after the
year's last quarter; a column named with its unit in brackets ("October 2025 (mins)"); a
rating column of words under a word of its own ("Assessment": "On track" / "Not on track").
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import html_page, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.period_names import named_with_number
from kcc_papers.extract.kpis.periods import one_series
from kcc_papers.models import Kpi

KpiRow = tuple[str | None, float | None, str | None]


def _report(*table: str) -> str:
    return source_lines(
        "%% header Wealdmoor County Council",
        "!! Agenda Item 8",
        "## Corporate Performance Report - Quarter 3 2027/28",
        "Report to:\tCabinet",
        "Date of meeting:\t21 March 2028",
        "** 1. Recommendation",
        "1.1 That Cabinet notes the performance of the council plan's measures.",
        "** 2. Performance",
        *table,
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


def _page_kpis(html: str, tmp_path: Path) -> list[KpiRow]:
    """Every document's KPIs, whatever kind the classifier gives the small page (the reader
    is under test here, not the classifier)."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for ctx in contexts(path)
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


# ---------------------------------------------------------------- a dashboard on its side

SIDEWAYS = (
    "|% 16 21 21 21 21",
    "| Month | WM01 Households in bed and breakfast | WM02 Planning appeals allowed (%) "
    "| WM03 Fly-tips cleared within 2 days (%) | WM04 Days lost to sickness per FTE |",
    "| Jan 2027 (same month last year) | 61 | 31.0% | 88.0% | 9.8 |",
    "| Nov 2027 | 48 | 22.0% | 93.1% | 9.4 |",
    "| Dec 2027 | 52 | 27.5% | 94.6% | 9.6 |",
    "| Jan 2028 | 57 | 24.1% | n/a | 9.9 |",
    "| Target | 45 | 25.0% | 95.0% | 8.5 |",
    "| Q3 status | Red | Green | Amber | Red |",
)


def test_dashboard_on_its_side_read_a_measure_per_column(tmp_path: Path) -> None:
    """Before, a dashboard printed with its measures as columns and its months down the rows
    (a Target and a Status row under them) gave no KPI: a row was read as a measure. Turned
    to stand, each column is a measure, its latest month's figure the value (the month left
    blank, "n/a", the one before), the Status row its rating; last year's month is no
    value."""
    assert sorted(kpi_rows(_report(*SIDEWAYS), tmp_path)) == sorted([
        ("WM01 Households in bed and breakfast", 57.0, "red"),
        ("WM02 Planning appeals allowed (%)", 24.1, "green"),
        ("WM03 Fly-tips cleared within 2 days (%)", 94.6, "amber"),
        ("WM04 Days lost to sickness per FTE", 9.9, "red"),
    ])


def test_table_of_months_with_no_status_row_is_no_dashboard(tmp_path: Path) -> None:
    """Guard: the same table with no Status row rates nothing, and is no dashboard on its
    side."""
    unrated = tuple(row for row in SIDEWAYS if "status" not in row)
    assert kpi_rows(_report(*unrated), tmp_path) == []


QUARTERS_ACROSS = """<table>
<thead>
<tr><th rowspan="2">Quarter</th><th colspan="2">Housing</th><th colspan="1">Leisure</th></tr>
<tr><th>HO1 Homeless households prevented from losing their home</th>
<th>HO2 Tenant satisfaction with repairs (annual survey)</th>
<th>LE1 Visits to the council's leisure centres</th></tr>
</thead>
<tbody>
<tr><th>Q3 2026/27</th><td>61.0%</td><td>&ndash;</td><td>402,118</td></tr>
<tr><th>Q4 2026/27</th><td>63.5%</td><td>78.4%</td><td>389,540</td></tr>
<tr><th>Q1 2027/28</th><td>66.2%</td><td>&ndash;</td><td>421,903</td></tr>
<tr><th>Q2 2027/28</th><td>64.8%</td><td>&ndash;</td><td>433,210</td></tr>
</tbody>
<tbody>
<tr><th>Target 2027/28</th><td>65.0%</td><td>80.0%</td><td>400,000</td></tr>
<tr><th>Status</th><td>Amber</td><td>Amber</td><td>Green</td></tr>
</tbody>
</table>"""


def test_web_dashboard_on_its_side_quarters_across_a_year_end(tmp_path: Path) -> None:
    """Before, a web page's dashboard on its side (two header rows, the measures under their
    groups; quarters of two years down the rows) gave no KPI; and, turned, the quarters of
    the earlier year were read as last year's figures, so an annual measure reported in
    Q4 2026/27 had no value. Quarters each after the one before are one series: the latest
    filled is the value."""
    page = html_page("<h1>Council Plan performance: Quarter 2 2027/28</h1>", QUARTERS_ACROSS)
    assert sorted(_page_kpis(page, tmp_path)) == sorted([
        ("HO1 Homeless households prevented from losing their home", 64.8, "amber"),
        ("HO2 Tenant satisfaction with repairs (annual survey)", 78.4, "amber"),
        ("LE1 Visits to the council's leisure centres", 433210.0, "green"),
    ])


def test_periods_one_series_only_when_each_follows_the_last() -> None:
    """Guard: last year's outturn beside this year's quarters is no series (its figures stay
    last year's); consecutive quarters or months across a year end are one."""
    assert one_series(["Q3 2026/27", "Q4 2026/27", "Q1 2027/28", "Q2 2027/28"])
    assert one_series(["Nov 2027", "Dec 2027", "Jan 2028"])
    assert not one_series(["Q4 2025/26", "Q2 2026/27", "Q3 2026/27"])
    assert not one_series(["Q3 2026/27", "Q3 2027/28"])


# ---------------------------------------------------------------- a year end after Q4

def _year_end_table(last: str) -> tuple[str, ...]:
    return (
        "|% 9 43 12 12 12 12",
        f"| Ref | Measure | Target | Q4 | {last} | Status |",
        "| EH01 | Food premises inspected when due (%) | 95 | 91.4 | 93.2 | Amber |",
        "| EH02 | Licensed premises inspections (number) | 240 | 61 | 251 | Green |",
        "| EH03 | Stray dogs reunited with their owners (%) | 60 | 52.3 | 55.9 | Red |",
    )


def test_year_end_column_after_the_quarter_is_the_latest(tmp_path: Path) -> None:
    """Before, "Q4 | Year end" read the quarter's figure as the latest (61 inspections, rated
    green against 240): the year's figure printed after its quarters is the one the status
    rates."""
    assert sorted(kpi_rows(_report(*_year_end_table("Year end")), tmp_path)) == [
        ("EH01", 93.2, "amber"), ("EH02", 251.0, "green"), ("EH03", 55.9, "red")]


def test_forecast_after_the_quarter_is_no_latest(tmp_path: Path) -> None:
    """Guard: a forecast for the year after the quarter is no figure for it: the quarter's
    stays the latest."""
    assert sorted(kpi_rows(_report(*_year_end_table("Year end forecast")), tmp_path)) == [
        ("EH01", 91.4, "amber"), ("EH02", 61.0, "green"), ("EH03", 52.3, "red")]


# ---------------------------------------------------------------- a unit in brackets

def _standards(month: str) -> tuple[str, ...]:
    return (
        "|% 10 36 16 18 20",
        f"| Code | Standard | Target (mins) | {month} | RAG |",
        "| RT1 | Category 1 mean | 7.0 | 7.9 | Amber |",
        "| RT2 | Category 2 mean | 30.0 | 44.2 | Red |",
        "| RT3 | Category 1 90th centile | 15.0 | 13.8 | Green |",
    )


def test_month_column_named_with_its_unit_is_the_value(tmp_path: Path) -> None:
    """Before, "October 2025 (mins)" named no column (a month's heading ends with its year),
    so the response standards' table had no value column and gave no KPI: the column is
    known by its name without its bracketed unit."""
    assert sorted(kpi_rows(_report(*_standards("October 2025 (mins)")), tmp_path)) == [
        ("RT1", 7.9, "amber"), ("RT2", 44.2, "red"), ("RT3", 13.8, "green")]


def test_money_in_brackets_names_no_value_column(tmp_path: Path) -> None:
    """Guard: "Value (£)" is a contract's or a budget's heading, and money is no unit left
    aside: the table has no value column, and no KPI."""
    assert kpi_rows(_report(*_standards("Value (£)")), tmp_path) == []


# ---------------------------------------------------------------- a rating in words

def _metrics(ratings: tuple[str, str, str]) -> str:
    rows = [("Emergency admissions, 65+ (per 100,000)", "1,420", "1,388"),
            ("Average delay in discharge (days)", "1.6", "2.3"),
            ("Permanent admissions to care homes, 65+ (per 100,000)", "540", "611")]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{r}</td></tr>"
                   for (a, b, c), r in zip(rows, ratings, strict=True))
    return html_page(
        "<h1>Better Care Fund: quarter 2 report</h1>",
        "<p>The national metrics at quarter 2 are below.</p>",
        "<table><thead><tr><th>Metric</th><th>Plan 2025-26</th><th>Q2 actual</th>"
        f"<th>Assessment</th></tr></thead><tbody>{body}</tbody></table>")


def test_assessment_column_of_rating_words_rates_the_metrics(tmp_path: Path) -> None:
    """Before, "Metric | Plan 2025-26 | Q2 actual | Assessment" with "On track" and "Not on
    track" in the last column gave no KPI: no column was named as a rating. A column whose
    every cell is a rating's words is the rating column; "Not on track" is red."""
    page = _metrics(("On track", "Not on track", "Not on track"))
    assert sorted(_page_kpis(page, tmp_path)) == sorted([
        ("Emergency admissions, 65+ (per 100,000)", 1388.0, "green"),
        ("Average delay in discharge (days)", 2.3, "red"),
        ("Permanent admissions to care homes, 65+ (per 100,000)", 611.0, "red"),
    ])


def test_assessment_column_of_other_words_rates_nothing(tmp_path: Path) -> None:
    """Guard: a column of other words under the same heading is no rating column."""
    page = _metrics(("Improving", "Worsening", "Worsening"))
    assert _page_kpis(page, tmp_path) == []


# ---------------------------------------------------------------- a table of stages below

def _with_stages(heading: str) -> str:
    return _report(
        "|% 8 50 14 13 15",
        "| Code | Indicator | Q4 2027/28 | Target | Rating |",
        "| DM1 | Major planning applications decided within 13 weeks | 92.3% | 90.0% | Green |",
        "| DM2 | Minor planning applications decided within 8 weeks | 84.6% | 88.0% | Amber |",
        "** 5. Complaints",
        "5.1 Complaints received in the year, by service and stage (not rated).",
        f"| Service | {heading} | Stage 2 | Ombudsman |",
        "| Waste and street scene | 143 | 12 | 2 |",
        "| Revenues and benefits | 88 | 9 | 1 |",
    )


def test_table_of_stages_under_a_dashboard_is_no_more_of_it(tmp_path: Path) -> None:
    """Before, a complaints table under the dashboard, "Service | Stage 1 | Stage 2 |
    Ombudsman", was read on as the dashboard's rows ("Stage 1" taken for a figure): two
    false KPIs. A word and its number name a column."""
    assert sorted(kpi_rows(_with_stages("Stage 1"), tmp_path)) == [
        ("DM1", 92.3, "green"), ("DM2", 84.6, "amber")]


def test_code_with_number_still_a_figure() -> None:
    """Guard: a code and its number ("KPI 1", "PI 12") or a figure is no name of this kind."""
    assert named_with_number("Stage 1") and named_with_number("Phase 12")
    assert not named_with_number("KPI 1") and not named_with_number("87%")


# ---------------------------------------------------------------- a zebra table's blank rating

def _zebra_scorecard(last_rating: str) -> str:
    return _report(
        "|% 7 40 10 10 10 13 10",
        "|~ Ref | Measure | Q1 | Q2 | Q3 | Stat. neighbours | Rating |",
        "| CL1 | Care leavers in education, employment or training (%) | 52.4 | 53.9 | 54.8 "
        "| 55.6 | Amber |",
        "| CL2 | Care leavers in suitable accommodation (%) | 86.0 | 84.7 | 83.1 | 88.4 | Red |",
        "| CL3 | Care leavers in higher education (%) | 7.1 | 7.4 | 8.2 | 6.3 | Green |",
        "| CL4 | Care leavers with a personal adviser (%) | 97.0 | 96.1 | 98.3 | 95.0 | Green |",
        f"| CL5 | Unaccompanied asylum-seeking children in care (number) | 38 | 41 | 44 | - "
        f"| {last_rating} |",
    )


def test_zebra_last_row_blank_rating_is_unrated(tmp_path: Path) -> None:
    """Before, a zebra table's last row, shaded but for its blank rating cell, took the
    rating of the unshaded row above (the blank cell read as that cell merged down into it):
    the count CL5, unrated, was green. The text above stands wholly in its own row, and
    merges nothing down."""
    rows = dict((ref, (value, rag)) for ref, value, rag in
                kpi_rows(_zebra_scorecard(""), tmp_path))
    assert rows["CL5"] == (44.0, None)
    assert rows["CL4"] == (98.3, "green")


def test_zebra_last_row_rated_keeps_its_rating(tmp_path: Path) -> None:
    """Guard: the same row rated in its own cell keeps its rating."""
    rows = dict((ref, (value, rag)) for ref, value, rag in
                kpi_rows(_zebra_scorecard("Red"), tmp_path))
    assert rows["CL5"] == (44.0, "red")

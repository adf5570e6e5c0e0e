"""Regression tests for the KPI misses of held-out round 19: a web page's dashboard whose
"Target" and "Actual" each span a row of quarters below them; figures marked as provisional
("8.3*", "65.8% (p)"); national codes with a stroke or an ampersand ("PAM/001", "C&L1") in a
column the reader has no name for; a ratio of one to a figure ("1:8"); a benchmarking table
headed "Code | Indicator"; a quarter whose figure is "Data not available" after last year's
outturn; and a joint committee's "Budget / target" column. Small papers in other councils'
words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow, html_page, kpi_rows, pdf_kpis, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.columns import period_of
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import parse_value


def _html_kpis(page: str, tmp_path: Path) -> list[Kpi]:
    path = tmp_path / "report.html"
    path.write_text(page)
    return [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _rows(found: list[Kpi]) -> list[KpiRow]:
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for k in found]


# A ModernGov issue page: the quarterly targets and results under two spanning headings.
GROUPED_QUARTERS = html_page(
    '<h1 class="mgMainTitleTxt">Report to Cabinet</h1>',
    '<p class="mgSectionTitle">Meeting: Cabinet, Tuesday 14th March 2028 6.00 pm</p>',
    "<p><b>Report title:</b> Quarter 3 2027/28 Corporate Performance Report</p>",
    "<h2>1. Recommendation</h2>",
    "<p>1.1 That Cabinet notes performance for Quarter 3 2027/28.</p>",
    "<h2>2. Performance indicators</h2>",
    '<table border="1"><thead>'
    '<tr><th rowspan="2">Ref</th><th rowspan="2">Indicator</th><th colspan="4">Target</th>'
    '<th colspan="4">Actual</th><th rowspan="2">Status</th></tr>'
    "<tr><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th>"
    "<th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th></tr></thead><tbody>"
    "<tr><td>CS 1</td><td>Calls answered within 60 seconds (%)</td><td>85%</td><td>85%</td>"
    "<td>90%</td><td>90%</td><td>81%</td><td>86%</td><td>88%</td><td></td><td>Amber</td></tr>"
    "<tr><td>CS 2</td><td>Complaints answered within 10 days (%)</td><td>95%</td><td>95%</td>"
    "<td>95%</td><td>95%</td><td>96.1%</td><td>97.4%</td><td>tbc</td><td></td>"
    "<td>Green</td></tr>"
    "<tr><td>CS 3</td><td>Rent arrears as a share of the rent roll</td><td>3.0</td>"
    "<td>3.0</td><td>3.0</td><td>3.0</td><td>2.8</td><td>3.1</td><td>3.4</td><td></td>"
    "<td>Red</td></tr>"
    "</tbody></table>",
)


def test_first_quarter_read_as_latest_under_spanning_actual(tmp_path: Path) -> None:
    """Before, "Ref | Indicator | Target | Actual | Status" read as the header alone, its
    quarters' row below unread: each KPI's value was the first quarter's, not the last
    quarter with a figure (a later one blank or "tbc")."""
    found = _html_kpis(GROUPED_QUARTERS, tmp_path)
    assert _rows(found) == [("CS 1", 88.0, "amber"), ("CS 2", 97.4, "green"),
                            ("CS 3", 3.4, "red")]
    # the target is the latest quarter's, not the first's
    assert [k.target for k in found] == [90.0, 95.0, 3.0]


def test_period_named_after_a_value_word() -> None:
    assert period_of("Actual Q3") == "Q3"
    assert period_of("Result Quarter 2") == "Quarter 2"
    # guard: a forecast for a quarter is no figure for it
    assert period_of("Forecast Q4") is None
    assert period_of("Actual") is None


# A Welsh council's national measures: codes with a stroke under a heading that names the set.
def _national_measures(value: str) -> str:
    return source_lines(
        "Report to:\tGovernance and Audit Committee",
        "Date of meeting:\t20th March 2028",
        "Report of:\tHead of Policy and Performance",
        "## NATIONAL MEASURES: QUARTER 3 PERFORMANCE REPORT 2027/28",
        "** 1. Recommendation",
        "1.1 That the Committee notes performance against the national measures.",
        "Values marked * are provisional; (p) marks a part-year figure.",
        "|% 10 40 10 10 10 10 10",
        "|# NM | Measure | Q3 2026/27 | Target 2027/28 | Q3 2027/28 | Trend | RAG |",
        f"| NM/004 | Days lost to sickness per employee | 7.9 | 7.5 | {value} | Worse | Red |",
        "| NM/011 | Homelessness prevented (%) | 61.0% | 65.0% | 66.4% (p) | Better | Green |",
        "| NM/016 | Fly-tipping cleared in 5 working days (%) | 95.2% | 95.0% | 97.1% | Better "
        "| Green |",
    )


def test_provisional_marks_left_figures_unread(tmp_path: Path) -> None:
    """Before, "8.3*" and "66.4% (p)" were no figures: the KPIs had no value."""
    rows = kpi_rows(_national_measures("8.3*"), tmp_path)
    assert [(r[1], r[2]) for r in rows] == [(8.3, "red"), (66.4, "green"), (97.1, "green")]


def test_codes_with_a_stroke_lost_their_refs(tmp_path: Path) -> None:
    """Before, "NM/004" fitted no code's shape: the column headed by the set's letters was
    no ref column and every KPI went without its ref."""
    assert kpi_rows(_national_measures("8.3"), tmp_path) == [
        ("NM/004", 8.3, "red"), ("NM/011", 66.4, "green"), ("NM/016", 97.1, "green")]


def test_figure_marks_and_guards() -> None:
    assert parse_value("571 (p)").value == 571.0
    assert parse_value("82%*").value == 82.0
    # guard: a figure in brackets is still a negative one, a letter alone is no figure
    assert parse_value("(1,200)").value == -1200.0
    assert parse_value("(p)").value is None
    placeholder = parse_value("Data not available")
    assert placeholder.value is None and placeholder.placeholder == "not available"


# A Scottish council's benchmarking appendix: codes, three years, the national average, rank.
BENCHMARKING = source_lines(
    "Report to:\tFinance and Resources Committee",
    "Date of meeting:\t2nd March 2027",
    "Report by:\tChief Executive",
    "## LOCAL GOVERNMENT BENCHMARKING FRAMEWORK 2025/26",
    "** 1. Recommendation",
    "1.1 It is recommended that the Committee notes the Council's benchmarking results.",
    "--- page landscape ---",
    "** Appendix 1: Benchmarking indicators 2023/24 to 2025/26",
    "|% 9 37 10 10 10 10 7 8",
    "|# Code | Indicator | 2023/24 | 2024/25 | 2025/26 | Scotland 2025/26 | Rank | Status |",
    "| CHN3 | Cost per secondary school pupil (£) | £8,104 | £8,386 | £8,612 | £8,840 | 11 "
    "| Green |",
    "| CHN21 | Early learning: ratio of qualified staff to children | 1:9 | 1:8 | 1:7 | 1:8 "
    "| 16 | Green |",
    "| C&L3 | Cost per museum visit (£) | £3.12 | £2.98 | £3.05 | £2.71 | 20 | Amber |",
)


def test_code_indicator_table_page_unread(tmp_path: Path) -> None:
    """Before, a page headed "Code | Indicator | <years> | Rank | Status" was not taken for a
    KPI page (two column words only), its table never read; "1:7" was no figure and "C&L3" no
    code."""
    assert kpi_rows(BENCHMARKING, tmp_path) == [
        ("CHN3", 8612.0, "green"), ("CHN21", 7.0, "green"), ("C&L3", 3.05, "amber")]


# A county's dashboard: last year's outturn, this year's target, then this year's quarters.
def _quarters(first: str) -> str:
    return source_lines(
        "Report to:\tCabinet",
        "Date of meeting:\t16th November 2027",
        "## QUARTER 2 PERFORMANCE REPORT 2027/28",
        "** 1. Recommendation",
        "1.1 That Cabinet notes performance at Quarter 2.",
        "|% 7 34 11 11 9 9 9 9 8",
        "|# Ref | Measure | 2026/27 outturn | Target 2027/28 | Q1 | Q2 | Q3 | Q4 | RAG |",
        "| HW01 | Highway defects made safe within 24 hours (%) | 91.0% | 95.0% | 93.2% | 96.1% "
        "| tbc | tbc | Green |",
        f"| HW02 | Carbon emissions from street lighting (tCO2e) | 4,210 | 3,900 | {first} "
        "| | | | - |",
    )


def test_missing_quarter_read_as_last_years_outturn(tmp_path: Path) -> None:
    """Before, a KPI with no quarter reported yet, its first quarter saying "Data not
    available", took the outturn of last year printed before the quarters as its latest."""
    assert kpi_rows(_quarters("Data not available"), tmp_path) == [
        ("HW01", 96.1, "green"), ("HW02", None, None)]


def test_quarters_after_an_outturn_read_where_reported(tmp_path: Path) -> None:
    """Guard: a quarter reported is the value, whatever the outturn beside it."""
    assert kpi_rows(_quarters("4,020"), tmp_path) == [("HW01", 96.1, "green"),
                                                       ("HW02", 4020.0, None)]


def test_annual_measure_keeps_its_outturn_under_not_applicable_quarters(tmp_path: Path) -> None:
    """Guard: "n/a" under every quarter is a measure taken once a year, rated on its
    outturn: the outturn stays its latest figure."""
    source = _quarters("n/a").replace("| | | | - |", "| n/a | n/a | n/a | Amber |")
    assert kpi_rows(source, tmp_path) == [("HW01", 96.1, "green"), ("HW02", 4210.0, "amber")]


# A joint committee's dashboard: its activity measured against the budget's assumption.
BUDGET_TARGET = source_lines(
    "Report to:\tJoint Cemeteries Committee",
    "Date of meeting:\t8th June 2027",
    "## CEMETERIES PERFORMANCE AND OUTTURN 2026/27",
    "** 1. Recommendation",
    "1.1 That the Joint Committee notes the outturn for 2026/27.",
    "|% 10 46 16 16 12",
    "| Ref | Measure | Budget / target 2026/27 | Actual 2026/27 | RAG |",
    "| CM01 | Burials carried out (number) | 640 | 612 | {ding#ffc000} |",
    "| CM02 | Memorial safety inspections done (%) | 95% | 97.5% | {ding#00b050} |",
    "Key: green - on or better than budget/target; amber - within 10% of it; red - more than "
    "10% adrift.",
)


def test_budget_target_column_read_as_a_budget_table(tmp_path: Path) -> None:
    """Before, a column headed "Budget / target" made the table a budget monitor's: no row
    read."""
    assert kpi_rows(BUDGET_TARGET, tmp_path) == [("CM01", 612.0, "amber"),
                                                 ("CM02", 97.5, "green")]


def test_a_budget_column_still_makes_a_budget_table() -> None:
    """Guard: "Budget (£000) | Actual | RAG" is a budget monitor's."""
    assert read_header(["Ref", "Service", "Budget (£000)", "Actual (£000)", "RAG"]) is None


def test_kpis_of_other_papers_unchanged(tmp_path: Path) -> None:
    """Guard: a plain dashboard reads as before."""
    source = _quarters("4,020").replace("2026/27 outturn", "Baseline")
    assert [k.ref for k in pdf_kpis(source, tmp_path)] == ["HW01", "HW02"]

"""Regression tests for the KPI misses of held-out round 23 outside the card grids: a Better
Care Fund return's metrics for the year so far ("Metric | Plan 2026/27 (YTD) | Actual Q2 (YTD) |
Q1 actual | Assessment of progress"), the plan the target and the earlier quarter printed after
the latest; a treasury strategy's prudential indicators whose status says each figure is
"Within limit"; a pension board's table of cases closed by a row of totals. Small papers in
other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Kpi


def _return(plan_heading: str) -> str:
    return source_lines(
        "## NORTHFOLD HEALTH AND WELLBEING BOARD",
        "From:\tDirector of Adult Services",
        "To:\tNorthfold Health and Wellbeing Board - 10th December 2026",
        "Subject:\tBetter Care Fund Quarter 2 2026/27 Performance Report",
        "** Recommendation",
        "The Board is asked to NOTE performance against the national metrics at quarter 2.",
        "** Appendix 1: national metrics, quarter 2 2026/27 (year to date)",
        f"|# Metric | {plan_heading} | Actual Q2 (YTD) | Q1 actual | Assessment of progress |",
        "| Avoidable admissions (rate per 100,000) | 180.0 | 176.4 | 178.0 "
        "| {dot#00b050}On track to meet target |",
        "| Discharge to usual place of residence (%) | 92.5 | 90.8 | 91.2 "
        "| {dot#c00000}Not on track to meet target |",
        "| Older people at home 91 days after reablement (%) | 83.0 | 84.1 | 83.6 "
        "| {dot#00b050}On track to meet target |",
        "Source: SALT return and local data.",
    )


def test_return_plan_and_actual_so_far_read_as_target_and_latest(tmp_path: Path) -> None:
    """Before, "Plan 2026/27 (YTD)" and "Actual Q2 (YTD)" were both figures of the year so
    far and "Q1 actual" the latest: no target, so the table was read as activity, and no
    metric was a KPI."""
    assert kpi_rows(_return("Plan 2026/27 (YTD)"), tmp_path) == [
        ("Avoidable admissions (rate per 100,000)", 176.4, "green"),
        ("Discharge to usual place of residence (%)", 90.8, "red"),
        ("Older people at home 91 days after reablement (%)", 84.1, "green")]


def test_earlier_quarter_beside_the_year_so_far_read_as_previous() -> None:
    """The quarter before the year-to-date actual's is its previous figure; a later quarter's
    column (a latest beside an older year so far) stays the latest."""
    header = read_header(["Metric", "Plan 2026/27 (YTD)", "Actual Q2 (YTD)", "Q1 actual",
                          "Status"])
    assert header is not None
    assert header.roles == ["description", "target", "latest", "previous", "rag"]
    header = read_header(["Metric", "Target", "YTD Q2", "Q3", "Status"])
    assert header is not None and header.roles[2:4] == ["ytd", "latest"]


def test_plan_with_words_after_it_names_no_target() -> None:
    """Guard: only "Plan" and its period is the plan's figure: "Planned spend (YTD)" is no
    target of the measure."""
    header = read_header(["Metric", "Planned spend (YTD)", "Actual Q2", "Status"])
    assert header is None or header.roles[1] != "target"


def _prudential(statuses: tuple[str, str, str]) -> str:
    return source_lines(
        "## EASTLEIGH VALE COUNCIL",
        "** Report to Audit Committee - 14/01/2027",
        "Subject:\tTreasury Management Strategy Statement 2027/28",
        "** 1. Recommendations",
        "1.1 That the Committee recommends the strategy to Council.",
        "** 2. Prudential indicators",
        "|# Indicator | 2025/26 actual | 2026/27 forecast | 2027/28 estimate | Status |",
        f"| Capital expenditure (£m) | 71.2 | 88.0 | 94.5 | {{#c6efce}}{statuses[0]} |",
        f"| Operational boundary (£m) | 410.0 | 430.0 | 455.0 | {{#c6efce}}{statuses[1]} |",
        f"| Financing costs to net revenue (%) | 6.1 | 6.9 | 7.7 | {{#ffeb9c}}{statuses[2]} |",
        "** 3. Risk implications",
        "3.1 None beyond those set out in the strategy.",
    )


def test_status_within_limit_table_unread_as_kpis(tmp_path: Path) -> None:
    """Before, "Within limit" was read as a status of amber ("within" tolerance) and each
    prudential indicator as a KPI rated amber."""
    assert kpi_rows(_prudential(("Within limit", "Within limit", "Monitor")), tmp_path) == []


def test_rated_table_in_a_treasury_report_still_read(tmp_path: Path) -> None:
    """Guard: the same table rated Green and Amber is read as before."""
    assert kpi_rows(_prudential(("Green", "Green", "Amber")), tmp_path) == [
        ("Capital expenditure (£m)", 88.0, "green"),
        ("Operational boundary (£m)", 430.0, "green"),
        ("Financing costs to net revenue (%)", 6.9, "amber")]


def _cases(total_tail: str) -> str:
    return "\n".join([
        "NORTHMERE PENSION FUND - LOCAL PENSION BOARD - 12TH JANUARY 2028",
        "",
        "ADMINISTRATION PERFORMANCE REPORT - QUARTER 3 2027/28",
        "",
        "1. RECOMMENDATION",
        "",
        "1.1 That the Board notes the administration performance for quarter 3.",
        "",
        "2. PERFORMANCE",
        "",
        "    Ref   Case type                   Completed  % within SLA  Target  RAG",
        "    ----  --------------------------  ---------  ------------  ------  -----",
        "    PA1   Retirement quotes                 312         95.2%     95%   Green",
        "    PA2   Death grants paid                  88         84.1%     95%   Red",
        "    PA3   Transfers out                     140         88.6%     90%   Amber",
        "    ----  --------------------------  ---------  ------------  ------  -----",
        f"          All cases                         540         {total_tail}",
        "",
        "2.1 Two of the three measures improved on quarter 2.",
        "",
    ])


def _text_rows(text: str, tmp_path: Path) -> list[KpiRow]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    found = [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
             for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for k in found]


def test_closing_total_row_unread_as_a_kpi(tmp_path: Path) -> None:
    """Before, the table's closing "All cases" row, with no ref, target or rating, was read
    as a KPI of its own."""
    assert _text_rows(_cases("91.5%"), tmp_path) == [
        ("PA1", 95.2, "green"), ("PA2", 84.1, "red"), ("PA3", 88.6, "amber")]


def test_closing_row_with_a_target_and_rating_stays_a_kpi(tmp_path: Path) -> None:
    """Guard: a last row printing its own target and rating is a measure, ref or none."""
    assert _text_rows(_cases("91.5%     90%   Green"), tmp_path) == [
        ("PA1", 95.2, "green"), ("PA2", 84.1, "red"), ("PA3", 88.6, "amber"),
        ("All cases", 91.5, "green")]

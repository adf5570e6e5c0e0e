"""Regression tests for the KPI misses of held-out round 17: public health indicators whose
own figure is printed under the area's name beside England's, on a rotated page; a KPI table
whose figures are headed by the date they run to ("To 31 Oct", an internal audit progress
report's and an Irish council's NOAC indicators); a table of another kind after a dashboard
whose headings hold a number ("Priority 1 actions"); and a compliance dashboard naming each
row by its area, rated by fill colour alone. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import kpi_rows, pdf_kpis
from kcc_papers.extract.kpis.header import read_header

HEAD = """\
## Ashcombe Borough Council
!! Adult Social Care and Health Overview and Scrutiny Committee
** Quarterly Performance Report - Quarter 2 2027/28
Report to:	Adult Social Care and Health Overview and Scrutiny Committee, 9 December 2027
Report by:	Head of Performance and Intelligence
** 1. Purpose
1.1 This report sets out the performance indicators at the end of September 2027.
"""

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"

BESIDE_ENGLAND = HEAD + f"""\
--- page rotated ---
** Appendix A: Outcomes indicators
|# Code | Indicator | Period | @area@ | England | Target | RAG |
| OF1 | Adults smoking (%) | 2026 | 13.2 | 11.6 | 12.0 | {{{RED}}}Red |
| OF2 | Physically active adults (%) | 2026/27 | 66.1 | 67.3 | 66.0 | {{{GREEN}}}Green |
| OF3 | Under 75 cancer mortality (per 100,000) | 2024-26 | 128.4 | 121.6 | 125.0 | {{{AMBER}}}Amber |
--- page ---
** 2. Commentary
2.1 One indicator is rated red.
"""  # noqa: E501


def test_regression_value_under_the_areas_own_name_beside_england_unread(
        tmp_path: Path) -> None:
    """Indicators shown with the area's own figure under its own name ("Ashcombe"), England's
    beside it, a target and a RAG in words on coloured cells, on a rotated page. Before, the
    table named no value column ("Ashcombe" names no role) and was no dashboard: no KPI."""
    kpis = pdf_kpis(BESIDE_ENGLAND.replace("@area@", "Ashcombe"), tmp_path)
    assert [(k.ref, k.latest_value, k.latest_rag, k.target) for k in kpis] == [
        ("OF1", 13.2, "red", 12.0), ("OF2", 66.1, "green", 66.0),
        ("OF3", 128.4, "amber", 125.0)]
    # the "Period" column gives each row's period
    assert [k.period for k in kpis] == ["2026", "2026/27", "2024-26"]


def test_regression_own_figure_beside_england_unread_with_no_ref_column(tmp_path: Path) -> None:
    """The same table with no code column: the row below the header is read for the own
    figure all the same (a comparator's header is read with the row below it)."""
    source = HEAD + f"""\
** Appendix A: Outcomes indicators
|# Indicator | Ashcombe | England | Target | RAG |
| Adults smoking (%) | 13.2 | 11.6 | 12.0 | {{{RED}}}Red |
| Physically active adults (%) | 66.1 | 67.3 | 66.0 | {{{GREEN}}}Green |
| Under 75 cancer mortality (per 100,000) | 128.4 | 121.6 | 125.0 | {{{AMBER}}}Amber |
"""
    kpis = pdf_kpis(source, tmp_path)
    assert [(k.description, k.latest_value, k.latest_rag) for k in kpis] == [
        ("Adults smoking (%)", 13.2, "red"), ("Physically active adults (%)", 66.1, "green"),
        ("Under 75 cancer mortality (per 100,000)", 128.4, "amber")]


def test_a_comparator_of_money_names_no_own_figure() -> None:
    """A budget's comparator ("Benchmark cost (£000)") sets spend beside spend: its unnamed
    column of figures is no indicator's value."""
    cells = ["Code", "Service", "Ashcombe", "Benchmark cost (£000)", "Target", "RAG"]
    below = ["B1", "Home care packages", "4,210", "3,980", "4,000", "Red"]
    assert read_header(cells, below) is None


def test_an_own_figure_is_looked_for_left_of_the_comparator_only() -> None:
    """The column after the comparator is no own figure: a table of figures naming no value
    column left of England's is no dashboard."""
    cells = ["Code", "Indicator", "England", "Ashcombe", "RAG"]
    below = ["OF1", "Adults smoking (%)", "11.6", "13.2", "Red"]
    assert read_header(cells, below) is None


TO_A_DATE = HEAD + """\
** 2. Internal audit performance
{table}Ref | Internal audit performance measure | Target | {heading} | RAG |
| IA1 | Audit plan delivered to draft report (%) | 50% | 46% | Amber |
| IA2 | Client satisfaction with audits (%) | 90% | 96% | Green |
| IA3 | Agreed actions implemented on time (%) | 95% | 71% | Red |
"""


@pytest.mark.parametrize(("table", "heading"), [
    ("|# ", "To 30 Sep"), ("|~ ", "Up to 30 September"), ("|# ", "To 30th Sept 2027")])
def test_regression_figures_headed_by_the_date_they_run_to_unread(
        tmp_path: Path, table: str, heading: str) -> None:
    """A KPI table heading its figures by the date they run to ("To 31 Oct", as an internal
    audit progress report and an Irish council's NOAC indicators print it) names its value
    column. Before, the heading named no role and the table was no dashboard: no KPI."""
    source = TO_A_DATE.format(table=table, heading=heading)
    assert kpi_rows(source, tmp_path) == [
        ("IA1", 46.0, "amber"), ("IA2", 96.0, "green"), ("IA3", 71.0, "red")]


def test_regression_table_after_a_dashboard_read_as_its_rows(tmp_path: Path) -> None:
    """A table of another kind after a dashboard, whose headings hold a number among their
    words ("Priority 1 actions"), names columns of its own. Before, a digit in a heading made
    it a row of the dashboard carried on, and its rows were read as KPIs ("Payroll" 2)."""
    source = TO_A_DATE.format(table="|# ", heading="To 30 Sep") + """\
** 3. Audits completed
|# Audit | Opinion | Priority 1 actions | Priority 2 actions |
| Payroll | Reasonable | 2 | 3 |
| Pension Fund Investments | Substantial | 0 | 1 |
"""
    assert kpi_rows(source, tmp_path) == [
        ("IA1", 46.0, "amber"), ("IA2", 96.0, "green"), ("IA3", 71.0, "red")]


COMPLIANCE = HEAD + f"""\
--- page landscape ---
** Appendix B: Building safety compliance at 30 September 2027
RAG: green = fully compliant; amber = 97% to 99.99%; red = below 97%.
|# @area@ | Measure | Homes or blocks | Compliant | Q1 Compliant % | Q2 Compliant % | RAG |
| Gas | Gas safety records in date | 6,204 | 6,199 | 99.95% | 99.92% | {{{AMBER}}} |
| Fire safety | Fire risk assessments in date | 148 | 148 | 100.00% | 100.00% | {{{GREEN}}} |
| Electrical | Electrical inspections within 5 years | 6,930 | 6,601 | 94.02% | 95.25% | {{{RED}}} |
"""


def test_regression_area_naming_a_compliance_dashboards_rows_lost(tmp_path: Path) -> None:
    """A compliance dashboard naming each row by its area ("Area | Measure"), rated by the
    fill of an empty cell alone: the area is the name the dashboard knows the row by, its
    ref. Before, the area column named no role and the rows kept their measure alone."""
    kpis = pdf_kpis(COMPLIANCE.replace("@area@", "Area"), tmp_path)
    assert [(k.ref, k.description, k.latest_value, k.latest_rag) for k in kpis] == [
        ("Gas", "Gas safety records in date", 99.92, "amber"),
        ("Fire safety", "Fire risk assessments in date", 100.0, "green"),
        ("Electrical", "Electrical inspections within 5 years", 95.25, "red")]


def test_a_column_of_another_name_left_of_the_measure_is_no_ref(tmp_path: Path) -> None:
    """A column naming no subject ("Landlord") left of the measure is not its ref."""
    kpis = pdf_kpis(COMPLIANCE.replace("@area@", "Landlord"), tmp_path)
    assert [k.ref for k in kpis] == [None, None, None]

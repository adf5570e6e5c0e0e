"""Regression tests for the KPI misses of held-out round 17: a KPI table whose figures are
headed by the date they run to ("To 31 Oct", an internal audit progress report's and an Irish
council's NOAC indicators), and a table of another kind after a dashboard whose headings hold a
number ("Priority 1 actions"). Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import kpi_rows

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

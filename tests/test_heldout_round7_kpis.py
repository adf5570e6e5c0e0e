"""Regression tests for the KPI misses of held-out round 7's blind batch (G) on its first run:
each named after the bug, on a small paper in the layout that showed it, with guards of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi
from kcc_papers.segment import classify

Row = tuple[str | None, float | None, str | None]


def _kpis(text: str, tmp_path: Path, kind: str | None = "performance_report") -> list[Row]:
    (ctx,) = text_contexts(text, kind, tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


def _kinds(text: str, tmp_path: Path) -> list[str]:
    return [ctx.segment.kind for ctx in text_contexts(text, None, tmp_path)]


# Batch G's papers whose KPIs this part fixed.
KPI_PAPERS = {
    "r7g_asc_scrutiny_monthly_kpis.pdfsrc",
    "r7g_housing_committee_kpis_wrapped.txt",
    "r7g_hwb_outcomes_kpis_spaces.txt",
    "r7g_london_childrens_scrutiny_fill_kpis.pdfsrc",
    "r7g_national_park_kpis_two_row_header.txt",
    "r7g_police_crime_panel_kpis.pdfsrc",
    "r7g_corporate_parenting_quarters_tabs.txt",
}


# ------------------------------------------------------------- a paper classed by its KPI table

STRATEGY_OUTCOMES = """STOWFORD COUNCIL

HEALTH AND WELLBEING BOARD

Thursday 19 March 2026

Joint Health and Wellbeing Strategy: Outcomes Framework Update

Report of the Director of Public Health

1. PURPOSE

1.1  To update the Board on the indicators of the strategy.

2. RECOMMENDATION

2.1  That the Board notes the progress against the outcomes framework.

Ref    Indicator                         Baseline  Latest   Target  RAG
HW01   Smoking prevalence in adults (%)  13.1      11.8     11.0    A
HW02   Physically active adults (%)      62.0      65.2     65.0    G
"""

PLAIN_TITLE_MEASURES = """London Borough of Eastholm

Children and Young People Scrutiny Sub-Committee

Monday 23 February 2026

Children's Social Care - Quarter 3 2025/26

1. Key measures

Ref\tMeasure\tQ3 2025/26\tTarget\tStatus
CSC-01\tRe-referrals within 12 months (%)\t18.9\t20.0\tGreen
CSC-02\tSingle assessments done in 45 working days (%)\t79.8\t85.0\tRed
"""


def test_regression_report_whose_body_is_a_kpi_table_was_classed_report(tmp_path):
    # Its title names a strategy, not performance: the KPI table under it went unread.
    assert _kinds(STRATEGY_OUTCOMES, tmp_path) == ["performance_report"]
    assert _kpis(STRATEGY_OUTCOMES, tmp_path, None) == [("HW01", 11.8, "amber"),
                                                        ("HW02", 65.2, "green")]


def test_regression_kpi_table_under_a_plain_title_was_classed_other(tmp_path):
    # Few report words and no "performance report" title: only the table says what it is.
    assert _kinds(PLAIN_TITLE_MEASURES, tmp_path) == ["performance_report"]


def test_a_register_or_budget_table_does_not_make_a_performance_report():
    register = ("Audit Committee - 3 March 2026\nReport of the Head of Audit\n"
                "Recommendation: That the Committee notes the register.\n"
                "Ref  Risk  Owner  Likelihood  Impact  Current score  Target score  Status\n")
    budget = ("Cabinet - 3 March 2026\nReport of the Treasurer\n"
              "Recommendation: That Cabinet notes the forecast.\n"
              "Ref  Description  Budget  Actual  Variance\n")
    prose = ("Cabinet - 3 March 2026\nReport of the Treasurer\n"
             "Recommendation: That Cabinet notes the forecast.\n"
             "The measure of the target for Q3 was set by the Cabinet last year and is reported"
             " here.\n")
    assert classify(register) != "performance_report"
    assert classify(budget) == "report"
    assert classify(prose) == "report"

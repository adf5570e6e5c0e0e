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


# ------------------------------------------------------------------- the ref column's names

NUMBERED_MEASURES = """Hartside County Council

Adult Social Care Scrutiny Committee - 11 March 2026

Adult Social Care Performance Report

No.\tMeasure\tDec\tJan\tTarget\tStatus
ASC 1\tRequests resolved at first contact (%)\t63.1\t66.8\t65.0\tOn track
ASC 2\tPeople waiting for an assessment\t845\t861\t700\tOff track
"""

PI_CODES = """Keston District Council

Housing Committee - 16 March 2026

Housing Performance Report

PI code\tPerformance indicator\tTarget\tQ3\tStatus
HSG 01\tRent collected as a percentage of rent due (%)\t98.5\t98.7\tOn target
HSG 02\tAverage days to re-let general needs homes\t30\t33\tBelow target
"""

UNNAMED_CODES = """North Dales National Park Authority

Performance Committee - 27 February 2026

Corporate Performance Report

\tIndicator\tTarget\tActual\tStatus
ND01\tPlanning applications determined within 8 weeks (%)\t80\t84\tAchieved
ND02\tVisitor centre income (GBP thousands)\t640\t598\tNot achieved
"""


def test_regression_a_ref_column_headed_no_or_pi_code_gave_kpis_without_refs(tmp_path):
    assert _kpis(NUMBERED_MEASURES, tmp_path) == [("ASC 1", 66.8, "green"),
                                                  ("ASC 2", 861.0, "red")]
    assert _kpis(PI_CODES, tmp_path) == [("HSG 01", 98.7, "green"), ("HSG 02", 33.0, "red")]


def test_regression_codes_under_an_unnamed_column_were_not_the_refs(tmp_path):
    assert _kpis(UNNAMED_CODES, tmp_path) == [("ND01", 84.0, "green"), ("ND02", 598.0, "red")]


def test_a_count_column_or_a_word_ending_in_code_names_no_ref():
    from kcc_papers.extract.kpis.grid import role_of

    assert [role_of(c) for c in ("No.", "PI code", "Indicator no.", "Measure ID", "Ref")] == [
        "ref"] * 5
    assert role_of("No. of cases") is None
    assert role_of("Postcode") is None

"""Regression tests for the KPI misses of held-out round 7's blind batch (G) on its first run:
each named after the bug, on a small paper in the layout that showed it, with guards of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import heldout_accuracy
from kcc_papers.classify import classify
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi

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


def test_the_blind_batch_g_kpi_papers_read_every_kpi_and_are_classed_by_their_table():
    _, per_file = heldout_accuracy.evaluate(KPI_PAPERS)
    misses = {(name, c): (s.fp, s.fn) for name, scores in per_file.items()
              for c, s in scores.items() if c in ("kpis", "kind+date") and (s.fp or s.fn)}
    assert set(per_file) == KPI_PAPERS and not misses, misses


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
    from kcc_papers.extract.kpis.columns import role_of

    assert [role_of(c) for c in ("No.", "PI code", "Indicator no.", "Measure ID", "Ref")] == [
        "ref"] * 5
    assert role_of("No. of cases") is None
    assert role_of("Postcode") is None


def _pdf_kpis(source: str, tmp_path: Path) -> list[Row]:
    """The KPIs of a small paper written in the held-out set's markup, rendered to a PDF."""
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(pdf, "performance_report")
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


# --------------------------------------------------- a rolling year's columns and a coloured key

ROLLING_YEAR = """Merefield Police and Crime Panel

Tuesday 10 February 2026

Police and Crime Plan: Performance Report

3.1 Assessment: Improving (green) - the measure is moving in the direction the Plan seeks and is
at or better than the aim; Stable (amber) - within 2% of the previous year; Declining (red) -
moving away from the aim.

Measure\tDescription\t12 months to Dec 2024\t12 months to Dec 2025\tChange\tPlan aim\tAssessment
PCP1\tNeighbourhood crime (offences)\t8,914\t8,203\t-8.0%\tReduce\tImproving
PCP2\tViolence with injury (offences)\t4,102\t4,166\t+1.6%\tReduce\tStable
PCP4\tVictims satisfied with the service received (%)\t71.0\t66.5\t-4.5 pts\tIncrease\tDeclining
"""


def test_regression_rolling_twelve_months_columns_rated_by_a_coloured_key_gave_no_kpis(tmp_path):
    # "12 months to Dec 2025" named no value column and "Plan aim" no target, so the header was
    # no KPI table's; the key's "Improving (green)" (wrapped over lines) rated nothing.
    assert _kpis(ROLLING_YEAR, tmp_path) == [("PCP1", 8203.0, "green"), ("PCP2", 4166.0, "amber"),
                                             ("PCP4", 66.5, "red")]


def test_a_colour_in_brackets_inside_a_sentence_is_no_key():
    from kcc_papers.extract.kpis.status import status_key

    assert status_key(["Two were rated red (red) and one amber (amber) this quarter"]) == {}
    assert status_key(["Key: Achieved (green) - on target; Close (amber) - within 10%; "
                       "Not achieved (red) - further"]) == {
        "achieved": "green", "close": "amber", "not achieved": "red"}


# --------------------------------------------- a two-row header whose sub-heading names a period

GROUPED_WITH_PERIOD = """NORTH MOORS NATIONAL PARK AUTHORITY

Performance Committee - 27 February 2026

Corporate Performance Indicators: April to December 2025

\tIndicator\t2024/25\t2025/26
\t\tOutturn\tAnnual target\tActual to Q3\tStatus
NM01\tPlanning applications determined within 8 weeks (%)\t78\t80\t84\tAchieved
NM02\tVisitor centre income (GBP thousands)\t612\t640\t598\tClose
NM03\tRights of way open and easy to use (%)\t71\t75\t66\tNot achieved

Status: Achieved (green) - on or better than target; Close (amber) - within 10% of target;
Not achieved (red) - more than 10% short of target.
"""


def test_regression_two_row_header_with_actual_to_q3_under_its_year_gave_no_kpis(tmp_path):
    # "Actual to Q3" holds a digit, so the second row was not read as sub-headings; the last
    # year's outturn is never the latest value.
    assert _kpis(GROUPED_WITH_PERIOD, tmp_path) == [
        ("NM01", 84.0, "green"), ("NM02", 598.0, "amber"), ("NM03", 66.0, "red")]


def test_a_row_of_codes_and_figures_is_no_sub_heading_row():
    from kcc_papers.normalise.headings import grouped_headings

    assert grouped_headings(["", "Q3 2025/26"], ["Actual to Q3", "2025/26"]) is not None
    assert grouped_headings(["Ref", "Indicator"], ["SR1", "Fire safety"]) is None
    assert grouped_headings(["", "2025/26"], ["84", "80"]) is None


# ----------------------------------------------------- a rating given by the cell's fill alone

FILL_ONLY = """## London Borough of Fernvale
** Children and Young People Scrutiny Sub-Committee
** Monday 23 February 2026
** Children's Social Care - Quarter 3 2025/26
| Ref | Measure | Polarity | SN average | 2024/25 outturn | Q3 2025/26 | Target | Against target |
| CSC-01 | Re-referrals (%) | Smaller is better | 19.8 | 21.5 | 18.9 | 20.0 | {#00b050} |
| CSC-02 | Assessments in 45 days (%) | Bigger is better | 87.0 | 82.4 | 79.8 | 85.0 | {#ff0000} |
| CSC-03 | Repeat protection plans (%) | Smaller is better | 22.1 | 24.0 | 23.2 | 22.0 | {#ffc000} |
Key to the final column: green - target met; amber - within 5% of target; red - further.
"""


def test_regression_rating_by_fill_alone_was_read_from_the_polarity_column(tmp_path):
    # "Smaller is better" read as a status ("better": green) made Polarity the RAG column, and
    # the empty filled cells under "Against target" were never looked at.
    assert _pdf_kpis(FILL_ONLY, tmp_path) == [("CSC-01", 18.9, "green"), ("CSC-02", 79.8, "red"),
                                              ("CSC-03", 23.2, "amber")]


def test_a_polarity_column_names_no_rating():
    from kcc_papers.extract.kpis.columns import role_of

    assert [role_of(c) for c in ("Polarity", "Good is", "Against target")] == [
        "polarity", "polarity", "target"]


# ------------------------------------------------ a two-row grouped header in a table in spaces

GROUPED_IN_SPACES = """NORTH FELLS NATIONAL PARK AUTHORITY

Performance and Resources Committee - 27 February 2026

Corporate Performance Indicators: April to December 2025

Ref   Indicator                                 2024/25    2025/26
                                                Outturn    Target    Actual to Q3   Status
NF01  Planning applications determined in 8     78         80        84             Achieved
      weeks (%)
NF02  Visitor centre income (GBP thousands)     612        640       598            Close
NF03  Rights of way open and easy to use (%)    71         75        66             Not achieved

Status: Achieved (green) - on or better than target; Close (amber) - within 10% of target;
Not achieved (red) - more than 10% short of target.
"""


def test_regression_years_over_their_columns_in_a_table_in_spaces_gave_no_kpis(tmp_path):
    # The first line's years counted as figures, so it was no header; the second line's
    # sub-headings, several under one year, do not start under a name of the first.
    assert _kpis(GROUPED_IN_SPACES, tmp_path) == [
        ("NF01", 84.0, "green"), ("NF02", 598.0, "amber"), ("NF03", 66.0, "red")]


def test_a_header_second_line_with_one_name_under_each_column_continues_the_names():
    from kcc_papers.load.aligned import aligned_tables
    from kcc_papers.load.model import Line, Page

    raw = ["Ref    Indicator          Good   Baseline  Latest   Target  RAG",
           "                          is     2023/24",
           "HW01   Smoking (%)        Low    13.1      11.8     11.0    A",
           "HW02   Active adults (%)  High   62.0      65.2     65.0    G"]
    (table,) = aligned_tables(Page(1, [Line(text=r.strip(), raw=r) for r in raw]))
    assert [c.text for c in table.rows[0]] == [
        "Ref", "Indicator", "Good is", "Baseline 2023/24", "Latest", "Target", "RAG"]


# ------------------------------------------- the same families in the layouts batch G did not use

def _paper(key: str, header: str, *rows: str) -> str:
    body = "\n".join([header, *rows])
    return ("Westmoor Borough Council\n\nScrutiny Committee - 4 March 2026\n\n"
            f"Quarter 3 Performance Report\n\n{key}\n\n{body}\n")


def test_regression_a_key_printing_the_colour_before_its_word_rated_nothing(tmp_path):
    text = _paper("Key: Green - Improving; Amber - Stable; Red - Declining",
                  "Ref\tIndicator\tTarget\tActual\tAssessment",
                  "W1\tStreets cleaned to standard (%)\t90\t93\tImproving",
                  "W2\tMissed bins per 100,000 collections\t50\t61\tDeclining",
                  "W3\tRecycling rate (%)\t45\t44\tStable")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W2", 61.0, "red"),
                                     ("W3", 44.0, "amber")]


def test_regression_a_key_of_its_own_letters_was_read_as_rag_letters(tmp_path):
    # "A" is Achieved in this paper's key, not amber
    text = _paper("Status key: A = Achieved; C = Close to target; N = Not achieved",
                  "Ref\tIndicator\tTarget\tActual\tStatus",
                  "W1\tStreets cleaned to standard (%)\t90\t93\tA",
                  "W2\tMissed bins per 100,000 collections\t50\t61\tN",
                  "W3\tRecycling rate (%)\t45\t44\tC")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W2", 61.0, "red"),
                                     ("W3", 44.0, "amber")]


def test_rag_letters_and_colour_names_keep_their_colours_in_a_key():
    from kcc_papers.extract.kpis.status import status_key

    assert status_key(["GREEN = target met; AMBER = floor met; RED = below floor"])["amber"] == (
        "amber")
    assert status_key(["G = target met; A = floor met; R = below floor"])["a"] == "amber"


def test_regression_an_ordered_key_of_directions_rated_its_middle_word_nothing(tmp_path):
    text = _paper("Assessment: Improving / Stable / Declining",
                  "Ref\tIndicator\tTarget\tActual\tAssessment",
                  "W1\tStreets cleaned to standard (%)\t90\t93\tImproving",
                  "W3\tRecycling rate (%)\t45\t44\tStable")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W3", 44.0, "amber")]


def test_regression_a_comparator_or_baseline_named_with_a_value_word_was_the_value(tmp_path):
    text = _paper("RAG: G = target met; A = within 5%; R = more than 5% short",
                  "Ref\tIndicator\tBaseline (2023/24 actual)\tLatest\tTarget\tRAG",
                  "W1\tStreets cleaned to standard (%)\t88\t93\t90\tG",
                  "W3\tRecycling rate (%)\t41\t44\t45\tA")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W3", 44.0, "amber")]


def test_regression_two_rolling_years_ending_in_one_year_took_the_first(tmp_path):
    text = _paper("RAG: G = target met; A = within 5%; R = more than 5% short",
                  "Ref\tIndicator\t12 months to Nov 2025\t12 months to Dec 2025\tTarget\tRAG",
                  "W1\tStreets cleaned to standard (%)\t91\t93\t90\tG",
                  "W3\tRecycling rate (%)\t43\t44\t45\tA")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W3", 44.0, "amber")]


def test_a_value_column_headed_value_or_a_prior_year_is_known():
    from kcc_papers.extract.kpis.columns import role_of

    assert [role_of(c) for c in ("Value", "Prior year", "SN average", "Average wait")] == [
        "latest", "previous_year", "comparator", None]


def test_regression_quarter_columns_spelt_out_named_no_value_column(tmp_path):
    text = _paper("RAG: G = target met; A = within 5%; R = more than 5% short",
                  "Ref\tIndicator\tTarget\tQuarter 1\tQuarter 2\tQuarter 3\tQuarter 4\tRAG",
                  "W1\tStreets cleaned to standard (%)\t90\t88\t91\t93\t\tG",
                  "W3\tRecycling rate (%)\t45\t42\t43\t44\t\tA")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W3", 44.0, "amber")]


def test_regression_a_rag_column_printed_before_the_figures_rated_nothing(tmp_path):
    text = _paper("RAG: G = target met; A = within 5%; R = more than 5% short",
                  "Ref\tIndicator\tRAG\tTarget\tQ3",
                  "W1\tStreets cleaned to standard (%)\tG\t90\t93",
                  "W3\tRecycling rate (%)\tA\t45\t44")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W3", 44.0, "amber")]


def test_regression_a_key_printed_as_a_table_of_two_columns_rated_nothing(tmp_path):
    text = _paper("Key to the assessment:\n\nGreen\tImproving\nAmber\tStable\nRed\tDeclining",
                  "Ref\tIndicator\tTarget\tActual\tAssessment",
                  "W1\tStreets cleaned to standard (%)\t90\t93\tImproving",
                  "W2\tMissed bins per 100,000 collections\t50\t61\tDeclining",
                  "W3\tRecycling rate (%)\t45\t44\tStable")
    assert _kpis(text, tmp_path) == [("W1", 93.0, "green"), ("W2", 61.0, "red"),
                                     ("W3", 44.0, "amber")]


VALUE_CELL_FILLED = """## London Borough of Fernvale
** Overview and Scrutiny Committee
** Monday 23 February 2026
** Performance Report - Quarter 3 2025/26
| Ref | Measure | Target | Q3 2025/26 |
| OS-01 | Council tax collected (%) | 97.0 | {#00b050}97.4 |
| OS-02 | Invoices paid in 30 days (%) | 95.0 | {#ff0000}88.1 |
Figures are coloured against target: green - met; amber - within 5%; red - further.
"""


def test_regression_a_figure_rated_by_its_own_cells_fill_gave_no_rag(tmp_path):
    assert _pdf_kpis(VALUE_CELL_FILLED, tmp_path) == [("OS-01", 97.4, "green"),
                                                      ("OS-02", 88.1, "red")]


FLUSH_RIGHT_NO_RULE = """WESTMOOR BOROUGH COUNCIL

Scrutiny Committee - 4 March 2026

Quarter 3 Performance Report

Ref    Indicator                              Target         Q2         Q3   Status
WM01   Council tax collected (%)                97.0       96.1       97.4   On target
WM02   Days to process a new benefit claim        21         24         30   Below target
       (average)
WM03   Visitors to leisure centres         1,200,000  1,150,300  1,234,560   On target

Status: On target / Slightly below / Below target
"""


def test_regression_figures_set_flush_right_without_a_rule_gave_no_kpis(tmp_path):
    # With no dashed rule to mark the columns' widths, a figure wider than its column's name
    # starts left of it: it lies across that name, and belongs to it.
    assert _kpis(FLUSH_RIGHT_NO_RULE, tmp_path) == [
        ("WM01", 97.4, "green"), ("WM02", 30.0, "red"), ("WM03", 1234560.0, "green")]


METRICS_AND_GOALS = """Eastholm Health and Wellbeing Board

Thursday 19 March 2026

Better Care Fund: Quarter 3 Update

Metric\tBaseline\tValue\tGoal\tRating
Avoidable admissions (per 100,000)\t820\t790\t800\tGreen
Discharges to usual place of residence (%)\t91.0\t90.2\t93.0\tAmber
"""


def test_regression_a_table_of_metrics_against_goals_was_no_kpi_table(tmp_path):
    # "Metric", "Value" and "Goal" named no column the reader knew, and the classifier never
    # saw a KPI table under the plain title.
    assert _kinds(METRICS_AND_GOALS, tmp_path) == ["performance_report"]
    assert _kpis(METRICS_AND_GOALS, tmp_path) == [(None, 790.0, "green"), (None, 90.2, "amber")]


BULLETS_FILLED = """## London Borough of Fernvale
** Overview and Scrutiny Committee
** Monday 23 February 2026
** Performance Report - Quarter 3 2025/26
| Ref | Measure | Target | Q3 2025/26 | RAG |
| OS-01 | Council tax collected (%) | 97.0 | 97.4 | {#00b050}\u2022 |
| OS-02 | Invoices paid in 30 days (%) | 95.0 | 88.1 | {#ff0000}\u2022 |
"""


def test_regression_a_bullet_in_a_filled_rating_cell_hid_its_fill(tmp_path):
    assert _pdf_kpis(BULLETS_FILLED, tmp_path) == [("OS-01", 97.4, "green"),
                                                   ("OS-02", 88.1, "red")]

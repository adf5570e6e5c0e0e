"""Regression tests for the KPI and risk table misses of held-out round 8's blind batches (J:
PDF and text, K: web pages and text) on their first run: each named after the bug, on a small
generated paper in the layout that showed it, with other councils' forms of the same thing as
guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import below_floor
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.kpis import layout
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.extract.kpis.periods import dated_periods, later, period_key
from kcc_papers.extract.risks.prose_scales import prose_scales
from kcc_papers.extract.risks.values import Score, parse_score
from kcc_papers.models import Kpi, Risk

KpiRow = tuple[str | None, float | None, str | None]
RiskRow = tuple[str | None, int | None, int | None, float | None]

# The batches' papers of this family (KPI and risk tables).
TABLE_PAPERS = {
    "r8j_ambulance_trust_kpi_tolerance_words.pdfsrc",
    "r8j_common_conservators_risk_cards_words.pdfsrc",
    "r8j_coastal_partnership_risk_register_inherent_residual.txt",
    "r8k_fire_authority_risk_two_tables_impact_first.html",
    "r8k_jadu_unitary_risk_register_word_scales.html",
    "r8k_nhs_trust_ipr_reverse_months_rowspan.html",
    "r8k_valuation_joint_board_risk_blocks.txt",
    "r8k_ijb_risk_register_lxi_cells_bgcolor.html",
    "r8k_london_borough_kpi_row_classes_two_headers.html",
}


# The classes this family reads; the web pages' kind and committee belong to the HTML page
# readers (tests/test_heldout_round8_html*.py).
TABLE_CLASSES = {"kpis", "risks"}


def test_the_blind_batches_kpi_and_risk_papers_are_above_the_floor():
    low = below_floor(TABLE_PAPERS)
    assert not {c: f for c, f in low.items() if c in TABLE_CLASSES}, low


def _kpis(text: str, tmp_path: Path) -> list[KpiRow]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


def _risks(text: str, tmp_path: Path) -> list[RiskRow]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _html_risks(page: str, tmp_path: Path) -> list[RiskRow]:
    path = tmp_path / "register.html"
    path.write_text(page)
    (ctx,) = contexts(path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


# ------------------------------------------------------- KPIs: a regulator's standard, a trend

def _standard_report(standard: str, header_extra: str = "") -> str:
    return f"""NORTH VALE AMBULANCE SERVICE NHS TRUST

Board of Directors - 26 February 2026

Operational Performance Report - January 2026

The Board is asked to note operational performance.

Ref\tIndicator\t{standard}\tTolerance band\tDec 2025\tJan 2026\tTrend\tAssessment{header_extra}
NV01\tCategory 1 mean response (minutes)\t7.0\t7.0 to 8.0\t8.4\t7.9\tbetter\tAMBER
NV02\tCalls answered within 5 seconds (%)\t95.0\t90.0 to 95.0\t96.1\t95.4\tworse\tGREEN
NV03\tHandover within 30 minutes (%)\t95.0\t90.0 to 95.0\t81.3\t80.2\tworse\tRED
"""


READ = [("NV01", 7.9, "amber"), ("NV02", 95.4, "green"), ("NV03", 80.2, "red")]


@pytest.mark.parametrize("standard", ["Standard", "National standard", "Constitutional standard",
                                      "Plan", "Trajectory"])
def test_regression_a_standard_column_and_trend_words_gave_no_kpi_table(standard, tmp_path):
    # no column named Target or RAG: the regulator's "Standard" is the target and the
    # assessment in words ("AMBER") the rating
    assert _kpis(_standard_report(standard), tmp_path) == READ


def test_a_floor_standard_is_still_a_floor_not_a_target():
    header = read_header(["Ref", "Indicator", "Latest", "Target", "Floor Standard", "RAG"])
    assert header is not None
    assert header.roles == ["ref", "description", "latest", "target", "floor", "rag"]


def test_a_trend_column_is_the_direction_of_travel():
    header = read_header(["Ref", "Indicator", "Standard", "Jan 2026", "Trend", "RAG"])
    assert header is not None and header.roles[4] == "dot"


def test_regression_kpi_page_gate_missed_a_standard_and_trend_header():
    # the columns in another order: the gate knows the header by its words, not by "Ref"
    # coming first ("Tolerance band Assessment Trend Standard Ref Dec 2025 Jan 2026 Indicator")
    assert layout.kpi_page(["Tolerance", "Assessment Trend Standard Ref Dec 2025 Jan 2026",
                            "band"])
    assert not layout.kpi_page(["The trend in demand is upward.", "See the standard form."])


# ---------------------------------------------------------------- KPIs: periods latest first

NEWEST_FIRST = """MERCIA VALE HOSPITALS NHS FOUNDATION TRUST

Board of Directors - 5 June 2025

Integrated Performance Report - April 2025

Ref\tMetric\tStandard\t{a}\t{b}\t{c}\tStatus
MV1\tA&E 4-hour performance (%)\t78%\t{v1}\t75.1%\t70.9%\tR
MV2\tStaff sickness absence rate (%)\t4.5%\t4.7%\t5.2%\t5.6%\tA
"""


@pytest.mark.parametrize("labels", [("Apr-25", "Mar-25", "Feb-25"),
                                    ("April 2025", "March 2025", "February 2025"),
                                    ("Q4 2024/25", "Q3 2024/25", "Q2 2024/25")])
def test_regression_months_printed_latest_first_gave_the_oldest_value(labels, tmp_path):
    a, b, c = labels
    text = NEWEST_FIRST.format(a=a, b=b, c=c, v1="72.4%")
    assert _kpis(text, tmp_path) == [("MV1", 72.4, "red"), ("MV2", 4.7, "amber")]


def test_latest_first_periods_skip_an_empty_latest_cell(tmp_path):
    # the newest month not yet reported for one row: its latest is the next one back
    text = NEWEST_FIRST.format(a="Apr-25", b="Mar-25", c="Feb-25", v1="-")
    assert _kpis(text, tmp_path)[0] == ("MV1", 75.1, "red")


def test_periods_oldest_first_still_give_the_last_filled_one(tmp_path):
    text = NEWEST_FIRST.format(a="Feb-25", b="Mar-25", c="Apr-25", v1="72.4%")
    assert _kpis(text, tmp_path) == [("MV1", 70.9, "red"), ("MV2", 5.6, "amber")]


def test_periods_in_an_order_of_their_own_give_the_latest_dated_one(tmp_path):
    text = NEWEST_FIRST.format(a="Mar-25", b="Apr-25", c="Feb-25", v1="72.4%")
    assert _kpis(text, tmp_path) == [("MV1", 75.1, "red"), ("MV2", 5.2, "amber")]


def test_the_order_of_periods_is_read_only_where_each_names_its_year():
    assert dated_periods({3: "Apr-25", 4: "Mar-25"}) == {3: (2025, 4), 4: (2025, 3)}
    assert later(dated_periods({0: "Jan 2026", 1: "Dec 2025"}), 0, 1)
    # a quarter of a later year is the later one, whatever its number
    assert period_key("2025/26 Q1") == (2025, 6) and period_key("Q4 2024/25") == (2025, 3)
    assert later(dated_periods({0: "2025/26 Q1", 1: "2024/25 Q4"}), 0, 1)
    # bare months run over a year end ("Nov | Dec | Jan"), bare quarters name no year: no
    # dates, so the column further right is the later one
    assert dated_periods({0: "Nov", 1: "Dec", 2: "Jan"}) == {}
    assert dated_periods({0: "Q4", 1: "Q3"}) == {}
    assert dated_periods({0: "Apr-25", 1: "Q3"}) == {}
    assert dated_periods({0: "Apr-25"}) == {}
    assert later({}, 2, 1)


# ------------------------------------------------------------ risks: cards with factor words

CONSERVATORS = """THE CONSERVATORS OF HOLMWOOD HEATH

Finance, Audit and Risk Committee - 11 February 2026

Strategic Risk Register

Background

Risks are scored on five-point scales. Likelihood: Rare (1), Unlikely (2), Possible (3),
Likely (4), Almost certain (5). Impact: Insignificant (1), Minor (2), Moderate (3), Major (4),
Severe (5). The residual score is rated Green 1-6, Amber 8-12, Red 15-25.

Risk HH-S1: Wildfire on the heathland
Cause: Hotter, drier summers
Residual likelihood: Likely
Residual impact: Major
Residual score: 16 - Red
Target score: 12 (Possible x Major)
Owner: Head Ranger

Risk HH-S2: Loss of grazing agreement
Cause: Scrub targets missed
Residual likelihood: Unlikely
Residual impact: Severe
Residual score: 10 - Amber
Target score: 5 (Rare x Severe)
Owner: Conservation Manager
"""


def test_regression_risk_cards_with_factor_words_and_a_prose_key_were_unread(tmp_path):
    assert _risks(CONSERVATORS, tmp_path) == [("HH-S1", 4, 4, 16), ("HH-S2", 2, 5, 10)]


def test_a_cards_heading_gives_its_title_and_a_worded_target_its_factors(tmp_path):
    (ctx,) = text_contexts(CONSERVATORS, None, tmp_path)
    first = next(r for r in risks.extract(ctx) if isinstance(r, Risk))
    assert first.title == "Wildfire on the heathland"
    assert (first.target_likelihood, first.target_impact, first.target_rating) == (3, 4, 12)


@pytest.mark.parametrize("key, axis, scale", [
    # a council's background paragraph
    ("Likelihood: Rare (1), Unlikely (2), Possible (3), Likely (4), Almost certain (5).",
     "likelihood", {"Rare": 1, "Unlikely": 2, "Possible": 3, "Likely": 4, "Almost certain": 5}),
    # a police force's note, number first and the probability for the likelihood
    ("Probability - 1 = Remote, 2 = Unlikely, 3 = Possible, 4 = Probable.",
     "likelihood", {"Remote": 1, "Unlikely": 2, "Possible": 3, "Probable": 4}),
    # an NHS body's consequence scale, the name first
    ("Consequence: Negligible = 1; Minor = 2; Moderate = 3; Major = 4; Catastrophic = 5.",
     "impact", {"Negligible": 1, "Minor": 2, "Moderate": 3, "Major": 4, "Catastrophic": 5}),
])
def test_a_scale_written_out_in_prose_is_read_for_its_axis(key, axis, scale):
    assert prose_scales(f"Each risk is scored. {key} The score is their product.") == {
        axis: scale}


def test_a_sentence_about_one_risks_likelihood_is_no_scale():
    assert prose_scales("Likelihood: the risk is now Possible (3) after the new controls.") == {}


# ---------------------------------------------------------------- risks: dot-leader text cards

DOT_LEADERS = """GLENMUIR VALUATION JOINT BOARD

MEETING OF THE BOARD: 12 SEPTEMBER 2025

RISK REGISTER UPDATE

RISK GVJ01    Revaluation 2026 not delivered on time

  Owner ............ Assessor
  Likelihood ....... 3 (Possible)
  Impact ........... 5 (Severe)
  Rating ........... 15 RED     (previous: 15)

RISK GVJ02    Cyber attack on the valuation roll and electoral
              register systems

  Owner ............ IT Manager
  Impact ........... 5 (Severe)
  Likelihood ....... 2 (Unlikely)
  Rating ........... 10 AMBER   (previous: 12)
"""


def test_regression_dot_leader_risk_blocks_were_unread(tmp_path):
    # one card prints its impact first: the labels say which is which
    assert _risks(DOT_LEADERS, tmp_path) == [("GVJ01", 3, 5, 15), ("GVJ02", 2, 5, 10)]


def test_a_risk_headings_title_wrapped_onto_the_next_line_is_kept_whole(tmp_path):
    (ctx,) = text_contexts(DOT_LEADERS, None, tmp_path)
    titles = [r.title for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert titles == ["Revaluation 2026 not delivered on time",
                      "Cyber attack on the valuation roll and electoral register systems"]


@pytest.mark.parametrize("cell, score", [("3 (Possible)", Score(3, "Possible")),
                                         ("3 - Possible", Score(3, "Possible")),
                                         ("4", Score(4, None))])
def test_a_factor_cell_gives_its_number_and_its_word(cell, score):
    assert parse_score(cell, {}) == score


# ------------------------------------------------ risks: grouped headings, ids with group letters

GROUPED = """<html><body><h1>Corporate Risk Register</h1>
<p>Audit and Performance Management Committee - 22 July 2025</p>
<table border="1"><thead>
<tr><th rowspan="2">Risk No.</th><th rowspan="2">Risk description</th>
<th colspan="3">{group}</th><th rowspan="2">Risk owner</th></tr>
<tr><th>Impact</th><th>Likelihood</th><th>Score</th></tr></thead><tbody>
<tr><td>CRR 01</td><td>Insufficient funding to maintain the fire stations</td><td>5</td>
<td>4</td><td>20</td><td>Treasurer</td></tr>
<tr><td>CRR 02</td><td>Failure to recruit on-call firefighters</td><td>4</td><td>3</td>
<td>12</td><td>ACFO</td></tr>
</tbody></table></body></html>"""


@pytest.mark.parametrize("group", ["Current (with controls)", "Residual (after mitigation)",
                                   "Current"])
def test_regression_a_bracketed_group_over_impact_first_columns_misread_the_factors(
        group, tmp_path):
    assert _html_risks(GROUPED.format(group=group), tmp_path) == [
        ("CRR 01", 4, 5, 20), ("CRR 02", 3, 4, 12)]


GROUP_LETTER_IDS = """WESTFORD COUNCIL

Audit Committee - 15 October 2024

Strategic risk register

Likelihood: Rare (1), Unlikely (2), Possible (3), Likely (4), Almost certain (5). Impact:
Minimal (1), Minor (2), Moderate (3), Major (4), Critical (5).

Risk\tDescription and consequence\tOwner\tLikelihood\tImpact\tCurrent rating\tTarget rating
{a}\tAdult social care demand outstrips the budget\tDirector, People\tAlmost certain (5)\t\
Major (4)\t20 High\t12 Medium
{b}\tThe Local Plan is found unsound at examination\tDirector of Planning\tPossible (3)\t\
Major (4)\t12 Medium\t8 Medium
"""


@pytest.mark.parametrize("a, b", [("WVC-SR1", "WVC-SR2"), ("CRR-F1", "CRR-F2"),
                                  ("SR1", "SR2")])
def test_regression_a_register_id_with_group_letters_was_not_an_id(a, b, tmp_path):
    assert _risks(GROUP_LETTER_IDS.format(a=a, b=b), tmp_path) == [
        (a, 5, 4, 20), (b, 3, 4, 12)]


# ----------------------------------------------------------- risks: a dashboard's rating key

SCORECARD = """MIDDLEFORD CITY COUNCIL

Corporate Parenting Panel - 4 March 2026

Corporate Parenting Scorecard, Quarter 3 2025/26

Indicator no.\tIndicator\tTarget\tQ1\tQ2\tQ3\tRating
CP1\tChildren in care with an up to date health assessment (%)\t95\t91\t93\t96\tG
CP2\tPersistent absence of children in care (%)\t15\t19.5\t21.2\t22.8\tR

Rating key: G = on or better than target; A = within 10% of target; R = more than 10% away.
"""


def test_regression_a_dashboards_rating_key_under_a_coded_row_was_a_risk(tmp_path):
    # "CP2 Persistent absence ..." opens like a risk's heading and "Rating key:" labels like
    # its score, but holds none: no risk
    assert _risks(SCORECARD, tmp_path) == []


def test_regression_quarter_and_month_headings_were_compared_as_quarter_and_month_numbers():
    # a quarter was (year, quarter) and a month (year, month): "Q4 2025/26" (to March 2026)
    # came before "Dec-25", and the calendar "Q4 2025" (to December) before "Jun-25"
    assert later(dated_periods({0: "Dec-25", 1: "Q4 2025/26"}), 1, 0)
    assert later(dated_periods({0: "Jun-25", 1: "Q4 2025"}), 1, 0)
    assert not later(dated_periods({0: "Jan-26", 1: "Q3 2025/26"}), 1, 0)
    assert period_key("Q1 2025") == (2025, 3) and period_key("Qtr 2 24/25") == (2024, 9)

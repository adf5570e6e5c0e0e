"""Regression tests for the bugs held-out round 6's risk, KPI and contract papers showed on
their first run: each named after the bug, on a small paper in the layout that showed it, with
guards of the general rule that fixed it. Also the floor over the round's batches and the
renderer's table markup the papers use (a cell's fill, a table over pages, a shaded header)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import below_floor, heldout_accuracy
from kcc_papers.extract import contracts, kpis, risks
from kcc_papers.load import load
from kcc_papers.models import Contract, Kpi, Risk

BATCH_A = {
    "r6r_welsh_fire_risk_register.pdfsrc",
    "r6r_ni_council_risk_cards.txt",
    "r6r_police_risk_6x4.pdfsrc",
    "r6r_national_park_risk_colour.pdfsrc",
    "r6r_london_borough_dashboard.pdfsrc",
    "r6r_scottish_pentana_status.txt",
    "r6r_combined_authority_kpi_letters.txt",
    "r6r_waiver_report.pdfsrc",
    "r6r_contract_register_split.pdfsrc",
    "r6r_tender_evaluation_award.txt",
}
# The classes this round's rules are for; the others are scored too (see the report).
OWN_CLASSES = {"risks", "kpis", "contracts"}


Scored = tuple[str | None, int | None, int | None, float | None]


def _risks(text: str, tmp_path: Path) -> list[Scored]:
    # the paper's one document, whatever kind a paper this small is classed as
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


def _contracts(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(c.provider, c.value_gbp) for c in contracts.extract(ctx) if isinstance(c, Contract)]


def _pdf(src: str, tmp_path: Path) -> Path:
    paper = tmp_path / "paper.pdfsrc"
    paper.write_text(src)
    return heldout_accuracy.render_pdf(paper, tmp_path)


def test_round_six_batches_meet_the_floor_in_risks_kpis_and_contracts():
    low = below_floor(BATCH_A)
    assert not set(low) & OWN_CLASSES, f"round 6 below the floor: {low}"


# ---------------------------------------------------------------------------- risks

WELSH_REGISTER = """AWDURDOD TÂN AC ACHUB / FIRE AND RESCUE AUTHORITY

Pwyllgor Archwilio / Audit Committee - 16 March 2026

Cofrestr Risg / Risk Register

Cyf / Ref\tRisg / Risk\tPerchennog / Owner\tCynhenid / Inherent L x I\tGweddilliol / Residual L x I
CRR-01\tOn-call crewing availability\tACFO\t5 x 5\t4 x 4
CRR-02\tPay awards unfunded\tTreasurer\t4 x 5\t3 x 5
"""


def test_regression_headings_in_welsh_and_english_gave_no_risks(tmp_path):
    assert _risks(WELSH_REGISTER, tmp_path) == [("CRR-01", 4, 4, 16), ("CRR-02", 3, 5, 15)]


def test_bilingual_halves_need_spaces_round_the_slash():
    from kcc_papers.normalise.bilingual import header_parts

    assert header_parts("Cyf / Ref") == ["Cyf / Ref", "Cyf", "Ref"]
    assert header_parts("L/I") == ["L/I"]  # one heading naming two factors


POLICE_REGISTER = """WESTMARCH POLICE

Joint Audit Committee - 25 February 2026

Strategic Risk Register

Risk Ref\tRisk\tLikelihood (1-6)\tImpact (1-4)\tRating
JSR 01\tControl room demand\t5\t4\t20 (High)
JSR 03\tFinancial plan gap\t6\t3\t18 (High)
"""


def test_regression_likelihood_six_on_a_six_by_four_matrix_was_lost(tmp_path):
    assert _risks(POLICE_REGISTER, tmp_path) == [("JSR 01", 5, 4, 20), ("JSR 03", 6, 3, 18)]


def test_regression_impact_first_factors_parted_by_a_space_gave_no_score():
    from kcc_papers.extract.risks.values import Rating, parse_product

    assert parse_product("I4 L3 = 12") == ("3", "4", Rating(12, None))
    assert parse_product("L4 I3 (12)") == ("4", "3", Rating(12, None))
    assert parse_product("4 3") is None  # two bare numbers name no factors


NI_CARDS = """LOUGH ERNE DISTRICT COUNCIL

Audit and Risk Assurance Committee
Thursday 12 March 2026

Corporate Risk Register Update

CORPORATE RISK 1
Failure to deliver the Local Development Plan
Risk Owner: Director of Planning
Gross Risk: I4 L4 = 16
Net Risk: I4 L3 = 12
Target Risk: I3 L2 = 6

CORPORATE RISK 2
Insufficient residual waste treatment capacity
Risk Owner: Director of Environmental Services
Gross Risk: I5 L4 = 20
Net Risk: I5 L3 = 15
Target Risk: I5 L2 = 10
"""


def test_regression_cards_opened_by_a_risk_heading_with_net_risk_gave_no_risks(tmp_path):
    (ctx,) = text_contexts(NI_CARDS, "risk_register", tmp_path)
    got = [r for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating) for r in got] == [
        ("1", 3, 4, 12), ("2", 3, 5, 15)]
    # the target is the target, and the gross (before controls) score is not the risk's
    assert [(r.target_rating, r.target_likelihood, r.target_impact) for r in got] == [
        (6, 2, 3), (10, 2, 5)]


def test_risk_heading_without_a_score_is_no_register(tmp_path):
    text = "CITY COUNCIL\n\nCabinet - 3 March 2026\n\nRisk 1: the budget may overspend.\n"
    assert _risks(text, tmp_path) == []


# ---------------------------------------------------------------------------- KPIs

PENTANA = """GLENCAIRN COUNCIL

Education Committee

24 February 2026

Performance Report - Quarter 3 2025/26

Code\tDescription\tTarget\tQ3 2025/26\tStatus
ECS-PI-01\tAttendance rate, primary schools (%)\t94%\t93.1%\tWarning
ECS-PI-02\tExclusions per 1,000 pupils, secondary\t20\t31.4\tAlert
ECS-PI-03\tPositive destinations of school leavers (%)\t95%\t96.3%\tOK

Status key: OK - target met; Warning - slightly below target; Alert - significantly below target.
"""


def test_regression_status_words_with_their_key_gave_no_rag(tmp_path):
    assert _kpis(PENTANA, tmp_path) == [("ECS-PI-01", 93.1, "amber"),
                                        ("ECS-PI-02", 31.4, "red"),
                                        ("ECS-PI-03", 96.3, "green")]


def test_status_words_about_the_target():
    from kcc_papers.extract.kpis.status import meaning_rag, status_key, status_rag

    assert meaning_rag("Slightly below target") == "amber"  # the qualifier first
    assert meaning_rag("Worse than target") == "red"
    assert meaning_rag("Better than target") == "green"
    assert meaning_rag("Not met") == "red"
    assert meaning_rag("Data only") is None
    # a key must tell two ratings apart: one pairing is a sentence, not a key
    assert status_key(["Note: figures - subject to audit"]) == {}
    key = status_key(["Key: Achieved = target met; Missed = target not met"])
    assert key == {"achieved": "green", "missed": "red"}
    assert status_rag("", key, "#c00000") == "red"  # the cell's colour alone


DASHBOARD_FILL = """## LONDON BOROUGH OF THAMESREACH
## Overview and Scrutiny Committee - 10 March 2026
** Corporate Performance Report: Quarter 3 2025/26
|# Ref | Performance indicator | Q1 | Q2 | Q3 | Target | Status |
| TR-H2 | Homelessness cases prevented (%) | 41 | 44 | 47 | 45 | {#00b050} |
| TR-E1 | Household waste recycled (%) | 31.5 | 30.2 | 29.8 | 31 | {#ffc000} |
"""


def test_regression_rag_given_by_the_cells_fill_alone_was_none(tmp_path):
    (ctx,) = contexts(_pdf(DASHBOARD_FILL, tmp_path), "performance_report")
    got = [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
           if isinstance(k, Kpi)]
    assert got == [("TR-H2", 47.0, "green"), ("TR-E1", 29.8, "amber")]


CODE_COLUMN = """NORTH PENNINE COMBINED AUTHORITY

Transport Committee

Friday 6 March 2026

Transport Performance Dashboard

KPI\tIndicator\tTarget\tLatest\tRAG
T1\tBus services operating on time (%)\t85.0\t83.9\tA
T3\tTram services cancelled (%)\t1.5\t3.6\tR
"""


def test_regression_code_column_named_like_a_description_shifted_the_row(tmp_path):
    assert _kpis(CODE_COLUMN, tmp_path) == [("T1", 83.9, "amber"), ("T3", 3.6, "red")]


# ---------------------------------------------------------------------------- contracts

WAIVER = """HOLMEBROOK DISTRICT COUNCIL

Corporate Governance Committee - 19 March 2026

Waivers of the Contract Procedure Rules

Name of supplier: Pennine Drainage Services Ltd
Goods, works or services: Reactive drainage clearance at council depots
Total value of waiver: £86,400
Duration: 2 years from 1 April 2026
"""


def test_regression_a_label_the_reader_did_not_know_closed_the_contract_block(tmp_path):
    assert _contracts(WAIVER, tmp_path) == [("Pennine Drainage Services Ltd", 86400.0)]


TENDER = """ARDMORE COUNCIL

POLICY AND RESOURCES COMMITTEE

5 MARCH 2026

AWARD OF CONTRACT - SCHOOL FOOD SUPPLIES

1. That the Committee approves the award of Lot 2 to Highland Fresh Foods Ltd at a tender
sum of £1,284,600 over the three years.
"""


def test_regression_award_of_a_lot_at_a_tender_sum_was_no_contract(tmp_path):
    assert _contracts(TENDER, tmp_path) == [("Highland Fresh Foods Ltd", 1284600.0)]


# ---------------------------------------------------------------------------- renderer

MARKED_TABLE = """## Test
|# Ref | Measure | Q3 | Status |
| A1 | Households in temporary accommodation | 45 | {#c00000} |
| --- page --- |
| A2 | Council tax collected | 88 | {#00b050} Green |
"""


def test_renderer_table_marks_fill_cells_repeat_the_header_and_shade_it(tmp_path):
    pdf = load(_pdf(MARKED_TABLE, tmp_path))
    tables = [(page.number, [[(c.text, c.fill) for c in row] for row in t.rows])
              for page in pdf.pages for t in page.tables]
    header = [(name, heldout_accuracy.HEADER_FILL) for name in ("Ref", "Measure", "Q3", "Status")]
    assert tables == [
        (1, [header, [("A1", None), ("Households in temporary accommodation", None),
                      ("45", None), ("", "#c00000")]]),
        (2, [header, [("A2", None), ("Council tax collected", None), ("88", None),
                      ("Green", "#00b050")]]),
    ]

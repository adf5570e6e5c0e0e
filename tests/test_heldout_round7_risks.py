"""Regression tests for the bugs held-out round 7 batch G's risk and contract papers showed on
their first run: each named after the bug, on a small paper in the layout that showed it, with
guards for the other layouts of the same family the general rule covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import heldout_accuracy
from heldout_support import scored_risks as _risks
from kcc_papers.extract import contracts, risks
from kcc_papers.extract.risks import values
from kcc_papers.extract.risks.values import parse_product
from kcc_papers.models import Contract, Risk

RISK_PAPERS = {
    "r7g_district_audit_risk_equals.pdfsrc",
    "r7g_met_audit_pack_agenda_risks.pdfsrc",
    "r7g_ca_scrutiny_risk_hml.pdfsrc",
    "r7g_almo_board_risk_cards.txt",
    "r7g_pension_fund_risk_register.pdfsrc",
    "r7g_unitary_audit_risk_words_tabs.txt",
}
CONTRACT_PAPERS = {
    "r7g_fire_authority_fleet_contract_lots.pdfsrc",
    "r7g_growth_board_contracts_register.pdfsrc",
}


def _risk_records(text: str, tmp_path: Path) -> list[Risk]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [r for r in risks.extract(ctx) if isinstance(r, Risk)]


def _contracts(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    (ctx,) = text_contexts(text, None, tmp_path)
    return [(c.provider, c.value_gbp) for c in contracts.extract(ctx) if isinstance(c, Contract)]


def test_batch_g_risk_and_contract_papers_are_read_whole():
    totals, _ = heldout_accuracy.evaluate(RISK_PAPERS | CONTRACT_PAPERS)
    assert (totals["risks"].fp, totals["risks"].fn) == (0, 0)
    assert (totals["contracts"].fp, totals["contracts"].fn) == (0, 0)


# ---------------------------------------------------------------------------- score cells

@pytest.mark.parametrize(("cell", "read"), [
    ("4x5=20", ("4", "5", 20)),
    ("4 x 5", ("4", "5", 20)),
    ("L4 x I5", ("4", "5", 20)),
    ("20 (4x5)", ("4", "5", 20)),
    ("12 (3x4)", ("3", "4", 12)),
    ("20 (L4 x I5)", ("4", "5", 20)),
    ("20 (L4 x I5) - Red", ("4", "5", 20)),
    ("15 (I5 x L3)", ("3", "5", 15)),
    ("20 [4x5]", ("4", "5", 20)),
    ("4x5=20 Very high", ("4", "5", 20)),
    ("4 x 5 = 20 - Red", ("4", "5", 20)),
    ("L=4 x I=5", ("4", "5", 20)),
])
def test_regression_a_score_printed_before_its_factors_in_brackets_was_unread(cell, read):
    product = parse_product(cell)
    assert product is not None
    assert (product[0], product[1], product[2].value) == read


def test_a_score_with_a_band_in_brackets_is_not_a_product():
    assert parse_product("12 (Medium)") is None
    assert parse_product("3 x 4 Impact") is None


EQUALS_REGISTER = """BRACKENFORD DISTRICT COUNCIL

Audit and Governance Committee - 24 February 2026

Strategic Risk Register

Risk no.\tRisk title\tLead officer\tScore before controls\tCurrent risk (L x I)\tCurrent rating
SR/01\tMedium term financial strategy gap not closed\tCFO\t5x5=25\t4x5=20\tVery high
SR/02\tWaste contract mobilisation fails\tHead of Environment\t4x4=16\t3x4=12\tHigh
"""


def test_regression_the_score_before_controls_was_read_as_the_current_score(tmp_path):
    assert _risks(EQUALS_REGISTER, tmp_path) == [("SR/01", 4, 5, 20), ("SR/02", 3, 4, 12)]


WITHOUT_MITIGATION = EQUALS_REGISTER.replace("Score before controls", "Risk without mitigation")


def test_a_risk_without_mitigation_is_not_the_current_one_either(tmp_path):
    assert _risks(WITHOUT_MITIGATION, tmp_path) == [("SR/01", 4, 5, 20), ("SR/02", 3, 4, 12)]


LABELLED_BEFORE_CONTROLS = """Strategic Risk Register

Risk Ref: SR1
Risk title: Medium term financial strategy gap not closed
Score before controls: 5 x 5 = 25
Current score: 4 x 5 = 20

Risk Ref: SR2
Risk title: Waste contract mobilisation fails
Score before controls: 4 x 4 = 16
Current score: 3 x 4 = 12
"""


def test_a_labelled_score_before_controls_is_not_the_current_one(tmp_path):
    # the block labels and the table headings are one vocabulary
    assert _risks(LABELLED_BEFORE_CONTROLS, tmp_path) == [("SR1", 4, 5, 20), ("SR2", 3, 4, 12)]


# ---------------------------------------------------------------------------- ids

BARE_RISK_HEADING = """GREYHAVEN METROPOLITAN BOROUGH COUNCIL

Report to Audit Committee - 26 March 2026

Strategic Risk Register - March 2026

Risk\tDescription\tRisk owner\tOriginal score\tCurrent score\tTarget score\tMovement
SRR 1\tBudget cannot be balanced without reserves\tS151\t16 (4x4)\t12 (3x4)\t8 (2x4)\tNo change
SRR 2\tPlacement costs rise faster than funding\tDCS\t16 (4x4)\t16 (4x4)\t9 (3x3)\tNo change
"""


def test_regression_a_bare_risk_heading_over_the_ids_gave_no_register(tmp_path):
    got = _risk_records(BARE_RISK_HEADING, tmp_path)
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating) for r in got] == [
        ("SRR 1", 3, 4, 12), ("SRR 2", 4, 4, 16)]
    assert [r.title for r in got] == ["Budget cannot be balanced without reserves",
                                      "Placement costs rise faster than funding"]
    assert [r.target_rating for r in got] == [8, 9]


@pytest.mark.parametrize(("printed", "split"), [
    ("AH-SR7 (new)", ("AH-SR7", "new")),
    ("CR 4 (Revised)", ("CR 4", "revised")),
    ("SR/02 (closed)", ("SR/02", "closed")),
    ("SR7 - New risk", ("SR7", "new")),
    ("CR 4 NEW", ("CR 4", "new")),
    ("CR 2 - New homes delivery", ("CR 2 - New homes delivery", None)),
    ("CRR 10(a)", ("CRR 10(a)", None)),
    ("SR (Finance)", ("SR (Finance)", None)),
])
def test_a_status_after_the_id_is_split_off(printed, split):
    assert values.split_status(printed) == split


CARDS_NEW_ID = """Strategic Risk Register

Risk reference: AH-SR6
Risk title: Failure to complete gas safety checks on time
Inherent score: 15 (L3 x I5)
Current likelihood: 1
Current impact: 5
Current score: 5 - Green

Risk reference: AH-SR7 (new)
Risk title: Management agreement is not renewed on acceptable terms
Inherent score: 12 (L3 x I4)
Current likelihood: 2
Current impact: 4
Current score: 8 - Amber
"""


def test_regression_a_new_risks_status_stayed_in_its_id(tmp_path):
    got = _risk_records(CARDS_NEW_ID, tmp_path)
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating) for r in got] == [
        ("AH-SR6", 1, 5, 5), ("AH-SR7", 2, 4, 8)]
    assert got[1].change == "new"


def test_a_new_risks_status_in_a_register_table_is_split_off_too(tmp_path):
    paper = EQUALS_REGISTER.replace("SR/02\t", "SR/02 (new)\t")
    got = _risk_records(paper, tmp_path)
    assert [r.risk_id for r in got] == ["SR/01", "SR/02"]
    assert got[1].change == "new"


# ---------------------------------------------------------------------------- factor words

HML_REGISTER = """WEST TYNEFORD COMBINED AUTHORITY

Overview and Scrutiny Committee - 25 February 2026

Corporate Risk Register

Ref\tRisk\tRisk owner\tLikelihood\tImpact\tScore
CA-R1\tInvestment fund schemes not delivered in time\tDirector of Investment\tH\tH\t9
CA-R2\tBus franchising transition disrupts services\tDirector of Transport\tM\tH\t6
CA-R4\tLoss of data from a cyber incident\tHead of Digital\tL\tH\t3
Key: H = 3, M = 2, L = 1. Score = likelihood x impact.
"""


def test_regression_likelihood_and_impact_letters_scored_by_the_key_were_lost(tmp_path):
    assert _risks(HML_REGISTER, tmp_path) == [
        ("CA-R1", 3, 3, 9), ("CA-R2", 2, 3, 6), ("CA-R4", 1, 3, 3)]


def test_letters_are_scored_by_the_papers_own_key_not_the_usual_one(tmp_path):
    # a key scoring high 4 and low 2 (a 1-5 scale): the letters take the key's numbers
    paper = (HML_REGISTER.replace("H = 3, M = 2, L = 1", "H = 4, M = 3, L = 2")
             .replace("\t9\n", "\t16\n").replace("\t6\n", "\t12\n").replace("\t3\n", "\t8\n"))
    assert _risks(paper, tmp_path) == [
        ("CA-R1", 4, 4, 16), ("CA-R2", 3, 4, 12), ("CA-R4", 2, 4, 8)]


def test_letters_with_no_key_take_the_usual_scale(tmp_path):
    paper = HML_REGISTER.replace("Key: H = 3, M = 2, L = 1. Score = likelihood x impact.\n", "")
    assert _risks(paper, tmp_path) == [
        ("CA-R1", 3, 3, 9), ("CA-R2", 2, 3, 6), ("CA-R4", 1, 3, 3)]


def test_words_with_no_key_take_the_usual_scale(tmp_path):
    paper = (HML_REGISTER.replace("Key: H = 3, M = 2, L = 1. Score = likelihood x impact.\n", "")
             .replace("\tH\tH\t", "\tHigh\tVery high\t").replace("\tM\tH\t", "\tMedium\tHigh\t")
             .replace("\tL\tH\t", "\tLow\tHigh\t").replace("\t9\n", "\t12\n"))
    assert _risks(paper, tmp_path) == [
        ("CA-R1", 3, 4, 12), ("CA-R2", 2, 3, 6), ("CA-R4", 1, 3, 3)]


def test_the_usual_scale_has_five_steps_when_the_register_prints_very_low():
    assert values.usual_scale({"Very low", "High"}) == {"Very low": 1, "High": 4}
    assert values.usual_scale({"Low", "Very high", "M"}) == {"Low": 1, "Very high": 4, "M": 2}
    assert values.usual_scale({"Almost certain", "Unlikely", "Moderate"}) == {
        "Almost certain": 5, "Unlikely": 2}


def test_a_rating_legend_is_not_a_key_for_the_factors():
    assert values.parse_shared_key("Low = 1-6 Medium = 8-15 High = 16-25") == {}
    legend = "Rating key: 20-25 Very high; 12-19 High; 6-11 Medium; 1-5 Low."
    assert values.parse_shared_key(legend) == {}
    assert values.parse_shared_key("Key: H = 3, M = 2, L = 1. Score = likelihood x impact.") == {
        "H": 3, "M": 2, "L": 1}
    assert values.parse_shared_key("Scale: High (3), Medium (2), Low (1)") == {
        "High": 3, "Medium": 2, "Low": 1}
    assert values.parse_shared_key("3 = High, 2 = Medium, 1 = Low") == {
        "High": 3, "Medium": 2, "Low": 1}
    assert values.parse_shared_key("High: 3, Medium: 2, Low: 1") == {
        "High": 3, "Medium": 2, "Low": 1}


def test_a_register_printing_factors_and_no_score_is_scored_by_their_product(tmp_path):
    paper = HML_REGISTER.replace("\tScore\n", "\n")
    for score in ("9", "6", "3"):
        paper = paper.replace(f"\t{score}\n", "\n")
    assert _risks(paper, tmp_path) == [
        ("CA-R1", 3, 3, 9), ("CA-R2", 2, 3, 6), ("CA-R4", 1, 3, 3)]


# ---------------------------------------------------------------------------- lot tables

LOT_TABLES = """SEVERNVALE COMBINED FIRE AUTHORITY

Resources Committee - 5 February 2026

Fleet Maintenance: Award of Contracts

1. Recommendation
That the Committee awards the contracts as set out in section 4.

3. Tender evaluation

Lot\tTenderer\tQuality (55)\tPrice (45)\tTotal (100)
1\tMarcher Commercial Vehicles Ltd\t48.5\t41.2\t89.7
1\tShirehall Truck Services Ltd\t44.0\t45.0\t89.0
2\tBeacon Fleet Solutions Ltd\t50.1\t38.9\t89.0

4. Recommended awards

Lot\tScope\tRecommended tenderer\tEstimated annual value\tMaximum value (4 + 1 + 1 years)
1\tServicing and repair of fire appliances\tMarcher Commercial Vehicles Ltd\t£385,000\t£2,310,000
2\tLease and maintenance of light vehicles\tBeacon Fleet Solutions Ltd\t£212,500\t£1,275,000
"""


def test_regression_a_lot_table_naming_the_recommended_tenderer_gave_no_contracts(tmp_path):
    assert _contracts(LOT_TABLES, tmp_path) == [
        ("Marcher Commercial Vehicles Ltd", 2310000.0), ("Beacon Fleet Solutions Ltd", 1275000.0)]


@pytest.mark.parametrize("heading", [
    "Maximum value (4 + 1 + 1 years)", "Value over 6 years", "Aggregate value",
    "Value incl. extensions"])
def test_the_value_for_the_whole_term_is_preferred_to_the_annual_one(heading, tmp_path):
    paper = LOT_TABLES.replace("Maximum value (4 + 1 + 1 years)", heading)
    assert _contracts(paper, tmp_path)[0] == ("Marcher Commercial Vehicles Ltd", 2310000.0)


def test_an_evaluation_table_of_tenderers_is_not_contracts(tmp_path):
    evaluation = LOT_TABLES.split("4. Recommended awards")[0]
    assert _contracts(evaluation, tmp_path) == []


def test_regression_a_pdf_lot_table_with_wrapped_headings_was_never_read(tmp_path):
    # its header cells wrap in the text layer, so the page never said two contract columns
    paper = heldout_accuracy.PAPERS / "r7g_fire_authority_fleet_contract_lots.pdfsrc"
    pdf = heldout_accuracy.render_pdf(paper, tmp_path)
    got = [(c.provider, c.value_gbp) for ctx in contexts(pdf, "report")
           for c in contracts.extract(ctx) if isinstance(c, Contract)]
    assert got == [("Marcher Commercial Vehicles Ltd", 2310000.0),
                   ("Beacon Fleet Solutions Ltd", 1275000.0),
                   ("Hafren Aerial Services Ltd", 288000.0)]


# ---------------------------------------------------------------------------- which score

SHORT_HEAD = "NORTHSHIRE COUNCIL\n\nAudit Committee - 3 March 2026\n\nStrategic Risk Register\n\n"


@pytest.mark.parametrize("register", [
    # an earlier issue's score before the current one
    "Ref\tRisk\tPrevious score\tCurrent score\tTarget score\n"
    "SR1\tBudget gap not closed\t25 (5x5)\t20 (4x5)\t10 (2x5)\n",
    "Ref\tRisk\tLast quarter\tCurrent score\tTarget score\n"
    "SR1\tBudget gap not closed\t25 (5x5)\t20 (4x5)\t10 (2x5)\n",
    # gross / net, inherent / residual, before / after mitigation
    "Ref\tRisk\tGross score\tNet score\tTarget\n"
    "SR1\tBudget gap not closed\t25 (5x5)\t20 (4x5)\t10 (2x5)\n",
    "Risk ID\tRisk\tInherent risk (L x I)\tResidual risk (L x I)\tTarget risk (L x I)\n"
    "SR1\tBudget gap not closed\t5 x 5 = 25\t4 x 5 = 20\t2 x 5 = 10\n",
    "Risk ID\tRisk\tScore before mitigation\tScore after mitigation\tTarget score\n"
    "SR1\tBudget gap not closed\t5x5=25\t4x5=20\t2x5=10\n",
])
def test_regression_the_current_score_is_never_an_earlier_or_inherent_one(register, tmp_path):
    got = _risk_records(SHORT_HEAD + register, tmp_path)
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_rating)
            for r in got] == [("SR1", 4, 5, 20, 10)]


GROUPED_BEFORE_AFTER = SHORT_HEAD + (
    "Ref\tRisk\tBefore controls\t\t\tAfter controls\t\t\n"
    "\t\tL\tI\tScore\tL\tI\tScore\n"
    "SR1\tBudget gap not closed\t5\t5\t25\t4\t5\t20\n")


def test_regression_the_impact_under_an_after_controls_group_was_lost(tmp_path):
    assert _risks(GROUPED_BEFORE_AFTER, tmp_path) == [("SR1", 4, 5, 20)]


KEY_FOR_BOTH_AXES = SHORT_HEAD + (
    "Likelihood and impact: Very high = 5, High = 4, Medium = 3, Low = 2, Very low = 1\n"
    "Ref\tRisk\tLikelihood\tImpact\n"
    "SR1\tBudget gap not closed\tHigh\tVery high\n")


def test_regression_a_key_naming_both_axes_scored_only_the_likelihood(tmp_path):
    assert _risks(KEY_FOR_BOTH_AXES, tmp_path) == [("SR1", 4, 5, 20)]


LETTER_COLUMNS = SHORT_HEAD + (
    "Ref\tRisk\tOwner\tL\tI\n"
    "SR1\tBudget gap not closed\tCFO\tH\tM\n"
    "SR2\tWorkforce gaps widen\tHR\tM\tM\n")


def test_regression_a_register_heading_its_factors_l_and_i_only_gave_no_risks(tmp_path):
    assert _risks(LETTER_COLUMNS, tmp_path) == [("SR1", 3, 2, 6), ("SR2", 2, 2, 4)]


def test_regression_a_heading_saying_after_controls_named_no_score(tmp_path):
    register = SHORT_HEAD + (
        "Risk ref\tRisk\tOwner\tRisk before controls\tRisk after controls\tTarget\n"
        "SR1\tBudget gap not closed\tCFO\t25 (5x5)\t20 (4x5)\t10 (2x5)\n")
    assert _risks(register, tmp_path) == [("SR1", 4, 5, 20)]


def test_a_block_label_saying_after_controls_is_the_current_score_too(tmp_path):
    blocks = LABELLED_BEFORE_CONTROLS.replace("Current score:", "Risk after controls:")
    assert _risks(blocks, tmp_path) == [("SR1", 4, 5, 20), ("SR2", 3, 4, 12)]


KEY_IN_PROSE = SHORT_HEAD + (
    "Likelihood and impact are rated High (3), Medium (2) or Low (1).\n"
    "Ref\tRisk\tOwner\tLikelihood\tImpact\n"
    "SR1\tBudget gap not closed\tCFO\tHigh\tHigh\n"
    "SR2\tWorkforce gaps widen\tHR\tMedium\tHigh\n")


def test_regression_a_key_in_a_sentence_took_the_prose_into_its_names(tmp_path):
    assert values.parse_shared_key("Both are rated High (3), Medium (2) or Low (1).") == {
        "High": 3, "Medium": 2, "Low": 1}
    assert _risks(KEY_IN_PROSE, tmp_path) == [("SR1", 3, 3, 9), ("SR2", 2, 3, 6)]


def test_regression_a_lot_table_awarding_to_a_named_bidder_gave_no_contracts(tmp_path):
    paper = LOT_TABLES.replace(
        "Lot\tScope\tRecommended tenderer\tEstimated annual value\tMaximum value (4 + 1 + 1 years)",
        "Lot no.\tLot title\tAwarded to\tEstimated annual value\tMaximum value (4 + 1 + 1 years)")
    assert _contracts(paper, tmp_path) == [
        ("Marcher Commercial Vehicles Ltd", 2310000.0), ("Beacon Fleet Solutions Ltd", 1275000.0)]


KEY_AS_TABLE = SHORT_HEAD + (
    "Ref\tRisk\tOwner\tLikelihood\tImpact\n"
    "SR1\tBudget gap not closed\tCFO\tH\tH\n"
    "SR2\tWorkforce gaps widen\tHR\tM\tH\n"
    "\n"
    "Rating\tScore\n"
    "High (H)\t5\n"
    "Medium (M)\t3\n"
    "Low (L)\t1\n")


def test_regression_a_key_printed_as_a_table_of_names_and_numbers_was_not_read(tmp_path):
    # the key's numbers, not the usual scale's
    assert _risks(KEY_AS_TABLE, tmp_path) == [("SR1", 5, 5, 25), ("SR2", 3, 5, 15)]


def test_a_key_naming_each_value_and_its_letter_scores_both():
    assert values.parse_shared_key("Key: High (H) = 5; Medium (M) = 3; Low (L) = 1") == {
        "High": 5, "H": 5, "Medium": 3, "M": 3, "Low": 1, "L": 1}
    assert values.parse_shared_key("A = 1, B = 1, C = 1") == {}

"""Regression tests for the KPI, risk and contract misses of held-out round 6's blind batch (F)
on its first run: each named after the bug, on a small paper in the layout that showed it, with
guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import heldout_accuracy
from heldout_support import scored_risks as _risks
from kcc_papers.extract import kpis
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.models import Contract, Kpi


def _kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


# Batch F's papers whose KPIs, risks and contracts this part fixed; the island decision's and the
# Welsh cabinet's contracts are read once those papers are classed (the structure part's).
TABLE_PAPERS = {
    "r6f_shire_county_kpi_scorecard.txt",
    "r6f_transport_committee_kpi_dashboard.pdfsrc",
    "r6f_ijb_audit_risk_register.pdfsrc",
    "r6f_waste_authority_risk_register.txt",
    "r6f_crematorium_joint_committee_minutes.txt",
    "r6f_harbour_commissioners_contract_award.pdfsrc",
    "r6f_london_borough_officer_key_decision.pdfsrc",
    "r6f_scottish_council_tender_acceptances.pdfsrc",
    "r6f_town_council_full_council_minutes.txt",
}
OWN_CLASSES = ("kpis", "risks", "contracts")


def test_the_blind_batch_f_table_papers_read_every_row_of_their_classes():
    _, per_file = heldout_accuracy.evaluate(TABLE_PAPERS)
    misses = {(name, c): (s.fp, s.fn) for name, scores in per_file.items()
              for c, s in scores.items() if c in OWN_CLASSES and (s.fp or s.fn)}
    assert set(per_file) == TABLE_PAPERS and not misses, misses


# ------------------------------------------------------- figures flush right under a dashed rule

FLUSH_RIGHT_SCORECARD = """EASTMERE COUNTY COUNCIL

Scrutiny Committee - 4th March 2026

PERFORMANCE SCORECARD: QUARTER 3

   Ref    Measure                        Target    Q2      Q3      Status
                                         2025/26
   -----  -----------------------------  -------  ------  ------  ---------
   EM 1   Potholes repaired on time         90.0    91.2    93.0   On Track
   EM 2   Days to process a benefit           21      24      30   Off Track
          claim

Commentary follows.
"""


def test_regression_figures_set_flush_right_under_a_dashed_rule_gave_no_kpis(tmp_path):
    # The figures end under their column's rule, not start under its name, and the header's
    # second line names a year ("2025/26"): the table was not read at all.
    assert _kpis(FLUSH_RIGHT_SCORECARD, tmp_path) == [("EM 1", 93.0, "green"),
                                                      ("EM 2", 30.0, "red")]


def test_a_rule_segment_takes_only_cells_within_it(tmp_path):
    from kcc_papers.load import load
    from kcc_papers.load.aligned import aligned_tables

    # a prose line under the table runs across the columns' rule segments: not a row
    text = FLUSH_RIGHT_SCORECARD.replace(
        "Commentary follows.", "   The Committee noted  that repairs  improved  on Q2.")
    path = tmp_path / "paper.txt"
    path.write_text(text)
    (table,) = aligned_tables(load(path).pages[0])
    assert [r[0].text for r in table.rows] == ["Ref", "EM 1", "EM 2"]


# ------------------------------------------------------------------- columns named by months

MONTH_COLUMNS = """NORTHVALE COMBINED AUTHORITY

Transport Committee - 20 February 2026

Network Performance Dashboard: January 2026

Status key: Met - target met or exceeded; Near - within 5% of target; Not met - more than
5% short of target.

Code\tMeasure\tNov\tDec\tJan\tTarget\tStatus
TC01\tBus services departing on time (%)\t82.1\t80.4\t83.0\t85.0\tNear
TC02\tPark and ride occupancy (%)\t64\t58\t61\t70\tNot met
TC03\tTram services operated (%)\t98.9\t99.1\t\t99.0\tMet
"""


def test_regression_columns_named_by_a_month_alone_gave_no_kpis(tmp_path):
    # "Nov | Dec | Jan" were no value columns, so the header was not a KPI table's; the last
    # month with a figure is the latest
    assert _kpis(MONTH_COLUMNS, tmp_path) == [("TC01", 83.0, "amber"), ("TC02", 61.0, "red"),
                                              ("TC03", 99.1, "green")]


def test_a_word_that_starts_like_a_month_names_no_value_column():
    from kcc_papers.extract.kpis.columns import role_of

    assert [role_of(c) for c in ("Nov", "January", "Sept", "Decision", "Mayor", "Marks")] == [
        "latest", "latest", "latest", None, None, None]


# ------------------------------------------------------------ factor letters under "Current"

CURRENT_LETTERS = """GLENMORVERN INTEGRATION JOINT BOARD

Audit and Risk Committee - 18 February 2026

Strategic Risk Register

Ref\tRisk\tLead\tInherent L\tInherent C\tCurrent L\tCurrent C\tCurrent Score\tTarget Score
IJB-R01\tFinancial sustainability of the board\tCFO\t5\t5\t4\t5\t20\t12
IJB-R02\tWorkforce capacity is insufficient\tChief Officer\t5\t4\t3\t4\t12\t9
"""


def test_regression_current_l_and_c_columns_were_read_as_the_score(tmp_path):
    # "Current L" was taken as the current score (4, not 20) and the factors were lost
    assert _risks(CURRENT_LETTERS, tmp_path) == [("IJB-R01", 4, 5, 20), ("IJB-R02", 3, 4, 12)]


# -------------------------------------------- a register in spaces with its scores centred

CENTRED_REGISTER = """EASTMERE JOINT WASTE DISPOSAL AUTHORITY

Meeting of the Authority: Monday 16 March 2026

RISK MANAGEMENT: AUTHORITY RISK REGISTER

No.   Risk                                    Likelihood  Impact  Score  Previous  Owner
----  --------------------------------------  ----------  ------  -----  --------  ---------
WDA1  Energy from waste plant unplanned            3          4      12      16     Clerk
      outage over two weeks
WDA4  Major fire at a transfer station             2          4       8       8     Clerk
"""


def test_regression_scores_centred_under_a_dashed_rule_gave_no_risks(tmp_path):
    assert _risks(CENTRED_REGISTER, tmp_path) == [("WDA1", 3, 4, 12), ("WDA4", 2, 4, 8)]


def test_regression_meeting_of_the_authority_with_its_date_gave_no_meeting_date(tmp_path):
    from kcc_papers.pipeline import process_file

    path = tmp_path / "register.txt"
    path.write_text(CENTRED_REGISTER)
    (doc,) = process_file(str(path)).documents
    assert (doc.meeting_date.isoformat() if doc.meeting_date else None) == "2026-03-16"
    assert doc.committee == "Eastmere Joint Waste Disposal Authority"


# --------------------------------------------------------------------------- contracts in prose

def _contracts(text: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    # the reader over a fragment of a paper, whatever the fragment alone is classed as
    (ctx,) = text_contexts(text, None, tmp_path)
    return sorted(((c.provider, c.value_gbp) for c in read_contracts(ctx)
                   if isinstance(c, Contract)), key=str)


REPORT_HEAD = """CARRICKMOR HARBOUR COMMISSIONERS

Board Meeting - 26 February 2026

AWARD OF CONTRACT

"""


def test_regression_contract_years_between_contract_and_provider_gave_no_award(tmp_path):
    text = REPORT_HEAD + ("The Board is asked to award the maintenance dredging contract "
                          "2026-2029 to Dredgeco Marine Ltd in the sum of £2,184,600.\n")
    assert _contracts(text, tmp_path) == [("Dredgeco Marine Ltd", 2184600.0)]


def test_regression_call_off_under_a_framework_lost_its_provider(tmp_path):
    text = REPORT_HEAD + (
        "To award a call-off contract under the Regional Decarbonisation Framework (Lot 2) to "
        "Brightwell Energy Services Ltd for the installation of heat pumps, at a value of "
        "£3,480,000.\n")
    assert _contracts(text, tmp_path) == [("Brightwell Energy Services Ltd", 3480000.0)]


def test_regression_cremator_no_2_split_the_award_sentence(tmp_path):
    text = REPORT_HEAD + ("It was AGREED that the contract for relining cremator no. 2 be "
                          "awarded to\nPyrotherm Cremation Services Ltd at a cost of £96,800.\n")
    assert _contracts(text, tmp_path) == [("Pyrotherm Cremation Services Ltd", 96800.0)]


def test_regression_accepted_quotation_of_a_bidder_gave_no_contract(tmp_path):
    text = REPORT_HEAD + (
        "Quotations had been received from Brightstar Displays (£61,900) and Festive "
        "Illuminations UK Ltd (£56,250). RESOLVED that the quotation of Festive Illuminations "
        "UK Ltd for the sum of £56,250 over three years be accepted.\n")
    assert _contracts(text, tmp_path) == [("Festive Illuminations UK Ltd", 56250.0)]


def test_regression_approval_threshold_was_read_as_a_contract(tmp_path):
    text = REPORT_HEAD + ("Under the Contract Standing Orders, contracts with a value of "
                          "£250,000 or more require the approval of this Committee.\n")
    assert _contracts(text, tmp_path) == []


def test_a_sum_in_a_sentence_that_neither_awards_nor_accepts_is_no_value(tmp_path):
    text = REPORT_HEAD + ("The tender of Van Hoorn Dredging BV was in the sum of £2,412,000 "
                          "and was not the most advantageous.\n")
    assert all(value is None for _, value in _contracts(text, tmp_path))


def test_regression_accepted_quotation_from_a_bidder_lost_the_sum_after_its_name(tmp_path):
    text = REPORT_HEAD + ("RESOLVED that the quotation from Festive Lighting Ltd of £6,800 be "
                          "accepted.\n")
    assert _contracts(text, tmp_path) == [("Festive Lighting Ltd", 6800.0)]


def test_a_quotation_merely_received_is_no_contract(tmp_path):
    text = REPORT_HEAD + ("A quotation from Festive Lighting Ltd of £6,800 was received and "
                          "will be considered at the next meeting.\n")
    assert all(value is None for _, value in _contracts(text, tmp_path))

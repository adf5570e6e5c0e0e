"""Review of held-out round 26's contract fixes (batches A-D): each test a small paper another
council could publish that the fixes misread, named after the misreading."""

from __future__ import annotations

from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts.contract_cue import CUE_WORDS
from kcc_papers.normalise.needles import holds_any

# ------------ two lots awarded in one clause, each bracketed, the term after the second

TWO_LOTS_ONE_CLAUSE = """Report to Cabinet
Supported Living Framework: Award of Lots 1 and 2
2.1 That Cabinet approves the award of Lot 1 (learning disability supported living) to Elmcroft Support Services Ltd and Lot 2 (mental health supported living) to Riverside Care Partnerships Ltd for three years from 1 June 2027.
4.1 The annual value of Lot 1 is £1,240,000 and of Lot 2 is £860,000.
"""  # noqa: E501


def test_regression_second_bracketed_lot_read_as_no_firm(tmp_path):
    # the bracketed lot's firm is the one name after "to": a second lot's bracket and firm
    # after an "and" are a part of their own, no lot is a party
    assert "Lot 2" not in [provider for provider, _ in _rows(TWO_LOTS_ONE_CLAUSE, tmp_path)]


# ------------ a request for quotations, two bids rejected, the contract let (same sentence)

QUOTES_REJECTED = """Report to the Finance Committee
Replacement of the Community Hall Boiler
3.1 The request for quotations was sent to five heating engineers, two of the three returns were rejected as non-compliant, and the contract was awarded to Thermwell Heating Ltd at a cost of £46,800.
"""  # noqa: E501


def test_regression_request_for_quotations_with_bids_rejected_lets_its_contract(tmp_path):
    assert _rows(QUOTES_REJECTED, tmp_path) == [("Thermwell Heating Ltd", 46_800.0)]


# ------------ a service run in-house since a date, a new contract let in the next clause

IN_HOUSE_SINCE = """Report to Cabinet
Leisure Management Contract
3.1 The Council has operated its leisure centres in-house since April 2020, and Cabinet is asked to approve the award of a leisure management contract for ten years at a value of £9,800,000 following the competitive flexible procedure.
"""  # noqa: E501


def test_regression_history_in_another_clause_keeps_the_new_contracts_value(tmp_path):
    assert _rows(IN_HOUSE_SINCE, tmp_path) == [(None, 9_800_000.0)]


def test_regression_request_for_quotations_with_one_bid_rejected_lets_its_contract(tmp_path):
    # the singular refusal of a return, a clause after the request, refuses no request
    text = QUOTES_REJECTED.replace("two of the three returns were rejected",
                                   "one return was rejected")
    assert _rows(text, tmp_path) == [("Thermwell Heating Ltd", 46_800.0)]


# ------------ a pipeline paper that also reports, in prose, a contract let

PIPELINE_AND_AWARDS = """Report to Cabinet
Title: Procurement Pipeline and Contract Awards 2026/27
2.1 The contract for grounds maintenance was awarded in December following an open procedure at a value of £1,250,000.
"""  # noqa: E501


def test_regression_award_a_pipeline_paper_reports_in_prose_is_read(tmp_path):
    # the pipeline is the paper's table of procurements to come; a sentence telling of a
    # contract let is read as in any other paper
    assert _rows(PIPELINE_AND_AWARDS, tmp_path) == [(None, 1_250_000.0)]


# ------------ a firm licensed "for a fee of £x payable to the Council": the council's income

LICENCE_FEE = """Report to Cabinet
Seafront Kiosk
2.1 That Cabinet approves the appointment of Harbourside Ices Ltd as operator of the seafront kiosk under a licence for three years for a fee of £6,500 a year payable to the Council.
"""  # noqa: E501


def test_regression_fee_payable_to_the_council_is_no_contract_value(tmp_path):
    assert _rows(LICENCE_FEE, tmp_path) == [("Harbourside Ices Ltd", None)]


def test_fee_payable_to_the_councils_contractor_is_still_its_price(tmp_path):
    # the guard: a fee the council pays is the contract's price, whoever it is paid to
    text = LICENCE_FEE.replace("under a licence for three years for a fee of £6,500 a year "
                               "payable to the Council", "for a fee of £6,500 payable to the "
                               "Council's managing agent")
    assert _rows(text, tmp_path) == [("Harbourside Ices Ltd", 6_500.0)]


# ------------ the cue's quick look: words every minutes paper says are no contract's

def test_regression_minutes_words_do_not_wake_the_contract_cue():
    # "present" and "outgoing" open the consultant-in-place cue, but "Present:" and "presented
    # the report" are in most minutes: a paragraph saying them, and no contract's word, is not
    # run through CONTRACT_CUE (30 times the time on a minutes pack with them as cue words)
    assert not holds_any("Present: Cllr A Smith. The Chair presented the outgoing chair's "
                         "report on the present position.", CUE_WORDS)


# ------------ "has provided ... since 2023 and Cabinet approves a new contract ... at £x"

HELD_AND_LET_ANEW = """Report to Cabinet
Fleet Workshop Services
2.1 Sterling Fleet Ltd has provided workshop services since 2023 and Cabinet approves a new contract for the service at a value of £3,100,000 from April 2028.
"""  # noqa: E501


def test_regression_new_contract_after_the_history_keeps_its_value(tmp_path):
    # the history is the old contract's; the sum after "approves a new contract" is the new one's
    assert 3_100_000.0 in [value for _, value in _rows(HELD_AND_LET_ANEW, tmp_path)]

"""Review of held-out round 28's contracts fixes (batches A, B, D, F): each test a paper
another council could publish that the fixes misread, named after what was misread."""

from __future__ import annotations

from heldout_support import contract_rows, heldout_accuracy

# ------------ a contract sum that includes something and is priced itself

SUM_INCLUDES = """REPORT TO THE ENVIRONMENT COMMITTEE

HEAT PUMP WORKS: AWARD

1.1 That the Committee approves the award of the contract for the heat pump works to Thermion Building Services Ltd. The contract sum {includes} and is £2,146,900.
"""  # noqa: E501


def test_regression_contract_sum_including_fees_keeps_its_own_price(tmp_path):
    rows = contract_rows(SUM_INCLUDES.format(includes="includes all fees and surveys"),
                         tmp_path)
    assert rows == [("Thermion Building Services Ltd", 2146900.0)]


# ------------ recommendations marked "(R1)", "(R2)", the first without a full stop

RECOMMENDATIONS = """REPORT TO THE CABINET

FACILITIES CONTRACTS

Recommendations
(R1) Approve the award of the contract for cleaning to Brightclean Ltd
(R2) Approve the award of the contract for security to Guardall Ltd at a cost of £200,000.
"""


def test_regression_recommendation_marks_still_start_their_items(tmp_path):
    # a road's number "(A1)" wraps onto a line; a list's "(R2)" after its "(R1)" does not
    assert contract_rows(RECOMMENDATIONS, tmp_path) == [("Brightclean Ltd", None),
                                                        ("Guardall Ltd", 200000.0)]


# ------------ work commissioned as a grant, or from a body named after "the"

COMMISSION = """REPORT TO THE COMMUNITIES COMMITTEE

ADVICE SERVICES

4.1 {work} at a cost of £48,000.
"""


def test_regression_services_commissioned_as_a_grant_are_no_contract(tmp_path):
    work = "Advice services were commissioned from Citizens Advice Kent Ltd as a grant"
    assert contract_rows(COMMISSION.format(work=work), tmp_path) == []


def test_regression_work_commissioned_from_the_firm_names_it(tmp_path):
    work = "The habitat survey was commissioned from the Kent Wildlife Trust Ltd"
    assert contract_rows(COMMISSION.format(work=work), tmp_path) == [
        ("Kent Wildlife Trust Ltd", 48000.0)]


def test_regression_work_commissioned_from_no_named_body_is_no_contract(tmp_path):
    # the cue reads without case: "from the university" is no capital, no firm it names
    work = "A study commissioned from the university and written up by Arup Ltd"
    assert contract_rows(COMMISSION.format(work=work), tmp_path) == []


# ------------ arrangements of working together with a company, extended

ARRANGEMENT = """REPORT TO THE HOUSING COMMITTEE

PARTNERSHIP WORKING

3.1 Members agreed to extend the {kind} with Kent Housing Group Ltd for a further year at a total cost of £12,000.
"""  # noqa: E501


def test_regression_partnership_arrangements_extended_are_no_contract(tmp_path):
    for kind in ("partnership arrangements", "joint working arrangement",
                 "governance arrangements"):
        assert contract_rows(ARRANGEMENT.format(kind=kind), tmp_path) == [], kind


def test_regression_arrangement_extended_still_a_contract(tmp_path):
    # the guard: the arrangement itself, the service the paper is about, is its contract let
    # again
    rows = contract_rows(ARRANGEMENT.format(kind="existing arrangement"), tmp_path)
    assert rows == [("Kent Housing Group Ltd", 12000.0)]


# ------------ an older paper's outgoing operator "whose contract ends" (r12e)


def test_regression_outgoing_operator_whose_contract_ends_is_expected_in_r12e():
    # "run since 2015 by Brookway Leisure Ltd, whose contract ends on 30 June 2027": the
    # contract in place, listed with no value as r9l, r9o, r11y, r14b and r28d list theirs
    # (its expected data had left it out; the round 28 rule reads it)
    totals, _ = heldout_accuracy.evaluate({"r12e_district_cabinet_leisure_contract_pack.pdfsrc"})
    assert totals["contracts"].f1 == 1.0

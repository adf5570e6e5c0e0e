"""Regression tests for the contract misses of held-out round 26's batches A-D (Procurement Act
packs, a contracts register with waivers, a project board's contractor award): each named
after what was misread, on small papers in the layouts that showed it, with guards of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import ContractRow, contexts, contract_rows_of, rendered
from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts.sentences import sentences

# ------------ a request for a waiver that was refused (r26a county audit and governance pack)

REFUSED_WAIVER = """## Report to the Audit and Governance Committee
Date of meeting:	29 January 2026
Report of:	Head of Commercial and Procurement
Subject:	Waivers of Contract Procedure Rules - Quarter 3 2025/26
** 1. Recommendation
1.1 That the committee notes the waiver of the Contract Procedure Rules approved in Quarter 3 and the one waiver request refused.
** 2. Waivers approved
|- Waiver | Service | Supplier | Value (£) | Reason |
| W25/15 | Interim Director of Adult Social Care | Calder Interim Partners Ltd | 92,400 | Urgent vacancy cover for six months |
** 3. Waiver refused
3.1 A request to award twelve months of office cleaning to Spotless Hall Services Ltd at £138,000 without competition was refused by the Section 151 Officer; the service will be tendered under the open procedure in February 2026.
"""  # noqa: E501


def _pdf_rows(source: str, tmp_path: Path) -> list[ContractRow]:
    return contract_rows_of(contexts(rendered(source, tmp_path), None))


def test_request_refused_whole_lets_no_contract(tmp_path):
    # the sentence opens on the request and says it was refused: nothing it asked was let
    assert _pdf_rows(REFUSED_WAIVER, tmp_path) == [("Calder Interim Partners Ltd", 92_400.0)]


def test_award_after_a_refused_request_is_still_read(tmp_path):
    # the guard: a paragraph of its own that lets a contract is read as ever
    text = REFUSED_WAIVER + ("3.2 Following the open procedure, the contract for office "
                             "cleaning was awarded to Brightclean Facilities Ltd at a cost of "
                             "£129,500.\n")
    assert ("Brightclean Facilities Ltd", 129_500.0) in _pdf_rows(text, tmp_path)


# ------------ "The contract sum is within the construction budget of £X" (r26b leisure board)

WITHIN_BUDGET = """Project Board
Item 5: Appointment of Main Contractor (Stage 2)
The Board approved the appointment of Kellaway Bright Construction Ltd as main contractor at a contract sum of £17,396,480.
Financial implications
The contract sum is within the construction budget of £17,420,000.
"""  # noqa: E501


def test_budget_the_contract_sum_is_within_is_no_value(tmp_path):
    assert _rows(WITHIN_BUDGET, tmp_path) == [("Kellaway Bright Construction Ltd", 17_396_480.0)]


def test_contract_sum_itself_is_still_read(tmp_path):
    # the guard: the sum the cue names as the contract's, no budget between, is still a row
    text = WITHIN_BUDGET.replace("is within the construction budget of", "is")
    assert 17_420_000.0 in [value for _, value in _rows(text, tmp_path)]


# ------------ a procurement pipeline's table of estimates, no supplier (r26a district cabinet)

PIPELINE = """Report to:        Cabinet
Date of meeting:  14 January 2026
Title:            Procurement Pipeline 2026/27

1.  RECOMMENDATION

1.1 That Cabinet notes the procurement pipeline for 2026/27 published under section
    93 of the Procurement Act 2023.

2.  PIPELINE

2.1 The following procurements above £2 million are planned. No supplier has yet
    been selected for any of them.

    Ref     Contract                           Procedure            Est. value    Start
    PP01    Leisure management                 Competitive flexible £9,800,000    Apr 2027
    PP02    Housing repairs and voids          Open                 £4,200,000    Oct 2026
    PP03    Car park enforcement               Open                 £2,350,000    Jan 2027
"""


def test_pipeline_estimates_are_no_contracts(tmp_path):
    assert _rows(PIPELINE, tmp_path) == []


def test_same_table_outside_a_pipeline_is_read(tmp_path):
    # the guard: the rule is the paper's title, not the table's layout
    text = PIPELINE.replace("Procurement Pipeline 2026/27", "Contracts let in 2025/26")
    assert _rows(text, tmp_path) != []


# ------------ "Brightside Cleaning Co. Ltd": a stop inside a firm's name (r26c trust board)

OUTGOING_CO_LTD = """CLEANING SERVICES CONTRACT: AWARD
Report of the Chief Finance and Operations Officer

1. Recommendation

   That trustees approve the award of the contract for cleaning
   services at all four academies to Sparkwell Facilities Services
   Ltd for three years from 1 September 2027, at an annual cost of
   £186,420 and a total contract value of £559,260.

2. Background

   The current contract with Brightside Cleaning Co. Ltd expires on
   31 August 2027.
"""


def test_company_abbreviation_before_legal_form_ends_no_sentence(tmp_path):
    assert _rows(OUTGOING_CO_LTD, tmp_path) == [
        ("Sparkwell Facilities Services Ltd", 559_260.0), ("Brightside Cleaning Co. Ltd", None)]


def test_company_abbreviation_at_a_sentence_end_still_ends_it():
    # the guard: "Co." before a new sentence that is no legal form ends the sentence
    assert sentences("The contract is with Brightside Cleaning Co. It ends in 2027.") == [
        "The contract is with Brightside Cleaning Co.", "It ends in 2027."]


# ------------ lettered awards of lots, each lot's cover bracketed (r26c county cabinet catering)

LOTS_LETTERED = """Report to Cabinet
Award of the School Catering Contract (Lots 1 and 2)
2.1 That Cabinet:
(a) approves the award of Lot 1 (primary and special schools, north and west areas) to Harvest Table Catering Ltd for five years from 1 August 2027, with an option to extend for up to two further years, at an estimated whole-life value of £12,474,000;
(b) approves the award of Lot 2 (primary and secondary schools, south and east areas) to Fernleaf Education Catering Ltd for the same term at an estimated whole-life value of £8,316,700;
(c) notes the price of a meal.
"""  # noqa: E501


def test_lot_awarded_alone_with_bracketed_cover_is_read(tmp_path):
    assert _rows(LOTS_LETTERED, tmp_path) == [("Harvest Table Catering Ltd", 12_474_000.0),
                                              ("Fernleaf Education Catering Ltd", 8_316_700.0)]


def test_lot_awarded_to_no_firm_is_no_contract(tmp_path):
    # the guard: a lot awarded to no firm with a legal form is no row
    text = LOTS_LETTERED.replace("Harvest Table Catering Ltd", "the in-house catering service")
    assert [p for p, _ in _rows(text, tmp_path)] == ["Fernleaf Education Catering Ltd"]


# ------------ "The present consultant, X Ltd, was appointed ..." (r26b borough cabinet report)

CONSULTANT_IN_PLACE = """Report to Cabinet
Town Centre Programme: Appointment of Programme Management and Cost Consultant
3.1 The Programme Board, chaired by the Leader, has overseen the programme since 2026. The present consultant, Ambrose Kettering Associates Ltd, was appointed for the development phase and its commission ends on 30 April 2029.
"""  # noqa: E501


def test_consultant_in_place_named_in_apposition_is_read(tmp_path):
    assert _rows(CONSULTANT_IN_PLACE, tmp_path) == [("Ambrose Kettering Associates Ltd", None)]


def test_consultant_in_place_who_is_a_person_is_no_contract(tmp_path):
    # the guard: a consultant named without a legal form may be a person
    text = CONSULTANT_IN_PLACE.replace("Ambrose Kettering Associates Ltd", "Dr Helen Marsh")
    assert _rows(text, tmp_path) == []


# ------------ "appointment of X Ltd as Clerk of Works ... for a fee of £y" (r26b school board)

CLERK_OF_WORKS = """Paper D
Appointment of Clerk of Works
Report of the Technical Lead
Recommendation
That the Project Board approves the appointment of Hollinshead Site Services Ltd as Clerk of Works for the remainder of the construction phase, for a fee of £41,850.
"""  # noqa: E501


def test_firm_appointed_for_a_fee_is_a_contract_at_that_fee(tmp_path):
    assert _rows(CLERK_OF_WORKS, tmp_path) == [("Hollinshead Site Services Ltd", 41_850.0)]


def test_person_appointed_for_a_fee_is_no_contract(tmp_path):
    # the guard: only a firm with a legal form appointed makes the fee a contract's
    text = CLERK_OF_WORKS.replace("Hollinshead Site Services Ltd", "Mr Peter Hollinshead")
    assert _rows(text, tmp_path) == []


# ------------ "award ... to A Ltd at a value of £x and to B Ltd at a value of £y" (r26a board)

TWO_AWARDS_JOINED = """Report to the Board
Adult Skills Provision: Contract Award
1.1 That the Board approves the award of contracts for adult skills provision from 1 August 2026 to 31 July 2029 to Kernow Learning Partnership Ltd at a value of £3,480,000 and to Tamar Valley Training Ltd at a value of £2,265,000.
"""  # noqa: E501


def test_second_part_joined_by_and_is_let_by_the_same_award(tmp_path):
    assert _rows(TWO_AWARDS_JOINED, tmp_path) == [
        ("Kernow Learning Partnership Ltd", 3_480_000.0),
        ("Tamar Valley Training Ltd", 2_265_000.0)]


def test_firm_set_against_the_award_is_let_nothing(tmp_path):
    # the guard: a firm the award is preferred to, however near, is no part of it
    text = TWO_AWARDS_JOINED.replace(" and to Tamar Valley Training Ltd at a value of £2,265,000",
                                     ", in preference to Tamar Valley Training Ltd at a value "
                                     "of £3,700,000")
    assert _rows(text, tmp_path) == [("Kernow Learning Partnership Ltd", 3_480_000.0)]


# ------------ a modification's paper telling the contract's history (r26a fire authority)

MODIFICATION = """Report to the Resources Committee
Fleet Workshop Services: Contract Modification
1.1 That the Committee approves a modification of the fleet workshop services contract with Sterling Emergency Fleet Ltd to add the servicing of eight new electric response cars, at an additional cost of £126,400 over the remaining contract term.
2.1 Sterling Emergency Fleet Ltd has provided fleet workshop services since April 2023 under a contract awarded for five years at a value of £2,850,000.
"""  # noqa: E501


def test_price_of_a_contract_held_since_a_date_is_no_row(tmp_path):
    assert _rows(MODIFICATION, tmp_path) == [("Sterling Emergency Fleet Ltd", 126_400.0)]


def test_contract_value_without_its_history_is_still_read(tmp_path):
    # the guard: the same sum said of a contract let, no history, is a row still
    text = MODIFICATION.replace("Sterling Emergency Fleet Ltd has provided fleet workshop "
                                "services since April 2023 under a",
                                "The fleet workshop services")
    assert (None, 2_850_000.0) in _rows(text, tmp_path)

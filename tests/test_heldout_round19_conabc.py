"""Regression tests for the contract misses of held-out round 19's blind batches A-C: each
named after the bug, on small papers in the layouts that showed it, with guards of the general
rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "awards ... to X for a total of £Y": the total named by no cost or value word

DREDGING_AWARD = """HARBOUR BOARD
Report title: Maintenance Dredging Contract
1. RECOMMENDATION
1.1 That the Board awards the maintenance dredging contract for 2027-2030 to Tidewell Dredging NV for a total of £2,946,000 (three years at £982,000 a year), with an option to extend for a further two years.
2. BACKGROUND
2.1 The current contract with Saltmarsh Marine Services Ltd expires on 31 March 2027 and cannot be extended further.
"""  # noqa: E501


def test_award_for_a_total_of_lost_its_value(tmp_path):
    assert _rows(DREDGING_AWARD, tmp_path) == [
        ("Tidewell Dredging NV", 2_946_000.0), ("Saltmarsh Marine Services Ltd", None)]


def test_a_total_not_given_to_the_firm_awarded_is_no_value(tmp_path):
    # "a total of" prices the award only after the firm it lets to
    budget = DREDGING_AWARD.replace(
        "for a total of £2,946,000 (three years at £982,000 a year), with",
        "with").replace("2.1 The", "2.1 Dredging cost a total of £2,100,000 last year. The")
    assert _rows(budget, tmp_path) == [
        ("Tidewell Dredging NV", None), ("Saltmarsh Marine Services Ltd", None)]


# ------------ "the extension of the contract for <service> with X": the firm after the service

CONVEYANCE_EXTENSION = """JOINT CORONER SERVICE COMMITTEE
Report title: Mortuary Services
2. RECOMMENDATIONS
2.1 That the Committee:
     (a) approves the award of the mortuary services contract to Brookfield Mortuary Services Ltd for five years from 1 April 2028 at an estimated total value of £2,385,000; and
     (b) approves the extension of the contract for the removal and conveyance of the deceased with Ashgrove Funeral Services for twelve months to 31 March 2029 at a cost of £96,500.
5. REMOVAL AND CONVEYANCE
5.1 The contract with Ashgrove Funeral Services for the removal of bodies to the mortuary ends on 31 March 2028.
"""  # noqa: E501


def test_extension_of_contract_for_a_service_with_a_firm_lost_the_firm(tmp_path):
    # the extension's firm holds the priced row; the paragraph about its contract ending is
    # the same contract, not a row of its own
    assert _rows(CONVEYANCE_EXTENSION, tmp_path) == [
        ("Brookfield Mortuary Services Ltd", 2_385_000.0), ("Ashgrove Funeral Services", 96_500.0)]


# ------------ an urgent purchase from a firm, reported for information: no "contract" said

URGENT_PURCHASE = """MINUTES OF THE MEETING OF THE COUNCIL
13. URGENT DECISIONS TAKEN BY THE CHIEF EXECUTIVE
The Chief Executive reported, for information, that on 20th October 2027, after
consulting the Leader, he had approved the purchase of two replacement gritting vehicles
from Copperfold Fleet Solutions Ltd at a cost of £287,400, the supplier having offered
delivery before 1st December 2027.
"""


def test_purchase_from_a_firm_read_as_no_contract(tmp_path):
    assert _rows(URGENT_PURCHASE, tmp_path) == [("Copperfold Fleet Solutions Ltd", 287_400.0)]


def test_purchase_from_a_party_without_a_legal_form_is_no_contract(tmp_path):
    # people and councils sell land to a council too: only a firm's sale is a supply
    land = URGENT_PURCHASE.replace("two replacement gritting vehicles\nfrom Copperfold Fleet "
                                   "Solutions Ltd", "a strip of land\nfrom Mr and Mrs Copperfold")
    assert _rows(land, tmp_path) == []


# ------------ "carried out by X under a call-off contract": work done under a contract

INVESTIGATOR = """## Kestrel District Council
!! CODE OF CONDUCT COMPLAINTS: HALF-YEARLY REPORT
** 2. Investigations
2.1 Investigations are carried out by Fernlow Governance Services under a call-off contract for 2026-2029 with a fixed rate of £68 an hour.
"""  # noqa: E501


def test_work_carried_out_by_a_firm_under_a_contract_lost_the_firm(tmp_path):
    # priced only by the hour: a rate, no value
    assert _pdf_rows(INVESTIGATOR, tmp_path) == [("Fernlow Governance Services", None)]


# ------------ "provided under a contract with X ... The contract value in 2026/27 was £Y."

CONTRACT_IN_PLACE_VALUED = """FENSHAM DISTRICT COUNCIL
Report title: Waste and Recycling Contract: Annual Review

2. THE CONTRACT

2.1 Waste and recycling collections are provided under a contract with
    Greenmere Environmental Services Ltd which began on 1 April 2024 for
    eight years. The contract value in 2026/27 was £4.62m.

2.2 Missed bins averaged 38 per 100,000 collections in 2026/27.
"""


def test_contract_value_after_the_contract_named_in_its_paragraph_was_a_row_apart(tmp_path):
    assert _rows(CONTRACT_IN_PLACE_VALUED, tmp_path) == [
        ("Greenmere Environmental Services Ltd", 4_620_000.0)]


def test_contract_value_in_the_next_paragraph_stays_apart(tmp_path):
    # a paragraph on: "the contract" may be another than the one in place
    apart = CONTRACT_IN_PLACE_VALUED.replace(" The contract value in 2026/27 was £4.62m.", "\n\n"
                                             "2.2 The contract value in 2026/27 was £4.62m.")
    assert _rows(apart, tmp_path) == [
        ("Greenmere Environmental Services Ltd", None), (None, 4_620_000.0)]


# ------------ a register of urgent decisions ("Ref | Decision | Date") in minutes: the row's
# ------------ reference, printed mid-cell, parted the award's words when read as lines

URGENT_DECISIONS_TABLE = """%% font serif
## WESTFOLD COUNTY COUNCIL
** MINUTES of the meeting of the County Council held on Thursday 9th December 2027
** CC 27/65 URGENT DECISIONS TAKEN BY THE CHIEF EXECUTIVE
The Chief Executive reported, for information, the decisions she had taken under the urgency procedure in Standing Order 37 since the last meeting:
|# Ref | Decision | Date |
| UD 27/09 | Acceptance of the Bus Service Improvement Plan grant of £2.31m for 2027/28 | 14/10/2027 |
| UD 27/10 | Award of the winter maintenance salt supply contract to Rocksalt Minerals Ltd at £418,600 for the winter of 2027/28 | 28/10/2027 |
| UD 27/11 | Temporary closure of Haybridge Household Waste Recycling Centre for structural repairs | 11/11/2027 |
RESOLVED - That the urgent decisions taken by the Chief Executive be noted.
"""  # noqa: E501


def test_award_in_a_decisions_register_parted_by_its_reference_was_lost(tmp_path):
    assert _pdf_rows(URGENT_DECISIONS_TABLE, tmp_path) == [("Rocksalt Minerals Ltd", 418_600.0)]


def test_rooms_block_booked_from_a_firm_read_as_no_contract(tmp_path):
    # "To block-book ... from X Ltd": rooms bought from a firm, as goods purchased are
    booked = ("13. URGENT DECISIONS\nThe Leader reported that he had decided to block-book "
              "24 units of temporary accommodation at Marlow Lodge from Arlenby Hospitality Ltd "
              "for six months at a cost of £312,000.\n")
    assert _rows(booked, tmp_path) == [("Arlenby Hospitality Ltd", 312_000.0)]

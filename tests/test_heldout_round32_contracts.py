"""Held-out round 32, contracts: the misses fixed, each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# An implementation executive's schedule of contracts to novate or split: a row whose
# provider cell counts its holders and names none ("Various (14 operators)") is many
# contracts, no one of them.
SCHEDULE_WITH_VARIOUS_HOLDERS = source_lines(
    "## Eastmarch Implementation Executive",
    "** Contracts: novation and disaggregation",
    "--- page landscape ---",
    "** Appendix A: Schedule of contracts",
    "|# Ref | Predecessor council | Contract | Provider | Route | Expires | Contract value (£) |",
    "| C01 | Tollbridge BC | Household waste collection | Brightway Environmental Services Ltd"
    " | Novate | 31/03/2031 | 28,640,000 |",
    "| C02 | ^ | Home to school transport | Various (14 operators) | Disaggregate | Various"
    " | 41,300,000 |",
    "| C03 | ^ | Grounds maintenance | Greenfold Landscapes Ltd | Novate | 30/09/2028"
    " | 1,740,000 |",
)


def test_a_schedule_row_held_by_various_operators_is_no_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(SCHEDULE_WITH_VARIOUS_HOLDERS, tmp_path)))
    assert rows == [("Brightway Environmental Services Ltd", 28640000.0),
                    ("Greenfold Landscapes Ltd", 1740000.0)]


# A combined authority's award: the provider in place is named by "the current arrangement
# with X Ltd", when it was let said between its name and its end; it bid again and lost.
ARRANGEMENT_LET_THEN_ENDS = source_lines(
    "## Eastmarch Mayoral Combined Authority",
    "** Single Investment Fund: Appointment of Programme Assurance Partner",
    "** 1. Recommendation",
    "1.1 That the Board approves the award of the contract for programme assurance services to"
    " Kestrel Lane Advisory LLP for four years from 1 October 2032 at a total contract value of"
    " £2,184,000.",
    "** 2. Background",
    "2.1 Each business case is appraised independently. The current arrangement with Pennine"
    " Economics Ltd, let in 2028, ends on 30 September 2032. Pennine Economics Ltd bid for the"
    " new contract and was not successful.",
    "| Bidder | Quality (60) | Price (40) | Total | Rank |",
    "| Kestrel Lane Advisory LLP | 52.8 | 36.1 | 88.9 | 1 |",
    "| Pennine Economics Ltd | 49.2 | 34.4 | 83.6 | 2 |",
)


def test_an_arrangement_in_place_let_in_an_aside_is_a_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(ARRANGEMENT_LET_THEN_ENDS, tmp_path)))
    assert rows == [("Kestrel Lane Advisory LLP", 2184000.0), ("Pennine Economics Ltd", None)]


# A transport committee's bus franchise award: two franchise contracts let in one sentence,
# each named by its reference and priced "at a total contract value of".
FRANCHISES_IN_ONE_SENTENCE = source_lines(
    "## Eastmarch Combined Authority",
    "** Bus Franchising: Award of Tranche 1 Franchise Contracts",
    "** 1. Recommendations",
    "1.1 That the Committee recommends that the Mayor awards Franchise Contract T1-L1 (Eastmarch"
    " City and Brackmere large franchise) to Northgate Coastline Buses Ltd at a total contract"
    " value of £214,600,000 and Franchise Contract T1-S1 (Holderby small franchise) to Holderby"
    " Motor Services Ltd at a total contract value of £38,250,000, each for seven years from"
    " 2 August 2033.",
)


def test_two_named_franchise_contracts_awarded_in_one_sentence(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(FRANCHISES_IN_ONE_SENTENCE, tmp_path)))
    assert rows == [("Northgate Coastline Buses Ltd", 214600000.0),
                    ("Holderby Motor Services Ltd", 38250000.0)]


# A Northern Irish district's tender report: the tender itself awarded, by the noun ("the
# award of the tender for the supply of ... to X Ltd at a cost of").
TENDER_AWARDED = """Tender Report: Supply of Refuse Collection Vehicles
Recommendation
It is recommended that Members approve the award of the tender for the supply of six refuse \
collection vehicles to Antrim Commercial Vehicles Ltd at a cost of £1,926,000.
Tender evaluation
Antrim Commercial Vehicles Ltd scored 90 and Foyle Truck Centre Ltd scored 83.
"""


def test_the_award_of_the_tender_for_a_supply_to_a_firm(tmp_path: Path) -> None:
    assert contract_rows(TENDER_AWARDED, tmp_path) == [
        ("Antrim Commercial Vehicles Ltd", 1926000.0)]


# An implementation programme board's change request: a variation to a predecessor council's
# contract, the council named in full with no article, priced "at an additional cost of".
VARIATION_TO_A_NAMED_COUNCIL_S_CONTRACT = """Paper D: Change Request CR-07
2. Cost
2.1 The parallel running requires a variation to Tollbridge Borough Council's existing \
contract with Corvell Public Systems Ltd, at an additional cost of £84,000, to be met from the \
programme contingency (balance £412,000).
"""


def test_a_variation_to_a_named_council_s_contract_prices_it(tmp_path: Path) -> None:
    assert contract_rows(VARIATION_TO_A_NAMED_COUNCIL_S_CONTRACT, tmp_path) == [
        ("Corvell Public Systems Ltd", 84000.0)]


# A reorganisation joint committee's consultancy award: the outgoing modeller did its work
# under a call-off (the paper never says "contract" of it), and its commission ends.
MODELLER_UNDER_A_CALL_OFF = """Programme Support and Financial Case: Appointment
1.1 That the Joint Committee approves the appointment of Larchfield Public Consulting LLP to \
provide programme support, for a fixed fee of £186,400, from 22 September 2025 to 31 March 2026.
2.1 The financial modelling for the options appraisal was done by Castellan Economics Ltd \
under a call-off let by Eastmarch County Council in May 2025. Castellan's commission ends on \
30 September 2025 when the draft financial case is delivered.
"""


def test_a_firm_working_under_a_call_off_holds_a_contract(tmp_path: Path) -> None:
    assert contract_rows(MODELLER_UNDER_A_CALL_OFF, tmp_path) == [
        ("Larchfield Public Consulting LLP", 186400.0), ("Castellan Economics Ltd", None)]

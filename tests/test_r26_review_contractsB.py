"""Regression tests for the review of held-out round 26's contract fixes (batches E-H): small
papers another council would publish, misread by the fixes' first versions."""

from __future__ import annotations

from conftest import contexts
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of, rendered
from kcc_papers.extract.contracts.unit_prices import unit_priced

# ------------ one lot awarded alone: what stands between its firm and a sum

LOT_HEAD = "Report to Cabinet\nHome to school transport: contract award\n"


def test_regression_lone_lot_takes_no_sum_of_another_firm(tmp_path):
    # the sum after the clause is what the work sub-let to Bellmoor costs, not the lot's
    text = LOT_HEAD + (
        "1.1 Cabinet awards Lot 1 (minibus routes) to Cheviot Passenger Services Ltd, which will "
        "sub-let two of the routes to Bellmoor Travel Ltd at a cost of £350,000.\n")
    assert _rows(text, tmp_path) == []


def test_regression_lone_lot_takes_no_sum_of_another_lot(tmp_path):
    # the next lot's party names no legal form (no part of the award pairs it): its sum is
    # still not the first lot's
    text = LOT_HEAD + (
        "1.1 Cabinet awards Lot 1 (minibus routes) to Cheviot Passenger Services Ltd for four "
        "years, and Lot 2 (escorts) to the Harrowfield Escort Partnership at an estimated value "
        "of £640,000.\n")
    assert _rows(text, tmp_path) == []


def test_lone_lot_with_its_term_and_an_aside_keeps_its_sum(tmp_path):
    # (guard) the term, its start and an option between the firm and its sum are the lot's own
    text = LOT_HEAD + (
        "1.1 Cabinet awards Lot 1 (minibus routes, north) to Cheviot Passenger Services Ltd for "
        "a period of four years commencing 1 January 2029, with an option to extend for two "
        "years, at an estimated value of £3,840,000.\n")
    assert _rows(text, tmp_path) == [("Cheviot Passenger Services Ltd", 3_840_000.0)]


# ------------ a table of contracts ending, re-let on the dates an award column expects

ENDING = """## Contracts register
** Table 2: contracts ending in 2029
| Contract | Annual value | End date | Expected award date |
| Food waste vehicles | £190,000 | 31/03/2029 | March 2029 |
| Mixed recycling processing | £450,000 | 30/09/2029 | September 2029 |
"""


def test_regression_contracts_ending_with_their_reletting_expected_are_read(tmp_path):
    # an end date says the rows are let and running: only their successors are still to come
    rows = contract_rows_of(contexts(rendered(ENDING, tmp_path)))
    assert rows == [(None, 190_000.0), (None, 450_000.0)]


# ------------ a bid priced for a financial year is a period's price, not a unit's

FINANCIAL_YEAR = """## KENT COUNTY COUNCIL
** Cleaning services: award
Recommendation: to award the contract for office cleaning to Sparkle Cleaning Ltd.
** Table 1: tenders
| Bidder | Price (£ per financial year) | Quality score (60) | Total score (100) |
| Sparkle Cleaning Ltd | £120,000 | 50 | 90 |
| Shine Services Ltd | £130,000 | 48 | 85 |
"""


def test_regression_price_per_financial_year_prices_the_award(tmp_path):
    rows = contract_rows_of(contexts(rendered(FINANCIAL_YEAR, tmp_path)))
    assert rows == [("Sparkle Cleaning Ltd", 120_000.0)]


def test_regression_qualified_years_are_no_units():
    for header in ("Price per calendar year", "Cost per academic year",
                   "Annual price (per financial year)", "Price per school year"):
        assert not unit_priced(header), header
    for header in ("Price per appliance", "Basket price", "Unit rate", "Price each"):
        assert unit_priced(header), header  # (guard: the units still are)


# ------------ a contract's long title before "contract to <purpose>"

PURPOSE_TITLE = """Report to the National Park Authority
Visitor centre: contract award
It is recommended that Members award the Northern Coast Ranger and Visitor Safety Service contract to operate the visitor centre at Porth Glas to Cadwyn Countryside Services Ltd.
"""  # noqa: E501


def test_regression_long_title_before_a_contracts_purpose_is_read(tmp_path):
    # seven words of title, as the award pattern without a purpose now reads them
    assert _rows(PURPOSE_TITLE, tmp_path) == [("Cadwyn Countryside Services Ltd", None)]

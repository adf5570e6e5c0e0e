"""Held-out round 33, contracts: a value said in a sentence of its own that refers back to the
contract a sentence before named by its firm (``back_values``), each on a small paper written
in the layout that showed the miss."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# A district council's award report: each firm named in one sentence, its price in the next;
# an estimate, a budget and a losing bidder's price around them.
AWARDS_PRICED_AFTER = source_lines(
    "## Harrowfield District Council",
    "** Executive",
    "** 1. Recommendations",
    "(a) award the street cleansing contract to Pellow Sweepers Ltd for four years from"
    " 1 June 2027;",
    "(b) award the public toilets cleaning contract to Brightpan Hygiene Ltd for three years;"
    " and",
    "(c) approve a call-off from the regional fuel cards framework with Fleetcard Direct Ltd.",
    "** 2. Street cleansing",
    "2.1 The estimate before tendering was £2.2m and the budget is £520,000 a year.",
    "2.2 Pellow Sweepers Ltd offered the best value for money. Its price is £510k p.a. for"
    " 4 years (£2.04m).",
    "** 3. Public toilets",
    "3.1 Two bids were received and Brightpan Hygiene Ltd ranked first. The contract runs for"
    " an initial two years at £180,000, with a one-year option. The total value of the award,"
    " including the option, is £270,000.",
    "** 4. Fuel cards",
    "4.1 The Council will draw down from the regional fuel cards framework by direct award to"
    " Fleetcard Direct Ltd. The call-off is for two years and is worth up to £900,000.",
)


def test_a_value_that_refers_back_is_the_contract_of_the_firm_named_before(
        tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(AWARDS_PRICED_AFTER, tmp_path)))
    assert rows == [("Pellow Sweepers Ltd", 2040000.0), ("Brightpan Hygiene Ltd", 270000.0),
                    ("Fleetcard Direct Ltd", 900000.0)]


# A losing bidder named nearer than the winner: "Its price" is the bidder's, no contract's.
LOSING_BIDDER_NEARER = source_lines(
    "## Harrowfield District Council",
    "** Executive",
    "1.1 To award the parks mowing contract to Sedgecombe Turf Ltd for three years.",
    "2.1 Sedgecombe Turf Ltd scored highest on quality. Amberly Lawns Ltd was second. Its price"
    " was £310,000.",
)


def test_a_losing_bidders_price_said_after_it_is_no_value(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(LOSING_BIDDER_NEARER, tmp_path)))
    assert rows == [("Sedgecombe Turf Ltd", None)]


# A scrutiny report in plain text: the recommendation extends the contract with a trust; the
# extension's total cost two paragraphs on, beside a budget and a retender's estimate.
EXTENSION_COST_PARAGRAPHS_ON = """Report to:      Place Scrutiny Committee
Date:           3 March 2027
Subject:        Library Services Contract Extension

1.   RECOMMENDATION

1.1  That the Committee recommends to Cabinet that the library services
     contract with Readwell Community Trust be extended for one year from
     1 July 2027.

2.   BACKGROUND

2.1  Readwell Community Trust has run the Council's libraries since 2020.
     The contract allows a single extension of one year.

2.2  The extension would be at a total cost of £1,150,000 for the year. The
     revenue budget for the contract is £1,100,000.
"""


def test_an_extensions_total_cost_paragraphs_on_is_its_value(tmp_path: Path) -> None:
    assert contract_rows(EXTENSION_COST_PARAGRAPHS_ON, tmp_path) == [
        ("Readwell Community Trust", 1150000.0)]


# The contract in place with its holder, then "The contract is worth": no value of the holder's
# (the contract in place is none let), and no row without a firm.
IN_PLACE_THEN_WORTH = source_lines(
    "## Harrowfield District Council",
    "** Executive",
    "1.1 The current grounds contract is held by Orchard Edge Services Ltd until March 2028."
    " The contract is worth £95,000 a year.",
)


def test_a_worth_after_the_contract_in_place_is_not_given_to_its_holder(
        tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(IN_PLACE_THEN_WORTH, tmp_path)))
    assert ("Orchard Edge Services Ltd", 95000.0) not in rows


# A section's heading between the firm and the value: the value opens a section of its own.
VALUE_AFTER_A_HEADING = source_lines(
    "## Harrowfield District Council",
    "** Executive",
    "** 1. Depot roofing",
    "1.1 To award the depot roofing contract to Tiledge Roofing Ltd for one year.",
    "** 2. Depot heating",
    "2.1 The call-off is for one year and is worth up to £64,000.",
)


def test_a_value_after_a_heading_refers_back_to_no_firm_before_it(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(VALUE_AFTER_A_HEADING, tmp_path)))
    assert ("Tiledge Roofing Ltd", 64000.0) not in rows

"""Regression tests for the contract misses of held-out round 26's batches E-H (award reports
in the newest templates, lot awards in text packs, framework call-offs, outgoing operators):
each named after what was misread, on small papers in the layouts that showed it, with guards
of the general rule that fixed it."""

from __future__ import annotations

from conftest import contexts
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of, rendered

# ------------ a recommendations table with a row per lot (r26e metropolitan borough text pack)

LOTS_TABLE = """Harrowfield Metropolitan Borough Council

Report to: Cabinet
Date: 13 September 2028

Home to school transport: contract award

What are we asking you to decide?
Which providers to award the contracts to.

Decision(s) required

Recommendation   Detail
1                Cabinet awards Lot 1 (minibus routes, north) to Cheviot Passenger Services Ltd for 4 years from 1 January 2029 at an estimated value of £3,840,000.
2                Cabinet awards Lot 2 (minibus routes, south) to Bellmoor Travel Ltd for 4 years from 1 January 2029 at an estimated value of £3,215,500.
3                Cabinet delegates authority to the Director to approve the optional extensions.
"""  # noqa: E501


def test_each_lot_awarded_in_its_own_row_is_a_contract(tmp_path):
    assert _rows(LOTS_TABLE, tmp_path) == [("Cheviot Passenger Services Ltd", 3_840_000.0),
                                           ("Bellmoor Travel Ltd", 3_215_500.0)]


def test_a_lot_awarded_to_no_firm_is_no_contract(tmp_path):
    # a lot is let to a firm: a lot "awarded" to a ward's residents is no contract
    text = LOTS_TABLE.replace("Cheviot Passenger Services Ltd", "the North Ward Families")
    assert _rows(text, tmp_path) == [("Bellmoor Travel Ltd", 3_215_500.0)]


# ------------ a contract named by its service's full title (r26f national park report page)

LONG_TITLE = """Report to the National Park Authority
Ranger service: contract award
It is recommended that Members award the Northern Coast Ranger and Visitor Safety Service contract to Cadwyn Countryside Services Ltd for four years from 1 April 2027 at a total cost of £684,000.
"""  # noqa: E501


def test_contract_named_by_a_long_title_is_let_to_its_firm(tmp_path):
    # seven words of title before "contract": the firm after "to" is the provider
    assert _rows(LONG_TITLE, tmp_path) == [("Cadwyn Countryside Services Ltd", 684_000.0)]


# ------------ the operator running a concession now, a Welsh firm's name (r26f report page)

CONCESSION_HELD = """Report to the National Park Authority
Visitor centre cafe: concession
2.1 The cafe has been run by Cegin y Penrhyn Cyf under a concession that began in March 2019 and expires on 28 February 2027.
"""  # noqa: E501


def test_operator_running_a_concession_holds_the_contract_in_place(tmp_path):
    # the whole Welsh name ("y", the article, inside it), and no value
    assert _rows(CONCESSION_HELD, tmp_path) == [("Cegin y Penrhyn Cyf", None)]


def test_concession_of_a_charge_is_no_contract_held(tmp_path):
    text = CONCESSION_HELD.replace("under a concession", "under a rent concession")
    assert _rows(text, tmp_path) == []


# ------------ a mini-competition's table scored "(out of 50)" (r26g fire authority pack)

APPLIANCES = """## KENT AND MEDWAY FIRE AND RESCUE AUTHORITY
** REPLACEMENT FIRE APPLIANCES: CONTRACT AWARD
** Recommendations
1. APPROVE the award of a contract for the supply of 18 Type B rescue pumps to Emberline Fire Vehicles Ltd through the National Fire Chiefs Council Fire Appliance Framework, Lot 1, at a cost of £6,912,000.
** 2. Mini-competition
2.1 Three framework suppliers took part in the mini-competition. Prices are per appliance, excluding VAT and equipment.
| Supplier | Price per appliance | Quality score (out of 50) | Total score (out of 100) |
| Emberline Fire Vehicles Ltd | £384,000 | 44.0 | 91.5 |
| Hartnell Vehicle Engineering Ltd | £371,500 | 36.5 | 86.0 |
| Scarlet Body Builders Ltd | £402,800 | 38.0 | 83.3 |
"""  # noqa: E501


def test_table_scored_out_of_a_maximum_lists_bids_not_contracts(tmp_path):
    # the scores' maximum said in words: the suppliers' rows are bids, the award the contract
    rows = contract_rows_of(contexts(rendered(APPLIANCES, tmp_path)))
    assert rows == [("Emberline Fire Vehicles Ltd", 6_912_000.0)]


# ------------ a further competition priced by a sample basket (r26g KCC cabinet committee pack)

BASKET = """## KENT COUNTY COUNCIL
** Kent Libraries Stock Supply Contract
Recommendation(s): to award the contract for the supply of library stock to Medlar Library Supplies Ltd for four years from 1 November 2026.
** 2. Procurement
2.1 Four suppliers on the framework responded to the further competition. Prices are for the standard basket of 1,000 adult fiction titles.
| Supplier | Basket price | Price score (50) | Quality score (50) | Total |
| Medlar Library Supplies Ltd | £8,412 | 48.6 | 42.5 | 91.1 |
| Bookwise Public Libraries Ltd | £8,935 | 45.8 | 35.5 | 81.3 |
** 3. Financial implications
3.1 The contract value is £9,640,000 over four years, met from the libraries stock budget.
"""  # noqa: E501


def test_bid_price_of_one_unit_is_not_the_award_value(tmp_path):
    # the basket's price is no contract's: the award takes the contract value given apart
    rows = contract_rows_of(contexts(rendered(BASKET, tmp_path)))
    assert rows == [("Medlar Library Supplies Ltd", 9_640_000.0)]


def test_bid_price_for_the_whole_term_still_prices_the_award(tmp_path):
    # a bid's price for the term ("Four-year price") is the award's when no total is given
    text = BASKET.replace("Basket price", "Four-year price").replace(
        "3.1 The contract value is £9,640,000 over four years, met", "3.1 The cost is met")
    rows = contract_rows_of(contexts(rendered(text, tmp_path)))
    assert rows == [("Medlar Library Supplies Ltd", 8_412.0)]


# ------------ a contracts pipeline table beside the contracts awarded (r26e joint waste pack)

PIPELINE = """## Contracts awarded and contracts pipeline
** Report of the Partnership Manager
** Table 1: contracts awarded, October to December 2028
| Contract | Supplier | Start | Term | Total value |
| Food waste caddies and liners | Redwick Plastics Ltd | 01/01/2029 | 2 years | £486,200 |
** Table 2: contracts pipeline 2029
| Contract | Estimated value | Procurement route | Award expected |
| Food waste vehicles (8) | £1,900,000 | Framework call-off | March 2029 |
| Mixed recycling processing | £4,500,000 | Open procedure | September 2029 |
"""


def test_pipeline_of_awards_to_come_lists_no_contracts(tmp_path):
    rows = contract_rows_of(contexts(rendered(PIPELINE, tmp_path)))
    assert rows == [("Redwick Plastics Ltd", 486_200.0)]


def test_contracts_named_by_value_without_awards_to_come_are_read(tmp_path):
    # the same table with an end date instead: contracts in place, each a row
    text = PIPELINE.replace("Award expected", "End date")
    rows = contract_rows_of(contexts(rendered(text, tmp_path)))
    assert (None, 1_900_000.0) in rows

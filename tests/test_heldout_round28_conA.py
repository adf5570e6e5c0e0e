"""Regression tests for the contract misses of held-out round 28's batches A, B, D and F
(outgoing contractors and systems in place said in prose, commissions told in the passive, an
arrangement extended, an award made by a lead authority, a road's number wrapped to a line's
start, a contingency within a contract sum, a framework call-off at an estimated value): each
named after what was misread, on small papers in the layouts that showed it, with guards of
the general rule that fixed it."""

from __future__ import annotations

from heldout_support import contract_html_rows, contract_rows, html_page

# ------------ a system in place, its supplier in apposition (r28a planning improvement board)

SYSTEM_REPORT = """REPORT TO THE PLANNING IMPROVEMENT BOARD

BACK OFFICE SYSTEM: AWARD OF CONTRACT

1. RECOMMENDATION

1.1 That the Board recommends the award of a contract for a planning back-office system to Tessellate Software Ltd at a total contract value of £1,284,000.

2. BACKGROUND

2.1 The current system, supplied by Meridian Planning Systems Ltd, is hosted on the Council's own servers and its {ending}. The system cannot provide open data.
"""  # noqa: E501


def test_supplier_of_the_system_in_place_is_a_contract_without_value(tmp_path):
    rows = contract_rows(SYSTEM_REPORT.format(ending="support contract expires on 31 March 2029"),
                         tmp_path)
    assert rows == [("Tessellate Software Ltd", 1284000.0), ("Meridian Planning Systems Ltd", None)]


def test_supplier_of_a_system_said_to_end_nowhere_is_no_contract(tmp_path):
    # the guard: a product supplied by a firm, no contract of it said to end
    rows = contract_rows(SYSTEM_REPORT.format(ending="workflow adds two days to validation"),
                         tmp_path)
    assert rows == [("Tessellate Software Ltd", 1284000.0)]


# ------------ a modelling commission told in the passive (r28a local plan committee pack)

COMMISSION = """REPORT TO THE LOCAL PLAN COMMITTEE

EXAMINATION UPDATE

5.3 Transport modelling for the main modifications was commissioned from {firm} in March 2028 under delegated powers, at a cost of £48,250, and is reported here for information.
"""  # noqa: E501


def test_work_commissioned_from_a_firm_is_a_contract_at_its_cost(tmp_path):
    rows = contract_rows(COMMISSION.format(firm="Vectis Transport Planning LLP"), tmp_path)
    assert rows == [("Vectis Transport Planning LLP", 48250.0)]


def test_work_commissioned_from_a_council_is_no_contract(tmp_path):
    # the guard: a firm only by its legal form (another council's officers do work too)
    assert contract_rows(COMMISSION.format(firm="Hampshire County Council"), tmp_path) == []


# ------------ an arrangement with a firm extended (r28b Isles of Scilly transport committee)

EXTENSION = """REPORT TO THE TRANSPORT AND INFRASTRUCTURE COMMITTEE

WASTE FREIGHT

1.1 That the Committee agrees to extend the arrangement with {party} for the shipping of baled residual waste from St Mary's to Penzance for two years from 1st April 2028, at a total cost of £424,000 over the two years.
"""  # noqa: E501


def test_arrangement_extended_with_a_firm_is_a_contract_at_its_cost(tmp_path):
    rows = contract_rows(EXTENSION.format(party="Scillonian Freight Services Ltd"), tmp_path)
    assert rows == [("Scillonian Freight Services Ltd", 424000.0)]


def test_arrangement_extended_with_a_council_names_no_provider(tmp_path):
    # the guard: an arrangement with a partner council is no firm's contract
    rows = contract_rows(EXTENSION.format(party="Cornwall Council"), tmp_path)
    assert all(provider is None for provider, _ in rows)


# ------------ a road's number wrapped to a line's start (r28b Jersey ministerial decision)

ROAD_AWARD = """MINISTERIAL DECISION

The Minister approved the award of the contract for the resurfacing of La Route de Beaumont
{mark} between Bel Royal and Beaumont Hill, and of La Rue de la Frontiere, St Peter,
to Mont Cantel Surfacing Limited in the sum of £1,284,650, and authorised the Greffier of
the States to sign the contract on behalf of the Minister.
"""


def test_road_number_at_a_line_start_runs_the_paragraph_on(tmp_path):
    rows = contract_rows(ROAD_AWARD.format(mark="(A1)"), tmp_path)
    assert rows == [("Mont Cantel Surfacing Limited", 1284650.0)]


def test_lettered_mark_at_a_line_start_still_starts_a_paragraph(tmp_path):
    # the guard: "(b)" opens a list's item, the award's words before it a paragraph apart
    assert contract_rows(ROAD_AWARD.format(mark="(b)"), tmp_path) == []


# ------------ an award made by the lead authority, the outgoing firm "whose contract ends"
# (r28d local resilience forum executive group pack)

LRF_AWARD = """REPORT TO THE EXECUTIVE GROUP

TRAINING AND EXERCISING SUPPORT: AWARD

1.1 That the Executive Group endorses the award by Wealdmere County Council, as the LRF's lead authority for procurement, of the training and exercising support contract to Castlegate Resilience Consulting Ltd for two years from 1 September 2029 at a total value of £148,600.

2.1 The LRF's multi-agency training and exercise programme has been supported since 2025 by Beaconhurst Emergency Planning Ltd, whose contract ends on 31 August 2029. Quotations were sought from four suppliers; three responded.
"""  # noqa: E501


def test_award_by_a_lead_authority_and_the_firm_whose_contract_ends(tmp_path):
    assert contract_rows(LRF_AWARD, tmp_path) == [
        ("Castlegate Resilience Consulting Ltd", 148600.0),
        ("Beaconhurst Emergency Planning Ltd", None)]


# ------------ the incumbent's bid in the tender table (r28f fire authority estates committee)

MAINTENANCE = """REPORT TO THE ESTATES AND ASSETS COMMITTEE

PLANNED MAINTENANCE OF FIRE STATIONS: CONTRACT AWARD

That the Committee approves the award of the contract for planned maintenance of the Authority's fire stations to Castlegate Facilities Services Ltd for four years from 1 October 2028 at a total value of £1,938,000.

The Authority's buildings are maintained under a contract with Hearthstone Property Maintenance Ltd {which} on 30 September 2028. The new contract covers statutory testing.

Four tenders were received and assessed on quality (60%) and price (40%).

Tenderer                                 Total (100)   Four-year price
Castlegate Facilities Services Ltd              89.7        £1,938,000
Hearthstone Property Maintenance Ltd            84.4        £1,788,400
Meridian Building Services Ltd                  80.7        £2,130,700
"""  # noqa: E501


def test_incumbent_whose_contract_expires_keeps_no_bid_price(tmp_path):
    rows = contract_rows(MAINTENANCE.format(which="which expires"), tmp_path)
    assert rows == [("Castlegate Facilities Services Ltd", 1938000.0),
                    ("Hearthstone Property Maintenance Ltd", None)]


# ------------ a contingency within the contract sum (r28f unitary environment committee pack)

HEAT_PUMPS = """REPORT TO THE ENVIRONMENT AND CLIMATE COMMITTEE

HEAT PUMP WORKS: AWARD

That the Committee approves the award of the contract for the heat pump works to Thermion Building Services Ltd at a cost of £2,146,900.

The contract sum {verb} a contingency of £128,000. Works will start on site in June 2028.
"""  # noqa: E501


def test_contingency_the_contract_sum_includes_is_no_contract(tmp_path):
    rows = contract_rows(HEAT_PUMPS.format(verb="includes"), tmp_path)
    assert rows == [("Thermion Building Services Ltd", 2146900.0)]


# ------------ framework call-offs at estimated values, the outgoing supplier (r28f web page)

ENERGY_PAGE = html_page(
    "<h1>Supply of Electricity and Gas from April 2028</h1>",
    "<p>Cabinet is recommended to:</p><ol type='a'>"
    "<li>approve a call-off contract under the Pennine Public Energy Framework (PPEF/24, Lot 1 "
    "Electricity) with Ashworth Renewable Power Ltd for the supply of electricity for four years "
    "from 1 April 2028, at an estimated value of &pound;22,760,000;</li>"
    "<li>approve a call-off contract under the same framework (Lot 2 Natural Gas) with "
    "Northbrook Gas Supplies Ltd for the supply of natural gas for four years from 1 April 2028, "
    "at an estimated value of &pound;7,940,000;</li></ol>",
    "<p>3.1 The council now buys electricity and gas through fixed-price contracts with Vantage "
    "Utilities Ltd, which were let in 2024 and which end on 31 March 2028.</p>")


def test_call_offs_at_estimated_values_and_the_supplier_whose_contracts_end(tmp_path):
    assert contract_html_rows(ENERGY_PAGE, tmp_path) == [
        ("Ashworth Renewable Power Ltd", 22760000.0), ("Northbrook Gas Supplies Ltd", 7940000.0),
        ("Vantage Utilities Ltd", None)]

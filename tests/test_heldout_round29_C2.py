"""Regression tests for the contract misses of held-out round 29's batches D, E, F and H
(fixer C2): an outgoing holder named in apposition or as "the previous contract with", a bids
table whose service column names each bid's product, a share of a post recharged, a design
team appointed under its own contract, a totals row labelled by what it sums. Each on a small
paper in the layout that showed it, with a guard of the general rule that fixed it."""

from __future__ import annotations

from conftest import contexts
from heldout_support import contract_html_rows, contract_rows_of, rendered
from kcc_papers.extract.contracts.not_contracts import TOTAL_OF, weighs_criteria
from kcc_papers.extract.contracts.table_header import totals_row


def _rows(source: str, tmp_path):
    return contract_rows_of(contexts(rendered(source, tmp_path)))


# ------------ the previous contract's holder among the bids (r29d coastal partnership)

PREVIOUS = """## SALTMARSH COASTAL PARTNERSHIP
** Item 5: Beach Profile Monitoring - Contract Award
** Recommendation
That the Group agrees the award of the beach monitoring contract for 2029-2032 to Fathom Coastal Surveys Ltd at a cost of £96,480 over three years.
** Background
{background} Four tenders were received; Fathom Coastal Surveys Ltd offered the most economically advantageous tender.
** Tender Evaluation
| Tenderer | Price (3 years) | Quality (60) | Price (40) | Total |
| Fathom Coastal Surveys Ltd | £96,480 | 52 | 38.1 | 90.1 |
| Meridian Hydrographic Ltd | £91,700 | 41 | 40.0 | 81.0 |
| Coastline Geomatics LLP | £104,950 | 47 | 35.0 | 82.0 |
"""  # noqa: E501


def test_the_previous_holders_bid_prices_no_contract(tmp_path):
    text = PREVIOUS.format(background="The previous contract with Meridian Hydrographic Ltd "
                                      "ends on 31 March 2029.")
    assert sorted(_rows(text, tmp_path), key=str) == [
        ("Fathom Coastal Surveys Ltd", 96_480.0), ("Meridian Hydrographic Ltd", None)]


# ------------ a G-Cloud shortlist scored with each bid's product (r29e digital programme)

SHORTLIST = """## WESTMARCH COUNTY COUNCIL
** Digital Programme Board
Customer portal: G-Cloud call-off contract
2.1 That the Board approves a call-off contract under the G-Cloud 14 framework with Brightlane Digital Services Ltd for the customer portal for three years, at a total value of £642,900.
4.1 Officers shortlisted three services. Scores and three-year prices were:
| Supplier | Service | Quality (70) | Price (30) | Total (100) | Three-year price (£) |
| Brightlane Digital Services Ltd | Brightlane Citizen Hub | 61.6 | 27.4 | 89.0 | 642,900 |
| Ordana Cloud Solutions Ltd | Ordana Resident Portal | 55.3 | 30.0 | 85.3 | 587,100 |
| Threlkeld Software plc | CivicForms 9 | 48.7 | 22.9 | 71.6 | 769,500 |
4.2 The call-off will be made on the framework's standard terms.
"""  # noqa: E501


def test_a_shortlist_scored_on_quality_and_price_is_bids_whatever_its_service_column(tmp_path):
    assert _rows(SHORTLIST, tmp_path) == [("Brightlane Digital Services Ltd", 642_900.0)]


def test_weighs_criteria_needs_both_quality_and_price():
    assert weighs_criteria(["Supplier", "Service", "Quality (70)", "Price (30)", "Total (100)"])
    # a register ranked by value scores nothing: its service column names contracts
    assert not weighs_criteria(["Rank", "Contract", "Supplier", "Annual value"])
    assert not weighs_criteria(["Supplier", "Service", "Quality (70)", "Annual value"])


# ------------ a share of a post charged by another authority (r29e national park DPO report)

DPO = """## NATIONAL PARK AUTHORITY
** Audit and Risk Committee
Data Protection Officer annual report
1.2 The Data Protection Officer role is provided by the Head of Governance at a neighbouring authority under a shared service agreement, for {share} at an annual charge of £14,800.
1.3 The Authority reported two breaches to the ICO in the year.
"""  # noqa: E501


def test_a_share_of_a_post_recharged_is_no_contract(tmp_path):
    assert _rows(DPO.format(share="0.2 of a full-time post"), tmp_path) == []


def test_the_same_charge_without_a_post_share_is_still_read(tmp_path):
    # the guard: the rule drops a sum only where the sentence prices a share of a post
    assert _rows(DPO.format(share="two years"), tmp_path) == [(None, 14_800.0)]


# ------------ the outgoing holder, its role in apposition (r29e shared ICT service)

LICENSING = """## SHARED ICT SERVICE JOINT COMMITTEE
** Licensing solution partner: call-off contract
1.1 That the Joint Committee approves a call-off contract under the framework with Ferrowell Software Solutions Ltd as licensing solution partner for three years, at a total value of £1,284,600.
** 2. Background
2.1 The partners' enterprise agreement ends on 30 June 2030. It has been managed since 2027 by Quillon Licensing Ltd, the current licensing solution partner, whose contract ends with the agreement.
"""  # noqa: E501


def test_an_outgoing_holder_with_its_role_in_apposition(tmp_path):
    assert _rows(LICENSING, tmp_path) == [("Ferrowell Software Solutions Ltd", 1_284_600.0),
                                          ("Quillon Licensing Ltd", None)]


# ------------ a design team appointed under its own contract (r29h cabinet member record)

DESIGN_TEAM = """## MARCHWOOD BOROUGH COUNCIL
** Record of executive decision
(2) to award the contract for the construction of the new teaching block at Greyfriars School to Whitcombe Construction Ltd for the sum of £4,362,900.
4.2 The design team, Parr Leadbetter Associates Ltd, {appointed}, will act as the Council's contract administrator during construction.
"""  # noqa: E501


def test_a_design_team_appointed_under_its_own_contract_holds_a_contract(tmp_path):
    text = DESIGN_TEAM.format(appointed="appointed in 2030 under its own contract")
    assert _rows(text, tmp_path) == [("Whitcombe Construction Ltd", 4_362_900.0),
                                     ("Parr Leadbetter Associates Ltd", None)]


def test_a_firm_appointed_under_no_contract_said_is_no_row(tmp_path):
    # the guard: "appointed" alone names no contract
    text = DESIGN_TEAM.format(appointed="appointed in 2030 by the Cabinet")
    assert _rows(text, tmp_path) == [("Whitcombe Construction Ltd", 4_362_900.0)]


# ------------ a totals row labelled by what it sums (r29h CMIS transport decision page)

ROUTES = ["<h3>Decision:</h3><p>To award the home to school transport route contracts listed "
          "below to the operators shown.</p>"]
HEADER = ["Route", "School", "Vehicle", "Operator", "Contract value (3 years)"]
ROWS = [["MB-S01", "Wrenfield Academy", "53-seat coach", "Blackthorn Coaches Ltd", "£312,480"],
        ["SEN-12", "Highmead School", "Saloon", "Nene Valley Taxis Ltd", "£64,350"]]


def test_a_total_value_of_routes_awarded_row_is_no_contract(tmp_path):
    total = '<tr class="total"><td colspan="4">Total value of routes awarded</td>' \
            "<td>£376,830</td></tr>"
    from heldout_support import html_page, html_table

    page = html_page(*ROUTES, html_table(HEADER, ROWS).replace("</table>", total + "</table>"))
    assert contract_html_rows(page, tmp_path) == [("Blackthorn Coaches Ltd", 312_480.0),
                                                  ("Nene Valley Taxis Ltd", 64_350.0)]


def test_total_labels():
    assert totals_row(["Total value of routes awarded", "£2,046,030"])
    assert TOTAL_OF.match("Total cost of contracts let")
    # a firm whose name starts "Total" is no totals label
    assert not totals_row(["Total Facilities Management Ltd", "£48,000"])
    assert not TOTAL_OF.match("Total value of the scheme budget for 2030/31 capital works")

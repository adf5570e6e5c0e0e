"""Held-out round 30, contracts of batches A (council-owned companies, joint ventures) and B (one
committee over ten years): the misses fixed, each on a small paper written in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_html_rows, contract_rows, html_page

# An insurance programme let in lots listed under the recommendation's lead-in, each priced as
# its "total premium", one insurer trading under a name with no legal form.
INSURANCE_LOTS = """BRACKENSHIRE COUNTY COUNCIL

Report to:    Corporate Resources Committee
Date:         9 December 2020
Report of:    Head of Procurement
Subject:      Insurance Services: Award of Contracts

1.   RECOMMENDATIONS

1.1  That the Committee approves the award of contracts for the
     Council's insurance programme from 1 April 2021 for three years,
     with an option to extend for two further years, as follows:

     (a) Lot 1 (property and combined liability) to Zurich Municipal at
         a total premium of £4,236,000 over three years;

     (b) Lot 2 (motor fleet) to Ryecroft Insurance Company Ltd at a
         total premium of £612,300 over three years.

2.   BACKGROUND

2.1  The Council's insurance contracts with Harcourt Mutual Ltd
     end on 31 March 2021.
"""


def test_insurance_lots_listed_at_a_total_premium_are_contracts(tmp_path: Path) -> None:
    rows = contract_rows(INSURANCE_LOTS, tmp_path)
    assert ("Zurich Municipal", 4236000.0) in rows
    assert ("Ryecroft Insurance Company Ltd", 612300.0) in rows


# A minutes page noting a facilities management contract varied "at an extra £N a year".
VARIED_AT_AN_EXTRA = html_page(
    "<h1>Resources and Performance Committee - 16 July 2024</h1>",
    "<h3>RP/24/23 Variation of the Facilities Management Contract</h3>",
    "<p>The Committee noted that the facilities management contract with Amberley Estates "
    "Services Ltd had been varied under delegated powers to add cleaning of the new "
    "Brackenford Registry Office, at an extra £38,500 a year.</p>",
    "<p><strong>Resolved:</strong> that the variation of the facilities management contract "
    "be noted.</p>")


def test_a_variation_at_an_extra_sum_a_year_gives_its_value(tmp_path: Path) -> None:
    assert contract_html_rows(VARIED_AT_AN_EXTRA, tmp_path) == [
        ("Amberley Estates Services Ltd", 38500.0)]


# A joint venture's design and build award beside the pre-construction services agreement the
# same builder has worked under.
PCSA_IN_PLACE = """TENNFORD LIVING LLP

Report to: Partnership Board
Date: 18 September 2030
Subject: Harebell Fields Phase 3: Award of Design and Build Contract

1.1 That the Board approves the award of a JCT Design and Build contract for Harebell Fields Phase 3 (146 homes) to Brackwell Construction Ltd at a contract sum of £27,384,600.

2.2 Brackwell Construction Ltd has worked on the design since January 2030 under a pre-construction services agreement entered into at a fee of £236,000.
"""  # noqa: E501


def test_a_firm_that_has_worked_under_an_agreement_holds_it(tmp_path: Path) -> None:
    assert contract_rows(PCSA_IN_PLACE, tmp_path) == [
        ("Brackwell Construction Ltd", 27384600.0), ("Brackwell Construction Ltd", 236000.0)]


# A cabinet report selecting a joint venture partner: no sum is the partner's contract's (its
# finance contributed is none).
JV_PARTNER = """EASTMERE COUNCIL

Report to: Cabinet
Date: 10 December 2030
Subject: Riverside Quarter: Selection of Joint Venture Partner

1.1 That Cabinet approves the selection of Castlegrove Developments Ltd as the Council's joint venture partner for the regeneration of Riverside Quarter and authorises the Director of Place to enter into the members' agreement of Riverside Quarter LLP.

3.1 Castlegrove Developments Ltd will contribute development finance of up to £120 million to the LLP. The Council contributes its land and equity.
"""  # noqa: E501


def test_a_firm_selected_as_joint_venture_partner_holds_a_contract(tmp_path: Path) -> None:
    assert contract_rows(JV_PARTNER, tmp_path) == [("Castlegrove Developments Ltd", None)]


# A council-owned company's board minutes: its service agreement with the council said as what
# "the company" would provide.
COMPANY_BOARD = """WENDMERE ENVIRONMENTAL SERVICES LIMITED

Minutes of a meeting of the Board of Directors of Wendmere Environmental Services Limited held at the Depot, Marsh Lane, Wendmere on Wednesday 9 October 2030 at 9.30 am

WES 30/46 Service Agreement with Wendmere Borough Council 2031-2036
The Managing Director presented the draft service agreement under which the company would continue to provide waste collection, street cleansing and grounds maintenance services to the Council for five years from 1 April 2031, at an annual contract sum of £6,240,000, a total of £31,200,000 over the term.
"""  # noqa: E501


def test_a_company_boards_service_agreement_is_the_companys(tmp_path: Path) -> None:
    assert contract_rows(COMPANY_BOARD, tmp_path) == [
        ("Wendmere Environmental Services Limited", 31200000.0)]

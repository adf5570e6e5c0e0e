"""Review of held-out round 30's contracts fixes of batches A-B (fix30conA): each defect mended,
on a small paper another council could publish that the fix misread."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows

HEAD = """WENDMERE COUNTY COUNCIL

Report to: Cabinet
Date: 9 December 2030
Subject: Community Transport

"""

# The grant, loan and lease exclusion of WORKED_UNDER stood just before "agreement", where
# the word "agreement" itself stands: a lookahead there never saw the grant before it.


def test_regression_a_firm_working_under_a_grant_agreement_holds_no_contract(
        tmp_path: Path) -> None:
    paper = HEAD + ("2.2 Wendmere Community Transport CIC has worked since 2024 under a grant "
                    "agreement of £40,000 a year, which ends in March 2031.\n")
    assert contract_rows(paper, tmp_path) == []


def test_regression_a_firm_working_under_a_loan_facility_agreement_holds_no_contract(
        tmp_path: Path) -> None:
    paper = HEAD + ("2.2 Wendmere Homes Ltd has been working under a loan facility agreement "
                    "since 2024.\n")
    assert contract_rows(paper, tmp_path) == []


# A tender report's account of a bidder's experience: a similar contract for another council
# is a reference, not a contract of this council's.
def test_regression_a_firm_that_has_worked_under_a_similar_contract_is_a_reference(
        tmp_path: Path) -> None:
    paper = HEAD + ("4.2 Brightwell Care Ltd has worked since 2024 under a similar contract "
                    "for Eastmere Council, which it delivered to time.\n")
    assert contract_rows(paper, tmp_path) == []


# A cabinet report that mentions, in its opening, that a council company's board read it:
# "the company" of a later sentence is the leisure trust the report is about, not that board's.
MENTIONS_A_BOARD = """WENDMERE BOROUGH COUNCIL

Report to: Cabinet
Date: 9 December 2030
Subject: Leisure Services Extension

1.1 This report was considered by the Board of Directors of Wendmere Homes Limited on 1 December 2030, as the leisure centres share its housing sites.

2.1 The leisure centres are run by Fusion Lifestyle, a charitable trust. Under the proposed two-year extension the company would continue to provide the leisure service to the Council at a contract value of £1,800,000.
"""  # noqa: E501


def test_regression_a_board_mentioned_is_not_the_papers_own(tmp_path: Path) -> None:
    assert contract_rows(MENTIONS_A_BOARD, tmp_path) == [(None, 1800000.0)]


# A partner selected in reserve, should the first choice fall through, is let nothing.
RESERVE_PARTNER = """EASTMERE COUNCIL

Report to: Cabinet
Date: 10 December 2030
Subject: Riverside Quarter: Joint Venture Partner

1.1 That Cabinet approves the appointment of Castlegrove Developments Ltd as the Council's joint venture partner.

1.2 That Cabinet approves the selection of Harbourside Homes Ltd as the reserve partner, should the members' agreement not be completed by 31 March 2031.
"""  # noqa: E501


def test_regression_a_partner_selected_in_reserve_holds_no_contract(tmp_path: Path) -> None:
    assert ("Harbourside Homes Ltd", None) not in contract_rows(RESERVE_PARTNER, tmp_path)


# Lots listed under an award's lead-in, one kept in house and one left to direct payments:
# the way a lot is provided, no firm, though its words are capitalised as a name.
LOTS_KEPT_IN_HOUSE = """WENDMERE COUNTY COUNCIL

Report to: Cabinet
Date: 9 December 2030
Subject: Day Opportunities: Award of Contracts

1.1 That Cabinet approves the award of contracts for day opportunities from 1 April 2031, as follows:

(a) Lot 1 (older people) to Brightwell Care Ltd at a contract value of £2,400,000;

(b) Lot 2 (learning disabilities) to In-House Provision at an estimated cost of £1,900,000;

(c) Lot 3 (mental health) to Direct Payments at an estimated cost of £600,000.
"""  # noqa: E501


def test_regression_a_lot_kept_in_house_or_to_direct_payments_is_no_firms(
        tmp_path: Path) -> None:
    assert contract_rows(LOTS_KEPT_IN_HOUSE, tmp_path) == [("Brightwell Care Ltd", 2400000.0)]


# A company board's own purchase, justified by the service the company gives its council: the
# company buys the tyres, so it holds no contract "with it"; only the agreement the company
# serves under ("under which the company would ...") is the company's.
COMPANY_BUYS = """WENDMERE ENVIRONMENTAL SERVICES LIMITED

Minutes of a meeting of the Board of Directors of Wendmere Environmental Services Limited held on 9 October 2030

WES 30/47 Tyres
The Board approved the award of a contract for tyres, at a contract value of £410,000; with it the company will continue to provide a reliable collection service to the Council.
"""  # noqa: E501


def test_regression_a_company_boards_own_purchase_is_not_its_service(tmp_path: Path) -> None:
    assert contract_rows(COMPANY_BUYS, tmp_path) == [(None, 410000.0)]


# "at an extra £N" with no noun is everyday budget prose: in a sentence that neither varies nor
# extends the contract it names, the extra sum is the council's own cost (client officers), not
# that contract's value.
EXTRA_OWN_COST = HEAD.replace("Community Transport", "Leisure Contract") + (
    "3.1 The leisure management contract with Fusion Lifestyle Ltd ends in 2032, and the "
    "Council will employ two client officers to manage it at an extra £96,000 a year.\n")


def test_regression_an_extra_sum_outside_a_variation_is_not_the_contracts(
        tmp_path: Path) -> None:
    assert contract_rows(EXTRA_OWN_COST, tmp_path) == [("Fusion Lifestyle Ltd", None)]


# A firm that works under a contract "with" another firm is that firm's subcontractor: the
# contract it names is the other firm's client's, none of the council's with it.
SUBCONTRACTOR = HEAD.replace("Community Transport", "Highways Surfacing") + (
    "2.2 Greenway Surfacing Ltd has worked since 2027 under a contract with Kier Highways Ltd, "
    "the Council's term contractor.\n")


def test_regression_a_firm_working_under_another_firms_contract_holds_none_of_ours(
        tmp_path: Path) -> None:
    assert ("Greenway Surfacing Ltd", None) not in contract_rows(SUBCONTRACTOR, tmp_path)


# SELECTED_AS_PARTNER held no word of the quick look every sentence must pass (CUE_WORDS): it
# read round 30's selection only because that sentence also said "members' agreement", and a
# selection said alone was never looked at.
SELECTED_ALONE = """EASTMERE COUNCIL

Report to: Audit Committee
Date: 10 December 2030
Subject: Internal Audit Provider

1.1 That the Committee notes the selection of Saltbush Assurance Ltd as the Council's internal audit provider for 2031 to 2034.
"""  # noqa: E501


def test_regression_a_selection_is_read_without_another_cue_word(tmp_path: Path) -> None:
    assert contract_rows(SELECTED_ALONE, tmp_path) == [("Saltbush Assurance Ltd", None)]


# "partner" alone is too broad a role: a council selects charity, sponsorship and community
# partners that it buys nothing from (the Mayor's charity, a festival's sponsor, a grant fund's
# partner). A venture's or a development's partner is the one a contract makes. (Each
# sentence holds a word of the quick look, "current", "existing", as most sentences will.)
OTHER_PARTNERS = """WENDMERE BOROUGH COUNCIL

Report to: Cabinet
Date: 9 December 2030
Subject: Partnerships

1.1 That Cabinet notes the selection of Wendmere Hospice Care Ltd as the Mayor's charity partner for 2031/32, after the current partner's two years.

1.2 That Cabinet approves the selection of Brackwell Motors Ltd as the headline sponsorship partner for the Wendmere Festival, as the current sponsor steps down.

1.3 That Cabinet approves the selection of Wendmere Community Energy CIC as the Council's community partner for the Community Energy Fund, which the existing partner no longer runs.
"""  # noqa: E501


def test_regression_charity_sponsorship_and_community_partners_hold_no_contract(
        tmp_path: Path) -> None:
    assert contract_rows(OTHER_PARTNERS, tmp_path) == []

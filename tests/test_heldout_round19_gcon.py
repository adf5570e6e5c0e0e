"""Regression tests for the contract misses of held-out round 19's carry-over batch G (council
companies and shareholder governance): each named after the bug, on small papers in the
layouts that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "X Ltd be appointed as development partner under a development agreement with an
# estimated value of £Y": the passive appointment, and an agreement's estimated value

PARTNER_MINUTES = """ASHCOMBE REGENERATION LLP
Joint Venture Partnership Board

MINUTES of the meeting held on 3rd May 2027 at 2.00pm, Ashcombe Civic Offices

Minute 7 Minutes of the last meeting
  AGREED that the minutes of the meeting held on 2nd February 2027 be approved.

Minute 8 Riverside Phase 1: Appointment of Development Partner
  The Director of Place reported that four bids had been evaluated.
  AGREED that Pellworth Urban Homes Ltd be appointed as development partner for Riverside Phase 1 under a development agreement with an estimated value of £31,200,000.

Minute 9 Date of next meeting
  6th September 2027.
"""  # noqa: E501


def test_firm_appointed_in_the_passive_under_an_agreement_lost_the_contract(tmp_path):
    assert _rows(PARTNER_MINUTES, tmp_path) == [("Pellworth Urban Homes Ltd", 31_200_000.0)]


def test_a_person_appointed_in_the_passive_is_no_contract(tmp_path):
    # a name with no legal form is a person or a body, appointed to a role, not let a contract
    person = PARTNER_MINUTES.replace(
        "Pellworth Urban Homes Ltd be appointed as development partner for Riverside Phase 1 "
        "under a development agreement with an estimated value of £31,200,000.",
        "Councillor P Rowe be appointed as the Council's representative under the members' "
        "agreement.")
    assert _rows(person, tmp_path) == []


def test_a_firm_recommended_for_appointment_with_no_price_is_no_contract(tmp_path):
    # unpriced, a passive appointment "subject to the development agreement" lets nothing yet
    # (round 18's regeneration board minutes)
    recommended = PARTNER_MINUTES.replace(
        "AGREED that Pellworth Urban Homes Ltd be appointed as development partner for Riverside "
        "Phase 1 under a development agreement with an estimated value of £31,200,000.",
        "AGREED that the Board recommends to the Council's Cabinet that Pellworth Urban Homes "
        "Ltd be appointed as developer partner for Riverside Phase 1, subject to the "
        "development agreement.")
    assert _rows(recommended, tmp_path) == []


# ------------ "the supply of ... be awarded to X Ltd at a cost of £Y": an award naming what it
# buys, not "contract"

FLEET_MINUTES = """%% header Ashcombe Trading Services Limited
%% footer Board minutes 02/06/2027 - Page {page}
## ASHCOMBE TRADING SERVICES LIMITED
** Minutes of the meeting of the Board of Directors
Date:	02/06/2027
Present:	R Calloway (Chair), M Ibbotson (Managing Director)
** TB/27/08 Minutes of the previous meeting
The Board RESOLVED that the minutes of the meeting of 7 April 2027 be approved.
** TB/27/09 Fleet replacement
The Board considered quotes for six street sweepers.
The Board RESOLVED that the supply of six compact street sweepers be awarded to Harlowe Fleet Supplies Ltd at a cost of £742,500, and that the Shareholder's consent be sought for the borrowing.
** TB/27/10 Community grants
The Board RESOLVED that a grant of £5,000 be awarded to Ashcombe Youth Trust Ltd.
"""  # noqa: E501


def test_supply_awarded_to_a_firm_at_a_cost_was_no_contract(tmp_path):
    # the grant (no price, no contract) stays none
    assert _pdf_rows(FLEET_MINUTES, tmp_path) == [("Harlowe Fleet Supplies Ltd", 742_500.0)]


def test_an_award_to_a_firm_with_no_price_or_term_is_no_contract(tmp_path):
    # what is awarded without a price or a term may be a grant or a prize: no contract
    unpriced = FLEET_MINUTES.replace(" at a cost of £742,500", "")
    assert _pdf_rows(unpriced, tmp_path) == []


# ------------ "a service agreement under which the Council provides ... to X Ltd ... at an
# annual charge of £Y (£Z over the term)": the agreement's other party and its whole term

COMPANY_CABINET = """%% header Ashcombe Council
%% footer Cabinet - 4th May 2027
## Ashcombe Council
** Agenda Item 6
!! Ashcombe Homes Ltd: Loan Facility
** Recommendations
That Cabinet approves a development loan facility of up to £9.2m to Ashcombe Homes Ltd, drawn in tranches over 2027/28 to 2028/29 at a rate of 3.8% above the Council's PWLB borrowing cost.
--- page ---
** Agenda Item 7
!! Service Agreement with Ashcombe Homes Ltd
** Recommendation
That Cabinet approves a service agreement under which the Council provides finance and legal support services to Ashcombe Homes Ltd for three years from 1st April 2027, at an annual charge of £148,000 (£444,000 over the term).
** Background
1. The Council currently provides these services informally.
"""  # noqa: E501


def test_service_agreement_under_which_the_council_serves_its_company_lost_the_contract(
        tmp_path):
    # the loan facility to the same company is no contract
    assert _pdf_rows(COMPANY_CABINET, tmp_path) == [("Ashcombe Homes Ltd", 444_000.0)]


def test_a_council_providing_to_people_names_no_party(tmp_path):
    # only a firm with its legal form is the agreement's other party: the agreement priced
    # stays a row of its value alone, as any priced contract naming no firm
    residents = COMPANY_CABINET.replace(
        "finance and legal support services to Ashcombe Homes Ltd for",
        "a handyperson service to older residents for")
    assert _pdf_rows(residents, tmp_path) == [(None, 444_000.0)]

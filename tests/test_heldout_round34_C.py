"""Held-out round 34, contracts: the misses fixed, each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_html_rows,
    contract_rows,
    contract_rows_of,
    html_page,
    rendered,
    source_lines,
)

# A fire authority's award report: the firm holding the contract being replaced, whose
# contract of three words ("supply and maintenance") is said to end.
WHOSE_THREE_WORD_CONTRACT_ENDS = source_lines(
    "## ASHCOMBE FIRE AND RESCUE AUTHORITY",
    "!! Finance Committee",
    "** 1. Recommendation",
    "1.1 That the Committee approves the award of a contract for the supply of thermal imaging"
    " cameras to Lumen Vision Ltd at a total value of £612,400.",
    "** 2. Background",
    "2.1 The cameras in use were bought in 2016 from Greyfield Optics Ltd, whose servicing and"
    " repair contract expires on 30 June 2027.",
)


def test_a_firm_whose_contract_of_three_words_ends_held_it(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(WHOSE_THREE_WORD_CONTRACT_ENDS, tmp_path)))
    assert rows == [("Lumen Vision Ltd", 612400.0), ("Greyfield Optics Ltd", None)]


# A cabinet member's decision: the arrangement in place, held by a firm, said to end; a grant
# arrangement held by a charity the same way buys nothing.
HELD_BY_THEN_ENDS = source_lines(
    "## Marlow Fen Council",
    "** Cabinet Member Decision: Supported Lodgings",
    "1. To award the contract for supported lodgings for care leavers to Tallis Housing Support"
    " Ltd for three years from 1 June 2027, at a total contract value of £1,845,000.",
    "2. The current spot arrangement for twenty lodging placements, held by Pennyroyal Homes"
    " Ltd, ends on 31 May 2027.",
    "3. The current grant arrangement for the drop-in service, held by Harbour Lights Ltd,"
    " ends on 31 March 2028.",
)


def test_a_current_arrangement_held_by_a_firm_that_ends_is_its_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(HELD_BY_THEN_ENDS, tmp_path)))
    assert rows == [("Tallis Housing Support Ltd", 1845000.0), ("Pennyroyal Homes Ltd", None)]


# A programme update: a contract awarded to a firm, its worth in apposition after the name.
WORTH_AFTER_THE_FIRM = source_lines(
    "## Dunholme County Council",
    "** Adult Learning Programme Update",
    "2.1 In May 2027 the Council awarded a three-year contract for English language tuition to"
    " Clearword Tutors Ltd, worth £236,000, after a further competition; four firms bid.",
)


def test_the_worth_after_the_firms_name_is_the_contracts(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(WORTH_AFTER_THE_FIRM, tmp_path)))
    assert rows == [("Clearword Tutors Ltd", 236000.0)]


# A web page: a development agreement with a developer, with a total development value.
DEVELOPMENT_VALUE_PAGE = html_page(
    "<h1>Cabinet: Canal Basin Regeneration</h1>",
    "<p>Cabinet is asked to:</p>",
    "<ul><li>approve entering into a development agreement with Wharfside Living Ltd for the"
    " Canal Basin scheme, with a total development value of &pound;31.2 million;</li></ul>",
)


def test_a_development_agreements_total_development_value(tmp_path: Path) -> None:
    assert contract_html_rows(DEVELOPMENT_VALUE_PAGE, tmp_path) == [
        ("Wharfside Living Ltd", 31200000.0)]


# An annual report: the contract named by its firm in a passive, "provided under contract by",
# then extended at a value; a replacement's estimated value is none.
UNDER_CONTRACT_BY_THEN_EXTENDED = source_lines(
    "## Harwood Borough Council",
    "** Grounds Maintenance Annual Report 2026/27",
    "** 4. Contract",
    "4.1 Verge cutting and shrub care are provided under contract by Greenacre Landscapes Ltd."
    " The Director of Environment extended the contract in January 2027 for one year to 31"
    " March 2028, at a value of £940,000 over the extension period.",
    "4.2 A procurement for the replacement contract will begin in 2027; its estimated value is"
    " £5.1m over five years.",
)


def test_provided_under_contract_by_a_firm_names_the_extended_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(UNDER_CONTRACT_BY_THEN_EXTENDED, tmp_path)))
    assert rows == [("Greenacre Landscapes Ltd", 940000.0)]


def test_provided_under_contract_by_the_councils_team_is_none(tmp_path: Path) -> None:
    text = ("Harwood Borough Council\nParks report\n\n"
            "Shrub care is provided under contract by Parks Operations.\n")
    assert contract_rows(text, tmp_path) == []


# Board minutes in text: the contract for a service "for" a period awarded to a firm; the
# service is no bidder of its own.
AWARDED_SERVICE_FOR_A_PERIOD = """Westvale Combined Authority
Employment and Skills Board
Minutes of the meeting held on 3 June 2027

ESB 12/27  Digital Skills Academy: Delivery Contract

RESOLVED - That the contract for the delivery of Digital Skills Academies for 2027 to 2029
be awarded to Forthright Training Ltd at a value of £1,380,000.
"""


def test_the_service_before_for_is_no_bidder(tmp_path: Path) -> None:
    assert contract_rows(AWARDED_SERVICE_FOR_A_PERIOD, tmp_path) == [
        ("Forthright Training Ltd", 1380000.0)]


# Parts of one award, each firm "for" its lot at its own sum: still two contracts (no award's
# verb in what each part is for).
PARTS_FOR_LOTS = """WESTVALE DISTRICT COUNCIL
Report to Environment Committee
Date of Meeting: 4 March 2027
Subject: Footway Renewal - Tender Report

4.0 Recommendation
""" + ("4.1 Following the tender, it is recommended that Members approve the appointment of"
       " Fernhill Civils Ltd for"
       " Lot 1 in the sum of £846,300 and Cloverdale Fencing Ltd for Lot 2 in the sum of"
       " £218,650.\n")


def test_parts_of_an_award_each_for_its_lot_still_read(tmp_path: Path) -> None:
    assert contract_rows(PARTS_FOR_LOTS, tmp_path) == [
        ("Fernhill Civils Ltd", 846300.0), ("Cloverdale Fencing Ltd", 218650.0)]

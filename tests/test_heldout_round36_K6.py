"""Held-out round 36, contracts awarded and varied in reports (family K6): the misses fixed,
each on a small paper written in the layout that showed it, with a guard of each rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# ------------------------------------------- a report's title naming the contracts it awards

ROUTE_AWARD = source_lines(
    "%% header Brindlecombe District Council",
    "## Executive",
    "## 4 March 2027",
    "Title:\tAward of Door to Door Courier Contracts from June 2027",
    "Portfolio:\tCommunities",
    "** 1. Purpose of the report",
    "1.1 To seek approval to award the library courier contracts for two rounds.",
    "** 2. Tender outcome (Table 1)",
    "|# Round | Area | Successful operator | Annual value | Total contract value (3 years) |",
    "| 1 | North villages | Quickstep Couriers Ltd | £41,000 | £123,000 |",
    "| 2 | South villages | Larkway Logistics Ltd | £38,500 | £115,500 |",
)


def test_title_naming_contracts_names_no_firm(tmp_path: Path) -> None:
    """Before, "Award of Door to Door Courier Contracts from June 2027" was read as an award
    of "Door" to a firm "Door Courier Contracts". A name ending on the word
    "Contracts" names what is let, never who it is let to."""
    rows = contract_rows_of(contexts(rendered(ROUTE_AWARD, tmp_path)))
    assert rows == [("Quickstep Couriers Ltd", 123000.0), ("Larkway Logistics Ltd", 115500.0)]


def test_firm_with_contracts_in_its_name_before_legal_form_still_read(tmp_path: Path) -> None:
    """Guard: a firm whose name holds "Contracts" before its legal form is still the party."""
    text = ("Award of Grit Bin Servicing Contract\n\n"
            "RESOLVED: That the grit bin servicing contract be awarded to Harlow Contracts Ltd"
            " for two years at a total contract value of £64,000.\n")
    assert contract_rows(text, tmp_path) == [("Harlow Contracts Ltd", 64000.0)]


# ----------------------- an outgoing holder named by any role, "holds the contract"

CAFE_NOTES = (
    "Brindlecombe District Council\n\n"
    "Leisure Cabinet Advisory Group - Notes of meeting held on 9 December 2026\n\n"
    "LCAG/7 PARK CAFE CONCESSION\n\n"
    "The Parks Manager reported on the procurement of a caterer for the Millpond Park cafe."
    " The current caterer, Foxley Kitchen Ltd, holds the contract until 30 April 2027. Two"
    " bids were received.\n\n"
    "Recommended: That the Portfolio Holder awards the contract for the Millpond Park cafe"
    " to Brookside Catering Ltd for five years from 1 May 2027, at a total contract value of"
    " £240,000.\n"
)


def test_current_role_holding_the_contract_is_outgoing_holder(tmp_path: Path) -> None:
    """Before, "The current caterer, Foxley Kitchen Ltd, holds the contract until ..." gave no
    row: only a contractor, provider or supplier was read by its role. Any role held now, its
    firm (a legal form) between commas, said to hold the contract, holds it: a row, no value."""
    rows = contract_rows(CAFE_NOTES, tmp_path)
    assert sorted(rows, key=str) == [("Brookside Catering Ltd", 240000.0),
                                     ("Foxley Kitchen Ltd", None)]


def test_person_in_a_role_holds_no_contract(tmp_path: Path) -> None:
    """Guard: a person in the role (no legal form) is no party."""
    text = CAFE_NOTES.replace("The current caterer, Foxley Kitchen Ltd,",
                              "The current cafe manager, Dawn Foxley,")
    assert contract_rows(text, tmp_path) == [("Brookside Catering Ltd", 240000.0)]


# -------------------------------- a public body's contract "for <service> with <firm>" extended

def _partnership_report(whose: str) -> str:
    return source_lines(
        "%% header Saltmere Heritage Partnership",
        "## Saltmere Heritage Partnership Board",
        "## 12 March 2027",
        "** Quarter 3 report",
        "** Interpretation services",
        f"{whose} contract for visitor interpretation with Quillon Design Ltd was extended in"
        " February 2027 for twelve months at a cost of £54,000, as the original contract"
        " allowed.",
    )


def test_public_bodys_contract_for_a_service_extended(tmp_path: Path) -> None:
    """Before, "The lead council's contract for visitor interpretation with Quillon Design Ltd
    was extended ... at a cost of £54,000" gave the value with no firm: the extension reading
    took a contract with its firm straight after "contract". Whose contract (a public body's,
    in any case) and what it is for may stand between."""
    rows = contract_rows_of(contexts(rendered(_partnership_report("The lead council's"),
                                              tmp_path)))
    assert rows == [("Quillon Design Ltd", 54000.0)]


def test_firms_own_contract_extended_is_no_row_of_the_firm(tmp_path: Path) -> None:
    """Guard: a firm's own contract ("the designer's contract ... with X Ltd") is its
    subcontract: the extension rule names no party of it."""
    rows = contract_rows_of(contexts(rendered(_partnership_report("The designer's"),
                                              tmp_path)))
    assert ("Quillon Design Ltd", 54000.0) not in rows


# -------------------------------- a variation's value in a section apart from its firm

def _variation_report(delivered: str) -> str:
    return source_lines(
        "%% header Ashmere City Council",
        "## Housing Committee",
        "## 10 June 2027",
        "Title:\tLidgate Flats Refurbishment: Variation to the Works Contract",
        "** 1. Recommendation",
        "1.1 The Committee is recommended to approve a variation to the Lidgate Flats works"
        " contract to add new fire doors to the stair cores.",
        "** 2. Background",
        "2.1 The works contract was let in May 2026 after a tender. It covers roofs and windows"
        f" to 96 flats, and {delivered}, who are on programme.",
        "** 3. The variation",
        "3.1 The variation is valued at £184,300, bringing the total value of the works"
        " contract to £2,684,300. It has been checked by the Council's quantity surveyor.",
    )


def test_variation_valued_in_its_own_section_prices_the_firm(tmp_path: Path) -> None:
    """Before, the firm "delivered by" in section 2 and "The variation is valued at £184,300"
    in section 3 gave no row. A sentence opening on the variation and its value prices the one
    firm a sentence just before (a heading between) names delivering the contract: the
    variation's value, not the contract's new total."""
    rows = contract_rows_of(contexts(rendered(
        _variation_report("is being delivered by Tollgate Build Ltd"), tmp_path)))
    assert rows == [("Tollgate Build Ltd", 184300.0)]


def test_variation_of_own_teams_works_gives_no_row(tmp_path: Path) -> None:
    """Guard: works delivered by the council's own team (no legal form) name no firm: the
    variation's value is no contract's row."""
    rows = contract_rows_of(contexts(rendered(
        _variation_report("is being delivered by the Council's Building Services team"),
        tmp_path)))
    assert rows == []

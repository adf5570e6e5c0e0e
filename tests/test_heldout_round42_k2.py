"""Regression tests for the misses of held-out round 42's family K2 (contracts): the holders of
contracts in place named in the passive ("The enforcement contract is held by X Ltd and the
cash collection contract by Y Ltd") read as nothing; people hired on contract ("Two contract
inspectors ... at a cost of £18,400") read as a contract's price; and an arrangement in place
with a practice ("The present arrangement with X Veterinary Practice ends on ...") read as nothing.
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows

# ------------------------------------------------ a contract "is held by" a firm


def test_contracts_held_by_firms_in_the_passive_are_outgoing_holders(tmp_path: Path) -> None:
    """Before, "The waste collection contract is currently held by X Ltd and the street
    cleansing contract by Y plc" gave no row: neither a role nor "whose contract ends" named
    the holders. Each firm holds the contract in place the award replaces (no value)."""
    text = (
        "DRAYMOOR DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Environmental Services Contracts\n\n"
        "1. Recommendations\n\n"
        "1.1 That Cabinet awards the contract for waste collection and street cleansing to "
        "Orrin Environmental Ltd for eight years from 1 April 2029 at a total value of "
        "£31,200,000.\n\n"
        "2. Background\n\n"
        "2.1 Both present contracts end on 31 March 2029. The waste collection contract is "
        "currently held by Felling Waste Services Ltd and the street cleansing contract by "
        "Cardew Cleansing plc.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Orrin Environmental Ltd", 31200000.0),
        ("Felling Waste Services Ltd", None),
        ("Cardew Cleansing plc", None),
    ]


def test_contract_held_by_a_team_or_held_alone_is_none(tmp_path: Path) -> None:
    """Guard: "The signed contract is held by Legal Services" keeps the document (no firm by
    its legal form); and a holder named so in a paper that lets nothing is merely in force."""
    kept = (
        "DRAYMOOR DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Contract Register\n\n"
        "2.1 The signed contract is held by Legal Services.\n"
    )
    assert contract_rows(kept, tmp_path) == []
    in_force = (
        "DRAYMOOR DISTRICT COUNCIL\n\nREPORT TO THE OVERVIEW COMMITTEE\n\n"
        "Waste Performance 2028/29\n\n"
        "2.1 Missed collections fell to 41 per 100,000. The waste collection contract is held "
        "by Felling Waste Services Ltd.\n"
    )
    (tmp_path / "b").mkdir()
    assert contract_rows(in_force, tmp_path / "b") == []


# ------------------------------------------------ people hired on contract


def test_contract_staff_priced_are_no_contract(tmp_path: Path) -> None:
    """Before, "Three contract surveyors will be engaged for twelve weeks at a cost of
    £27,600 met from reserves" gave a row of £27,600: "contract" there says how the people
    are hired, and no contract is let."""
    text = (
        "KELBURN CITY COUNCIL\n\nREPORT TO THE HOUSING COMMITTEE\n\n"
        "Stock Condition Survey Backlog\n\n"
        "3.1 Three contract surveyors will be engaged for twelve weeks at a cost of £27,600 "
        "met from reserves.\n"
    )
    assert contract_rows(text, tmp_path) == []


def test_staff_let_under_a_contract_to_a_firm_is_still_a_contract(tmp_path: Path) -> None:
    """Guard: staff bought from a firm under a contract let to it ("the award of a contract
    for survey staff to X Ltd at a cost of £27,600") stay a row of X."""
    text = (
        "KELBURN CITY COUNCIL\n\nREPORT TO THE HOUSING COMMITTEE\n\n"
        "Stock Condition Survey Backlog\n\n"
        "3.1 That the Committee approves the award of a contract for survey staff to "
        "Harlow Stock Surveys Ltd at a cost of £27,600.\n"
    )
    assert contract_rows(text, tmp_path) == [("Harlow Stock Surveys Ltd", 27600.0)]


# ------------------------------------------------ an arrangement with a practice


def test_present_arrangement_with_a_practice_that_ends_is_the_outgoing_holder(
        tmp_path: Path) -> None:
    """Before, "The current arrangement with Marlpit Dental Practice ends on 31 July 2028"
    gave no row: an arrangement in place, unqualified, was read only with a firm by its legal
    form. A practice trades as a firm does, and holds the arrangement the award replaces."""
    text = (
        "ASHBY MOOR COUNCIL\n\nREPORT TO THE HEALTH AND WELLBEING COMMITTEE\n\n"
        "Supervised Toothbrushing Programme\n\n"
        "1.1 That the contract for the supervised toothbrushing programme be awarded to "
        "Brightsmile Oral Health Ltd for three years at a total value of £84,000.\n\n"
        "2.1 The current arrangement with Marlpit Dental Practice ends on 31 July 2028 and the "
        "practice did not bid.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Brightsmile Oral Health Ltd", 84000.0),
        ("Marlpit Dental Practice", None),
    ]


def test_present_arrangement_with_a_person_is_none(tmp_path: Path) -> None:
    """Guard: an arrangement with a person ("with Dr Anna Pell") names no holder."""
    text = (
        "ASHBY MOOR COUNCIL\n\nREPORT TO THE HEALTH AND WELLBEING COMMITTEE\n\n"
        "Supervised Toothbrushing Programme\n\n"
        "1.1 That the contract for the supervised toothbrushing programme be awarded to "
        "Brightsmile Oral Health Ltd for three years at a total value of £84,000.\n\n"
        "2.1 The present arrangement with Dr Anna Pell ends on 31 July 2028.\n"
    )
    assert contract_rows(text, tmp_path) == [("Brightsmile Oral Health Ltd", 84000.0)]

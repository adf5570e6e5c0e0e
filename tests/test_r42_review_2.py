"""Review of held-out round 42's family K2 (contracts): probes of its three rules in other
councils' words, each defect's regression test failing on the code before its mend, and the
probes that passed kept where they guard a rule's edge."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows

_HEAD = ("DRAYMOOR DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
         "Environmental Services Contracts\n\n")
_AWARD = ("1.1 That Cabinet awards the contract for waste collection to Orrin Environmental Ltd "
          "for eight years from 1 April 2029 at a total value of £31,200,000.\n\n")
_AWARDED = ("Orrin Environmental Ltd", 31200000.0)

# ------------------------------------------------ a contract "is held by" a firm


def test_regression_thing_held_for_a_contract_names_no_holder(tmp_path: Path) -> None:
    """Before, a thing "for" or "of" the contract held by a firm (a guarantee by the parent, the
    sealed original by the solicitors, a bond by an insurer) named that firm the contract's
    outgoing holder: the contract is no subject of "is held by" there."""
    for i, held in enumerate((
            "The parent company guarantee for the contract is held by Orrin Group plc.",
            "The sealed original of the contract is held by Browne Jacobson LLP.",
            "A performance bond under the new contract is held by Zurich Insurance plc.")):
        (tmp_path / str(i)).mkdir()
        assert contract_rows(f"{_HEAD}{_AWARD}2.1 {held}\n", tmp_path / str(i)) == [_AWARDED]


def test_regression_second_holder_after_a_semicolon(tmp_path: Path) -> None:
    """Before, "...; the street cleansing contract by Cardew Cleansing plc" (the second clause
    after a semicolon, not "and") lost its holder."""
    text = (f"{_HEAD}{_AWARD}2.1 The waste collection contract is held by Felling Waste "
            "Services Ltd; the street cleansing contract by Cardew Cleansing plc.\n")
    assert contract_rows(text, tmp_path) == [
        _AWARDED, ("Felling Waste Services Ltd", None), ("Cardew Cleansing plc", None)]


def test_regression_contracts_held_by_two_firms_respectively(tmp_path: Path) -> None:
    """Before, "... contracts are held by X Ltd and Y plc respectively" lost the second
    holder."""
    text = (f"{_HEAD}{_AWARD}2.1 The waste collection and street cleansing contracts are held "
            "by Felling Waste Services Ltd and Cardew Cleansing plc respectively.\n")
    assert contract_rows(text, tmp_path) == [
        _AWARDED, ("Felling Waste Services Ltd", None), ("Cardew Cleansing plc", None)]


def test_contract_held_by_across_lines_and_in_capitals(tmp_path: Path) -> None:
    """Guard: the clause broken over lines, or in capitals, still names the holder."""
    for i, held in enumerate((
            "The waste collection contract is currently held\nby Felling Waste\nServices Ltd.",
            "THE WASTE COLLECTION CONTRACT IS HELD BY Felling Waste Services Ltd.")):
        (tmp_path / str(i)).mkdir()
        assert contract_rows(f"{_HEAD}{_AWARD}2.1 {held}\n", tmp_path / str(i)) == [
            _AWARDED, ("Felling Waste Services Ltd", None)]


def test_contract_once_held_or_held_by_the_awardee_is_no_holder(tmp_path: Path) -> None:
    """Guard: a contract held once ("was previously held by") names no holder in place, and
    the awardee holding the new one is its one row."""
    for i, held in enumerate((
            "The contract was previously held by Felling Waste Services Ltd until 2019.",
            "From 1 April 2029 the contract is held by Orrin Environmental Ltd.")):
        (tmp_path / str(i)).mkdir()
        assert contract_rows(f"{_HEAD}{_AWARD}2.1 {held}\n", tmp_path / str(i)) == [_AWARDED]


# ------------------------------------------------ people hired on contract

_STAFF_HEAD = ("KELBURN CITY COUNCIL\n\nREPORT TO THE REGULATORY COMMITTEE\n\n"
               "Inspection Backlog\n\n")


def test_regression_contract_staff_opening_a_sentence_are_no_contract(tmp_path: Path) -> None:
    """Before, "Contract staff will be engaged ... at a cost of £27,600" (the word capitalised
    where it opens the sentence) gave a row of £27,600."""
    text = (f"{_STAFF_HEAD}3.1 Contract staff will be engaged for twelve weeks at a cost of "
            "£27,600 met from reserves.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_contract_vets_are_no_contract(tmp_path: Path) -> None:
    """Before, "Two contract vets will be engaged ... at a cost of £27,600" (a port health
    authority's vets hired on contract) gave a row of £27,600."""
    text = (f"{_STAFF_HEAD}3.1 Two contract vets will be engaged for twelve weeks at a cost of "
            "£27,600 met from reserves.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_officers_on_fixed_term_contracts_are_no_contract(tmp_path: Path) -> None:
    """Before, "Two officers will be employed on fixed-term contracts ... at a cost of £64,000"
    gave a row of £64,000: the people's terms of hire, no contract let."""
    text = (f"{_STAFF_HEAD}3.1 Two officers will be employed on fixed-term contracts for a year "
            "at a cost of £64,000 met from reserves.\n")
    assert contract_rows(text, tmp_path) == []


def test_contract_for_contract_staff_let_is_a_contract(tmp_path: Path) -> None:
    """Guard: a contract let for the supply of contract staff ("be awarded at a cost of
    £270,000") or people supplied under a firm's contract keep their rows."""
    let = (f"{_STAFF_HEAD}3.1 That the contract for the supply of contract staff be awarded at "
           "a cost of £270,000.\n")
    assert contract_rows(let, tmp_path) == [(None, 270000.0)]
    (tmp_path / "b").mkdir()
    supplied = (f"{_STAFF_HEAD}3.1 Two contract inspectors will be supplied under the contract "
                "with Eden Brown Ltd at a cost of £27,600.\n")
    assert contract_rows(supplied, tmp_path / "b") == [("Eden Brown Ltd", 27600.0)]


# ------------------------------------------------ an arrangement with a practice

_VET_PAPER = ("ASHBY MOOR COUNCIL\n\nREPORT TO THE LICENSING COMMITTEE\n\n"
              "Animal Licensing Inspections\n\n"
              "1.1 That the contract for animal licensing inspections be awarded to Brightvet "
              "Ltd for three years at a total value of £84,000.\n\n2.1 ")
_VET_AWARDED = ("Brightvet Ltd", 84000.0)


def test_regression_arrangement_with_a_vets_surgery_names_its_holder(tmp_path: Path) -> None:
    """Before, "The present arrangement with Hadleigh Lane Veterinary Surgery ends" (or "with
    Hadleigh Vets") gave no outgoing holder, though a "Practice" did: a vets' (or a GP's)
    surgery trades as a practice does."""
    for i, holder in enumerate(("Hadleigh Lane Veterinary Surgery", "Hadleigh Vets")):
        (tmp_path / str(i)).mkdir()
        text = f"{_VET_PAPER}The present arrangement with {holder} ends on 30 April 2028.\n"
        assert contract_rows(text, tmp_path / str(i)) == [_VET_AWARDED, (holder, None)]


def test_arrangement_with_a_practice_broken_over_lines(tmp_path: Path) -> None:
    """Guard: the practice's name broken over a line still names the holder."""
    text = (f"{_VET_PAPER}The present arrangement with Hadleigh Lane Veterinary\nPractice ends "
            "on 30 April 2028.\n")
    assert contract_rows(text, tmp_path) == [
        _VET_AWARDED, ("Hadleigh Lane Veterinary Practice", None)]


def test_regression_contract_staff_supplied_by_a_named_party_keep_their_price(
        tmp_path: Path) -> None:
    """Before, "Two contract inspectors will be supplied by Eville and Jones at a cost of
    £80,000" (a supplier by no legal form) lost its row as staff time: a party supplying the
    people is a contract's, not a post's."""
    text = (f"{_STAFF_HEAD}3.1 Two contract inspectors will be supplied by Eville and Jones at "
            "a cost of £80,000 a year.\n")
    assert contract_rows(text, tmp_path) == [(None, 80000.0)]


def test_regression_arrangement_with_the_practice_names_its_holder(tmp_path: Path) -> None:
    """Before, "The present arrangement with the Hadleigh Lane Veterinary Practice ends" (the
    practice by its article, as a practice most often is) gave no outgoing holder."""
    text = (f"{_VET_PAPER}The present arrangement with the Hadleigh Lane Veterinary Practice "
            "ends on 30 April 2028.\n")
    assert contract_rows(text, tmp_path) == [
        _VET_AWARDED, ("Hadleigh Lane Veterinary Practice", None)]


def test_arrangement_with_a_public_body_by_its_article_is_none(tmp_path: Path) -> None:
    """Guard: an arrangement with a public body or a council's own team by its article ("with
    the Integrated Care Board", "with the Council's Legal Services") names no holder."""
    for i, body in enumerate(("the Integrated Care Board", "the Council's Legal Services")):
        (tmp_path / str(i)).mkdir()
        text = f"{_VET_PAPER}The current arrangement with {body} ends on 31 March 2028.\n"
        assert contract_rows(text, tmp_path / str(i)) == [_VET_AWARDED]

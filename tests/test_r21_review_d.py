"""Review of round 21's contract fixes: rules that fired on papers of other councils where they
must not, or took seconds on a long run of spaces (each test a small paper of its own)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from test_s25_limits_misc import MOST_GROWTH, _growth

# ---------------------------------------------------------------- "place a contract for ..."


def test_regression_placed_contract_is_linear_in_a_run_of_spaces() -> None:
    # what a placed contract is for was read as up to 180 characters between two runs of
    # spaces: each split of a run tried again (10,000 spaces after "for" took 200 s)
    def paragraph(spaces: int) -> object:
        text = "The Council will place the contracts for" + " " * spaces + "x."
        return sentence_drafts([(1, text)], None)

    assert _growth(paragraph, 100) < MOST_GROWTH


def test_contract_placed_with_a_firm_still_read_at_its_own_price(tmp_path: Path) -> None:
    text = ("CABINET\n4.1 To approve a budget of £385,000 for the Harbour Wall, and to place a "
            "contract for the repairs to the wall with Tregarth Marine Works Ltd at a price of "
            "£318,900.\n")
    assert contract_rows(text, tmp_path) == [("Tregarth Marine Works Ltd", 318_900.0)]


# ---------------------------------------------------------------- a mandate's worth

def test_regression_mandate_worth_is_no_price_of_the_manager_holding_it(tmp_path: Path) -> None:
    # "mandate, valued at" priced any mandate: the manager in place took the money the mandate
    # invests as its contract's value, though no one was appointed to anything
    text = ("PENSIONS COMMITTEE\n6.2 Lowther Ridge Investment Managers Ltd has managed the "
            "Fund's global bond mandate, valued at £312 million, since 2018.\n")
    assert contract_rows(text, tmp_path) == [("Lowther Ridge Investment Managers Ltd", None)]


def test_mandate_a_manager_is_appointed_to_manage_is_still_its_price(tmp_path: Path) -> None:
    text = ("PENSIONS COMMITTEE\n6.1 That the Committee appoints Fenwick Hale Capital LLP to "
            "manage the Fund's global bond mandate, valued at £312 million, under the "
            "National LGPS Frameworks investment management framework.\n")
    assert contract_rows(text, tmp_path) == [("Fenwick Hale Capital LLP", 312_000_000.0)]


# ---------------------------------------------------------- "which operates ... under a contract"

def test_regression_firm_under_a_contract_with_another_body_holds_none_of_the_councils(
        tmp_path: Path) -> None:
    # "X Ltd, which provides ... under a contract" read a planning applicant as holding a
    # contract of the council's, though its contract is with another body
    text = ("PLANNING COMMITTEE\n4.1 Moorside Homes Ltd, which provides supported housing in "
            "the district under a contract with Homes England, has applied for permission.\n")
    assert contract_rows(text, tmp_path) == [("Homes England", None)]


def test_firm_operating_under_a_contract_with_the_council_still_holds_it(
        tmp_path: Path) -> None:
    text = ("CABINET\n4.1 Brackenfell Leisure Ltd, which operates the Council's three pools under "
            "a contract with the Council running to 2030, reported a surplus.\n")
    assert contract_rows(text, tmp_path) == [("Brackenfell Leisure Ltd", None)]


# ---------------------------------------------------------------- "current custodian, X"

def test_regression_custodian_of_an_archive_is_no_firm_under_contract(tmp_path: Path) -> None:
    # "current" or "existing" before any custodian named its holder a firm in place: a trust
    # keeping a town's archive was read as a contract held
    text = ("TOWN COUNCIL\n4.1 The archive's existing custodian, Ashcombe Heritage Trust Ltd, "
            "will transfer the collection to the County Record Office under the agreement.\n")
    assert contract_rows(text, tmp_path) == []


def test_a_funds_current_custodian_is_still_the_firm_in_place(tmp_path: Path) -> None:
    text = ("PENSIONS COMMITTEE\n5.1 The Pension Fund's current custodian, Elsworth Custody "
            "Bank plc, did not bid under the framework.\n"
            "5.2 The existing global custodian, Marrick Trust Bank plc, did not bid either.\n")
    assert contract_rows(text, tmp_path) == [
        ("Elsworth Custody Bank plc", None), ("Marrick Trust Bank plc", None)]


# ---------------------------------------------------------------- a label before the firm

def test_regression_firm_before_a_colon_without_a_legal_form_keeps_its_name(
        tmp_path: Path) -> None:
    # any words without a firm's word before a colon gave way to the name after it: the
    # winner without a legal form lost its contract to the firm that came second
    text = ("CABINET\n4.1 The contract for the resurfacing works was awarded to Pennock "
            "Builders: Tregarth Marine Ltd came second.\n")
    assert contract_rows(text, tmp_path) == [("Pennock Builders", None)]


def test_regression_decision_label_in_small_letters_gives_way_to_the_firm(tmp_path: Path) -> None:
    text = ("DECISION SHEET\nThat the contract for grounds maintenance be awarded to Decision "
            "taken: Fellgate Grounds Ltd for four years at a total cost of £612,000.\n")
    assert contract_rows(text, tmp_path) == [("Fellgate Grounds Ltd", 612_000.0)]


# ---------------------------------------------------------------- "placed with X under ..."

def test_regression_treasury_deposit_placed_with_a_bank_is_no_contract(tmp_path: Path) -> None:
    # anything "placed with" a firm under an agreement that ends was a contract in place: the
    # council's cash lent to a bank on notice was read as one
    text = ("AUDIT AND GOVERNANCE COMMITTEE\n4.1 Surplus cash of £5m was placed with Lloyds "
            "Bank plc under a 95 day notice agreement which ends in June.\n")
    assert contract_rows(text, tmp_path) == []


def test_insurance_placed_with_an_insurer_is_still_the_contract_in_place(
        tmp_path: Path) -> None:
    text = ("RESOURCES COMMITTEE\n3.1 The Council's property cover is placed with Harrowgate "
            "Mutual Insurance Ltd under a long term agreement which expires on 31 March 2029.\n"
            "3.2 The gritters are hired from Fenmoor Plant Hire Ltd under a contract which "
            "ends in May 2028.\n")
    assert contract_rows(text, tmp_path) == [
        ("Harrowgate Mutual Insurance Ltd", None), ("Fenmoor Plant Hire Ltd", None)]

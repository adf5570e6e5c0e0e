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

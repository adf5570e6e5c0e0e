"""Regression tests of round 23's contracts review (g): each a defect of the round's fixes,
found on a small paper of another council, named after what was misread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts.paragraphs import STATUTORY_AGREEMENT
from kcc_papers.extract.contracts.value_drafts import APPOINTED_MANAGER_MANDATE
from test_s25_limits_misc import MOST_GROWTH, _growth


def _contracts(sentence: str, tmp_path: Path) -> list[Row]:
    return _rows(f"CABINET\n{sentence}\n", tmp_path)


# ------------ a statutory agreement, and a section of an agreement that is a contract

def test_regression_section_of_an_agreement_is_no_statutory_agreement(tmp_path: Path) -> None:
    # "section N (up to three words) agreement" read "section 4 of the agreement" (a clause of
    # the agreement with a firm) as a section 75 / 106 agreement, and the sentence for none
    sentence = ("1.1 Under section 4 of the agreement with Pendlebury Equipment Ltd, the annual "
                "charge rises to £250,000 from April 2028.")
    assert _contracts(sentence, tmp_path) == [("Pendlebury Equipment Ltd", None)]


def test_statutory_agreement_named_in_words_still_no_contract(tmp_path: Path) -> None:
    # the guard: the agreement's kind between its section and "agreement" is still statutory
    sentence = ("1.1 That Cabinet approves a new section 75 pooled budget agreement with NHS "
                "Wyreside Integrated Care Board with a total value of £96,000,000.")
    assert _contracts(sentence, tmp_path) == []


# ------------ whose contract it is: a public body's, not a firm's (a subcontract)

def test_regression_firms_contract_with_a_subcontractor_is_none_of_the_councils(
        tmp_path: Path) -> None:
    # "the <any word>'s contract with X Ltd" read a provider's subcontract as the council's
    sentence = ("3.2 The provider's contract with Ormskirk Scaffolding Ltd for access "
                "scaffolding ends in May 2028.")
    assert _contracts(sentence, tmp_path) == []


def test_regression_firm_which_has_held_a_providers_contract_holds_none_of_the_councils(
        tmp_path: Path) -> None:
    sentence = ("1. The Committee heard from Ormskirk Scaffolding Ltd, which has held the "
                "contractor's scaffolding contract since April 2023.")
    assert _contracts(sentence, tmp_path) == []


def test_regression_firm_which_has_held_the_county_councils_contract_not_read(
        tmp_path: Path) -> None:
    # the possessive before what the contract is for was read as one word: "the County
    # Council's highways contract" gave no row
    sentence = ("3.3 The Committee heard from Lune Highways Ltd, which has held the County "
                "Council's highways contract since April 2023.")
    assert _contracts(sentence, tmp_path) == [("Lune Highways Ltd", None)]


def test_authoritys_contract_with_a_firm_still_read(tmp_path: Path) -> None:
    # the guard: the paper's own body's contract, in its whole name too
    sentence = "3.2 The Combined Authority's bus contract with Wyre Coaches Ltd ends in May 2028."
    assert _contracts(sentence, tmp_path) == [("Wyre Coaches Ltd", None)]


# ------------ a mandate's size is a manager's price only where the sentence appoints it

def _pension_contracts(sentence: str, tmp_path: Path) -> list[Row]:
    return _rows(f"PENSIONS COMMITTEE\n{sentence}\n", tmp_path)


def test_regression_mandate_size_of_a_manager_held_is_no_contract_value(tmp_path: Path) -> None:
    # "manager of the Fund's ... mandate of £N" priced any manager's contract by the money its
    # mandate invests, appointed or not
    sentence = ("1.1 The Committee agreed to extend the contract with Tarnside Index Management "
                "Ltd, manager of the Fund's UK equities mandate of £280 million, for one year.")
    assert _pension_contracts(sentence, tmp_path) == [("Tarnside Index Management Ltd", None)]


def test_regression_mandate_size_of_a_manager_reviewed_is_no_row(tmp_path: Path) -> None:
    # ... and gave a row of no provider for the size of a mandate a manager appointed years
    # before holds
    sentence = ("1.1 The Committee noted the performance of Tarnside Index Management Ltd, "
                "appointed in 2020 as manager of the Fund's UK equities mandate of £280 million "
                "under its contract.")
    assert _pension_contracts(sentence, tmp_path) == []


def test_manager_appointed_to_a_mandate_of_a_size_still_priced(tmp_path: Path) -> None:
    # the guard: the appointment prices the manager's contract by its mandate
    sentence = ("1.1 To appoint Tarnside Index Management Ltd as manager of the Fund's passive "
                "UK equities mandate of £280 million for an initial term of five years.")
    assert _pension_contracts(sentence, tmp_path) == [
        ("Tarnside Index Management Ltd", 280_000_000.0)]


# ------------ the new patterns stay linear

@pytest.mark.parametrize("pattern", [STATUTORY_AGREEMENT, APPOINTED_MANAGER_MANDATE])
@pytest.mark.parametrize("fill", [" ", "a", "1", ".", "appoint as manager of "])
def test_review_patterns_are_linear(pattern: re.Pattern[str], fill: str) -> None:
    def run(size: int) -> object:
        return pattern.search("section 75 " + fill * size + " mandate of £")

    assert _growth(run, 200) < MOST_GROWTH

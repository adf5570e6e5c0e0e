"""Regression tests of the review of held-out round 22's contracts fixes: each defect of a
new rule, on a small paper of a council other than the one that showed the rule's case."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows as _rows

# ------------ a licence the council grants as licensing authority is no licence it buys


def test_regression_premises_licence_a_firm_trades_under_is_no_contract(tmp_path: Path) -> None:
    # "supplied by X Ltd under a licence that expires" read what a licensed firm sells the
    # public under its premises licence as the council's purchase
    text = ("LICENSING SUB-COMMITTEE\n2.1 Alcohol at the Harbour Pavilion is supplied by "
            "Quayside Taverns Ltd under a premises licence that expires on 30 June 2027.\n"
            "2.2 Hot food is licensed by Marram Kitchens Ltd under a street trading licence "
            "which ends in March 2027.\n")
    assert _rows(text, tmp_path) == []


def test_software_supplied_under_a_site_licence_still_the_contract_in_place(
        tmp_path: Path) -> None:
    # the guard: what the council buys under a licence of its kind (software) is its contract
    text = ("AUDIT AND GOVERNANCE COMMITTEE\n2.1 The payroll software is supplied by Ledgerline "
            "Systems Ltd under a corporate site licence which expires in March 2027.\n")
    assert _rows(text, tmp_path) == [("Ledgerline Systems Ltd", None)]


# ------------ a contract's price said with how it is funded, the award named after it


def test_regression_price_funded_by_a_grant_before_the_award_keeps_its_value(
        tmp_path: Path) -> None:
    # a sum with ", funded by ..." before the firm was dropped as a scheme's cost paid through
    # the firm's contract, though its funding clause ends before the award is named
    text = ("CABINET\n1.1 That a contract worth £2.4m, funded by the Levelling Up Fund, be "
            "awarded to Penhallow Construction Ltd for the Quay Street public realm works.\n")
    assert _rows(text, tmp_path) == [("Penhallow Construction Ltd", 2_400_000.0)]


# ------------ an aside after "the contract sum," closed by its own comma


def test_regression_contract_sum_with_an_aside_before_its_verb_keeps_its_value(
        tmp_path: Path) -> None:
    # "the contract sum, the lowest of ..." was taken for a list's next item, so the sum the
    # sentence gives after the aside ("..., is £845,000") priced nothing
    text = ("PLACE SCRUTINY AND CABINET\n1.1 That the contract for the Mill Lane resurfacing "
            "works be awarded to Harrow Civils Ltd.\n2.1 The contract sum, the lowest of the "
            "three tenders received, is £845,000.\n")
    assert _rows(text, tmp_path) == [("Harrow Civils Ltd", 845_000.0)]


# ------------ "has held the contract <documents>": a council team holding papers, no contract


def test_regression_team_that_has_held_the_contract_documents_is_no_provider(
        tmp_path: Path) -> None:
    # a name ending in "Services" that "has held the contract" read a council team keeping
    # the papers ("the contract documents", "the contract register") as the contract's holder
    text = ("RESOURCES OVERVIEW AND SCRUTINY COMMITTEE\n2.1 Legal Services have held the "
            "contract documents since the agreement was sealed in 2019.\n2.2 Procurement "
            "Services has held the contract register since April 2020.\n")
    assert _rows(text, tmp_path) == []


def test_firm_that_has_held_the_collection_contract_for_years_still_read(tmp_path: Path) -> None:
    # the guard: the contract itself held, a preposition after it, is the firm's
    text = ("ENVIRONMENT CABINET COMMITTEE\n2.1 Pennant Waste Ltd has held the collection "
            "contract for ten years, and Kier Group has held the contract with the Council "
            "since 2015.\n")
    assert _rows(text, tmp_path) == [("Pennant Waste Ltd", None), ("Kier Group", None)]

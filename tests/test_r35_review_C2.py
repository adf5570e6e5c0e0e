"""Review of round 35's fix C2 (contracts: the holder running a service whose contract the next
sentence ends, a management fee an award comes "with", a contract let in a month): the cases
the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows

AWARD = ("Report to the Cabinet\n"
         "1. That the Cabinet awards the contract for the management of Hollin Leisure Centre to"
         " Peakfit Leisure Ltd for ten years at a total contract value of £4,000,000.\n")
NEW = [("Peakfit Leisure Ltd", 4000000.0)]


def test_regression_a_lease_grant_or_tenancy_contract_ending_next_is_none(
        tmp_path: Path) -> None:
    for ending in ("Its lease contract ends on 31 March 2027.",
                   "Their grant contract ends on 31 March 2027.",
                   "Its tenancy contract expires on 31 March 2027."):
        text = AWARD + f"2. The café has been run by Saltbox Catering Ltd since 2016. {ending}\n"
        assert contract_rows(text, tmp_path) == NEW, ending


def test_regression_the_current_contract_of_another_service_is_not_the_runners(
        tmp_path: Path) -> None:
    text = AWARD + ("2. The centre has been run by Tarnside Leisure Ltd since 2016. The current"
                    " catering contract expires on 31 March 2027.\n")
    assert contract_rows(text, tmp_path) == NEW


def test_the_current_contract_named_as_the_sentence_before_names_it_is_the_runners(
        tmp_path: Path) -> None:
    text = AWARD + ("2. The leisure centre has been managed by Tarnside Community Trust since"
                    " 2016. The current leisure management contract expires on 31 March"
                    " 2027.\n")
    assert contract_rows(text, tmp_path) == [*NEW, ("Tarnside Community Trust", None)]


def test_regression_a_consultant_running_the_procurement_holds_no_contract_ending_next(
        tmp_path: Path) -> None:
    for before in ("The tender process has been managed by Redline Procurement Services Ltd.",
                   "The evaluation has been carried out by Redline Procurement Services Ltd.",
                   "Redline Procurement Services Ltd has managed the procurement for us."):
        text = AWARD + f"2. {before} The current contract expires on 31 March 2027.\n"
        assert contract_rows(text, tmp_path) == NEW, before


def test_regression_the_fee_an_outgoing_operator_ran_the_service_with_prices_no_award(
        tmp_path: Path) -> None:
    for said in ("noting that Freshwell Leisure Trust operated the centres with a management"
                 " fee of £300,000 a year",
                 "the current operator Freshwell Leisure Trust having run the centres with an"
                 " annual management fee of £300,000"):
        text = ("Report to the Cabinet\n1. That the Cabinet awards the contract for leisure"
                f" management to Peakfit Leisure Ltd for ten years, {said}.\n")
        assert contract_rows(text, tmp_path) == [("Peakfit Leisure Ltd", None)], said


def test_the_fee_an_award_comes_with_after_a_comma_is_still_its_value(tmp_path: Path) -> None:
    text = ("Report to the Cabinet\n1. That the Cabinet awards the contract for leisure"
            " management to Peakfit Leisure Ltd for ten years from 1 April 2027, replacing"
            " Freshwell Leisure Trust, with an annual management fee of £615,000.\n")
    assert contract_rows(text, tmp_path) == [("Peakfit Leisure Ltd", 615000.0)]


def test_regression_a_contract_let_in_a_year_to_a_firm(tmp_path: Path) -> None:
    text = ("Report to the Committee\n3.1 The contract for the kiosk refurbishment was let in"
            " 2019 to Brewhouse Kitchens Ltd at £12,000 following three quotations.\n")
    assert contract_rows(text, tmp_path) == [("Brewhouse Kitchens Ltd", 12000.0)]

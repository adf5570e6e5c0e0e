"""Regression tests for session 56's one spelling of a contract's end (contracts/contract_ends.py
``ENDS_VERB``): the readers of a contract in place said to end each spelt the end themselves,
and each read only some of "ends", "expires", "runs to", "runs until", "terminates". A wording
one of them read the others missed. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows


def test_regression_s56_arrangement_with_a_practice_that_runs_to_a_date(tmp_path: Path) -> None:
    """Before, "The present arrangement with X Practice will run to 31 July 2028" named no
    holder: the arrangement's reader knew "ends" and "expires" only, not the concession
    reader's "runs to" (or "terminates")."""
    text = (
        "HOLLOWAY VALE COUNCIL\n\nREPORT TO THE HEALTH AND WELLBEING COMMITTEE\n\n"
        "Community Audiology Service\n\n"
        "1.1 That the contract for the community audiology service be awarded to Clearsound "
        "Hearing Ltd for three years at a total value of £126,000.\n\n"
        "2.1 The present arrangement with Wessex Audiology Practice will run to 31 July 2028 "
        "and the practice did not bid.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Clearsound Hearing Ltd", 126000.0),
        ("Wessex Audiology Practice", None),
    ]


def test_regression_s56_agreement_with_its_reseller_that_terminates(tmp_path: Path) -> None:
    """Before, "The Council's agreement with its current reseller, X Ltd, terminates on ..."
    named no holder where "..., ends on ..." did (``award_phrasings.AGREEMENT_WITH_ROLE`` knew
    "ends", "expires" and "runs until" only)."""
    text = (
        "MARDEN CROSS DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Software Licensing\n\n"
        "1.1 That Cabinet approves a call-off contract with Palisade Licensing Ltd under the "
        "national software framework for three years at a total cost of £412,000.\n\n"
        "2.1 The Council's licensing agreement with its current reseller, Ferrous Digital Ltd, "
        "terminates on 31 March 2028.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Palisade Licensing Ltd", 412000.0),
        ("Ferrous Digital Ltd", None),
    ]


def test_arrangement_with_a_practice_that_continues_is_none(tmp_path: Path) -> None:
    """Guard: an arrangement said to continue ("will continue alongside") is no holder
    replaced: only its end names it."""
    text = (
        "HOLLOWAY VALE COUNCIL\n\nREPORT TO THE HEALTH AND WELLBEING COMMITTEE\n\n"
        "Community Audiology Service\n\n"
        "1.1 That the contract for the community audiology service be awarded to Clearsound "
        "Hearing Ltd for three years at a total value of £126,000.\n\n"
        "2.1 The present arrangement with Wessex Audiology Practice for hearing aid repairs "
        "will continue alongside the new service.\n"
    )
    assert contract_rows(text, tmp_path) == [("Clearsound Hearing Ltd", 126000.0)]

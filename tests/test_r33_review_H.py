"""Review of held-out round 33's fix H: papers another council would print, which the fix read
wrong, each mended."""

from __future__ import annotations

from kcc_papers.normalise.outcomes import classify_outcome


def test_regression_a_condition_that_terms_not_be_agreed_refuses_nothing() -> None:
    # "should the terms not be agreed": a condition's subjunctive, no refusal (the fix read
    # every "not be agreed" with no modal just before it as one)
    assert classify_outcome(
        "RESOLVED that should the lease terms not be agreed by 1 April, the Director be "
        "authorised to terminate the lease.") != "rejected"
    assert classify_outcome(
        "RESOLVED that, in the event that the terms not be agreed, the matter be referred to "
        "Council.") != "rejected"
    # (the refusal itself still refuses)
    assert classify_outcome(
        "RESOLVED that the proposal to close the depot on Saturdays not be agreed.") == "rejected"

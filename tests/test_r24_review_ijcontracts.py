"""Review of held-out round 24's batches I and J contract fixes: small papers another council
would plausibly publish, read wrongly by the fix's new rules before the review's mends."""

from __future__ import annotations

from heldout_support import contract_rows as _rows

# ------------ "by X Ltd at a cost of" read as a contract let only where the sentence approves it

PAST_WORK = """Report to Cabinet
2. Background
2.1 In 2019 the roof of the Market Hall was repaired by Thornbury Roofing Ltd at a cost of £48,750. The roof is now failing again.
"""  # noqa: E501

LOST_BID = """Report to Cabinet
3. Tender evaluation
3.1 A bid for the works by Thornbury Roofing Ltd at a cost of £52,100 was not the most advantageous and was not selected.
"""  # noqa: E501

APPROVES_WORK = """MINUTES OF THE CABINET
61. Urgent Item: Kelsbury Library Boiler
RESOLVED: That Cabinet approves the replacement of the library boiler by Ashgrove Heating Ltd at a cost of £36,400.
"""  # noqa: E501


def test_regression_past_work_by_a_firm_at_a_cost_is_no_contract_let(tmp_path):
    assert _rows(PAST_WORK, tmp_path) == []


def test_regression_a_bid_by_a_firm_at_a_cost_is_no_contract_let(tmp_path):
    assert _rows(LOST_BID, tmp_path) == []


def test_work_a_resolution_approves_before_the_firm_is_still_let(tmp_path):
    # the guard: an approval said before the work still lets it
    assert _rows(APPROVES_WORK, tmp_path) == [("Ashgrove Heating Ltd", 36_400.0)]


# ------------ a proposal fell only where the next paragraph's opening is the verdict itself

REJECTED_ALTERNATIVE = """RECORD OF OFFICER DECISION
The recommendation was to award the cleaning contract to Sparkle Cleaning Ltd at a cost of £80,000.
Decision: rejected the alternative of extending the current contract; the recommendation is approved.
"""  # noqa: E501


def test_regression_rejecting_an_alternative_keeps_the_proposal(tmp_path):
    assert _rows(REJECTED_ALTERNATIVE, tmp_path) == [("Sparkle Cleaning Ltd", 80_000.0)]


def test_a_motion_lost_by_votes_still_fell(tmp_path):
    # the guard: a verdict with its vote count is still the whole statement
    text = REJECTED_ALTERNATIVE.replace(
        "Decision: rejected the alternative of extending the current contract; the "
        "recommendation is approved.", "The motion was lost by 5 votes to 7.")
    assert _rows(text, tmp_path) == []

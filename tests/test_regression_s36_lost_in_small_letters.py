"""Session 36: a proposal lost on a vote is a decision (rejected) however the result is set:
"the proposal was lost (2 for, 4 against)" in small letters as "the motion was LOST" in
capitals (held-out r18c; the set's rule since round 20). "Lost" that is no vote's result ("the
proposal was lost in the consultation") records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decisions_in, minutes_of

MINUTES = """WESTBRIDGE COMBINED AUTHORITY
TRANSPORT COMMITTEE
Minutes of the meeting held on 12 May 2027
Present: Cllr A Vance (Chair), Cllr B Okafor, Cllr C Lund
25. PARK AND RIDE: STANMOOR ROAD SITE
Members discussed the low use of the Stanmoor Road site. Cllr Vance proposed that the site
be closed. {result}
RESOLVED: That the Stanmoor Road service continue for a further twelve months.
"""


def _decided(result: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    records = minutes_of(MINUTES.format(result=result), tmp_path)
    return [(d.decision_text, d.outcome) for d in decisions_in(records)]


@pytest.mark.parametrize("result", [
    "On being put to the vote the proposal was lost (2 for, 4 against).",
    "On being put to the vote the proposal was lost.",
    "The motion was therefore lost by 4 votes to 2.",
    "On being put to the vote the proposal was LOST.",
])
def test_regression_proposal_lost_in_small_letters_is_rejected(
        tmp_path: Path, result: str) -> None:
    decided = _decided(result, tmp_path)
    # (the proposal moved in the sentence before, which the result names only "the proposal",
    # starts the record: round 33's rule, extract/minutes/moved_before_lost)
    assert (f"Cllr Vance proposed that the site be closed. {result}", "rejected") in decided
    assert ("RESOLVED: That the Stanmoor Road service continue for a further twelve months.",
            "other") in decided


def test_lost_that_is_no_votes_result_is_no_decision(tmp_path: Path) -> None:
    decided = _decided("The proposal was lost in the consultation responses.", tmp_path)
    assert [outcome for _, outcome in decided] == ["other"]

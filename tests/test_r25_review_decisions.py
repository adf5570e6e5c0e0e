"""Regression tests for the review of held-out round 25's decisions fixes: what the new readers
of councils abroad (motion blocks, "lie on the table", "continue the item", motions that
"fell", "This was not supported") read wrongly in papers other councils publish."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import decision_rows
from kcc_papers.extract.minutes.lost_motions import _lost
from kcc_papers.extract.minutes.moved_motions import moved_motions
from kcc_papers.normalise.outcomes import classify_outcome

HEAD = """ASHCOMBE DISTRICT COUNCIL

Minutes of the meeting of the Planning Committee held on Tuesday 18 January 2028

Present: Councillor P Sellick (Chair), Councillors A Udy, B Vosper

"""


def test_regression_lost_amendment_block_hides_the_resolution(tmp_path: Path) -> None:
    # an amendment's block (lost) read as the minute's only decision, the RESOLVED after it
    # dropped: a lost amendment is no decision (docs/heldout.md), the resolution is
    text = HEAD + """45. Budget
Amendment
Moved Cllr Udy, Seconded Cllr Vosper
That the recommendation be amended to add a review in six months.
LOST
RESOLVED that the budget be approved as recommended.
"""
    assert decision_rows(text, tmp_path) == [
        ("RESOLVED that the budget be approved as recommended.", "approved")]


def test_regression_carried_amendment_block_is_no_decision(tmp_path: Path) -> None:
    # an amendment carried is only on the way to the substantive motion carried after it
    text = HEAD + """45. Budget
Amendment
Moved Cr Udy, Seconded Cr Vosper
That the words "in six months" be added after "review".
CARRIED
The amendment then became the substantive motion.
Moved Cr Sellick, Seconded Cr Udy
That the budget be approved with a review in six months.
CARRIED
"""
    assert decision_rows(text, tmp_path) == [
        ("That the budget be approved with a review in six months.", "approved")]


def test_regression_motion_block_keeps_the_minutes_other_resolutions(tmp_path: Path) -> None:
    # a member's motion block lost, then the committee's own RESOLVED: both decisions (the
    # block reader had returned its blocks alone)
    text = HEAD + """45. Parking Charges
Moved Cr Udy, Seconded Cr Vosper
That the evening parking charge be withdrawn.
LOST 2/5
RESOLVED that the parking charges set out in the report be approved.
"""
    assert decision_rows(text, tmp_path) == [
        ("That the evening parking charge be withdrawn.", "rejected"),
        ("RESOLVED that the parking charges set out in the report be approved.", "approved"),
    ]


def test_regression_papers_lying_on_the_table_are_no_deferral() -> None:
    # papers tabled for inspection, a letter "laid on the table": nothing deferred
    assert classify_outcome("The papers will lie on the table for members to inspect.") \
        != "deferred"
    assert classify_outcome("A copy of the letter from the Minister was laid on the table.") \
        != "deferred"
    assert classify_outcome("That the report lie on the table until the next meeting.") \
        == "deferred"


def test_regression_continuing_an_item_to_its_end_is_no_deferral() -> None:
    assert classify_outcome("Officers will continue the item to its conclusion at the next "
                            "stage of the review.") != "deferred"
    assert classify_outcome("continued the item to December 2, 2025.") == "deferred"


def test_regression_a_proposal_that_fell_within_a_rule_was_not_voted_down(
        tmp_path: Path) -> None:
    assert classify_outcome("The proposal fell within permitted development rights.") \
        != "rejected"
    text = HEAD + """45. Extension
The proposal fell within permitted development rights and so no decision was needed.
46. Site
Members noted that the proposal fell outside the settlement boundary.
"""
    assert decision_rows(text, tmp_path) == []


def test_regression_an_officers_view_not_supported_is_no_defeat(tmp_path: Path) -> None:
    # "This was not supported by officers" after an applicant's proposal: advice, no vote
    text = HEAD + """45. 12 High Street
The applicant proposed that the opening hours be extended to midnight. This was not supported by officers, who recommended refusal.
RESOLVED that the application be approved subject to conditions.
"""  # noqa: E501
    assert decision_rows(text, tmp_path) == [
        ("RESOLVED that the application be approved subject to conditions.", "approved")]


# A line of spaces such as a layout's text prints: the result's pattern had two "\s*" either side
# of an absent count (quadratic: 1.3 s on 5,000 spaces, 20 s on 20,000).
LONG_RUN = 5000
TIME_LIMIT_S = 0.3


def test_regression_result_line_is_linear_on_a_run_of_spaces() -> None:
    body = [(1, "Moved Cr Udy, Seconded Cr Vosper"), (1, "That the report be received."),
            (1, "Carried" + " " * LONG_RUN + "x"), (1, "Carried")]
    started = time.perf_counter()
    blocks = moved_motions(body)
    assert time.perf_counter() - started < TIME_LIMIT_S
    # (the spaced line no result: the block ends on the bare "Carried")
    assert [(b.start, b.end) for b in blocks] == [(0, 4)]


def test_not_supported_by_the_body_wrapped_before_its_name() -> None:
    # (the mend above keeps "This was not supported by the" over "Board." a defeat, as a
    # ligatured board pack wraps it; "by officers" stays advice)
    assert _lost(["Councillor Muncey proposed that tablets be withdrawn. This was not "
                  "supported by the", "Board."]) == [0]
    assert _lost(["Councillor Muncey proposed that tablets be withdrawn. This was not "
                  "supported by officers."]) == []


def test_regression_moved_and_seconded_in_other_senses_are_no_block() -> None:
    # "Moved" / "seconded" before a small word (the name's capital read case-blind): a block
    body = [(1, "moved into the new depot in May, seconded staff joined the team."),
            (1, "That arrangement ends in March."), (1, "Carried")]
    assert moved_motions(body) == []
    assert len(moved_motions([(1, "Moved Cr Udy, Seconded Cr Vosper"), *body[1:]])) == 1


def test_regression_a_sum_not_carried_forward_is_no_refusal() -> None:
    # "be not carried" read as a motion's defeat, "carried forward" as much as "carried"
    assert classify_outcome("That the 2027 underspend be not carried forward.") != "rejected"
    assert classify_outcome("The proposal was not carried.") == "rejected"


def test_regression_result_by_absolute_majority_closes_the_block(tmp_path: Path) -> None:
    # "CARRIED BY ABSOLUTE MAJORITY 9/0" (a Western Australian council's budget motion) read
    # as no result: the block, and its decision, missed
    text = HEAD + """45. Budget Amendment
Council Resolution
Moved Cr Udy, Seconded Cr Vosper
That Council approves the budget amendment of $120,000 for the Foreshore Path.
CARRIED BY ABSOLUTE MAJORITY 9/0
"""
    assert decision_rows(text, tmp_path) == [
        ("That Council approves the budget amendment of $120,000 for the Foreshore Path.",
         "approved")]

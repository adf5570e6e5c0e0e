"""Session 44 mends (B): an older held-out paper the round-30 decisions rules misread, each on a
small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

_HEAD = """WEXMOOR DISTRICT COUNCIL

COMMUNITY AND ENVIRONMENT COMMITTEE

MINUTES OF THE MEETING HELD ON WEDNESDAY, 10 JANUARY 2029 AT 6.30 PM

PRESENT:    Councillor I Farrant (Chair), Councillors L Thorley, S Halloran and K Vail

"""

# A committee's minute opening on the update it received, then a member's motion on it moved and
# lost, nothing resolved: receiving the update is the business laid before the meeting, which
# the motion answered, no decision of the body's own; the lost motion is the minute's decision.
UPDATE_RECEIVED_THEN_MOTION_LOST = _HEAD + """CE/44   DOG FOULING ENFORCEMENT PILOT

The Committee received an update on the twelve-month pilot in Abbotsfield and Harle wards,
during which 212 fixed penalty notices had been issued.

It was moved by Councillor Thorley and seconded by Councillor Halloran that the pilot be
extended to all wards from April 2029. On being put to the vote the motion was lost.
"""


def test_regression_an_update_received_before_a_lost_motion_is_no_decision(
        tmp_path: Path) -> None:
    rows = decision_rows(UPDATE_RECEIVED_THEN_MOTION_LOST, tmp_path)
    assert rows == [("It was moved by Councillor Thorley and seconded by Councillor Halloran "
                     "that the pilot be extended to all wards from April 2029. On being put to "
                     "the vote the motion was lost.", "rejected")]


# The same minute where the body, having received the update, agrees something in the same
# sentence before the motion is lost: that agreement is its own decision still.
UPDATE_RECEIVED_AND_AGREED_THEN_MOTION_LOST = _HEAD + """CE/44   DOG FOULING ENFORCEMENT PILOT

The Committee received an update on the twelve-month pilot and agreed to continue it in
Abbotsfield and Harle wards until March 2029.

It was moved by Councillor Thorley and seconded by Councillor Halloran that the pilot be
extended to all wards from April 2029. On being put to the vote the motion was lost.
"""


def test_a_bodys_agreement_in_the_sentence_it_received_an_update_is_a_decision(
        tmp_path: Path) -> None:
    rows = decision_rows(UPDATE_RECEIVED_AND_AGREED_THEN_MOTION_LOST, tmp_path)
    assert ("The Committee received an update on the twelve-month pilot and agreed to continue "
            "it in Abbotsfield and Harle wards until March 2029.") in [text for text, _ in rows]
    assert ("It was moved by Councillor Thorley and seconded by Councillor Halloran that the "
            "pilot be extended to all wards from April 2029. On being put to the vote the "
            "motion was lost.", "rejected") in rows

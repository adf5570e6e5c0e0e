"""Review of held-out round 27's decisions fixes: what the new rules misread on papers another
council would publish. Each test a small paper written here, failing before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows
from kcc_papers.normalise.outcomes import classify_outcome

# --------------------------------------------- an amendment to the motion defeated


def test_regression_amendment_to_the_motion_defeated_is_no_refusal() -> None:
    # the amendment is the subject defeated, not the motion it amends: the decision is what
    # the sentence goes on to approve ("proposal was defeated" reads as rejected only where
    # the proposal itself is the subject)
    assert classify_outcome(
        "Decision: The amendment to the motion was defeated and the fees and charges for "
        "2027/28 were approved as set out in the report.") == "approved"
    assert classify_outcome("An amendment to the substantive motion was defeated; the "
                            "motion was then carried.") != "rejected"


# ----------------------------------------- a Scottish minute of two meetings, in the plural

SCOTTISH = """GLENDARROCH COUNCIL

MINUTE OF MEETING OF THE EDUCATION COMMITTEE HELD ON TUESDAY 16 MARCH 2027 AT 10.00 AM

PRESENT: Councillor Drummond (Chair), Councillors Baird, Cowie and Donaldson

1.  MINUTES OF PREVIOUS MEETINGS
    There were submitted and approved as correct records the Minutes of Meetings of the
    Committee held on 19 January 2027 and 16 February 2027.

2.  INSTRUMENTAL MUSIC
    The Committee noted the position on instrumental music tuition funding.
"""


def test_regression_minutes_submitted_and_approved_in_the_plural(tmp_path: Path) -> None:
    # the rule's "were" arm could not match: "as correct records" failed its "record\b"
    rows = decision_rows(SCOTTISH, tmp_path)
    assert ("There were submitted and approved as correct records the Minutes of Meetings of "
            "the Committee held on 19 January 2027 and 16 February 2027.", "approved") in rows

"""Review of round 28's documents fixes (docs2): what the new rules misread on papers another
council would plausibly publish. Each test failed before its mend."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import pack_documents, source_decision_rows
from test_heldout_round28_docs2 import NOTES_PACK

# ------------ a group named in a council's minutes is not the body deciding

COUNCIL_MINUTES = """## Ashby District Council
** Minutes of the meeting of the Council held on Tuesday 9 March 2027 at 7.00 pm
Present:	Councillor A. Brown (Chair); Councillors B. Cole, D. Evans and F. Grant
** 12. Motion on Parking Charges
Councillor Cole introduced the motion on parking charges in the town centre.
{first}
** 13. Questions from Members
Councillor Evans asked about the timetable for the local plan review.
{second}
** 14. Any Other Business
There was no other business.
"""


@pytest.mark.parametrize(("first", "second"), [
    # a political group's act in full council
    ("The Labour Group agreed to withdraw the motion.",
     "The Conservative Group deferred its question to the April meeting."),
    # a task group's, reported to its parent body
    ("The Member Working Group agreed its terms of reference.",
     "The Task Group deferred its report until the review was complete."),
])
def test_regression_a_named_group_agreeing_or_deferring_in_minutes_is_no_decision(
        first: str, second: str, tmp_path: Path) -> None:
    rows = source_decision_rows(COUNCIL_MINUTES.format(first=first, second=second), "minutes",
                                tmp_path)
    assert rows == []


# ------------ "Notes of the Group meeting held on ...": the group the masthead names

NOTES = """## WEALDMERE LOCAL RESILIENCE FORUM
## EXECUTIVE GROUP
** Notes of the {word} meeting held on Wednesday 7 March 2029 at the Coordination Centre
Attendees: ACC Rowena Stallybrass (Chair); Neil Abernathy (LRF Manager)
** 1. Welcome and Apologies
Apologies were received from the Maritime and Coastguard Agency.
** 2. Exercise Cold Harbour: Debrief
The Group agreed the nine recommendations of the debrief report.
"""

PARTNERSHIP_NOTES = """## ASHBY COMMUNITY SAFETY PARTNERSHIP
** Notes of the Partnership meeting held on Tuesday 6 March 2029 at Ashby Police Station
Present: Supt Ian Marsh (Chair); Cllr Ruth Dale; Kay Holt (Community Safety Manager)
** 1. Apologies
Apologies were received from the Probation Service.
** 2. Strategic Assessment
The Partnership agreed the three priorities of the strategic assessment.
"""


def test_regression_notes_of_the_group_meeting_are_the_mastheads_group(tmp_path):
    docs = pack_documents(NOTES.format(word="Group"), tmp_path)
    assert docs == [("minutes", "2029-03-07", "Executive Group")]


def test_regression_notes_of_the_partnership_meeting_are_the_mastheads_partnership(tmp_path):
    docs = pack_documents(PARTNERSHIP_NOTES, tmp_path)
    assert docs == [("minutes", "2029-03-06", "Ashby Community Safety Partnership")]


# ------------ the notes' heading set as a title is: "Meeting" capitalised, or all capitals, or
# its time before its date

@pytest.mark.parametrize("heading", [
    "Notes of the Executive Group Meeting held on Wednesday 7 March 2029",
    "NOTES OF THE EXECUTIVE GROUP MEETING HELD ON WEDNESDAY 7 MARCH 2029",
    "Notes of the Executive Group meeting held at 2.00 pm on Wednesday 7 March 2029",
])
def test_regression_notes_heading_in_title_case_or_timed_heads_minutes(
        heading: str, tmp_path: Path) -> None:
    docs = pack_documents(NOTES_PACK.replace(
        "{heading} held on Wednesday 7 March 2029", heading), tmp_path)
    assert ("minutes", "2029-03-07", "Executive Group") in docs

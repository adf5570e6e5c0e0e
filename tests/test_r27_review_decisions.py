"""Review of held-out round 27's decisions fixes: what the new rules misread on papers another
council would publish. Each test a small paper written here, failing before its mend."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.normalise.outcomes import classify_outcome

HEAD = """ASHBY COUNTY COUNCIL

MINUTES OF THE MEETING OF THE ENVIRONMENT AND TRANSPORT COMMITTEE HELD ON THURSDAY
14 JANUARY 2027 AT 10.00 AM

PRESENT: Councillor Wexley (Chair), Councillors Abbot, Brigg and Colley

"""


# ------------------------------------------- a recommendation named by whom it goes to, lost

SCRUTINY = HEAD + """ETC/27/05  HOUSING ALLOCATIONS POLICY
           Members discussed the draft policy. On being put to the vote, the
           recommendation to Cabinet was lost.
           RESOLVED that the report be noted.
"""


def test_regression_recommendation_to_its_recipient_lost_stays_bare(tmp_path: Path) -> None:
    # "the recommendation to Cabinet" names where it would go, not what it would do: a bare
    # recommendation, a part of the resolution after it (RECOMMENDATION_LOST), as "the
    # recommendation was lost" is; read as a proposal named in full, it made a rejected row
    assert decision_rows(SCRUTINY, tmp_path) == [("RESOLVED that the report be noted.", "noted")]


# ------------------------------- a recommendation named in full in one-by-one votes, lost

ONE_BY_ONE = HEAD + """ETC/27/06  PARKING CHARGES 2027/28
           Recommendation 4 was moved by Councillor Wexley and seconded by Councillor
           Abbot. On being put to the vote, the recommendation to remove the 30-minute free
           parking tariff was LOST (4 for, 5 against).
           Recommendation 5 was moved by Councillor Wexley and seconded by Councillor
           Brigg. On being put to the vote the recommendation was CARRIED unanimously.
           RESOLVED that recommendations 1 to 3 and 5 be approved (recommendation 4 was
           not approved).
"""


def test_regression_named_recommendation_lost_in_one_by_one_votes(tmp_path: Path) -> None:
    # a minute voting the report's recommendations one at a time: each lost one is a part of
    # the resolution that follows, which says so ("recommendation 4 was not approved"),
    # however the clerk names it; read as a proposal of its own, it was a second row
    rows = decision_rows(ONE_BY_ONE, tmp_path)
    assert [o for _, o in rows] == ["approved"]
    assert rows[0][0].startswith("RESOLVED that recommendations 1 to 3 and 5 be approved")


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


# ------------------------------------- a lost motion's price, in every way a defeat is worded

TOWN = """ASHCOMBE TOWN COUNCIL

MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON MONDAY 7 DECEMBER 2026 AT 7.00 PM

PRESENT: Cllr Dudek (Mayor), Cllr Crewe, Cllr Hale, Cllr Marsh

117/26  ALLOTMENT RENTS
        {defeat}

118/26  DATE OF NEXT MEETING
        RESOLVED that the next meeting be held on 11 January 2027.
"""


@pytest.mark.parametrize("defeat", [
    "On being put to the vote, the proposal to raise the rent to £45.50 a plot was lost.",
    "A motion by Cllr Hale that the rent be raised to £45.50 a plot was put to the vote and "
    "was LOST.",
    "The motion for a rent of £45.50 a plot was lost.",
])
def test_regression_lost_motion_holding_a_decimal_price(defeat: str, tmp_path: Path) -> None:
    # the decimal point was read as "no sentence's stop" in the one wording round 27's paper
    # used ("A proposal ... £5.50 ... was not agreed") and as the sentence's end in the others:
    # the motion's words and its result fell apart and no defeat was read
    assert (defeat, "rejected") in decision_rows(TOWN.format(defeat=defeat), tmp_path)


# ------------------------------ a report's prose wrapped before "revised recommendation 2.1:"

REPORT = [
    (1, "Agenda Item 8 - Home Care Services: Award of Zone Contracts"),
    (1, "2. Recommendations"),
    (1, "2.1 That Cabinet approves the award of the Northern Zone home care contract to "
        "Brightwater Care Partnership Ltd."),
    (1, "3. Background"),
    (1, "3.1 The report to the Scrutiny Committee on 4 March set out an earlier version of the"),
    (1, "revised recommendation 2.1: the Committee's comments have been taken into account."),
    (1, "3.2 The contracts will start on 1 June 2027."),
]


def test_regression_prose_wrapped_before_a_revised_recommendation_is_no_heading() -> None:
    # a heading prints its "Revised" with a capital, as it prints "Recommendation"; a line of
    # prose that the page wraps before "revised recommendation 2.1:" was read as one, its
    # words a second ask
    assert [b.text for b in find_recommendations(REPORT)] == [
        "That Cabinet approves the award of the Northern Zone home care contract to "
        "Brightwater Care Partnership Ltd."]

"""Review of held-out round 33's batch G fixes (lost motions and recommendations headings): what
the new rules misread on papers another council would publish, each on a small paper written as
that council would."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows, source_decision_rows, source_lines

# A county council's minutes lettering each paragraph of a minute: a recorded vote's table of
# names, then the result alone on its line, after its paragraph's letter.
LETTERED_RESULT_UNDER_VOTE_TABLE = source_lines(
    "## ASHCOMBE COUNTY COUNCIL",
    "** MINUTES of a meeting of the County Council held at Shire Hall, Ashcombe on Thursday"
    " 11 September 2031 at 10.00 am",
    "** 61. MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 July 2031 be approved as a correct"
    " record.",
    "** 62. NOTICE OF MOTION: RURAL BUS FARES",
    "(a) Councillor P Wyndham moved and Councillor E Carne seconded the motion printed in the"
    " summons.",
    "(b) A recorded vote was requested and the voting was as follows:",
    "|- For (19) | Against (37) | Abstained (2) |",
    "| Councillors Abney, Bryce, Carne, Dowsett, Ellery, Fane | Councillors Arlott, Barrow,"
    " Cheam, Denny, Eales, Farrow | Councillors Quayle, Rook |",
    "| Councillors Gale, Hythe, Wyndham | and 31 other Members listed in the"
    " attendance record | |",
    "(c) The motion was therefore lost.",
    "** 63. EXCLUSION OF THE PRESS AND PUBLIC",
    "RESOLVED that the press and public be excluded for the following item.",
)


def test_regression_a_lettered_result_under_a_vote_table_is_a_lost_motion(
        tmp_path: Path) -> None:
    rows = source_decision_rows(LETTERED_RESULT_UNDER_VOTE_TABLE, "minutes", tmp_path)
    assert [(text, outcome) for text, outcome in rows if outcome == "rejected"] == [
        ("(c) The motion was therefore lost.", "rejected")]


# A county council's minutes printing the motion's words in a box, its last line ending in no
# stop and holding the motion's own "should"; the result alone on the line under the box.
MOTION_BOX_THEN_RESULT = source_lines(
    "## ASHCOMBE COUNTY COUNCIL",
    "** MINUTES of a meeting of the County Council held at Shire Hall, Ashcombe on Thursday"
    " 11 September 2031 at 10.00 am",
    "** 61. MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 July 2031 be approved as a correct"
    " record.",
    "** 62. NOTICE OF MOTION: RURAL BUS FARES",
    "Councillor P Wyndham moved and Councillor E Carne seconded the following motion, which was"
    " put to a recorded vote (19 for, 37 against):",
    "| Motion |",
    "| This Council notes that rural bus fares have risen by 40% since 2028 and calls on the"
    " Cabinet to write to the Secretary of State asking that fares on rural routes should be"
    " capped at £1.50 |",
    "The motion was accordingly lost.",
    "** 63. EXCLUSION OF THE PRESS AND PUBLIC",
    "RESOLVED that the press and public be excluded for the following item.",
)


def test_regression_a_result_under_a_motion_box_saying_should_is_a_lost_motion(
        tmp_path: Path) -> None:
    # the result opens a sentence of its own: the motion's "should" on the line above is no
    # "if" putting the result as what would follow (as "The motion was lost." reads already)
    rows = source_decision_rows(MOTION_BOX_THEN_RESULT, "minutes", tmp_path)
    assert [(text, outcome) for text, outcome in rows if outcome == "rejected"] == [
        ("The motion was accordingly lost.", "rejected")]


# A London borough's council minutes: the motion put to the vote and "lost", the verb not
# repeated after "and" (as "... and declared lost" is read): refused, no decision of another kind.
PUT_AND_LOST = """COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY 19 NOVEMBER 2031

51. MOTION: SCHOOL STREETS

Councillor Obi moved and Councillor Hale seconded a motion calling on the Cabinet to close
every primary school's street to through traffic at the start and end of the school day.
The motion was put to the vote and lost.

52. MINUTES

RESOLVED: That the minutes of the meeting held on 17 September 2031 be agreed.
"""


def test_regression_a_motion_put_to_the_vote_and_lost_is_refused(tmp_path: Path) -> None:
    rows = decision_rows(PUT_AND_LOST, tmp_path)
    assert [(text, outcome) for text, outcome in rows if "lost" in text] == [
        ("The motion was put to the vote and lost.", "rejected")]


# An audit committee report: its summary's ask, then a section headed by whom it goes to, the
# committee itself, its points worded as what the committee is to do.
RECOMMENDATIONS_TO_THIS_COMMITTEE = """## Brackwater Metropolitan Borough Council
** Report to Audit Committee - 9 January 2032
## Counter Fraud Annual Report 2031
** Summary
Recommendation: That the Committee notes the report.
** 1. Introduction
1.1 This report sets out the counter-fraud work of the year.
** 5. Recommendations to {whom}
5.1 To approve the revised Anti-Fraud and Corruption Policy at Appendix A.
5.2 To note the counter-fraud work plan for 2032/33.
** 6. Financial implications
6.1 None.
"""


@pytest.mark.parametrize("whom", ["this Committee", "this committee", "members"])
def test_regression_recommendations_to_the_meeting_itself_are_its_ask(
        whom: str, tmp_path: Path) -> None:
    rows = source_decision_rows(RECOMMENDATIONS_TO_THIS_COMMITTEE.format(whom=whom), "report",
                                tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee notes the report.",
        "To approve the revised Anti-Fraud and Corruption Policy at Appendix A.\nTo note the"
        " counter-fraud work plan for 2032/33."]


# A director of public health's annual report to cabinet: its own ask, then what others should
# do, headed by whom it goes to after a word saying whose or which.
DPH_REPORT = """## Brackwater Metropolitan Borough Council
** Report to Cabinet - 9 January 2032
## Director of Public Health Annual Report 2031: Working Lives
Report of:\tDirector of Public Health
{ask}** 2. Introduction
This year's report looks at how work shapes the health of Brackwater's residents.
** 3. {heading}
-- Large employers should offer health checks to all staff over 40.
-- The NHS trusts should pay the real living wage to contracted staff.
** 4. Financial implications
There are no direct financial implications arising from this report.
"""
OWN_ASK = """** 1. Recommendations
Cabinet is recommended to:
(a) receive the Director of Public Health's Annual Report 2031; and
(b) endorse the report's recommendations set out in section 3.
"""


@pytest.mark.parametrize("heading", ["Recommendations to our partners",
                                     "Recommendations to local partners",
                                     "Recommendations to other organisations"])
def test_regression_recommendations_to_others_named_after_a_determiner_are_no_decision(
        heading: str, tmp_path: Path) -> None:
    rows = source_decision_rows(DPH_REPORT.format(ask=OWN_ASK, heading=heading), "report",
                                tmp_path)
    assert [text for text, _ in rows] == [
        "Cabinet is recommended to:\n(a) receive the Director of Public Health's Annual Report"
        " 2031; and\n(b) endorse the report's recommendations set out in section 3."]


# ... the same report whose only recommendations heading is the one to partners, its ask in
# its purpose's prose.
PURPOSE_ASK = """** 1. Purpose
1.1 To present the Director of Public Health's Annual Report 2031.
1.2 Cabinet is asked to note the report and endorse its recommendations to partners.
"""


def test_regression_a_reports_only_recommendations_to_partners_are_no_ask(
        tmp_path: Path) -> None:
    rows = source_decision_rows(
        DPH_REPORT.format(ask=PURPOSE_ASK, heading="Recommendations to partners"), "report",
        tmp_path)
    assert [text for text, _ in rows] == [
        "Cabinet is asked to note the report and endorse its recommendations to partners."]


# ... but a partnership board's own report, its only recommendations headed to the partners
# who sit on the board and worded as the resolution ("That partners agree ..."), still asks
# where nothing else in it does.
PARTNERSHIP_REPORT = source_lines(
    "## Brackwater Community Safety Partnership",
    "** Report to the Partnership Board - 9 January 2032",
    "## Community Safety Strategy 2032-2035",
    "** 1. Recommendations to partners",
    "1.1 That partners agree the Community Safety Strategy 2032-2035.",
    "** 2. Background",
    "2.1 The strategy replaces the 2028 strategy.",
)


def test_a_partnerships_only_recommendations_to_partners_still_ask(tmp_path: Path) -> None:
    rows = source_decision_rows(PARTNERSHIP_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That partners agree the Community Safety Strategy 2032-2035."]

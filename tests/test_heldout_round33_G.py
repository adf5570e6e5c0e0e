"""Held-out round 33, decisions of county committees, full councils and health bodies: the misses
fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, source_lines

# A county council's minutes: a notice of motion put to a recorded vote, the names in a table
# of three columns, then the result alone on its line under the table's last cell.
RECORDED_VOTE_THEN_RESULT = source_lines(
    "## ASHCOMBE COUNTY COUNCIL",
    "** MINUTES of a meeting of the County Council held at Shire Hall, Ashcombe on Thursday"
    " 11 September 2031 at 10.00 am",
    "** 61. MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 July 2031 be approved as a correct"
    " record.",
    "** 62. NOTICE OF MOTION: RURAL BUS FARES",
    "Councillor P Wyndham moved and Councillor E Carne seconded the following motion:",
    "\"This Council resolves to cap single bus fares on rural routes at £1.50 from April"
    " 2032.\"",
    "A recorded vote was requested and the voting was as follows:",
    "|- For (19) | Against (37) | Abstained (2) |",
    "| Councillors Abney, Bryce, Carne, Dowsett, Ellery, Fane | Councillors Arlott, Barrow,"
    " Cheam, Denny, Eales, Farrow | Councillors Quayle, Rook |",
    "| Councillors Gale, Hythe, Wyndham | and 31 other Members listed in the"
    " attendance record | |",
    "The motion was accordingly lost.",
    "** 63. EXCLUSION OF THE PRESS AND PUBLIC",
    "RESOLVED that the press and public be excluded for the following item.",
)


def test_a_result_opening_its_line_under_a_recorded_vote_table_is_a_lost_motion(
        tmp_path: Path) -> None:
    # (read with the motion moved before it in quotation marks, the table's names passed over:
    # review of round 37, "the following motion:" then its quoted words are what was refused)
    rows = source_decision_rows(RECORDED_VOTE_THEN_RESULT, "minutes", tmp_path)
    assert [(text, outcome) for text, outcome in rows if outcome == "rejected"] == [
        ("Councillor P Wyndham moved and Councillor E Carne seconded the following motion:"
         " \"This Council resolves to cap single bus fares on rural routes at £1.50 from April"
         " 2032.\" A recorded vote was requested and the voting was as follows: The motion was"
         " accordingly lost.", "rejected")]


# ... but a result that only an "if" on the line above sets out is no vote: what would follow.
CONDITIONAL_RESULT = """COUNTY COUNCIL

MINUTES of a meeting of the County Council held on Thursday, 11 September 2031 at 10.00 am

64  NOTICE OF MOTION: LIBRARY HOURS

        The Monitoring Officer advised Members what would happen if
        The motion was lost: the existing opening hours would stay.

        RESOLVED that the motion be referred to the Cabinet.
"""


def test_a_result_under_an_if_is_no_lost_motion(tmp_path: Path) -> None:
    rows = decision_rows(CONDITIONAL_RESULT, tmp_path)
    assert [outcome for _, outcome in rows] == ["other"]


# A London borough's council minutes: the motion put to the vote and "declared lost", the
# verb not repeated after "and".
PUT_AND_DECLARED_LOST = """COUNCIL

MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY 19 NOVEMBER 2031

51. MOTION: SCHOOL STREETS

Councillor Obi moved and Councillor Hale seconded a motion calling on the Cabinet to close
every primary school's street to through traffic at the start and end of the school day.
Following debate the motion was put to the vote and declared lost, 14 Members voting for
and 33 against.

52. MINUTES

RESOLVED: That the minutes of the meeting held on 17 September 2031 be agreed.
"""


def test_a_motion_put_to_the_vote_and_declared_lost_is_refused(tmp_path: Path) -> None:
    rows = decision_rows(PUT_AND_DECLARED_LOST, tmp_path)
    assert [outcome for text, outcome in rows if "declared lost" in text] == ["rejected"]


# A director of public health's annual report to cabinet: its own ask first, then the
# report's recommendations to others, headed by whom they go to in small letters, each what
# another body should do.
RECOMMENDATIONS_TO_PARTNERS = source_lines(
    "## Brackwater Metropolitan Borough Council",
    "** Report to Cabinet - 9 January 2032",
    "## Director of Public Health Annual Report 2031: Working Lives",
    "Report of:\tDirector of Public Health",
    "** 1. Recommendations",
    "Cabinet is recommended to:",
    "(a) receive the Director of Public Health's Annual Report 2031; and",
    "(b) endorse the report's recommendations to employers set out in section 3.",
    "** 2. Introduction",
    "This year's report looks at how work shapes the health of Brackwater's residents.",
    "** 3. Recommendations to employers",
    "-- Large employers should offer health checks to all staff over 40.",
    "-- The NHS trusts should pay the real living wage to contracted staff.",
    "** 4. Financial implications",
    "There are no direct financial implications arising from this report.",
)


def test_recommendations_to_others_after_the_own_ask_are_no_decision(tmp_path: Path) -> None:
    rows = source_decision_rows(RECOMMENDATIONS_TO_PARTNERS, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "Cabinet is recommended to:\n(a) receive the Director of Public Health's Annual Report"
        " 2031; and\n(b) endorse the report's recommendations to employers set out in"
        " section 3."]


# ... but a block headed so that asks the meeting is still the report's own ask.
RECOMMENDATIONS_TO_COUNCIL_ASK = source_lines(
    "## Brackwater Metropolitan Borough Council",
    "** Report to Cabinet - 9 January 2032",
    "## Council Tax Base 2032/33",
    "** 1. Recommendations",
    "1.1 That Cabinet notes the collection rate assumed for 2032/33.",
    "** 2. Recommendations to members",
    "2.1 That Council approves the council tax base of 61,420.5 Band D equivalents.",
    "** 3. Background",
    "3.1 The tax base is set each year before the budget.",
)


def test_recommendations_to_others_worded_as_an_ask_still_ask(tmp_path: Path) -> None:
    rows = source_decision_rows(RECOMMENDATIONS_TO_COUNCIL_ASK, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That Cabinet notes the collection rate assumed for 2032/33.",
        "That Council approves the council tax base of 61,420.5 Band D equivalents."]


# An internal audit progress report: a table of audits whose last column's name wraps onto a
# second line ("Recommendations" over "(high/medium/low)"), the row's other cells centred on
# it: a column's name, no recommendations heading.
WRAPPED_RECOMMENDATIONS_COLUMN = source_lines(
    "## Internal Audit Progress Report",
    "Report to:\tGovernance Committee, 14 October 2031",
    "** 1. Recommendation",
    "1.1 That the Committee notes the progress on the Internal Audit Plan 2031/32.",
    "** 2. Opinions issued",
    "|# Audit | Opinion | Recommendations (high/medium/low) |",
    "| Council tax reliefs | Substantial | 0 / 0 / 2 |",
    "| Fleet fuel cards | Limited | 1 / 3 / 2 |",
    "2.1 Opinions are the auditor's view of the control environment.",
)


def test_a_wrapped_recommendations_column_name_heads_no_block(tmp_path: Path) -> None:
    rows = source_decision_rows(WRAPPED_RECOMMENDATIONS_COLUMN, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee notes the progress on the Internal Audit Plan 2031/32."]


# ... but a recommendations heading with a paragraph under it, its number level with it in the
# margin, is the report's block.
NUMBERED_HEADING_AND_PARAGRAPH = source_lines(
    "## Fleet Strategy 2032-2036",
    "Report to:\tGovernance Committee, 14 October 2031",
    "|- 1. | Recommendations |",
    "That the Committee approves the Fleet Strategy 2032-2036.",
    "** 2. Background",
    "2.1 The strategy replaces the 2027 strategy.",
)


def test_a_heading_beside_its_number_still_heads_the_block(tmp_path: Path) -> None:
    rows = source_decision_rows(NUMBERED_HEADING_AND_PARAGRAPH, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee approves the Fleet Strategy 2032-2036."]

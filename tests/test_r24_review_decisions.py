"""Regression tests for the review of held-out round 24's decisions fixes: what the new rules
read wrongly on papers another council would plausibly publish. An amendment to a report's
recommendation, or to a member's motion, lost (what it amends still to be decided); a defeat
said as what would follow ("if the motion was put to the vote and was lost"); a "Noted:" label
heading a note of the discussion or a list of dates; "Governors noted that ..." (what they
were told); "Agreed:" alone over what was agreed in plain words; an
"Outcome" column of minutes printed as a table holding an action's progress."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_in, pdf_minutes, source_lines

HEAD = """ASHCOMBE DISTRICT COUNCIL

Minutes of the meeting of the Cabinet held on Tuesday 18 January 2028

Present: Councillor P Sellick (Chair), Councillors A Udy, B Vosper

44. Minutes
RESOLVED that the minutes of the meeting held on 21 September 2027 be confirmed as a correct record.

"""
MINUTES_CONFIRMED = ("RESOLVED that the minutes of the meeting held on 21 September 2027 be "
                     "confirmed as a correct record.", "approved")


def test_regression_amendment_to_the_recommendation_lost_is_no_decision(
        tmp_path: Path) -> None:
    # "the amendment to the recommendation was lost": the recommendation is still to be
    # decided, as with an amendment to a motion (read as the recommendation refused)
    text = HEAD + (
        "45. Car Park Charges\n"
        "Councillor Udy moved an amendment to the recommendation to keep the first hour free."
        " On being put to the vote the amendment to the recommendation was lost.\n")
    assert decision_rows(text, tmp_path) == [MINUTES_CONFIRMED]


def test_regression_noted_label_over_a_note_of_the_discussion_is_no_decision(
        tmp_path: Path) -> None:
    # a meeting's notes labelling what was said "Noted:" (read as the body noting it)
    text = HEAD + (
        "45. Budget Monitoring\n"
        "The Director presented the report.\n"
        "Noted: Councillor Udy asked about the overspend on home to school transport and the"
        " Director said a recovery plan was being prepared.\n"
        "Noted: a resident raised concerns about parking on Mill Lane.\n"
        "RESOLVED that the report be noted.\n")
    assert decision_rows(text, tmp_path) == [
        MINUTES_CONFIRMED, ("RESOLVED that the report be noted.", "noted")]


def test_regression_agreed_alone_over_what_was_agreed_keeps_its_label(tmp_path: Path) -> None:
    # "Agreed:" alone over the words agreed, no clause of their own ("The fees ..."): its
    # label dropped, the decision read as no outcome (round 24 read it whole, "agreed"); over
    # a list the label stays too, as "Agreed: that ..." on one line keeps it
    text = HEAD + (
        "45. Fees and Charges\n"
        "Agreed:\n"
        "The fees and charges for 2028/29 as set out in Appendix A.\n\n"
        "46. Car Parking\n"
        "Agreed:\n"
        "(1) that the tariffs be approved; and\n"
        "(2) that the first hour remain free.\n")
    assert decision_rows(text, tmp_path)[1:] == [
        ("Agreed: The fees and charges for 2028/29 as set out in Appendix A.", "agreed"),
        ("Agreed:\n(1) that the tariffs be approved; and\n(2) that the first hour remain free.",
         "approved")]


OUTCOME_TABLE = source_lines(
    "** WEALDMOOR FIRE AND RESCUE AUTHORITY",
    "** MINUTES OF THE AUDIT COMMITTEE HELD ON 9 MARCH 2028",
    "Present: Councillors A. Brent (Chair), C. Dace and E. Fell",
    "|% 1 3 4 3",
    "| No. | Item | Discussion | Outcome |",
    "| AC/28/01 | Apologies | Apologies were received from Councillor G. Hale. | None. |",
    "| AC/28/02 | Action Log | The Clerk reported progress on the actions. | Ongoing |",
    "| AC/28/03 | Treasury Report | The Treasurer presented the report. | Officers to"
    " circulate the figures |",
    "| AC/28/04 | Audit Plan | Members asked about the fee. | That the audit plan be"
    " approved. |",
    "The meeting closed at 11.02 am.",
)


def test_regression_outcome_column_of_progress_is_no_decision(tmp_path: Path) -> None:
    # an "Outcome" column holds an action's progress too ("Ongoing", "Officers to circulate
    # ..."): each was labelled "Outcome: ..." and read as a decision
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(OUTCOME_TABLE,
                                                                          tmp_path))]
    assert got == [("Outcome: That the audit plan be approved.", "approved")]


PLANNING = HEAD.replace("the Cabinet", "the Planning Committee")


def test_regression_a_defeat_said_as_what_would_follow_is_no_decision(tmp_path: Path) -> None:
    # "if the recommendation / a motion ... was put to the vote and was lost, ...": advice on
    # what would follow, no vote (read as the recommendation or motion refused)
    text = PLANNING + (
        "45. 27/0456/FUL Land at Mill Lane\n"
        "The Legal Adviser explained that if the recommendation was put to the vote and was"
        " lost, Members would need to give reasons for refusal.\n\n"
        "46. 27/0502/FUL Quarry Farm\n"
        "The Legal Adviser explained that if a motion to refuse the application was put to the"
        " vote and was lost, a further motion would be needed.\n")
    assert decision_rows(text, tmp_path) == [MINUTES_CONFIRMED]


def test_regression_amendment_to_a_members_motion_lost_is_no_decision(tmp_path: Path) -> None:
    # "an amendment to Councillor Vosper's motion, which was put to the vote and was lost":
    # the amendment lost, the motion named as what it amends (read as the motion refused)
    text = HEAD + (
        "45. Notice of Motion\n"
        "Councillor Udy moved an amendment to Councillor Vosper's motion, which was put to the"
        " vote and was lost.\n")
    assert decision_rows(text, tmp_path) == [MINUTES_CONFIRMED]


def test_regression_noted_label_over_dates_of_meetings_is_no_decision(tmp_path: Path) -> None:
    # "Noted:" over the dates of future meetings (r14a's SACRE minutes print it so): a note of
    # the business, no decision (read as one, "noted")
    text = HEAD + (
        "45. Dates of Future Meetings\n"
        "Noted: 4 February 2027, 16 June 2027.\n")
    assert decision_rows(text, tmp_path) == [MINUTES_CONFIRMED]


def test_regression_office_holders_noted_that_is_what_they_were_told(tmp_path: Path) -> None:
    # "Governors noted that ...", no article before the title: what the meeting was told, as
    # "Members noted that ..." (round 13), not what it decided
    text = HEAD + (
        "45. Headteacher's Report\n"
        "Governors noted that the school roll had risen to 412 pupils in September.\n")
    assert decision_rows(text, tmp_path) == [MINUTES_CONFIRMED]

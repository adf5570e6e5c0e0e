"""Regression tests for held-out round 25's misses in decisions: councils abroad minuting each
motion as a block of mover, seconder, words and result ("Moved Cr A, Seconded Cr B" / "That
Council ..." / "CARRIED 7/0" or "LOST 3/4"; "Moved by" and "Seconded by" lines; "Moved:" and
"Seconded:" under "RESOLUTION CO/2025/114"), the officer's recommendation above a resolution
aside; "lie on the table" and "continue the item" as deferrals; motions that "fell", proposals
"not approved" on the vote or "not carried" over a wrap, "This was not supported by the Board"
after a proposal; the body's own decision after a lost proposal; a board's "The" or "The Board"
left on the line above its verb in capitals; "The Board RESOLVED: that approval ... be
DEFERRED". Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_in, pdf_minutes, source_lines
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.normalise.outcomes import classify_outcome

# ------------------------------------------------------------ motion blocks (councils abroad)

SHIRE_MINUTES = source_lines(
    "## KOORALBYN SHIRE COUNCIL",
    "** MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON TUESDAY, 23 SEPTEMBER 2025",
    "PRESENT: Cr D Pembleton (Mayor), Cr A Rosseter, Cr K Maddigan, Cr P Srinivasan",
    "** 5 CONFIRMATION OF MINUTES",
    "**Council Resolution**",
    "Moved Cr Rosseter, Seconded Cr Quaife",
    "That the minutes of the Ordinary Meeting of Council held on 26 August 2025 be confirmed.",
    "CARRIED 7/0",
    "** 7 DRAFT ROAD NAMING POLICY",
    "**Officer Recommendation**",
    "That Council places the draft Road Naming Policy on public exhibition for 28 days.",
    "**Motion**",
    "Moved Cr Moorcroft, Seconded Cr Maddigan",
    "That Council adopts the draft Road Naming Policy without public exhibition.",
    "LOST 3/4",
    "For: Crs Moorcroft, Maddigan and Quaife",
    "Against: Crs Pembleton, Rosseter, Srinivasan and Hollingworth",
    "**Council Resolution**",
    "Moved Cr Srinivasan, Seconded Cr Rosseter",
    "That Council places the draft Road Naming Policy on public exhibition for 28 days.",
    "CARRIED 6/1",
    "** 8 CLOSURE OF MEETING",
    "The Mayor declared the meeting closed at 11.04am.",
)


def test_moved_seconded_carried_lost_blocks_missed(tmp_path: Path) -> None:
    # "Council Resolution" / "Moved Cr A, Seconded Cr B" / "That ..." / "CARRIED 7/0" (read as
    # no decision at all); the lost motion rejected; the officer's recommendation no decision
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(SHIRE_MINUTES,
                                                                          tmp_path))]
    assert got == [
        ("That the minutes of the Ordinary Meeting of Council held on 26 August 2025 be "
         "confirmed.", "other"),
        ("That Council adopts the draft Road Naming Policy without public exhibition.",
         "rejected"),
        ("That Council places the draft Road Naming Policy on public exhibition for 28 days.",
         "other"),
    ]


TOWN_MINUTES = """LAKEVALE DISTRICT COUNCIL

Minutes of the meeting of the Council held on Tuesday 23 September 2025

Present: Mayor R. Fairweather, Councillor S. MacPhail, Councillor P. Vukovich

6.   Report CS-2025-17, Downtown Patio Program Extension

     Resolution C-2025-213
     Moved by Councillor Vukovich
     Seconded by Councillor Ouellette

     That Council extend the Downtown Patio Program to October 31,
     2025.

     Recorded vote requested by Councillor Vukovich:

     Yea: Councillors Vukovich, Ouellette and Dhaliwal
     Nay: Mayor Fairweather, Deputy Mayor Lindqvist, Councillors
          MacPhail and Tamblyn

                                                                 Defeated

7.   Report PW-2025-35, Lakeshore Road Traffic Calming

     Resolution C-2025-214
     Moved: Councillor Tamblyn
     Seconded: Councillor MacPhail

     That the report lie on the table until the Council meeting on 11
     November 2025.

                                                                  Carried

8.   Adjournment

     The meeting adjourned at 7:48 p.m.
"""


def test_moved_by_seconded_by_lines_and_recorded_vote_missed(tmp_path: Path) -> None:
    # "Moved by" and "Seconded by" (or "Moved:" and "Seconded:") on lines of their own, the
    # result alone at the right, a recorded vote between (read as no decision)
    assert decision_rows(TOWN_MINUTES, tmp_path) == [
        ("That Council extend the Downtown Patio Program to October 31, 2025.", "rejected"),
        ("That the report lie on the table until the Council meeting on 11 November 2025.",
         "deferred"),
    ]


def test_block_needs_its_result_line(tmp_path: Path) -> None:
    # a mover and seconder with no result line after the motion is no block: nothing read
    text = TOWN_MINUTES.replace("Defeated", "").replace("Carried", "")
    assert decision_rows(text, tmp_path) == []


# ------------------------------------------------------------ deferrals in other words


def test_lie_on_the_table_and_continue_the_item_read_as_deferred() -> None:
    assert classify_outcome("That the Committee lies the report on the table until the "
                            "guidance is issued.") == "deferred"
    assert classify_outcome("That the report lie on the table until the next meeting.") \
        == "deferred"
    assert classify_outcome("to continue the item to the regular meeting of November 12, "
                            "2025.") == "deferred"
    assert classify_outcome("The Board continued the item to December 2, 2025 and directed "
                            "staff to return with a cap on permits.") == "deferred"


def test_resolved_label_over_a_deferring_that_clause() -> None:
    # "approval" in the clause's subject read first, as approved
    assert classify_outcome("The Board RESOLVED: that approval of the outline business case "
                            "be DEFERRED to the December meeting.") == "deferred"


# ------------------------------------------------------------ motions lost in other words

FELL = """ASHCOMBE DISTRICT COUNCIL

Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday 18 January 2028

Present: Councillor P Sellick (Chair), Councillors A Udy, B Vosper

44. Minutes
RESOLVED that the minutes of the meeting held on 21 September 2027 be confirmed as a correct record.

45. Funding
Mr Hebden moved that the Committee ask the Council to restore its budget. On a vote, three members agreed and four did not. The motion therefore fell.

46. Task Group on Car Parking
A motion by Councillor Marsh to set up a task group on town centre car parking was put to the vote and fell, four votes to three.

47. Statement of Accounts
The Chair proposed that the accounts be approved. On being put to the vote the proposal was not approved, as members wished to see the final report first.
"""  # noqa: E501


def test_motions_that_fell_or_were_not_approved_missed(tmp_path: Path) -> None:
    # "The motion therefore fell.", "... was put to the vote and fell", "the proposal was not
    # approved" after the vote named (each read as no decision)
    got = decision_rows(FELL, tmp_path)[1:]
    assert [o for _, o in got] == ["rejected"] * 3
    assert got[0][0].endswith("The motion therefore fell.")
    assert got[1][0].startswith("A motion by Councillor Marsh")
    assert "On being put to the vote the proposal was not approved" in got[2][0]


BOARD_MINUTES = source_lines(
    "## KESTREL REGENERATION COMPANY LIMITED",
    "** MINUTES OF THE BOARD OF DIRECTORS HELD ON 25 NOVEMBER 2027",
    "Present: Fenella Hurst-Wyatt (Chair), Owen Pask, Ruth Dimmock",
    "** KRC.27.46 Carding Mill: Purchase of Adjoining Land",
    "Fenella Hurst-Wyatt proposed that the company offer £380,000 for the tannery site. The",
    "Finance Director advised that the valuer had put the site at £310,000. The proposal was not",
    "carried.",
    "It was resolved that the Managing Director be authorised to offer no more than £310,000.",
    "** KRC.27.47 Station Gateway",
    "Janine Fothergill proposed that £600,000 be moved to the Market Hall. On being put to the",
    "vote the proposal was lost.",
    "The Board agreed to defer any reallocation until the detailed design is complete.",
    "** KRC.27.48 Paperless Meetings",
    "Owen Pask proposed that tablet devices be withdrawn from all directors from May 2028.",
    "This was not supported by the Board.",
    "** KRC.27.49 Pharmacy Consolidation",
    "Members raised concerns about access for residents without a car. The Board",
    "AGREED to defer a decision until an equality impact assessment had been completed.",
    "** KRC.27.50 Urgent Care Plan",
    "The Chief Delivery Officer presented the plan. The",
    "Board APPROVED the urgent and emergency care plan 2025/26.",
)


def test_board_minutes_lost_proposals_and_wrapped_subjects_missed(tmp_path: Path) -> None:
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(BOARD_MINUTES,
                                                                          tmp_path))]
    # "The proposal was not" over "carried." (read as no defeat: its "not" before the wrap)
    # (since round 33 the record starts at the proposal it refuses, an officer's advice between)
    assert ("Fenella Hurst-Wyatt proposed that the company offer £380,000 for the tannery site. "
            "The Finance Director advised that the valuer had put the site at £310,000. The "
            "proposal was not carried.", "rejected") in got
    # the body's own decision after the defeat (run into the lost record)
    assert ("The Board agreed to defer any reallocation until the detailed design is "
            "complete.", "deferred") in got
    # "This was not supported by the Board." after the proposal (no decision)
    assert any(t.endswith("This was not supported by the Board.") and o == "rejected"
               for t, o in got)
    # "The Board" / "AGREED to ..." and "The" / "Board APPROVED ..." (the subject lost, or
    # nothing read)
    assert ("The Board AGREED to defer a decision until an equality impact assessment had "
            "been completed.", "deferred") in got
    assert ("The Board APPROVED the urgent and emergency care plan 2025/26.", "approved") in got


BOARD_OF_SUPERVISORS = """CORRAL COUNTY

Minutes of the meeting of the Board of Supervisors held on Tuesday 4 November 2025

Present: Supervisors Whitfield (Chair), Calderon, Kowalczyk, Delacroix, Tsosie

1. Budget Transfer
On motion of Supervisor Delacroix, seconded by Supervisor Tsosie, the Board approved a budget
transfer of $418,000 from the General Fund contingency to the Sheriff's fleet budget unit.
Ayes: 5. Noes: 0.

2. Short-Term Rental Ordinance Amendments
On motion of Supervisor Tsosie, seconded by Supervisor Calderon, to adopt the amendments to the
short-term rental ordinance as presented by staff.
Ayes: 2 (Tsosie, Calderon). Noes: 3 (Whitfield, Kowalczyk, Delacroix).
Motion failed.
On motion of Supervisor Kowalczyk, seconded by Supervisor Whitfield, the Board continued the item
to December 2, 2025.
Ayes: 5. Noes: 0.
"""


def test_us_motion_with_roll_call_missed(tmp_path: Path) -> None:
    # "On motion of A, seconded by B, the Board approved ..." over "Ayes: 5. Noes: 0." (read
    # as no decision); "Motion failed." under the roll call a defeat; "continued the item" a
    # deferral
    assert decision_rows(BOARD_OF_SUPERVISORS, tmp_path) == [
        ("the Board approved a budget transfer of $418,000 from the General Fund contingency to "
         "the Sheriff's fleet budget unit.", "approved"),
        ("to adopt the amendments to the short-term rental ordinance as presented by staff.",
         "rejected"),
        ("the Board continued the item to December 2, 2025.", "deferred"),
    ]


# ------------------------------------------------------------ one body named twice in a block


def test_body_named_by_its_short_form_splits_the_block() -> None:
    # "That the Strategic Board approves ..." over "That the Board notes ...": one body, one
    # block (split in two, as if another body were asked)
    lines = [(3, "2. Recommendations"),
             (3, "2.1 That the Strategic Board approves the Community Risk Register 2029 in "
                 "Appendix A for publication."),
             (3, "2.2 That the Board notes that hazards H7 and H31 are held on the restricted "
                 "register only."),
             (3, "3. Method"),
             (3, "3.1 Each hazard has been assessed on its reasonable worst case scenario.")]
    blocks = find_recommendations(lines)
    assert len(blocks) == 1
    assert "That the Board notes" in blocks[0].text


def test_appendix_heading_mid_page_after_the_reports_own_block() -> None:
    # "Appendix A: Recommendations of the Task and Finish Group" printed on under the report,
    # its table read by rows ("Recommendation" / "R1. ..."): the group's recommendations the
    # report's block asks the committee to endorse (read as a second ask of the report's own)
    lines = [(2, "2. Recommendations"),
             (2, "2.1 That the Committee endorses the eight recommendations of the Task and "
                 "Finish Group at Appendix A and refers them to the Cabinet."),
             (2, "3. Findings"),
             (2, "3.1 The cost of home to school transport rose to £51.7 million."),
             (2, "Appendix A: Recommendations of the Task and Finish Group"),
             (2, "Recommendation"),
             (2, "R1. Expand independent travel training to at least 300 pupils a year."),
             (2, "R2. Publish route costs per pupil for every contracted route.")]
    assert [b.text[:40] for b in find_recommendations(lines)] == [
        "That the Committee endorses the eight re"]


CONSENT_CALENDAR = """MIRADOR SPRINGS CITY COUNCIL

Minutes of the meeting of the City Council held on Tuesday 14 October 2025

Present: Councilmembers Hargrove, Nakamura, Osei

1. Approval of Minutes
Approved the minutes of the regular meeting of September 23, 2025.
2. Warrant Register
Received and filed the warrant register for September 2025 in the amount of $4,618,203.77.
3. Youth Sports Field Allocation Policy
ACTION:
Motion by Mayor Delgado, seconded by Councilmember Osei, to continue the item to the regular
meeting of November 12, 2025.
Ayes: 5   Noes: 0   Absent: 0
"""


def test_consent_calendar_received_and_filed_missed(tmp_path: Path) -> None:
    # a consent item's "Received and filed the warrant register ..." (read as no decision,
    # where "Approved the minutes ..." beside it was one)
    assert [t[:40] for t, _ in decision_rows(CONSENT_CALENDAR, tmp_path)] == [
        "Approved the minutes of the regular meet",
        "Received and filed the warrant register ",
        "to continue the item to the regular meet",
    ]

"""Regression tests for the minutes and decisions misses of round 9's blind batches (agenda
packs: the minutes of the last meeting inside a pack) on their first run after the
segmentation and agenda fixes. Each is named after the bug and runs on small papers in more
than one council's or board's form of the thing."""

from __future__ import annotations

from heldout_support import decisions_in, minutes_of, numbers

# ------------------------------------------------ a code, a space, the year and a number

BOARD_OF_DIRECTORS = """Minutes of the Board of Directors meeting held in public
on Thursday 5 February 2026

Present: Dame Helen Ashworth (Chair), Mr Richard Okafor, Mrs Jennifer Lowe

BoD 26/001 Welcome, apologies and quoracy

The Chair welcomed everyone and the meeting was confirmed as quorate.

BoD 26/002 Declarations of interest

No new interests were declared.

BoD 26/003 Minutes of the previous meeting

The minutes of the meeting held on 4 December 2025 were APPROVED as a true and accurate record.

BoD 26/004 Chief Executive's report

The Chief Executive reported on the norovirus outbreak in November and December 2025.
The Board NOTED the report.
"""

COUNCIL_OF_GOVERNORS = """Minutes of the Council of Governors held on 12 March 2026

Present: Ms A Byrne (Chair), Mr K Doyle, Mrs P Iqbal

CoG 25/118 Apologies for absence

Apologies were received from Mr T Hale.

CoG 25/119 Appointment of non-executive directors

The Council of Governors APPROVED the appointment of Mr S Rao for three years.

CoG 25/120 Any other business

There was none.
"""

NI_COMMITTEE = """                 CARNLOUGH AND MOYLE DISTRICT COUNCIL

   MINUTES OF THE MEETING OF THE LEISURE COMMITTEE HELD IN THE COUNCIL
   CHAMBER ON MONDAY 2 MARCH 2026 AT 7.00 PM

In the Chair:          Alderman R Kerr

Members Present:       Aldermen J Boyd and W McIlwaine
                       Councillors C Devlin, P Fitzsimons and A Gilmore

Officers Present:      Director of Leisure Services - Mrs G Hamilton

LS 26/014  APOLOGIES

Apologies were recorded for Councillor T Rafferty.

LS 26/015  MINUTES OF LEISURE COMMITTEE MEETING HELD ON
           MONDAY 2 FEBRUARY 2026

AGREED - that the Minutes be taken as read and signed as correct.

LS 26/016  PLAY PARK REFURBISHMENT PROGRAMME 2026/27

The Head of Parks presented the programme.

NOTED.

LS 26/017  ANY OTHER BUSINESS

There was no other business.
"""


def test_regression_board_code_before_year_and_number_was_no_minute(tmp_path):
    # "BoD 26/001": a board's code in its own case, a space, the year, a three-figure number
    assert numbers(minutes_of(BOARD_OF_DIRECTORS, tmp_path)) == [
        ("BoD 26/001", "Welcome, apologies and quoracy"),
        ("BoD 26/002", "Declarations of interest"),
        ("BoD 26/003", "Minutes of the previous meeting"),
        ("BoD 26/004", "Chief Executive's report"),
    ]


def test_regression_governors_code_before_year_and_number_was_no_minute(tmp_path):
    assert numbers(minutes_of(COUNCIL_OF_GOVERNORS, tmp_path)) == [
        ("CoG 25/118", "Apologies for absence"),
        ("CoG 25/119", "Appointment of non-executive directors"),
        ("CoG 25/120", "Any other business"),
    ]


def test_regression_capitals_title_wrapped_under_a_spaced_code_was_cut(tmp_path):
    # the shape reader found "LS 26/015" but not its title's second line in capitals
    assert numbers(minutes_of(NI_COMMITTEE, tmp_path))[1] == (
        "LS 26/015", "MINUTES OF LEISURE COMMITTEE MEETING HELD ON MONDAY 2 FEBRUARY 2026")


def test_code_needs_the_year_and_a_three_figure_number(tmp_path):
    # a sentence opening with a code and a date-like pair is no heading
    text = BOARD_OF_DIRECTORS.replace(
        "No new interests were declared.", "BAF 12/26 Risk scores were reviewed.")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == [
        "BoD 26/001", "BoD 26/002", "BoD 26/003", "BoD 26/004"]


# ------------------------------------------------------------- an outcome word alone


def test_regression_noted_alone_in_capitals_was_no_decision(tmp_path):
    found = [(d.minute_number, d.decision_text, d.outcome)
             for d in decisions_in(minutes_of(NI_COMMITTEE, tmp_path))]
    assert ("LS 26/016", "NOTED.", "noted") in found


def test_received_and_noted_alone_is_a_decision(tmp_path):
    text = NI_COMMITTEE.replace("NOTED.", "RECEIVED AND NOTED")
    found = [(d.minute_number, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]
    assert ("LS 26/016", "noted") in found


def test_noted_inside_a_sentence_is_not_a_bare_outcome(tmp_path):
    text = NI_COMMITTEE.replace("NOTED.", "Members asked that the costs be NOTED in the plan.")
    assert [d for d in decisions_in(minutes_of(text, tmp_path))
            if d.minute_number == "LS 26/016"] == []


# ------------------------------------------------------------------ lettered sub-minutes

JOINT_COMMITTEE = """MINUTES OF THE MEETING OF THE JOINT WASTE COMMITTEE HELD ON 20 JANUARY 2026

PRESENT: Councillors Lumb (Chair), Ashworth and Greenwood

1/26 APOLOGIES FOR ABSENCE

Apologies were received from Councillor Pickles.

2/26 JOINT COMMITTEE BUDGET 2026/27

The Treasurer presented the budget for 2026/27.

2/26(a) Revenue budget 2026/27

RESOLVED - That the revenue budget of £412,000 for 2026/27 be approved.

2/26(b) Contributions of the partner councils

RESOLVED - That the contributions be shared 55:45 between the partner councils.

3/26 DATE OF NEXT MEETING

RESOLVED - That the next meeting be held on 24 February 2026.
"""

PLAIN_NUMBERED = """Minutes of the Harbour Board held on 3 March 2026

Present: Mr A Teague (Chair), Mrs B Moyle, Mr C Pascoe

14 Apologies

Apologies were received from Mr D Rowe.

15 Harbour dues

15(a) Dues for visiting yachts

RESOLVED that the dues for visiting yachts rise by 4% from 1 April 2026.

15(b) Dues for fishing vessels

RESOLVED that the dues for fishing vessels be frozen for 2026/27.

16 Any other business

There was none.
"""


def test_regression_lettered_sub_minutes_were_no_minutes(tmp_path):
    # "2/26(a) Revenue budget": the minute's number as printed, a letter, a title of its own
    records = minutes_of(JOINT_COMMITTEE, tmp_path)
    assert numbers(records) == [
        ("1/26", "APOLOGIES FOR ABSENCE"),
        ("2/26", "JOINT COMMITTEE BUDGET 2026/27"),
        ("2/26(a)", "Revenue budget 2026/27"),
        ("2/26(b)", "Contributions of the partner councils"),
        ("3/26", "DATE OF NEXT MEETING"),
    ]
    # each part's resolution is its own, the parent minute has none
    assert [d.minute_number for d in decisions_in(records)] == ["2/26(a)", "2/26(b)", "3/26"]


def test_regression_lettered_sub_minutes_of_plain_numbers(tmp_path):
    assert numbers(minutes_of(PLAIN_NUMBERED, tmp_path)) == [
        ("14", "Apologies"),
        ("15", "Harbour dues"),
        ("15(a)", "Dues for visiting yachts"),
        ("15(b)", "Dues for fishing vessels"),
        ("16", "Any other business"),
    ]


def test_sub_minute_letters_must_run_from_a(tmp_path):
    # a "(b)" with no "(a)" before it, or another minute's number, is no part of this minute
    text = JOINT_COMMITTEE.replace("2/26(a) Revenue", "1/26(a) Revenue")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == ["1/26", "2/26", "3/26"]


def test_sub_minute_sentence_is_no_heading(tmp_path):
    text = PLAIN_NUMBERED.replace("15(b) Dues for fishing vessels",
                                  "15(b) The Board noted the dues for fishing vessels")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == ["14", "15", "15(a)", "16"]


# ------------------------------------------- what the body agreed, listed under a colon

SCOTTISH_COMMITTEE = """MINUTE of MEETING of the EDUCATION COMMITTEE held on 22 January 2026

Present: Councillors Hamill (Chair), Ure and Dobbie

1. DECLARATIONS OF INTEREST

No declarations of interest were made.

2. REVENUE BUDGET MONITORING 2025/26 - PERIOD 8

There was submitted a report by the Executive Director on the projected outturn.
After discussion, the Committee agreed:
(a) to note the projected overspend of £1,274,000 at Period 8; and
(b) that a further report on transport be submitted to the next meeting.

3. SCHOOL TERM DATES 2027/28

There was submitted a report on the consultation on term dates.
Following questions from members, the Committee decided:
(a) to approve the term dates set out in Appendix 1; and
(b) to review the in-service days in 2028.
"""


def test_regression_agreed_colon_after_discussion_was_no_decision(tmp_path):
    found = {d.minute_number: d.decision_text
             for d in decisions_in(minutes_of(SCOTTISH_COMMITTEE, tmp_path))}
    assert "to note the projected overspend of £1,274,000 at Period 8" in found["2"]
    assert "to approve the term dates set out in Appendix 1" in found["3"]


def test_agreed_colon_must_end_the_line(tmp_path):
    # "the Committee agreed: ..." mid-paragraph in reported speech is not this rule's
    text = SCOTTISH_COMMITTEE.replace(
        "After discussion, the Committee agreed:\n(a) to note the projected overspend of "
        "£1,274,000 at Period 8; and\n(b) that a further report on transport be submitted to "
        "the next meeting.",
        "Members recalled that, in March, the Committee agreed: a report would follow.")
    assert "2" not in {d.minute_number for d in decisions_in(minutes_of(text, tmp_path))}


# ------------------------------------------------------------ the body by its initials

IJB_MINUTES = """Minutes of the meeting of the Kelvinmuir Integration Joint Board
held on 28 January 2026

Present: Cllr A Reid (Chair), Dr M Kelso, Ms J Dunlop

1. Rolling action list
The IJB noted the rolling action list and agreed to close actions 14 and 17.

2. Primary care improvement plan
The Chief Officer reported that the ICB agreed to fund two practices in Northfield.

3. Any other business
There was none.
"""

HWB_MINUTES = """Minutes of the Health and Wellbeing Board held on 4 February 2026

Present: Councillor P Shah (Chair), Dr R Gill, Ms T Oduya

1. Joint Strategic Needs Assessment
The HWB approved the JSNA work programme for 2026/27.

2. Better Care Fund
The HWB noted the quarter 3 return.
"""


def test_regression_body_named_by_its_initials_was_no_decision(tmp_path):
    found = {d.minute_number: d.decision_text
             for d in decisions_in(minutes_of(IJB_MINUTES, tmp_path))}
    assert found["1"].startswith("The IJB noted the rolling action list")
    # another body's decision, reported, is none of the meeting's
    assert "2" not in found


def test_health_and_wellbeing_board_by_its_initials(tmp_path):
    found = [(d.minute_number, d.outcome)
             for d in decisions_in(minutes_of(HWB_MINUTES, tmp_path))]
    assert found == [("1", "approved"), ("2", "noted")]

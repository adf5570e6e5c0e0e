"""Regression tests for round 25's document misses (each document's kind, meeting date and
committee): a trust board's session after a dash, its "Agenda item TB 7" stamps, a joint
committee's councils wrapped before "Council", a pack's running foot under a short paper, two
bodies named on consecutive masthead lines, a paper stamp titling minutes and a membership list
on lines of its own. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents

# ------------------------------------------- a trust board: session after a dash, TB stamps

TRUST_BOARD_PACK = """%% footer Rosewarne Community NHS Trust - Board of Directors, 24 March 2026
<< Rosewarne Community NHS Trust
## BOARD OF DIRECTORS - MEETING IN PUBLIC
Date:	Tuesday 24 March 2026, 10.00am
Venue:	Board Room, Rosewarne House
** AGENDA
| Item | Title | Lead |
| TB 1 | Welcome and apologies | Chair |
| TB 2 | Chair's report | Chair |
| TB 3 | Safer staffing report | Chief Nurse |
| TB 4 | Estates strategy | Director of Estates |
--- page ---
<< Rosewarne Community NHS Trust
** Agenda item TB 2
!! Chair's report
Presented by:	Chair
Meeting:	Board of Directors, 24 March 2026
** 1. Recommendation
1.1 The Board is asked to receive the Chair's report.
--- page ---
<< Rosewarne Community NHS Trust
** Agenda item TB 3
!! Safer staffing report: Quarter 4
Executive lead:	Chief Nurse
** 1. Recommendation
1.1 The Board is asked to note the safer staffing report for the quarter.
--- page ---
<< Rosewarne Community NHS Trust
** Agenda item TB 4
!! Estates strategy 2026-2031
Executive lead:	Director of Estates
** 1. Recommendation
1.1 The Board is asked to approve the estates strategy.
"""


def test_session_after_a_dash_is_no_part_of_the_boards_name(tmp_path: Path) -> None:
    # "BOARD OF DIRECTORS - MEETING IN PUBLIC" over its date names the board and the session;
    # before, the agenda's committee kept the session ("Board of Directors - Meeting in Public")
    docs = pack_documents(TRUST_BOARD_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-03-24", "Board of Directors")


def test_agenda_item_stamp_with_the_boards_code_starts_a_paper(tmp_path: Path) -> None:
    # "Agenda item TB 3" at a page's top stamps the next paper as "Agenda item 3" does; before,
    # the board's code kept it from reading as a stamp and the two papers without a "Meeting:"
    # line ran on into the one before
    docs = pack_documents(TRUST_BOARD_PACK, tmp_path)
    assert [d[0] for d in docs] == ["agenda", "report", "report", "report"]


# ---------------------------------- a joint committee's councils wrapped before "Council"

JOINT_COMMITTEE_PACK = """%% footer JRC 9 July 2026 - {page}
## REGULATORY SERVICES PARTNERSHIP
** Ashdown District Council, Brackley Vale Borough Council and Carrow District Council
Meeting:	Joint Regulatory Committee
Date:	Thursday 9 July 2026 at 2.00 pm
Venue:	Council Chamber, Brackley Vale Borough Council, High Street, Brackley
** AGENDA
1. Apologies for Absence
2. Minutes of the Meeting held on 12 March 2026
3. Fees and Charges 2026/27
"""


def test_council_wrapped_from_a_list_joined_by_and(tmp_path: Path) -> None:
    # the list of the three councils wraps its last "Council" onto a line of its own: it ends
    # "Carrow District Council", the last of a list joined by "and", no body meeting; before,
    # "Council" alone was read as the body and the agenda named a council
    docs = pack_documents(JOINT_COMMITTEE_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-07-09", "Joint Regulatory Committee")


# ------------------------------------------- a pack's running foot under a short paper

SHORT_PAPER_PACK = """%% header Wrexley Youth Offending Service
%% footer YOS Board | 22 January 2026 | {page}
## WREXLEY YOUTH OFFENDING SERVICE MANAGEMENT BOARD
** Agenda
Meeting date:	Thursday 22 January 2026
Place:	Meeting Room 2, Wrexley House
1. Apologies
2. Youth Justice Plan - Timetable
--- page ---
** Item 2
## Youth Justice Plan - Timetable
Report of the Head of Service
** Recommendation
That the Board agrees the timetable.
"""


def test_running_foot_is_no_short_papers_masthead(tmp_path: Path) -> None:
    # the short paper's first lines reach its page's foot, "YOS Board | 22 January 2026 | 2",
    # printed on every page: the pack's furniture, so the paper takes the pack's body; before,
    # the foot was read as its masthead and the paper's committee was "YOS Board"
    docs = pack_documents(SHORT_PAPER_PACK, tmp_path)
    assert docs[1] == ("report", "2026-01-22", "Wrexley Youth Offending Service Management Board")


# ------------------------------------- two bodies named on consecutive masthead lines

FORUM_BOARD_PACK = """%% header OFFICIAL
## KELBURN LOCAL RESILIENCE FORUM
## STRATEGIC BOARD
** Agenda
Date:	Wednesday 4 March 2026, 10.00 am
Location:	Training Suite, Kelburn Fire Headquarters
1. Apologies
2. Community Risk Register
"""

ICB_COMMITTEE_PACK = """%% header NHS Tarnside Integrated Care Board - Quality Committee
## NHS Tarnside Integrated Care Board
** Quality Committee
Meeting held in public on Thursday 19 March 2026 at 1.30 pm, Room 1, Tarn House
Chair:	Non-Executive Member
** Agenda
| No. | Item | Paper |
| 1 | Welcome and apologies | Verbal |
| 2 | Minutes of the meeting of 15 January 2026 | A |
--- page ---
## NHS Tarnside Integrated Care Board
** Paper A: Minutes of the Quality Committee held on Thursday 15 January 2026
Present:	Chair, Chief Nurse, Medical Director
** QC/26/01 Welcome and apologies
Apologies were received from the Chief Finance Officer.
** QC/26/02 Infection prevention annual report
The Committee APPROVED the infection prevention annual report.
"""


def test_body_nearer_the_date_meets_in_capitals(tmp_path: Path) -> None:
    # "KELBURN LOCAL RESILIENCE FORUM" over "STRATEGIC BOARD" over the date: the board nearer
    # the date meets, the forum being whose board it is; before, the first body was read
    docs = pack_documents(FORUM_BOARD_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-03-04", "Strategic Board")


def test_body_nearer_the_date_meets_in_mixed_case(tmp_path: Path) -> None:
    # the board's name over its committee's, then "Meeting held in public on <date>": the
    # committee meets; before, the integrated care board was read as the agenda's body
    docs = pack_documents(ICB_COMMITTEE_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-03-19", "Quality Committee")


def test_paper_stamp_titling_minutes_starts_minutes(tmp_path: Path) -> None:
    # "Paper A: Minutes of the Quality Committee held on ..." at the page's top is the pack's
    # paper stamp and the minutes' heading in one line; before, the stamp started a report
    # and the minutes were read as "other" under the integrated care board's name
    docs = pack_documents(ICB_COMMITTEE_PACK, tmp_path)
    assert docs[1] == ("minutes", "2026-01-15", "Quality Committee")


# ------------------------------------- a membership list on lines of its own under its label

MEMBERSHIP_TEXT_PACK = """Public Document Pack

Marlowe County Council

Standing Advisory Council on Religious Education (SACRE)

Date:      Tuesday, 10 March 2026
Time:      10.00 am
Venue:     Meeting Room 4, Shire Hall

Membership:
Group A (Christian and other religions and beliefs): Mr A Kumar, Mrs R Stein,
   Imam T Farooq, Ms G Sandhu, Mr J Pell (Humanist, co-opted)
Group B (Church of England): Revd Canon A Threlfall, Mrs M Dickens
Group C (Teachers): Mrs E Blamire (Chair), Mr C Hebden, Ms N Rourke
Group D (Local Authority): Councillors B Oakes, P Lakhani, T Wetherall

Clerk: Gillian Marwood, Democratic Services

AGENDA

1.   Apologies for Absence

2.   Declarations of Interest

3.   Agreed Syllabus Review 2026                                    (Pages 1 - 4)

4.   Date of Next Meeting
"""


def test_membership_list_under_its_label_is_part_of_the_masthead(tmp_path: Path) -> None:
    # the four groups' members, on lines of their own under "Membership:", make the masthead
    # longer than a masthead's lines; they are one list of it, so the agenda under "AGENDA"
    # keeps its masthead; before, the masthead was an agenda of its own and the pack had two
    path = tmp_path / "sacre.txt"
    path.write_text(MEMBERSHIP_TEXT_PACK)
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    assert docs == [("agenda", "2026-03-10",
                     "Standing Advisory Council on Religious Education")]


# ------------------------------------------- a partnership's group named by its kind

PARTNERSHIP_GROUP_PACK = """## ORMSTON SAFEGUARDING CHILDREN PARTNERSHIP
** Executive Group
A partnership of Ormston Council, the integrated care board and the police
Date:	Tuesday 14 April 2026, 2.00 pm
Venue:	Room 3, Ormston House
** Agenda
1. Welcome and apologies
2. Neglect strategy
3. Partner contributions
"""


def test_partnerships_executive_group_is_a_body(tmp_path: Path) -> None:
    # "Executive Group" under the partnership's name is the group that meets (a "Partnership
    # Group" or "Executive Group" is a body by its kind); before, "Group" was no body's word
    # and the agenda took the partnership's name from the masthead's first line
    docs = pack_documents(PARTNERSHIP_GROUP_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-04-14", "Executive Group")

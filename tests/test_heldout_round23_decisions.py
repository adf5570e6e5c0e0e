"""Regression tests for held-out round 23's misses in decisions: a motion "put to the vote and
... LOST" (the vote named between the motion and its result, the result wrapped onto the next
line), a proposal named in full before it was lost, the chair declaring the motion defeated;
an update sheet's "Amended recommendation:"; "The Committee, having considered a report dated
... , agreed to" over a long clause; footnotes at a page's foot read into a resolution running
over the page break; "The Members noted the Clerk's report"; the body agreeing after another
act of its own ("thanked the Leader ... and agreed to invite him"); an appendix's
"Recommendations to the Cabinet" read as the report's ask; a table's "Recommendations" column
name wrapped onto a line of its own read as a heading; "cross-" / "ing" kept hyphenated. Each
on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from conftest import contexts
from heldout_support import decision_rows, decisions_in, source_decision_rows
from kcc_papers.extract import minutes
from kcc_papers.load.glyphs import LINE_END_HYPHEN, unbroken
from kcc_papers.normalise.outcomes import classify_outcome

_decided = decision_rows
_of = source_decision_rows


# ------------------------------------------------------------ motions lost

COUNCIL = """HOLLOWBY DISTRICT COUNCIL

Minutes of the meeting of the Council held on Wednesday 14th July 2027

Present: Councillor A Lascelles (Chairman), Councillors B Dunleavy, C Ferris

30. Minutes
RESOLVED: That the minutes of the meeting held on 17th May 2027 be approved as a correct record.

31. Notice of Motion - Council Meetings in the Evening
Councillor Ferris moved and Councillor Dunleavy seconded a motion that all meetings of the Council should start no earlier than 6.00 pm.
Following debate, the motion was put to the vote and was declared LOST (For 11, Against 23, Abstentions 2).
"""  # noqa: E501


def test_motion_put_to_the_vote_and_lost_missed(tmp_path: Path) -> None:
    # "the motion was put to the vote and was declared LOST": the vote named between the
    # motion and its result (read as no decision: only "the motion was LOST" was). Since
    # round 36 "moved and B seconded a motion that ..." is read as moving it, so the decision
    # carries the motion's words before its defeat, as moved_before_lost does for the others.
    assert _decided(COUNCIL, tmp_path) == [
        ("RESOLVED: That the minutes of the meeting held on 17th May 2027 be approved as a "
         "correct record.", "approved"),
        ("Councillor Ferris moved and Councillor Dunleavy seconded a motion that all meetings "
         "of the Council should start no earlier than 6.00 pm. Following debate, the motion was "
         "put to the vote and was declared LOST (For 11, Against 23, Abstentions 2).",
         "rejected"),
    ]


# The result wrapped onto a line of its own in a narrow or justified column.
COUNCIL_WRAPPED = """STOURLEIGH DISTRICT COUNCIL

Minutes of the meeting of the Council held on Wednesday 20th October 2027

Present: Councillor G Petrakis (Chairman), Councillors A Bellweather, R Sandoval

45. Minutes
RESOLVED: That the minutes of the meeting held on 21st July 2027 be approved as a correct record.

46. Notice of Motion - Community Transport
Councillor Sandoval moved, and Councillor Farraday seconded, a motion asking the Cabinet to double
the Community Transport grant for 2028/29. After debate the motion was put to the vote and was
LOST (3 for, 8 against).
"""


def test_motion_lost_wrapped_onto_the_next_line_missed(tmp_path: Path) -> None:
    # "... the motion was put to the vote and was" over "LOST (3 for, 8 against).": the
    # result on the next line (read line by line, as no decision); the decision starts at its
    # own sentence
    assert _decided(COUNCIL_WRAPPED, tmp_path) == [
        ("RESOLVED: That the minutes of the meeting held on 21st July 2027 be approved as a "
         "correct record.", "approved"),
        ("After debate the motion was put to the vote and was LOST (3 for, 8 against).",
         "rejected"),
    ]


PENSION = """WESTMARCH COUNTY COUNCIL PENSION FUND COMMITTEE

Minutes of the meeting held on 09/12/2027

Present: Councillor D Ashdown (Chairman), Councillors F Carrow, H Penrose

45. Minutes
RESOLVED that the minutes of the meeting held on 16/09/2027 be confirmed as a correct record.

46. Cessation Policy
Members discussed the proposal to allow employers leaving the Fund in surplus to receive an exit credit.
On being put to the vote, the proposal to adopt the revised Cessation Policy was lost.
"""  # noqa: E501


def test_proposal_named_in_full_before_its_loss_missed(tmp_path: Path) -> None:
    # "On being put to the vote, the proposal to adopt the revised Cessation Policy was lost.":
    # the proposal named in full between the vote and its result (only "the proposal was
    # lost" was read)
    assert _decided(PENSION, tmp_path) == [
        ("RESOLVED that the minutes of the meeting held on 16/09/2027 be confirmed as a correct "
         "record.", "approved"),
        ("On being put to the vote, the proposal to adopt the revised Cessation Policy was lost.",
         "rejected"),
    ]


IRISH = """CARRIGMORE COUNTY COUNCIL

Minutes of the Monthly Meeting of Carrigmore County Council held on Monday 10th April 2028

Present: Cllr. M. Fennelly (Cathaoirleach), Cllr. P. Keoghan, Cllr. T. Ryan

CCM 28/034 Roads Programme 2028
On the proposal of Cllr. Brophy, seconded by Cllr. McGrath, it was agreed to adopt the Roads Programme 2028 as presented.

CCM 28/035 Notice of Motion - Cllr. Ryan
Cllr. Ryan moved the following motion, seconded by Cllr. Walsh: "That Carrigmore County Council reduces the Local Property Tax local adjustment factor from +10% to +5% for 2029."
Following a discussion a vote was taken: For 5, Against 10, Abstained 1. The Cathaoirleach declared the motion defeated.
"""  # noqa: E501


def test_chair_declaring_the_motion_defeated_missed(tmp_path: Path) -> None:
    # "The Cathaoirleach declared the motion defeated.": the chair's declaration of the
    # result, the motion named before it (read as no decision)
    assert _decided(IRISH, tmp_path) == [
        ("On the proposal of Cllr. Brophy, seconded by Cllr. McGrath, it was agreed to adopt "
         "the Roads Programme 2028 as presented.", "agreed"),
        ("The Cathaoirleach declared the motion defeated.", "rejected"),
    ]
    # (the outcome of the declaration whatever reads it)
    assert classify_outcome("The Mayor declared the proposal lost.") == "rejected"
    assert classify_outcome("The Chair declared the amendment lost.") == "other"


# ------------------------------------------------------------ minutes in prose

GUERNSEY = """STATES OF GUERNSEY
COMMITTEE FOR CULTURE & HERITAGE

Minutes of the meeting held on Tuesday 9th May 2028

Present: Deputy A. Le Tissier (President), Deputy B. Ogier, Deputy C. Mahy

1. Minutes
The Committee approved the Minutes of the meeting held on 11th April 2028, which were signed by the President.

2. Sausmarez Battery: Condition Survey
The Committee, having considered a report dated 30th April 2028 from the Director, Culture & Heritage, on the findings of the structural condition survey of the Sausmarez Battery, agreed to close the upper rampart to the public until remedial works have been completed.
"""  # noqa: E501


def test_committee_having_considered_over_a_long_clause_missed(tmp_path: Path) -> None:
    # "The Committee, having considered a report dated ... from ..., on ..., agreed to": the
    # clause of what it considered longer than the words allowed before "agreed" (the minute
    # read as no decision; a shorter clause was read)
    assert _decided(GUERNSEY, tmp_path) == [
        ("The Committee approved the Minutes of the meeting held on 11th April 2028, which were "
         "signed by the President.", "approved"),
        ("The Committee, having considered a report dated 30th April 2028 from the Director, "
         "Culture & Heritage, on the findings of the structural condition survey of the "
         "Sausmarez Battery, agreed to close the upper rampart to the public until remedial "
         "works have been completed.", "agreed"),
    ]


COMMISSIONERS = """BALLAVARRY VILLAGE COMMISSIONERS

Minutes of the Monthly Meeting of the Commissioners held on Wednesday 9th February 2028

Present: Mrs. K. Corlett (Chairman), Mr. D. Quayle, Mr. P. Kermode

Minute 117 Refuse Collection Contract
It was proposed by Mr. Quayle, seconded by Mr. Kinvig and resolved that the contract be extended for one year.

Minute 118 Clerk's Report and Correspondence
The Members noted the Clerk's report, including the letter from the Constabulary on speeding.
"""  # noqa: E501


def test_the_members_noting_missed(tmp_path: Path) -> None:
    # "The Members noted the Clerk's report": the members with their article ("Members noted"
    # alone was read)
    assert _decided(COMMISSIONERS, tmp_path)[1:] == [
        ("The Members noted the Clerk's report, including the letter from the Constabulary on "
         "speeding.", "noted"),
    ]


SCRUTINY = """HOLLINSFORD DISTRICT COUNCIL

Minutes of the meeting of the Overview and Scrutiny Committee held on 7th April 2027

Present: Councillor R Crabtree (Chair), Councillors T Dorling, P Lowther

114. Minutes
The minutes of the meeting held on 3rd March 2027 were agreed as a correct record and signed by the Chair.

115. Leader's Annual Question Time
The Leader answered questions on the Council's Corporate Plan priorities.
The Committee thanked the Leader for attending and agreed to invite him again in April 2028.

116. Garden Waste Service
RESOLVED that the Committee recommends to the Executive that the garden waste charge for 2028 is held at £58.
"""  # noqa: E501


def test_body_agreeing_after_another_act_of_its_own_missed(tmp_path: Path) -> None:
    # formal minutes (RESOLVED): "The Committee thanked the Leader for attending and agreed
    # to invite him again": the body's own sentence, agreeing after another verb of its own
    # (read as discussion; "The Committee agreed to ..." opening the line was read)
    assert _decided(SCRUTINY, tmp_path)[1] == (
        "The Committee thanked the Leader for attending and agreed to invite him again in April "
        "2028.", "agreed")


# ------------------------------------------------------------ footnotes at a page's foot

BODY_PT, NOTE_PT, LEFT = 12.0, 8.5, 60.0


def _commissioners_pdf(tmp_path: Path) -> Path:
    """Minutes whose last resolution on page 1 runs onto page 2, the page's footnote (small
    type, its mark first) printed between the two."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    y = 60.0

    def line(text: str, size: float = BODY_PT, bold: bool = False) -> None:
        nonlocal y
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.text(LEFT, y, text)
        y += size * 1.5

    line("BALLAVARRY VILLAGE COMMISSIONERS", 16, True)
    line("MINUTES OF THE MONTHLY MEETING OF THE COMMISSIONERS HELD ON 9TH FEBRUARY 2028", 12,
         True)
    line("Present: Mrs. K. Corlett (Chairman), Mr. D. Quayle, Mr. P. Kermode")
    line("Minute 114 Rate Estimates 2028/29", bold=True)
    line("The Clerk presented the draft estimates, with net expenditure of £298,400 1.")
    line("It was resolved that a rate of 227p in the pound be levied for the year 2028/29.")
    line("Minute 115 Grass Cutting 2028-2030", bold=True)
    line("Three quotations had been invited for grass cutting for the 2028 and 2029 seasons.")
    line("It was proposed by Mr. Kermode, seconded by Mrs. Cregeen and resolved that the")
    pdf.set_font("helvetica", "", NOTE_PT)
    pdf.text(LEFT, 770, "1 After the use of £12,000 from the General Reserve, as agreed at "
             "Minute 96.")
    pdf.add_page()
    y = 60.0
    line("quotation of Mannin Groundcare Ltd in the sum of £18,240 be accepted.")
    line("Minute 116 Clerk's Report", bold=True)
    line("It was resolved that the Clerk's report be noted.")
    path = tmp_path / "commissioners.pdf"
    pdf.output(str(path))
    return path


def test_footnote_at_the_page_foot_read_into_a_resolution(tmp_path: Path) -> None:
    # a resolution running over the page break, the page's footnote in small type between its
    # lines: the note is no part of it (it was read into the resolution, the resolution's end
    # after it)
    (ctx,) = contexts(_commissioners_pdf(tmp_path), "minutes")
    decided = [d.decision_text for d in decisions_in(minutes.extract(ctx))]
    assert decided[1] == ("It was proposed by Mr. Kermode, seconded by Mrs. Cregeen and resolved "
                          "that the quotation of Mannin Groundcare Ltd in the sum of £18,240 be "
                          "accepted.")


# ------------------------------------------------------------ reports

UPDATE_SHEET = """%% header BRACKENFOLD DISTRICT COUNCIL            PLANNING COMMITTEE 15/06/2027            UPDATE SHEET
## Planning Committee - 15/06/2027
!! ADDENDUM / UPDATE SHEET
This sheet reports late representations received after the agenda was published, and any amended recommendations.
** Item 5 - 27/00618/FUL - Former Tannery Site, Mill Street, Brackenfold
** Officer comment
The Environment Agency has withdrawn its holding objection.
**Amended recommendation:** Delegate authority to the Head of Planning to grant planning permission subject to the completion of a Section 106 agreement securing 12 affordable homes.
** Item 6 - 27/00702/HOU - 8 Larkspur Close, Fenny Brackley
No change to the recommendation.
** Item 8 - 27/00277/FUL - Orchard Barn, Stoke Road, Hollesley Green
** Officer comment
A second reason for refusal is needed because no RAMS contribution has been secured.
**Amended recommendation:** Refuse planning permission for the reason set out in the report and for a second reason, that the development would have a likely significant effect on the Special Protection Area.
"""  # noqa: E501


def test_amended_recommendation_on_an_update_sheet_missed(tmp_path: Path) -> None:
    # an update sheet's "Amended recommendation:" heads the ask the meeting now decides (read
    # as no recommendation: only "Officer recommendation" took a small r)
    assert _of(UPDATE_SHEET, "report", tmp_path) == [
        ("Delegate authority to the Head of Planning to grant planning permission subject to the "
         "completion of a Section 106 agreement securing 12 affordable homes.", "approved"),
        ("Refuse planning permission for the reason set out in the report and for a second "
         "reason, that the development would have a likely significant effect on the Special "
         "Protection Area.", "rejected"),
    ]


TASK_GROUP_APPENDIX = """%% header Aldermoor County Council
!! Agenda Item 4
** ALDERMOOR COUNTY COUNCIL
Report to:	Place Overview and Scrutiny Committee
Date:	9 March 2027
Title:	Rural Bus Services Task and Finish Group: Final Report
** 1. Recommendations
1.1 That the Committee endorses the final report of the Rural Bus Services Task and Finish Group and its recommendations, attached as Appendix A, and submits the report to the Cabinet.
** 2. Background
2.1 The Committee set up the Task and Finish Group on 8 September 2026.
--- page ---
** Appendix A
## Rural Bus Services Task and Finish Group
!! Final Report, February 2027
** Summary of findings
-- 37 villages have had no daily bus since July 2026.
** Recommendations to the Cabinet
Recommendation 1: That the Cabinet adopts a minimum standard of access for rural communities.
Recommendation 2: That the demand-responsive service is extended to the Scarrow valley.
"""  # noqa: E501


def test_appendix_recommendations_to_another_body_read_as_an_ask(tmp_path: Path) -> None:
    # the task group's final report bound in as the report's appendix prints its own
    # "Recommendations to the Cabinet": what the report asks the committee to endorse, no ask
    # of the report's own (read as a second ask)
    assert _of(TASK_GROUP_APPENDIX, "report", tmp_path) == [
        ("That the Committee endorses the final report of the Rural Bus Services Task and Finish "
         "Group and its recommendations, attached as Appendix A, and submits the report to the "
         "Cabinet.", "endorsed"),
    ]


ANNUAL_REPORT = """%% header Sandleigh Borough Council
** SANDLEIGH BOROUGH COUNCIL
Meeting:	Council
Date:	Thursday 22 July 2027
Report title:	Overview and Scrutiny Annual Report 2026/27
Report by:	Councillor Marcus Tennyson-Bligh, Chairman of the Overview and Scrutiny Committee
Contact officer:	Felicity Rawnsley, Democratic Services Officer
Wards affected:	All
Status:	For information
** Summary
This report presents the annual report of the Overview and Scrutiny Committee. It is for information: no decision is required of the Council.
** Task groups
|% 34 12 17 14 23
|- Task group | Members | Recommendations | Accepted | Status |
| Housing Allocations Policy | 4 | 8 | 7 | Final report to Cabinet, March 2027 |
| Food Waste Collections | 5 | 6 | 4 | Final report to Cabinet, May 2027 |
** Looking ahead to 2027/28
-- A review of the Council's housing repairs service.
"""  # noqa: E501


def test_wrapped_recommendations_column_name_read_as_a_heading(tmp_path: Path) -> None:
    # a table's "Recommendations" column name wrapped in its cell ("Recommendation" over "s"),
    # its line set in one row with the other column names: no heading of the report's asks
    # (the table's cells under it were read as one)
    assert _of(ANNUAL_REPORT, "report", tmp_path) == []


# ------------------------------------------------------------ hyphenation


def test_word_ending_after_a_compound_head_kept_hyphenated() -> None:
    # "school cross-" / "ing patrols": an ending alone after the break is no word of a
    # compound, though "cross" heads compounds (read as "cross-ing")
    assert unbroken(f"school cross{LINE_END_HYPHEN}ing patrols", set()) == "school crossing patrols"
    # (a compound's second word keeps its hyphen)
    assert unbroken(f"cross{LINE_END_HYPHEN}border bus", set()) == "cross-border bus"

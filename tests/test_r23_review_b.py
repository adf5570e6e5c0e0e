"""Review of held-out round 23's decisions fixes: each rule tried on a small paper of another
council that it must not fire on (an amendment to the motion put to the vote and lost, a
motion carried before the amendment's loss in one sentence, an officer telling what another
body agreed, a list in small type at a page's foot, a report's list of its appendices on its
first page, a "Recommendations" heading with a side note beside it, a compound's two-letter
word after a line-end hyphen)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from conftest import contexts
from heldout_support import decision_rows, decisions_in, source_decision_rows
from kcc_papers.extract import minutes
from kcc_papers.load.glyphs import LINE_END_HYPHEN, unbroken
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

BUDGET_MEETING = """ASHCOMBE TOWN COUNCIL

Minutes of the meeting of the Finance Committee held on Tuesday 4th May 2027

Present: Councillor A Whitlock (Chairman), Councillors B Jessop, C Brownlow

10. Minutes
RESOLVED: That the minutes of the meeting held on 6th April 2027 be approved as a correct record.

11. Budget 2027/28
{body}
RESOLVED: That the budget for 2027/28 be approved.
"""

APPROVED = [
    ("RESOLVED: That the minutes of the meeting held on 6th April 2027 be approved as a correct "
     "record.", "approved"),
    ("RESOLVED: That the budget for 2027/28 be approved.", "approved"),
]


def test_regression_amendment_to_the_motion_put_to_the_vote_and_lost(tmp_path: Path) -> None:
    # "The amendment to the motion was put to the vote and was LOST": the amendment's defeat,
    # the motion named as what it amends, before the carried substantive motion: no decision
    # (read as the motion's rejection)
    body = ("Councillor Jessop moved an amendment to the motion. The amendment to the motion was "
            "put to the vote and was LOST.\nThe substantive motion was then put to the vote and "
            "was CARRIED.")
    assert decision_rows(BUDGET_MEETING.format(body=body), tmp_path) == APPROVED
    # (the motion it amends named with its kind)
    body = ("The amendment to the substantive motion was put to the vote and was LOST (3 for, 6 "
            "against).\nThe substantive motion was then put to the vote and was CARRIED.")
    (tmp_path / "kind").mkdir()
    assert decision_rows(BUDGET_MEETING.format(body=body), tmp_path / "kind") == APPROVED


def test_regression_motion_carried_before_the_amendments_loss(tmp_path: Path) -> None:
    # "On being put to the vote, the motion was carried and ... amendment was lost": the
    # motion's own result comes first; the loss is the amendment's (read as rejected)
    body = ("On being put to the vote, the motion was carried and Councillor Brownlow's "
            "amendment was lost.")
    assert decision_rows(BUDGET_MEETING.format(body=body), tmp_path) == APPROVED


SCRUTINY = """PENDLEBURY BOROUGH COUNCIL

Minutes of the meeting of the Corporate Scrutiny Committee held on 12th June 2027

Present: Councillor F Oduya (Chair), Councillors G Marsh, H Quint

20. Minutes
RESOLVED: That the minutes of the meeting held on 8th May 2027 be approved as a correct record.

21. Cabinet Forward Plan
The Leader reported that the Cabinet considered the budget in January and agreed to consult on it.
The Leader of the Council welcomed the questions and agreed to circulate the consultation figures.

22. Parks Update
RESOLVED: That the parks update be noted.
"""


def test_regression_another_persons_account_of_a_body_agreeing(tmp_path: Path) -> None:
    # "The Leader reported that the Cabinet considered ... and agreed to": the Leader's account
    # of another body's decision; "The Leader of the Council welcomed ... and agreed to": a
    # person's act. Neither is the meeting's decision (the body's name was any eight words
    # after "The": read as agreed)
    assert decision_rows(SCRUTINY, tmp_path) == [
        ("RESOLVED: That the minutes of the meeting held on 8th May 2027 be approved as a correct "
         "record.", "approved"),
        ("RESOLVED: That the parks update be noted.", "noted"),
    ]


BODY_PT, SMALL_PT, LEFT = 12.0, 9.0, 60.0


def _grants_pdf(tmp_path: Path) -> Path:
    """Community council minutes whose resolution's list of grants is set in small type at the
    foot of page 1, numbered, nothing above pointing to it as to a note."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    y = 60.0

    def line(text: str, size: float = BODY_PT, bold: bool = False) -> None:
        nonlocal y
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.text(LEFT, y, text)
        y += size * 1.5

    line("LLANMOR COMMUNITY COUNCIL", 16, True)
    line("MINUTES OF THE MEETING OF THE COUNCIL HELD ON 14TH MARCH 2028", bold=True)
    line("Present: Cllr A. Rees (Chair), Cllr B. Owen, Cllr C. Price")
    line("12. Minutes", bold=True)
    line("It was resolved that the minutes of the meeting held on 8th February 2028 be approved.")
    line("13. Grants", bold=True)
    line("It was resolved that the following grants be made:")
    pdf.set_font("helvetica", "", SMALL_PT)
    pdf.text(LEFT, 740, "1 Llanmor Football Club £500")
    pdf.text(LEFT, 755, "2 Village Hall Committee £750")
    pdf.add_page()
    y = 60.0
    line("14. Clerk's Report", bold=True)
    line("It was resolved that the Clerk's report be noted.")
    path = tmp_path / "grants.pdf"
    pdf.output(str(path))
    return path


def test_regression_small_type_list_at_a_page_foot_is_minute_text(tmp_path: Path) -> None:
    # a numbered list in small type at the page's foot is the resolution's own text: no line
    # above points to its "1" as to a note (left out as a footnote)
    (ctx,) = contexts(_grants_pdf(tmp_path), "minutes")
    assert [d.decision_text for d in decisions_in(minutes.extract(ctx))] == [
        "It was resolved that the minutes of the meeting held on 8th February 2028 be approved.",
        "It was resolved that the following grants be made: 1 Llanmor Football Club £500 2 "
        "Village Hall Committee £750",
        "It was resolved that the Clerk's report be noted.",
    ]


TASK_GROUP_REPORT = """%% header Thornbury Borough Council
!! Agenda Item 6
** THORNBURY BOROUGH COUNCIL
Report to:	Community Scrutiny Panel
Date:	12 October 2027
Title:	Play Areas Task Group: Final Report
Appendices:
Appendix A - Play Areas Task Group Final Report
Appendix B - Site Visit Notes
** 1. Summary
1.1 The Task Group visited 14 play areas between March and July 2027.
** 2. Recommendations
2.1 That the Panel endorses the recommendations of the Task Group set out in section 4 and refers them to the Cabinet.
** 3. Background
3.1 The Panel set up the Task Group on 9 January 2027.
** 4. The Task Group's recommendations to Cabinet
Recommendation
1. Replace the equipment at Mill Meadow play area by 2029.
2. Publish an annual play area inspection report.
"""  # noqa: E501


def test_regression_list_of_appendices_heads_no_appendix(tmp_path: Path) -> None:
    # "Appendix A - Play Areas Task Group Final Report" in the report's list of its appendices
    # on its first page starts no appendix: the report's own "2. Recommendations" is its ask,
    # the task group's recommendations it describes are none (read as a second ask)
    assert source_decision_rows(TASK_GROUP_REPORT, "report", tmp_path) == [
        ("That the Panel endorses the recommendations of the Task Group set out in section 4 "
         "and refers them to the Cabinet.", "endorsed"),
    ]


NOTE_PT, NOTE_X = 9.0, 420.0


def _side_note_report(tmp_path: Path) -> Path:
    """A report whose "Recommendations" heading has a side note in the margin beside it."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    y = 60.0

    def line(text: str, bold: bool = False, x: float = LEFT, size: float = BODY_PT,
             down: bool = True) -> None:
        nonlocal y
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.text(x, y, text)
        y += size * 1.6 if down else 0.0

    line("KESTON DISTRICT COUNCIL", bold=True)
    line("Report to: Community Committee")
    line("Date: 8 September 2027")
    line("Title: Allotment Rents 2028")
    line("1. Summary", bold=True)
    line("1.1 This report proposes allotment rents for 2028.")
    line("Recommendations", bold=True, down=False)
    line("Key decision: No", x=NOTE_X, size=NOTE_PT)
    line("Approve an allotment rent of £42 a plot for 2028.")
    line("3. Background", bold=True)
    line("3.1 Rents were last raised in 2025.")
    path = tmp_path / "allotments.pdf"
    pdf.output(str(path))
    return path


def test_regression_recommendations_heading_beside_a_side_note(tmp_path: Path) -> None:
    # a side note in the margin in the heading's row stands on one side of it, as no table's
    # other cells do: the heading heads the report's ask (dropped as a column name)
    records = process_file(str(_side_note_report(tmp_path))).records
    assert [(d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision) and d.source == "report"] == [
        ("Approve an allotment rent of £42 a plot for 2028.", "approved"),
    ]


def test_regression_two_letter_word_after_a_prefix_keeps_its_hyphen() -> None:
    # hyphenation leaves three letters or more after the break: "co-" / "ed" is a compound
    # (read as "coed")
    assert unbroken(f"mixed co{LINE_END_HYPHEN}ed schools", set()) == "mixed co-ed schools"
    # (an ending of three letters is still one word with its head)
    assert unbroken(f"school cross{LINE_END_HYPHEN}ing patrols", set()) == (
        "school crossing patrols")


def test_regression_loss_wrapped_after_the_vote_is_one_record(tmp_path: Path) -> None:
    # "On being put to the vote, the" over "motion was lost.": one record starting on the
    # first line (read as two: the first line alone as "other", the second as rejected)
    body = ("Councillor Jessop moved a lower precept. On being put to the vote, the\n"
            "motion was lost.")
    assert decision_rows(BUDGET_MEETING.format(body=body), tmp_path) == [
        APPROVED[0],
        ("On being put to the vote, the motion was lost.", "rejected"),
        APPROVED[1],
    ]

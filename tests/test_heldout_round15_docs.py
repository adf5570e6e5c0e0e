"""Regression tests for round 15's document misses: packs not split (minutes headed "Minute of
Meeting" over their date, or "MINUTES - Public"; a report under a bold "Item: 5.1." stamp; a
report whose header labels are "Meeting(s):", "Reference Number:", "Author / Job Title:"), an
agenda without the word "Agenda" (its table's "Report No." column) classed as nothing, a
sub-item "5.1." read as item 5, minutes labelled "Min. Ref. 31/26", a "Noted:" label's decision
and a report's "Decisions / Action required" asks missed. Each runs on small generated papers,
not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decisions_in,
    documents_of,
    minutes_of,
    numbers,
    pack_documents,
    pdf_agenda_items,
    rendered,
    source_lines,
)
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

BOARD_AGENDA = """## Ardvane Integration Joint Board
Notice of Meeting
A meeting of the Integration Joint Board will be held in the Board Room, Ardvane House, on \
Tuesday, 9 March 2027 at 10:00.
^^ A G E N D A
|- Item | Title | Paper |
| 1. | Apologies | Verbal |
| 2. | Minute of Previous Meeting | A |
| 3. | Finance and Performance | |
| 3.1. | Budget Monitoring Report - Month 10 of the Financial Year 2026/27 | B |
| 3.2. | Workforce Plan | C |
| 4. | Date of Next Meeting | Verbal |
--- page ---
"""

BOARD_MINUTES = """** Ardvane Integration Joint Board
** Minute of Meeting
Tuesday, 12 January 2027, 10:00.
Board Room, Ardvane House.
Present:	Councillor Ruth Baird (Chair), Colin Neish, Councillor Amy Shaw.
** 1. Apologies
There were no apologies.
** 2. Budget Monitoring
After consideration of a report by the Chief Finance Officer, the Joint Board:
Noted:
2.1. That the Joint Board was forecasting an underspend of £310,000 on delegated services.
Resolved:
2.2. That the Chief Officer should report on reserves to the next meeting of the Joint Board.
--- page ---
"""

BOARD_REPORT = """** Item: 3.2.
!! Workforce Plan
Integration Joint Board
Date of Meeting:	9 March 2027.
Subject:	Workforce Plan.
** 1. Recommendations
The Integration Joint Board is invited to:
1.1. Approve the Workforce Plan for 2027 to 2030 attached as Appendix 1.
"""


def test_regression_minute_of_meeting_and_item_stamp_split_a_board_pack(tmp_path: Path) -> None:
    # "Minute of Meeting" in heading type no larger than the agenda's heading, its date and
    # "Present:" under it, starts the minutes; a bold "Item: 3.2." over the paper's larger
    # title is the publisher's stamp over the next paper
    assert pack_documents(BOARD_AGENDA + BOARD_MINUTES + BOARD_REPORT, tmp_path) == [
        ("agenda", "2027-03-09", "Ardvane Integration Joint Board"),
        ("minutes", "2027-01-12", "Ardvane Integration Joint Board"),
        ("report", "2027-03-09", "Integration Joint Board"),
    ]


def test_regression_sub_item_ref_closed_by_a_stop_is_its_own_item(tmp_path: Path) -> None:
    # "3.1." with its title's cell wrapped round it was item 3 titled "1. B"
    assert pdf_agenda_items(BOARD_AGENDA, tmp_path) == [
        ("1", "Apologies"),
        ("2", "Minute of Previous Meeting"),
        ("3", "Finance and Performance"),
        ("3.1", "Budget Monitoring Report - Month 10 of the Financial Year 2026/27"),
        ("3.2", "Workforce Plan"),
        ("4", "Date of Next Meeting"),
    ]


def test_regression_noted_label_anchors_what_was_noted(tmp_path: Path) -> None:
    # "Noted:" over a numbered paragraph is a decision beside "Resolved:"'s; and "The Joint
    # Board:" over "Noted:" is no decision of its own
    records = minutes_of(source_lines(
        "MINUTE OF MEETING of the Ardvane Integration Joint Board held on 12 January 2027",
        "Present: Councillor Ruth Baird (Chair), Colin Neish",
        "1. Budget Monitoring",
        "After consideration of a report by the Chief Finance Officer, the Joint Board:",
        "Noted:",
        "1.1. That the Joint Board was forecasting an underspend of £310,000.",
        "Resolved:",
        "1.2. That the Chief Officer should report on reserves to the next meeting.",
        "2. Inspection of Adult Services",
        "The Joint Board:",
        "Noted:",
        "2.1. The findings of the inspection of adult services published on 2 December 2026.",
    ), tmp_path)
    assert [d.decision_text for d in decisions_in(records)] == [
        "Noted: 1.1. That the Joint Board was forecasting an underspend of £310,000.",
        "Resolved: 1.2. That the Chief Officer should report on reserves to the next meeting.",
        "Noted: 2.1. The findings of the inspection of adult services published on 2 December"
        " 2026.",
    ]


HARBOUR_PACK = """## Vementry Islands Council
!! Ferries Board
Meeting:	Ferries Board
Date:	Tuesday 2 February 2027 at 10am
Place:	Council Chamber, Town Hall, Baltasound
** Business
|% 10 70 20
| No. | Item | Report No. |
| 1 | Apologies for absence | |
| 2 | Confirm minutes of meeting held on 10 November 2026 | enclosed |
| 3 | Ferry Terminal Dredging: Award of Contract | FB-03-27 |
--- page ---
** Vementry Islands Council
** MINUTES - Public
Ferries Board
Council Chamber, Town Hall, Baltasound
Tuesday 10 November 2026 at 10am
Present:	Cllr A Tulloch, Cllr B Irvine, Mr C Ratter
** Min. Ref. 21/26  Declarations of Interest
None.
** Min. Ref. 22/26  Linkspan Repairs
Decision:
The Ferries Board RESOLVED to accept the tender from Yell Sound Marine Ltd in the sum of £208,400.
--- page ---
!! Ferry Terminal Dredging: Award of Contract
Meeting(s):	Ferries Board, 2 February 2027
Reference Number:	FB-03-27
Author / Job Title:	Ruth Johnson, Harbourmaster
** 1.0 Decisions / Action required:
1.1 That the Ferries Board RESOLVES to award the contract for maintenance dredging at the \
ferry terminals to Unst Dredging Ltd for three years.
** 2.0 High Level Summary:
2.1 Two compliant tenders were received for the maintenance dredging contract.
"""


def test_regression_harbour_pack_of_business_minutes_public_and_labelled_report(
        tmp_path: Path) -> None:
    # an agenda headed "Business" over a table whose last column is "Report No."; minutes
    # headed "MINUTES - Public"; a report whose header labels are "Meeting(s):", "Reference
    # Number:", "Author / Job Title:", asking "That the Ferries Board RESOLVES"
    assert pack_documents(HARBOUR_PACK, tmp_path) == [
        ("agenda", "2027-02-02", "Ferries Board"),
        ("minutes", "2026-11-10", "Ferries Board"),
        ("report", "2027-02-02", "Ferries Board"),
    ]


def test_regression_min_ref_labels_a_minute(tmp_path: Path) -> None:
    records = minutes_of(source_lines(
        "MINUTES of a meeting of the Ferries Board held on 10 November 2026",
        "Present: Cllr A Tulloch, Cllr B Irvine",
        "Min. Ref. 21/26  Declarations of Interest",
        "None.",
        "Min. Ref. 22/26  Linkspan Repairs",
        "The Ferries Board RESOLVED to accept the tender from Yell Sound Marine Ltd.",
    ), tmp_path)
    assert numbers(records) == [("21/26", "Declarations of Interest"),
                                ("22/26", "Linkspan Repairs")]


def test_regression_decisions_action_required_heads_a_reports_asks(tmp_path: Path) -> None:
    result = process_file(str(rendered(HARBOUR_PACK, tmp_path, "pack")))
    asks = [d.decision_text for d in result.records
            if isinstance(d, Decision) and d.source == "report"]
    assert len(asks) == 1 and "award the contract for maintenance dredging" in asks[0]


def test_regression_minute_of_meeting_held_without_article_starts_the_minutes(
        tmp_path: Path) -> None:
    pack = BOARD_AGENDA + source_lines(
        "** ARDVANE INTEGRATION JOINT BOARD",
        "** AUDIT AND RISK COMMITTEE",
        "Minute of Meeting held on Tuesday 14th December 2026 at 10:30 am, Boardroom, Ardvane"
        " House",
        "Present:\tCllr Ruth Baird (Chair), Colin Neish, Cllr Amy Shaw",
        "** 1. APOLOGIES",
        "There were no apologies.",
        "** 2. INTERNAL AUDIT PLAN",
        "The Committee approved the Internal Audit Plan 2027/28.",
    )
    assert [d[:2] for d in pack_documents(pack, tmp_path)] == [
        ("agenda", "2027-03-09"), ("minutes", "2026-12-14")]


def test_regression_attendees_heading_and_date_label_under_the_board_meeting(
        tmp_path: Path) -> None:
    # "Attendees" over the list says who attended, as "Present:" does; the "Date:" line under
    # "Minutes of the Board Meeting" is no part of the body's name, the masthead's board is
    paper = source_lines(
        "## Tamar Vale Safeguarding Adults Board",
        "!! Minutes of the Board Meeting",
        "<> Date: Tuesday 7 December 2027, 10.00am || Venue: Meeting Room 4, Elm House",
        "** Attendees",
        "Jan Ferris, Independent Chair (JF); Owen Tre, Director of Adult Social Services (OT)",
        "** 1. Welcome and apologies",
        "The Chair welcomed members and noted that the meeting was quorate.",
        "** 2. Annual Report 2026/27",
        "Decision: The Board approved the Annual Report 2026/27.",
    )
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2027-12-07", "Tamar Vale Safeguarding Adults Board")]

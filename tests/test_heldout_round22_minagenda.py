"""Regression tests for held-out round 22's misses in minutes and agenda items (and the
decisions read from those minutes). Each on a small paper written here in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, numbers, rendered
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.models import AgendaItem, Decision
from kcc_papers.pipeline import process_file

# ------------------- the business after the last minute minuted in lettered parts of one number

TRAILING_PARTS = """## Ashcombe Council
** MINUTES OF THE EXECUTIVE
Held on Monday, 8 November 2027 at 4.00 p.m. in Committee Room A
Present:	Councillor T. Abernethy (Leader) in the Chair; Councillors B. Quaye, J. Lindgren
** Minute 101 - Apologies for Absence
Apologies for absence were received from Councillor Holroyd.
** Minute 102 - Minutes
RESOLVED - That the minutes of the meeting held on 11 October 2027 be approved.
** Minute 103(a) - Libraries Strategy 2027-2032
RESOLVED - That the Libraries Strategy 2027-2032 be approved.
** Minute 103(b) - Household Support Fund Round 7
RESOLVED - That the allocation of the Household Support Fund be agreed.
** Minute 103(c) - Empty Homes Premium
RESOLVED - That the empty homes premium be applied from 1 April 2028.
"""


def test_lettered_parts_after_last_minute_read_as_its_text(tmp_path: Path) -> None:
    # the lettered parts of the number after the chain's last minute were looked for only
    # where a later minute followed ("43", then "45"): none did, so all went into minute
    # 102's text; and "103(a) - Title" (a dash after the letter) was no part's heading
    assert numbers(process_file(str(rendered(TRAILING_PARTS, tmp_path))).records) == [
        ("101", "Apologies for Absence"), ("102", "Minutes"),
        ("103(a)", "Libraries Strategy 2027-2032"), ("103(b)", "Household Support Fund Round 7"),
        ("103(c)", "Empty Homes Premium")]


# ------------------------------- minutes as a table, the number and title in the item's cell

def _decided(path: Path) -> list[tuple[str | None, str]]:
    return [(d.outcome, d.decision_text) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


ITEM_DISCUSSION_OUTCOME = """## ASHCOMBE DISTRICT COUNCIL
** MINUTES OF THE CABINET
Held on Tuesday 09/02/2027 at 6.30 pm in the Council Chamber
Present:	Councillor M Oakshott (Leader) (in the Chair); Councillors D Raghunathan and H Blencowe
|% 27 48 25
|# Item | Discussion | Outcome |
| 61. Apologies for Absence | Apologies were received from Councillor C Fairlie. | - |
| 62. Minutes | The minutes of the meeting held on 12/01/2027 were considered. | RESOLVED that the minutes of the meeting held on 12/01/2027 be approved as a correct record. |
| 63. Quarter 3 Performance Report 2026/27 | The Leader drew attention to the three indicators rated red. | RESOLVED that the Quarter 3 performance report be noted. |
| 64. Exclusion of the Press and Public | There were no exempt items. | - |
The meeting closed at 7.52 pm.
"""  # noqa: E501


def test_item_cell_holding_number_and_title_read_as_minutes(tmp_path: Path) -> None:
    # the item's cell "61. Apologies for Absence" was no number cell: the table was no
    # table of minutes, and each row's cells ran together on its lines ("RESOLVED that the
    # minutes ... The minutes of the meeting held")
    path = rendered(ITEM_DISCUSSION_OUTCOME, tmp_path)
    assert numbers(process_file(str(path)).records) == [
        ("61", "Apologies for Absence"), ("62", "Minutes"),
        ("63", "Quarter 3 Performance Report 2026/27"),
        ("64", "Exclusion of the Press and Public")]
    assert _decided(path) == [
        ("approved", "RESOLVED that the minutes of the meeting held on 12/01/2027 be approved "
                     "as a correct record."),
        ("noted", "RESOLVED that the Quarter 3 performance report be noted.")]


MINUTE_RESOLUTION = """%% font serif
## ASHCOMBE BOROUGH COUNCIL
** PLANNING POLICY COMMITTEE
Minutes of the meeting held on Wednesday 14th April 2027 at 7.00 pm
Present: Councillor L Ormerod (Chairman); Councillors A Qadir, T Brindle and S Haworth
|% 38 62
| Minute | Resolution |
| **Minute 10** Apologies for Absence | Apologies were received from Councillor Sowerby. |
| **Minute 11(a)** Minutes of the Meeting held on 10th February 2027 | RESOLVED: That the minutes of the meeting held on 10th February 2027 be approved as a correct record. |
| **Minute 11(b)** Matters Arising | The Planning Policy Manager confirmed that the Statement had been published. |
| **Minute 12** Article 4 Direction: Houses in Multiple Occupation, Trinity Ward | RESOLVED: That the proposal to make an Article 4 Direction for Trinity Ward be deferred until the housing needs evidence is reported. |
The meeting ended at 8.41 pm.
"""  # noqa: E501


def test_minute_resolution_table_read_as_minutes(tmp_path: Path) -> None:
    # "Minute | Resolution" was no header of a table of minutes, and the labelled, lettered
    # number in the left cell no number cell: the two cells ran together on each line
    path = rendered(MINUTE_RESOLUTION, tmp_path)
    assert numbers(process_file(str(path)).records) == [
        ("10", "Apologies for Absence"),
        ("11(a)", "Minutes of the Meeting held on 10th February 2027"),
        ("11(b)", "Matters Arising"),
        ("12", "Article 4 Direction: Houses in Multiple Occupation, Trinity Ward")]
    assert _decided(path) == [
        ("approved", "RESOLVED: That the minutes of the meeting held on 10th February 2027 be "
                     "approved as a correct record."),
        ("deferred", "RESOLVED: That the proposal to make an Article 4 Direction for Trinity "
                     "Ward be deferred until the housing needs evidence is reported.")]


# ----------------------------------------- headings set in capitals: "MINUTE 38 - APOLOGIES"

CAPITAL_LABELS = """%% font serif
## Ashcombe Fire and Rescue Authority
!! MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027
Present:	Councillors Salcombe (Chair), Doughty, Rackham and Quenby
!! MINUTE 38 - APOLOGIES FOR ABSENCE
Apologies were received from Councillor Pellow.
!! MINUTE 39 - MINUTES
RESOLVED: That the minutes of the meeting held on 5th October 2027 be signed as a correct record.
!! MINUTE 40 - ROAD SAFETY PARTNERSHIP FUNDING
The Committee considered a request from the Road Safety Partnership for a contribution.
RESOLVED: That the request be deferred until the evaluation of the programme is received.
Chair ........................................
"""


def test_minute_label_in_capitals_read_as_heading(tmp_path: Path) -> None:
    # the label was read in its own case only ("Minute 38"): "MINUTE 38 - ..." was no
    # heading, and no minute was read
    path = rendered(CAPITAL_LABELS, tmp_path)
    assert numbers(process_file(str(path)).records) == [
        ("38", "APOLOGIES FOR ABSENCE"), ("39", "MINUTES"),
        ("40", "ROAD SAFETY PARTNERSHIP FUNDING")]
    assert _decided(path) == [
        ("approved", "RESOLVED: That the minutes of the meeting held on 5th October 2027 be "
                     "signed as a correct record."),
        ("deferred", "RESOLVED: That the request be deferred until the evaluation of the "
                     "programme is received.")]


# ----------------------- a table of business whose last column says where each report is

def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


REPORT_COLUMN_UNNAMED_TITLES = """## ASHCOMBE COUNTY COUNCIL
** AUDIT AND GOVERNANCE COMMITTEE
A meeting of the Audit and Governance Committee will be held at County Hall, Ashcombe, on Tuesday 28th September 2010 at 10.00 a.m.
Members of the Committee: County Councillor Mrs. M. Pettigrew (Chairman), County Councillors F. Aspinall and W. Lambourne
** BUSINESS
|- Item | | Report |
| 1. | Apologies for absence | |
| 2. | Minutes of the meeting held on 29th June 2010 | Attached |
| 3. | Statement of Accounts 2009/10 | Attached |
| 4. | Internal Audit Progress Report | To follow |
Head of Democratic Services, County Hall, Ashcombe. 16th September 2010
"""  # noqa: E501

REPORT_COLUMN_ZEBRA = """## ASHCOMBE VALE DISTRICT COUNCIL
** THE EXECUTIVE
Thursday, 13 September 2012 at 5.30 p.m. in the Council Chamber, The Old Grammar School, Ashcombe
Members of the Executive: Councillor R. J. Penhaligon (Leader of the Council), Councillor C. Bellamy
|~ No. | Business | Report |
| 1 | Apologies for Absence | |
| 2 | Minutes of the Meeting held on 19th July 2012 | Pages 1 - 5 |
| 3 | Acceptance of Tender - Ashcombe Leisure Centre Refurbishment | Pages 6 - 10 |
| 4 | Urgent Business | |
Julian Trethewey, Chief Executive
"""


def test_table_of_business_with_report_column_read_as_agenda(tmp_path: Path) -> None:
    # "Item | | Report" and "No. | Business | Report" were no agenda's table header (a
    # report's column named only by its number or its presenter): the notice, with no
    # "Agenda" heading, was read as another kind of paper and its items not at all
    assert _agenda(rendered(REPORT_COLUMN_UNNAMED_TITLES, tmp_path)) == [
        ("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 29th June 2010"),
        ("3", "Statement of Accounts 2009/10"), ("4", "Internal Audit Progress Report")]
    assert _agenda(rendered(REPORT_COLUMN_ZEBRA, tmp_path)) == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Meeting held on 19th July 2012"),
        ("3", "Acceptance of Tender - Ashcombe Leisure Centre Refurbishment"),
        ("4", "Urgent Business")]


# ------------------------------------------- notes of a members' briefing, noted item by item

BRIEFING_NOTES = """                        ASHCOMBE DISTRICT COUNCIL

                          ALL MEMBER BRIEFING

       NOTES of the informal All Member Briefing held in the Council
       Chamber, Ashcombe House, on Wednesday 18 November 2026 from 6.00 pm
       to 7.45 pm

Present:      Councillor Rhiannon Caddick (Leader) (chairing); Councillors
              Alvey, Bartram, Bunce and Cotterell

These notes are a summary of an informal briefing for members. No decisions were taken.

---------------------------------------------------------------------
1.  Welcome and purpose of the briefing
---------------------------------------------------------------------

The Leader welcomed members. The briefing was the second of three.

---------------------------------------------------------------------
2.  Spatial options
---------------------------------------------------------------------

The Senior Planning Officer presented the five options.

---------------------------------------------------------------------
3.  Next steps
---------------------------------------------------------------------

The third briefing will be held on Wednesday 6 January 2027 at 6.00 pm.
"""


def test_briefing_notes_read_as_minutes(tmp_path: Path) -> None:
    # "NOTES of the informal All Member Briefing held in ..." said nothing a paper's kind
    # was known by: the notes were read as no minutes, their items not at all
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING_NOTES)
    result = process_file(str(path))
    assert [(d.kind, str(d.meeting_date)) for d in result.documents] == [
        ("minutes", "2026-11-18")]
    assert numbers(result.records) == [
        ("1", "Welcome and purpose of the briefing"), ("2", "Spatial options"),
        ("3", "Next steps")]


# ----------------------------- minutes whose pages are bound out of order, their heading later

OUT_OF_ORDER_TEXT = """Ashcombe County Council          Children's Scrutiny Committee          14 March 2028

                                  A G E N D A

1.   Apologies
2.   Minutes of the Meeting held on 18 January 2028                        (Pages 3 - 4)
3.   Scrutiny Work Programme

                                                                          Page 1
\fAshcombe County Council          Children's Scrutiny Committee          14 March 2028

Minutes - 18 January 2028 (continued)

CYP/28/3   Scrutiny Work Programme

RESOLVED that the work programme be approved.

The meeting closed at 12.35 pm.

                                                                          Page 4
\fAshcombe County Council          Children's Scrutiny Committee          14 March 2028

                              ASHCOMBE COUNTY COUNCIL

                                  M I N U T E S

of a meeting of the Children's Scrutiny Committee held on
Tuesday, 18th January 2028 at County Offices, Ashcombe

PRESENT: Councillors Ashcombe (Chair), Calloway and Minshull

CYP/28/1   Apologies

Apologies were received from Councillor Latimer.

CYP/28/2   Minutes

RESOLVED that the minutes of the meeting held on 16th November 2027 be confirmed as a
correct record.

                                                                          Page 3
"""  # noqa: E501


def test_minutes_pages_out_of_order_read_whole(tmp_path: Path) -> None:
    # the letter-spaced "M I N U T E S" over "of a meeting of ..." headed nothing, and the
    # page saying "Minutes ... (continued)" before it went with the agenda: no minutes
    path = tmp_path / "pack.txt"
    path.write_text(OUT_OF_ORDER_TEXT)
    result = process_file(str(path))
    assert [(d.kind, str(d.meeting_date)) for d in result.documents if d.kind == "minutes"] == [
        ("minutes", "2028-01-18")]
    assert numbers(result.records) == [
        ("CYP/28/1", "Apologies"), ("CYP/28/2", "Minutes"),
        ("CYP/28/3", "Scrutiny Work Programme")]
    assert [d.decision_text for d in decisions_in(result.records)] == [
        "RESOLVED that the minutes of the meeting held on 16th November 2027 be confirmed as "
        "a correct record.",
        "RESOLVED that the work programme be approved."]


OUT_OF_ORDER_PDF = """%% header Ashcombe County Council - Cabinet - 14 October 2027
%% footer Page {page}
## ASHCOMBE COUNTY COUNCIL
** CABINET
Date:	Thursday 14 October 2027
Time:	2.00 pm
Place:	The Council Chamber, Shire Hall, Ashcombe
^^ AGENDA
|- Item | Title | Pages |
| 1 | Apologies for Absence | |
| 2 | Minutes of the meeting held on 16 September 2027 | 3 - 6 |
--- page ---
Minutes, Cabinet 16 September 2027 - continued
** CAB/27/60 Highway Tree Management Policy
RESOLVED that the revised Highway Tree Management Policy be adopted.
** CAB/27/61 Officer Attendance at the Ironbridge Offices
RESOLVED that the proposal to close the Ironbridge Offices on Fridays be not approved.
The meeting closed at 3.48 pm.
--- page ---
## ASHCOMBE COUNTY COUNCIL
^^ MINUTES
of the meeting of the Cabinet held on Thursday 16th September 2027 at Shire Hall, Ashcombe
Present:	Councillor Beatrix Oakenshaw (Leader, in the Chair); Councillors Fairfax and Kettleby
** CAB/27/57 Apologies for Absence
There were no apologies for absence.
** CAB/27/58 Declarations of Interest
None.
** CAB/27/59 Minutes
RESOLVED that the minutes of the meeting held on 22 July 2027 be approved as a correct record.
"""


def test_minutes_continued_page_before_heading_read_with_them(tmp_path: Path) -> None:
    # the page saying "Minutes ... - continued" before the minutes' own heading went with the
    # agenda: the minutes read from their heading lost the three minutes printed before it
    result = process_file(str(rendered(OUT_OF_ORDER_PDF, tmp_path)))
    assert numbers(result.records) == [
        ("CAB/27/57", "Apologies for Absence"), ("CAB/27/58", "Declarations of Interest"),
        ("CAB/27/59", "Minutes"), ("CAB/27/60", "Highway Tree Management Policy"),
        ("CAB/27/61", "Officer Attendance at the Ironbridge Offices")]
    assert [d.decision_text for d in decisions_in(result.records)] == [
        "RESOLVED that the minutes of the meeting held on 22 July 2027 be approved as a correct "
        "record.",
        "RESOLVED that the revised Highway Tree Management Policy be adopted.",
        "RESOLVED that the proposal to close the Ironbridge Offices on Fridays be not approved."]


def test_meeting_held_in_capitals_read_as_no_committee() -> None:
    # "MINUTES OF THE MEETING HELD ON ..." named a committee "Meeting Held": the heading's
    # "held" was parted from the body's name in small letters only
    heading = minutes_heading(["MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027",
                               "Present: Councillors Salcombe (Chair), Doughty and Rackham"])
    assert (heading.committee, str(heading.meeting_date)) == (None, "2027-12-07")

"""Regression tests for round 20's document misses (each document's kind, meeting date and
committee): an annual parish meeting's notice and its chairman's report, an agenda's masthead
repeating the pack's running head, capitals minutes headings run on into the venue, a
bilingual minutes' title over its held-sentence, an extraordinary meeting "OF THE EXECUTIVE",
a ModernGov item page before its meeting, a numbered supplementary agenda with its update
sheet, a body's name with a word in brackets, two meetings of one evening in one pack. Each
runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents

# ----------------------------------------------- an annual parish meeting and its chairman

PARISH_MEETING_NOTICE = """%% header Upper Wendle Parish Council
%% footer Annual Parish Meeting 2027
## ANNUAL PARISH MEETING
To all local government electors of the parish of Upper Wendle: the Annual Parish Meeting \
will be held in Upper Wendle Memorial Hall on Thursday 13 May 2027 at 7.00pm. All are welcome.
Cllr Peter Haverstock, Chairman of the Parish Council, 20 April 2027
** AGENDA
1. Welcome by the Chairman
2. Apologies
3. Chairman's report on the Parish Council's year
4. Open forum for residents
"""


def test_annual_parish_meeting_notice_read_as_a_signatory(tmp_path: Path) -> None:
    # "the Annual Parish Meeting will be held in ... on <date>" names the electors' meeting:
    # before, the signature line under it ("Cllr ..., Chairman of the Parish Council, <date>")
    # was read as the agenda's body
    assert pack_documents(PARISH_MEETING_NOTICE, tmp_path) == [
        ("agenda", "2027-05-13", "Annual Parish Meeting")]


CHAIRMANS_REPORT = PARISH_MEETING_NOTICE + """--- page ---
** UPPER WENDLE ANNUAL PARISH MEETING
** Notes of the meeting held on Wednesday 14th May 2026 at 7.00pm in the Memorial Hall
In the chair: Cllr P Haverstock (Chairman of the Parish Council)
Present: Cllrs A Lodge and F Marr; Mrs J Oddie (Clerk); 22 residents.
** 1. Welcome
The Chairman welcomed residents.
** 2. Open forum
Residents raised speeding on Church Lane. The meeting ended at 8.40pm.
--- page ---
** CHAIRMAN'S ANNUAL REPORT 2026/27
Presented to the Annual Parish Meeting, 13 May 2027
This year the Parish Council met ten times and commented on 19 planning applications.
-- The new bus shelter at Wendle Green was installed in March.
-- The precept for 2027/28 is £9,800.
I thank the Clerk and all the volunteers of the parish.
Peter Haverstock, Chairman
"""


def test_chairmans_report_presented_to_the_meeting_not_split_off(tmp_path: Path) -> None:
    # A titled page "Presented to the Annual Parish Meeting, <date>" is a report of its own,
    # presented to that meeting: before, it was part of the agenda (no report head seen) and,
    # split off, read as no paper ("other")
    meeting = "Annual Parish Meeting"
    assert pack_documents(CHAIRMANS_REPORT, tmp_path) == [
        ("agenda", "2027-05-13", meeting), ("minutes", "2026-05-14", meeting),
        ("report", "2027-05-13", meeting)]


# ------------------------------------- an agenda's masthead repeating the pack's running head

BOARD_PACK = """%% header Eastmere Health and Wellbeing Board
%% footer 9th March 2027 | Page {page} of {pages}
## Eastmere Health and Wellbeing Board
** Tuesday 9th March 2027, 2.00pm
Venue:	Council Chamber, Eastmere Civic Centre
Chair:	Councillor Joan Pike, Cabinet Member for Adult Social Care
Vice-Chair:	Dr Omar Fenwick-Hartley, Eastmere Place Partnership, Integrated Care Board
** AGENDA
1. Apologies and substitutions
2. Declarations of interest
3. Minutes of the previous meeting held on 8th December 2026
4. Joint Health and Wellbeing Strategy: annual review
--- page ---
## Eastmere Health and Wellbeing Board
** Minutes of the meeting held on Tuesday 8th December 2026 at Eastmere Civic Centre
Present:	Councillor Joan Pike (Chair), Dr Omar Fenwick (Vice-Chair), Councillor Lee Rudd
** HWB.21 Declarations of interest
None were declared.
** HWB.22 Pharmaceutical Needs Assessment
The Board AGREED to publish the Pharmaceutical Needs Assessment.
"""


def test_agenda_masthead_under_same_running_head_read_from_vice_chair(tmp_path: Path) -> None:
    # The masthead prints the board's name that the running head over the page repeats:
    # before, both were left out as running head, and the "Vice-Chair:" line's "Integrated
    # Care Board" (its last words wrapped onto a line of their own) was read as the body
    board = "Eastmere Health and Wellbeing Board"
    assert pack_documents(BOARD_PACK, tmp_path) == [
        ("agenda", "2027-03-09", board), ("minutes", "2026-12-08", board)]


# -------------------------------------- a capitals minutes heading over its venue's line

CAPITALS_MINUTES = """## GLENFARRAN COUNCIL
** MINUTE OF MEETING OF THE HOUSING, COMMUNITIES AND LEISURE COMMITTEE
Council Chambers, Municipal Buildings, Glenfarran, 16 June 2027, 10.00 am
Present: Councillor Fiona Ross (Convener); Councillors Ewan Blair, Moira Craig and Iain Dow
** 1. DECLARATIONS OF INTEREST
No declarations of interest were made.
** 2. HOUSING ALLOCATIONS POLICY
Decision
The Committee approved the revised Housing Allocations Policy.
"""


def test_capitals_minutes_heading_run_on_into_venue(tmp_path: Path) -> None:
    # The name in capitals ends where the venue's line, in mixed case, begins: before,
    # "Council Chambers" was read as part of the committee's name
    assert pack_documents(CAPITALS_MINUTES, tmp_path) == [
        ("minutes", "2027-06-16", "Housing, Communities and Leisure Committee")]


# ----------------------------- a bilingual minutes' title over the sentence saying when held

BILINGUAL_PACK = """%% header Cyngor Sir Penwern | Penwern County Council
%% footer Cabinet / Cabinet - 14th September 2027 - Tudalen / Page {page}
## Cabinet / Cabinet
** Agenda / Agenda
Dyddiad / Date:	Tuesday, 14th September 2027
Amser / Time:	10.00 am
Lleoliad / Venue:	Siambr y Cyngor / Council Chamber, County Hall
1. Ymddiheuriadau / Apologies for Absence
2. Datgan Buddiant / Declarations of Interest
3. Cofnodion / Minutes of the meeting held on 20th July 2027
--- page ---
## CYNGOR SIR PENWERN / PENWERN COUNTY COUNCIL
^^ COFNODION / MINUTES
Minutes of the meeting of Cabinet held in the Council Chamber, County Hall, Aberpenwern on \
Tuesday, 20th July 2027 at 10.00 am
PRESENT: Councillor Rhian Morgan (Leader) (Chair); Councillors Dewi Evans, Lowri Hughes
** CAB 21. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Gareth Price.
** CAB 22. DECLARATIONS OF INTEREST
None.
"""


def test_minutes_title_over_held_sentence_read_as_moderngov_page(tmp_path: Path) -> None:
    # "COFNODION / MINUTES" over the sentence "Minutes of the meeting of Cabinet held in ...
    # on Tuesday," wrapped before its date is the minutes' own heading: before, it was taken
    # for a ModernGov page's "Minutes" heading over its meeting's line, and the pack's running
    # foot's date (the next meeting's) was the minutes' date
    assert pack_documents(BILINGUAL_PACK, tmp_path) == [
        ("agenda", "2027-09-14", "Cabinet"), ("minutes", "2027-07-20", "Cabinet")]


# ---------------------------------------------- an extraordinary meeting of the Executive

EXTRAORDINARY_EXECUTIVE = """%% header Brackenfold District Council
## BRACKENFOLD DISTRICT COUNCIL
!! EXTRAORDINARY MEETING OF THE EXECUTIVE
NOTICE IS HEREBY GIVEN that an extraordinary meeting of the Executive has been called by the \
Leader of the Council and will be held on:
Date:	15/11/2027
Time:	5.00 pm
Place:	Meeting Room 2, Brackenfold House
** AGENDA
** 1. Apologies for absence
** 2. Declarations of interest
** 3. Leisure Centre Roof Replacement - Award of Contract
"""


def test_meeting_of_the_executive_masthead_names_no_body(tmp_path: Path) -> None:
    # "EXTRAORDINARY MEETING OF THE EXECUTIVE" names the body after its words, as "Meeting:
    # Executive" would: before, the agenda had no committee
    assert pack_documents(EXTRAORDINARY_EXECUTIVE, tmp_path) == [
        ("agenda", "2027-11-15", "Executive")]


# ----------------------------------------- a ModernGov agenda item's page before its meeting

ITEM_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Agenda item - Allotment Strategy | Harlbury Council</title></head>
<body>
<header><a href="https://democracy.harlbury.example.gov.uk/">Harlbury Council</a></header>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda item</h1>
<h2 class="mgSubTitleTxt">Allotment Strategy 2027-2032</h2>
<p><b>Meeting:</b> 12/10/2027 - Place Committee (Item 7)</p>
<div class="mgWordPara">
<p><b>Report of:</b> Director of Place</p>
<h3>1. Purpose of Report</h3>
<p>1.1 To seek the Committee's approval of the Allotment Strategy 2027-2032.</p>
<h3>2. Recommendations</h3>
<p>2.1 That the Committee approves the Allotment Strategy 2027-2032.</p>
<h3>3. Background</h3>
<p>3.1 The Council manages 14 allotment sites with 610 plots and a waiting list of 420.</p>
</div></div></div>
</body></html>
"""


def test_moderngov_item_page_before_its_meeting_read_as_decision(tmp_path: Path) -> None:
    # An "Agenda item" page printing no "Minutes:" or "Decision:" yet is the item's report:
    # before, every item page was read as the item's decision
    page = tmp_path / "item.html"
    page.write_text(ITEM_PAGE, encoding="utf-8")
    assert documents_of(page) == [("report", "2027-10-12", "Place Committee")]


# ------------------------------------- a numbered supplementary agenda with its update sheet

SUPPLEMENTARY_AGENDA = """%% header Marshby District Council | Planning Committee | 9th June 2027
%% footer Supplementary Agenda No. 2 - Page {page} of {pages}
## MARSHBY DISTRICT COUNCIL
!! PLANNING COMMITTEE
** SUPPLEMENTARY AGENDA No. 2
Date:	Wednesday 9th June 2027
Time:	6.00 pm
Venue:	Council Chamber, Marshby House
Please find attached the following item, which was not available when the agenda was \
published.
|- Item | Subject | Pages |
| 6. | Update Sheet: late representations on Item 5 | 2 |
--- page ---
## PLANNING COMMITTEE - 9th JUNE 2027
!! UPDATE SHEET
** Late representations received after the publication of the agenda
This sheet is published on the day of the meeting and should be read with the reports.
** Item 5 - 27/00412/FUL - Erection of 12 dwellings, land east of Mill Lane
-- Additional representations: two further letters of objection received.
-- Officer recommendation unchanged.
"""


def test_numbered_supplementary_agenda_heading_unseen(tmp_path: Path) -> None:
    # "SUPPLEMENTARY AGENDA No. 2" heads an agenda, so the update sheet tabled after it is a
    # paper of its own: before, the numbered heading was not seen and the sheet ran into it
    committee = "Planning Committee"
    assert pack_documents(SUPPLEMENTARY_AGENDA, tmp_path) == [
        ("agenda", "2027-06-09", committee), ("report", "2027-06-09", committee)]


# ------------------------------------------------------- a body's name with a word in brackets

BRACKETED_NAME_PACK = """%% header Redwick Borough Council
## REDWICK BOROUGH COUNCIL
!! CABINET
** Tuesday 12 October 2027 at 6.00 pm
** Committee Room 1, Redwick Town Hall
** AGENDA
1. Apologies for absence
2. Allotment Rents 2028/29
--- page ---
** Cabinet (Estates) Sub-Committee - 12 October 2027
** Agenda Item 2
!! Allotment Rents 2028/29
Report of:	Head of Estates
** 1. Recommendation
1.1 That the Sub-Committee agrees allotment rents for 2028/29 of £48 a full plot.
** 2. Background
2.1 Rents were last raised in 2025.
"""


def test_bracketed_word_in_body_name_read_as_no_name(tmp_path: Path) -> None:
    # "Cabinet (Estates) Sub-Committee - 12 October 2027" heads the report: the word in
    # brackets is one of the name's; before, the line was no masthead name and the report
    # took the pack's Cabinet
    assert pack_documents(BRACKETED_NAME_PACK, tmp_path) == [
        ("agenda", "2027-10-12", "Cabinet"),
        ("report", "2027-10-12", "Cabinet (Estates) Sub-Committee")]


# ------------------------------------ two meetings of one evening: two agendas, two minutes

TWO_MEETINGS_PACK = """%% header Redwick Borough Council
%% footer Cabinet and Cabinet (Estates) Sub-Committee, 12 October 2027 - Page {page}
## REDWICK BOROUGH COUNCIL
!! CABINET
** Tuesday 12 October 2027 at 6.00 pm
** Committee Room 1, Redwick Town Hall
Members: Councillors Anna Lowe (Leader), Ben Carey, Clare Mott and David Nash
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 14 September 2027
3. Revenue Budget Monitoring 2027/28: Month 5
The Cabinet (Estates) Sub-Committee meets at the rise of this meeting. Its agenda follows.
--- page ---
## REDWICK BOROUGH COUNCIL
!! CABINET (ESTATES) SUB-COMMITTEE
** Tuesday 12 October 2027 at the rise of the Cabinet, but not before 7.00 pm
** Committee Room 1, Redwick Town Hall
Members: Councillors Ben Carey (Chair) and Clare Mott
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 14 September 2027
3. Allotment Rents 2028/29
--- page ---
** REDWICK BOROUGH COUNCIL
** MINUTES OF THE CABINET
Tuesday 14 September 2027 at 6.00 pm, Committee Room 1, Redwick Town Hall
Present: Councillor A Lowe (Leader, in the Chair); Councillors B Carey, C Mott and D Nash
** CAB/27/31 Apologies for absence
There were no apologies.
** CAB/27/32 Minutes
RESOLVED: That the minutes of the meeting held on 10 August 2027 be confirmed.
The meeting closed at 6.40 pm.
** REDWICK BOROUGH COUNCIL
** MINUTES OF THE CABINET (ESTATES) SUB-COMMITTEE
Tuesday 14 September 2027 at 7.00 pm, Committee Room 1, Redwick Town Hall
Present: Councillor B Carey (Chair); Councillor C Mott
** CES/27/09 Apologies for absence
None.
** CES/27/10 Garage Rents
RESOLVED: That garage rents be increased by 5% from 1 April 2028.
The meeting closed at 7.25 pm.
"""


def test_second_meetings_agenda_read_as_the_first_agenda_going_on(tmp_path: Path) -> None:
    # The sub-committee's agenda on the next page under a masthead of its own is another
    # meeting's agenda: before, its "AGENDA" heading was read as the Cabinet's agenda going on
    cabinet, sub = "Cabinet", "Cabinet (Estates) Sub-Committee"
    assert pack_documents(TWO_MEETINGS_PACK, tmp_path) == [
        ("agenda", "2027-10-12", cabinet), ("agenda", "2027-10-12", sub),
        ("minutes", "2027-09-14", cabinet), ("minutes", "2027-09-14", sub)]


TWO_MINUTES = TWO_MEETINGS_PACK[TWO_MEETINGS_PACK.rindex("--- page ---\n") + len("--- page ---\n"):]


def test_second_meetings_minutes_after_closing_line_read_as_the_firsts(tmp_path: Path) -> None:
    # The sub-committee's minutes headed down the page under the Cabinet's "The meeting closed
    # at 6.40 pm" are minutes of their own: before, they ran on as the Cabinet's
    assert pack_documents(TWO_MINUTES, tmp_path) == [
        ("minutes", "2027-09-14", "Cabinet"),
        ("minutes", "2027-09-14", "Cabinet (Estates) Sub-Committee")]


CONTINUED_AGENDA = """%% header Redwick Borough Council
## REDWICK BOROUGH COUNCIL
!! OVERVIEW AND SCRUTINY COMMITTEE
** Monday 6th December 2027 at 7.00 pm
** Committee Rooms 1 and 2, Redwick Town Hall
** AGENDA
1. Apologies for absence
2. Minutes of the previous meeting
3. Corporate Performance Report: Quarter 2
--- page ---
** REDWICK BOROUGH COUNCIL - OVERVIEW AND SCRUTINY COMMITTEE, 6 DECEMBER 2027
** AGENDA (continued)
4. Work programme
5. Any other business the Chair considers urgent
"""


def test_continued_agenda_under_its_own_masthead_split_off(tmp_path: Path) -> None:
    # "AGENDA (continued)" under a masthead line of its own on the next page is the same
    # agenda going on, not another meeting's (see the test above)
    assert pack_documents(CONTINUED_AGENDA, tmp_path) == [
        ("agenda", "2027-12-06", "Overview and Scrutiny Committee")]


PUBLISHER_HEAD_PACK = """%% header Ardley Wharf Development Corporation
%% footer Board meeting 14 December 2027 | Page {page} of {pages}
## Ardley Wharf Development Corporation
** Board
Meeting:	Board (public session)
Date:	Tuesday 14 December 2027, 10:00 - 12:30
Venue:	Board Room, Wharf House
** Agenda
1. Apologies
2. Minutes of the meeting held on 12 October 2027
--- page ---
## Ardley Wharf Development Corporation
** Board
** Minutes of the meeting held on Tuesday 12 October 2027
Present:	Sir Hugh Marr (Chair), Dame Ann Lytton
** BM/27/41 Apologies
None.
"""


def test_masthead_repeating_publishers_head_read_into_body_name(tmp_path: Path) -> None:
    # The running head repeated in the masthead names the publisher, no body: its "Board" is
    # the body, as the agenda prints it (not "Ardley Wharf Development Corporation Board")
    assert pack_documents(PUBLISHER_HEAD_PACK, tmp_path)[0] == ("agenda", "2027-12-14", "Board")

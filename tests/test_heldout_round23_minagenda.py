"""Regression tests for held-out round 23's misses in minutes and agenda items (and the
decisions read from those minutes). Each on a small paper written here in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


def _written(text: str, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# --------------------- a minute's heading in capitals broken by the margin right after a colon

COLON_AT_MARGIN = """## London Borough of Ashcombe
** MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD ON 14/09/2027 AT 7.30 PM
** OSC/27/33 MINUTES OF THE PREVIOUS MEETING
RESOLVED: That the minutes of the meeting held on 27/07/2027 be agreed as a correct record.
** OSC/27/34 CALL-IN: CABINET DECISION CAB/27/088 - LIBRARY SERVICE: CLOSURE OF FERNHILL READING ROOM
The Cabinet had decided on 31/08/2027 to close the reading room at Fernhill Library.
** OSC/27/35 CALL-IN: KEY DECISION KD/2027/041 - RESIDENTS' PARKING PERMIT CHARGES 2028
Following debate, the Committee resolved to take no further action.
"""  # noqa: E501


def test_heading_wrapped_after_its_colon_read_as_minute(tmp_path: Path) -> None:
    # the heading's first line ended on "LIBRARY SERVICE:": a title ending on its colon was
    # read as a label over text, and the minute was lost
    path = rendered(COLON_AT_MARGIN, tmp_path)
    assert numbers(process_file(str(path)).records) == [
        ("OSC/27/33", "MINUTES OF THE PREVIOUS MEETING"),
        ("OSC/27/34", "CALL-IN: CABINET DECISION CAB/27/088 - LIBRARY SERVICE: CLOSURE OF "
                      "FERNHILL READING ROOM"),
        ("OSC/27/35", "CALL-IN: KEY DECISION KD/2027/041 - RESIDENTS' PARKING PERMIT CHARGES "
                      "2028")]


# ------------------ a text agenda's title wrapped onto the line that holds its "(Verbal)" note

VERBAL_ON_WRAPPED_LINE = """ASHCOMBE COUNTY COUNCIL PENSION FUND

LOCAL PENSION BOARD

Wednesday 20th October 2027 at 10.00 am

                                 AGENDA

  1.   Apologies and substitutions

  2.   Minutes of the meeting held on 21st July 2027                 (Pages 3 - 6)

  3.   Pension Fund Committee - Feedback from the meeting of
       16th September 2027                                            (Verbal)

  4.   Board Work Plan 2027/28                                       (Pages 15 - 16)
"""


def test_title_wrapped_onto_its_verbal_note_read_whole(tmp_path: Path) -> None:
    # only a page range closed a wrapped title: the line holding "(Verbal)" in the pages
    # column was read as the item's description, its title cut at "the meeting of"
    path = _written(VERBAL_ON_WRAPPED_LINE, tmp_path, "board.txt")
    assert _agenda(path) == [
        ("1", "Apologies and substitutions"),
        ("2", "Minutes of the meeting held on 21st July 2027"),
        ("3", "Pension Fund Committee - Feedback from the meeting of 16th September 2027"),
        ("4", "Board Work Plan 2027/28")]


def test_description_ending_in_a_note_stays_apart(tmp_path: Path) -> None:
    # a note printed on with the words of a line under the title ("... (attached)") is no
    # note in the pages column: that line stays the item's description
    text = VERBAL_ON_WRAPPED_LINE.replace(
        "16th September 2027                                            (Verbal)",
        "Report of the Chair (attached)")
    path = _written(text, tmp_path, "board.txt")
    assert ("3", "Pension Fund Committee - Feedback from the meeting of") in _agenda(path)


# --------------------------- a text agenda's pages column printing its word: "pages 2 - 6"

PAGES_WORD_COLUMN = """                       HAVERLEY DISTRICT COUNCIL

                           MEETING OF COUNCIL

Date:    Thursday 20 April 2028
Time:    7.00 pm

                               A G E N D A

 1.  Apologies for absence

 2.  Minutes of the Budget Meeting of the Council held on
     24 February 2028                                            pages 2 - 6

 3.  Capital Programme 2028/29 - Wendlebury Crematorium
     Cremator Replacement                                        pages 7 - 8

 4.  Questions from Members (Council Procedure Rule 12)
"""


def test_pages_with_their_word_in_a_column_left_out_of_title(tmp_path: Path) -> None:
    # "pages 2 - 6" (no brackets) was read as the title's words
    path = _written(PAGES_WORD_COLUMN, tmp_path, "council.txt")
    items = [a for a in process_file(str(path)).records if isinstance(a, AgendaItem)]
    assert [(a.item_ref, a.title, a.page_from, a.page_to) for a in items] == [
        ("1", "Apologies for absence", None, None),
        ("2", "Minutes of the Budget Meeting of the Council held on 24 February 2028", 2, 6),
        ("3", "Capital Programme 2028/29 - Wendlebury Crematorium Cremator Replacement", 7, 8),
        ("4", "Questions from Members (Council Procedure Rule 12)", None, None)]


# ------------- a zebra table's last shaded row, its blank pages cell left unshaded

ZEBRA_LAST_ROW_BLANK_CELL = """## London Borough of Ashcombe
!! OVERVIEW AND SCRUTINY COMMITTEE (CALL-IN)
Date:	19/10/2027
Time:	7.30 pm
|~ No. | Item | Pages |
| 1 | Apologies for Absence | |
| 2 | Declarations of Interest and Whipping | |
| 3 | Minutes of the Previous Meeting | 1 - 4 |
| 4 | Call-In: Cabinet Decision CAB/27/104 - Dockside Leisure Centre: Future Operating Arrangements | 5 - 12 |
| 5 | Date of Next Meeting | |
"""  # noqa: E501


def test_zebra_row_under_a_wrapped_row_read_as_its_own(tmp_path: Path) -> None:
    # the last row, shaded but for its blank pages cell, was no piece joined to the table:
    # the wrapped row above it was read on down over it ("4 5 Call-In ... Date of Next
    # Meeting"), and item 5 was lost
    path = rendered(ZEBRA_LAST_ROW_BLANK_CELL, tmp_path)
    assert _agenda(path) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest and Whipping"),
        ("3", "Minutes of the Previous Meeting"),
        ("4", "Call-In: Cabinet Decision CAB/27/104 - Dockside Leisure Centre: Future "
              "Operating Arrangements"),
        ("5", "Date of Next Meeting")]


# ------------------------- a timed agenda: start times before the numbers, titles wrapped

TIMED_AGENDA = """## Ashcombe Integrated Care Partnership
!! Meeting in Public
Date:	Tuesday 09/11/2027
Co-Chairs:	Cllr Morwenna Tresidder (Leader, Ashcombe Council) and Sir Augustine Pemberton-Lyle (Chair, NHS Ashcombe ICB)
** Agenda
|- Time | No. | Item | Presenter | Purpose |
| 13:00 | 1 | Welcome, apologies and declarations of interest | Co-Chair | - |
| 13:05 | 2 | Minutes of the meeting held on 07/09/2027 and action log | Co-Chair | Approval |
| 13:10 | 3 | Integrated Care Strategy: Year 2 Delivery Update | Director of Strategy, ICB | Discussion |
| 13:50 | 4 | Board Assurance Framework 2027/28 | Director of Corporate Affairs, ICB | Assurance |
| 14:30 | 5 | Place Partnership Reports: Tamarside and Wyre Valley | Place Directors | Information |
| 15:20 | 6 | Any other business | Co-Chair | - |
"""  # noqa: E501


def test_timed_rows_numbers_centred_beside_wrapped_titles(tmp_path: Path) -> None:
    # the start time ran into the number's run ("13:00 1"): no number stood alone beside its
    # title's wrapped cell, and each item kept the words on its number's line ("and
    # declarations of", "Co-Chair Approval")
    path = rendered(TIMED_AGENDA, tmp_path)
    assert _agenda(path) == [
        ("1", "Welcome, apologies and declarations of interest"),
        ("2", "Minutes of the meeting held on 07/09/2027 and action log"),
        ("3", "Integrated Care Strategy: Year 2 Delivery Update"),
        ("4", "Board Assurance Framework 2027/28"),
        ("5", "Place Partnership Reports: Tamarside and Wyre Valley"),
        ("6", "Any other business")]


# --------------- a supplementary agenda: items numbered as the main agenda's, its own pages

SUPPLEMENTARY_AGENDA = """## ASHCOMBE BOROUGH COUNCIL
!! CABINET
** Tuesday 9 March 2027 at 7.00 pm
** SUPPLEMENTARY AGENDA No. 1
Dear Councillor,
I am now able to enclose, for consideration at the above meeting of the Cabinet, the following reports which were marked "to follow" on the agenda.
|- Item | Subject | Pages |
| 7 | Fleet Replacement Programme 2027-2031: Award of Contract | S2 - S6 |
| 10 | Capital Programme Risk Register: March 2027 | S7 - S10 |
Yours sincerely,
Priya Oduya-Lindqvist
"""  # noqa: E501


def test_supplementary_pages_read_so_its_items_start_the_list(tmp_path: Path) -> None:
    # "S2 - S6" was no pages cell: item 7 (not 1) started no list without its page range
    path = rendered(SUPPLEMENTARY_AGENDA, tmp_path)
    items = [a for a in process_file(str(path)).records if isinstance(a, AgendaItem)]
    assert [(a.item_ref, a.title, a.page_from, a.page_to) for a in items] == [
        ("7", "Fleet Replacement Programme 2027-2031: Award of Contract", 2, 6),
        ("10", "Capital Programme Risk Register: March 2027", 7, 10)]


# ------------- a web page's table of minutes: the number's cell alone over a cell of paragraphs

WEB_TABLE_MINUTES = """<html><head><title>Minutes</title></head><body>
<table width="760" border="0"><tr><td width="150"><a href="/">Home</a></td><td>
<font size="3"><b>ASHCOMBE BOROUGH COUNCIL</b></font><br>
<font size="2"><b>MINUTES OF THE MEETING OF THE COMMUNITY SERVICES COMMITTEE</b><br>
held at the Town Hall on Thursday 7th July 2005 at 7.00 pm</font><br>
<table width="100%" border="1">
<tr><td><font size="2"><b>CS.14</b></font></td>
<td><font size="2"><b>APOLOGIES FOR ABSENCE</b><br>
Apologies for absence were received from Councillor G. Brightwell.</font></td></tr>
<tr><td><font size="2"><b>CS.15</b></font></td>
<td><font size="2"><b>DECLARATIONS OF INTEREST</b><br>
Councillor Hollingbury declared a personal interest in Minute CS.18.</font></td></tr>
<tr><td><font size="2"><b>CS.16</b></font></td>
<td><font size="2"><b>MINUTES</b><br>
<b>RESOLVED</b> - That the Minutes of the meeting of 12th May 2005 be approved.</font></td></tr>
<tr><td><font size="2"><b>CS.17</b></font></td>
<td><font size="2"><b>TOWN CENTRE CCTV - MAINTENANCE CONTRACT</b><br>
The Community Safety Manager reported that the maintenance contract for the 42 town centre
CCTV cameras had expired on 31st March 2005. Three quotations had been received.<br>
<br>
<b>RESOLVED</b> - That the quotation of Vigilant Camera Systems Ltd be accepted.</font></td></tr>
<tr><td><font size="2"><b>CS.18</b></font></td>
<td><font size="2"><b>YOUTH SHELTERS - ELMWOOD PARK</b><br>
The Committee considered a request from residents of Elmwood Close for the youth shelter in
Elmwood Park to be moved, and heard from Mr K. Dallimore on behalf of the residents.<br>
<br>
<b>RESOLVED</b> - That a decision on the relocation be deferred.</font></td></tr>
</table>
</td></tr></table></body></html>
"""


def test_number_cell_alone_over_paragraph_cell_read_as_heading(tmp_path: Path) -> None:
    # a row whose title cell holds paragraphs printed its number alone on its line ("CS.17"
    # over the title), a committee's coded number no heading alone: only the minutes whose
    # rows of short cells read "CS.14 APOLOGIES FOR ABSENCE" were read
    path = _written(WEB_TABLE_MINUTES, tmp_path, "minutes.html")
    assert numbers(process_file(str(path)).records) == [
        ("CS.14", "APOLOGIES FOR ABSENCE"), ("CS.15", "DECLARATIONS OF INTEREST"),
        ("CS.16", "MINUTES"), ("CS.17", "TOWN CENTRE CCTV - MAINTENANCE CONTRACT"),
        ("CS.18", "YOUTH SHELTERS - ELMWOOD PARK")]

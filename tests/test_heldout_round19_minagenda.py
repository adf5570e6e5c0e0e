"""Regression tests for held-out round 19's misses in minutes and agenda items: minute numbers
in a narrow left column of a borderless table, centred down each minute's cell away from its
bold heading; an agenda table whose item number spans the bold title's row and a row
describing it. Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _minutes(path: Path) -> list[tuple[str | None, str]]:
    return numbers(process_file(str(path)).records)


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ------------------------------- minute numbers centred in a left column beside their minute

MARGIN_NUMBERS = """## KESTON DISTRICT COUNCIL
** PLANNING POLICY PANEL
MINUTES of the meeting held on Monday 8 March 2027 at 6.30 pm in the Council Chamber
PRESENT: Councillors R Amble (Chairman), S Birch, T Coles and U Drew
|% 9 91
|- | |
| 31 | **APOLOGIES FOR ABSENCE** |
| ^ | Apologies were received from Councillor V Ennis. |
| 32 | **LOCAL PLAN TIMETABLE** |
| ^ | The Policy Manager reported that the examination was to open in the autumn and that \
the inspector had asked for more evidence on housing supply. |
| ^ | RESOLVED: That the revised Local Development Scheme be approved. |
| 33 | **DESIGN CODE** |
| ^ | Members asked that the code cover shopfronts. |
| ^ | RESOLVED: That the draft Design Code be published for consultation. |
The meeting closed at 8.05 pm
"""


def test_marginal_minute_numbers_centred_below_heading_read(tmp_path: Path) -> None:
    # each number is centred down its minute's cell, printed beside the minute's text below
    # its bold heading (or run into a line of it): the heading above it is the number's (read
    # as unnumbered headings, and the closing lines as minutes too)
    assert _minutes(rendered(MARGIN_NUMBERS, tmp_path)) == [
        ("31", "APOLOGIES FOR ABSENCE"), ("32", "LOCAL PLAN TIMETABLE"),
        ("33", "DESIGN CODE")]


# ------------------------------ an agenda table's item number spanning its title and description

SPANNED_AGENDA = """## Keston District Council
!! Executive
Date:	Tuesday, 16th March, 2027
** AGENDA
|% 8 80 12
| Item | Subject | Page |
| 1. | **Apologies for Absence** | |
| ^ | To receive any apologies for absence. |
| 2. | **Minutes** | 1 - 4 |
| ^ | To confirm the minutes of the meeting held on 9 February 2027. | ^ |
| 3. | **Car Parking Charges Review** | 5 - 12 |
| ^ | Report of the Head of Environment. | ^ |
"""


def test_agenda_description_row_under_spanned_number_not_item(tmp_path: Path) -> None:
    # the number's cell spans the bold title's row and the row describing the item: the
    # table reader repeats the number on both (read as the item, titled by its description)
    assert _agenda(rendered(SPANNED_AGENDA, tmp_path)) == [
        ("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Car Parking Charges Review")]


# ------------------------------------- a skipped number printed as lettered parts, in plain text

LETTERED_SKIP = """BOROUGH OF HALLOWFIELD

MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY, 9th JUNE 2027

PRESENT:  The Mayor (Councillor Ruth Abram) in the Chair;
          Councillors Bell, Carr, Dyson, Eccles and Firth

 4.  APOLOGIES FOR ABSENCE

     Apologies for absence were submitted on behalf of Councillor Gale.

 5.  MINUTES

     RESOLVED: That the minutes of the meeting held on 12th May 2027 be approved.

6(a) MOTION - SCHOOL STREETS

     Moved by Councillor Bell and seconded by Councillor Carr.

     RESOLVED: That the Executive be asked to extend the school streets scheme.

6(b) MOTION - LIBRARY HOURS

     Moved by Councillor Dyson and seconded by Councillor Eccles.

     The motion was LOST.

 7.  APPOINTMENTS TO OUTSIDE BODIES

     RESOLVED: That Councillor Firth be appointed to the Canal Trust.

The meeting closed at 8.10 p.m.
"""


def test_minutes_after_lettered_parts_of_skipped_number_read(tmp_path: Path) -> None:
    # a text paper's minutes go on past a number printed only in lettered parts ("6(a)",
    # "6(b)" between 5 and 7): the parts vouch for the skip (read up to 5, the rest lost)
    paper = tmp_path / "minutes.txt"
    paper.write_text(LETTERED_SKIP)
    assert _minutes(paper) == [
        ("4", "APOLOGIES FOR ABSENCE"), ("5", "MINUTES"), ("6(a)", "MOTION - SCHOOL STREETS"),
        ("6(b)", "MOTION - LIBRARY HOURS"), ("7", "APPOINTMENTS TO OUTSIDE BODIES")]


# ------------------------------------------ a capitals heading going on in capitals after a colon

CAPITALS_AFTER_COLON = """## Glenmorrach Council
** Minute of Meeting of the Policy and Resources Committee held on 9 February 2027
Present: Councillor A Baird (Convener), Councillors C Dunn, E Fyfe and G Hay
** 1. DECLARATIONS OF INTEREST
There were no declarations of interest.
** 2. STRATHBRAE DEVELOPMENT TRUST: LEASE OF THE FORMER BURGH HALL
Councillor Hay left the meeting during consideration of this item.
There was submitted a report by the Head of Property on the Trust's request.
The Committee agreed to grant the lease for 25 years.
** 3. ANY OTHER COMPETENT BUSINESS
There was no other business.
"""


def test_capitals_title_after_colon_kept_in_minute_title(tmp_path: Path) -> None:
    # what follows the colon is in capitals as the heading is: the title's, not the minute's
    # text run in (read as the title "STRATHBRAE DEVELOPMENT TRUST", the rest as its text)
    assert _minutes(rendered(CAPITALS_AFTER_COLON, tmp_path)) == [
        ("1", "DECLARATIONS OF INTEREST"),
        ("2", "STRATHBRAE DEVELOPMENT TRUST: LEASE OF THE FORMER BURGH HALL"),
        ("3", "ANY OTHER COMPETENT BUSINESS")]


# ------------------------------------- minutes printed two-up on a landscape sheet, two halves

_HALVES = [
    ("!! ASHWELL TOWN COUNCIL",
     "19/031 Allotments. The Clerk reported that two plots were vacant."),
    ("** MINUTES of the meeting of the Town Council held on Monday 4th March 2019 at 7pm",
     "RESOLVED that the vacant plots be offered to the waiting list."),
    ("Present: Cllr A Lark (Mayor, in the Chair), Cllrs B Finch, C Heron and D Wren.",
     "19/032 Schedule of payments. RESOLVED that the schedule of payments be approved."),
    ("19/029 Apologies for absence. Apologies were received from Cllr E Swift.",
     "19/033 Date of next meeting. Monday 1st April 2019 at 7pm."),
    ("19/030 Minutes. RESOLVED that the minutes of the meeting held on 4th February 2019 be "
     "approved.", "The meeting closed at 8.40pm."),
    ("Page 1", "Page 2"),
]
TWO_UP = """## ASHWELL TOWN COUNCIL
** AGENDA
1. To receive apologies for absence
--- page landscape ---
""" + "".join(f"<> {left} || {right}\n" for left, right in _HALVES)


def test_two_up_minutes_right_half_read_after_left(tmp_path: Path) -> None:
    # the right half's first line, read before the left half's heading, goes after the left
    # half, and the right half's minutes run on at its margin (read up to 19/030 alone)
    assert _minutes(rendered(TWO_UP, tmp_path)) == [
        ("19/029", "Apologies for absence"), ("19/030", "Minutes"), ("19/031", "Allotments"),
        ("19/032", "Schedule of payments"), ("19/033", "Date of next meeting")]


# ------------------------------- a lettered agenda's title broken by the margin, capital after it

LETTERED_WRAP = """## PARISH OF ST AUBRAN
** HIGHWAYS COMMITTEE
Notice is hereby given that a meeting of the Highways Committee will be held in the Parish \
Hall on Monday, 5th July 2027 at 6.00 pm.
** AGENDA
A.	Apologies
B.	Minutes of the meeting held on 7th June 2027
C.	Reconstruction of La Rue des Vaux and La Ruelle du Marais: Contract Award Report
D.	Any other business
"""


def test_lettered_agenda_title_broken_at_margin_keeps_last_word(tmp_path: Path) -> None:
    # the title's line ran to the right margin, the layout broke it there: the capital word
    # under it in the title's column is the title's last (read as no part of it)
    assert _agenda(rendered(LETTERED_WRAP, tmp_path)) == [
        ("A", "Apologies"), ("B", "Minutes of the meeting held on 7th June 2027"),
        ("C", "Reconstruction of La Rue des Vaux and La Ruelle du Marais: Contract Award Report"),
        ("D", "Any other business")]


# ------------------------------------ a minute added after another, its capital before the year

INFIX_LETTER = """## Northmavine Islands Council
** Minute of Meeting
** Harbour Board
Council Chamber, Town Hall, Wednesday 14 April 2027 at 10 am
Present:	Councillors A Isbister, B Manson, C Tulloch
** 8/27 Apologies for Absence
There were no apologies.
** 9/27 Pier Lighting Replacement
The Board approved the replacement of the pier lighting.
** 9A/27 Winter Timetable Consultation
The Board agreed to consult on the winter timetable.
** 10/27 Harbour Dues 2028
The Board approved the harbour dues for 2028.
"""


def test_minute_lettered_before_its_year_read(tmp_path: Path) -> None:
    # "9A/27": a minute added after 9/27, its capital glued before the year (dropped, its
    # text read as 9/27's)
    assert _minutes(rendered(INFIX_LETTER, tmp_path)) == [
        ("8/27", "Apologies for Absence"), ("9/27", "Pier Lighting Replacement"),
        ("9A/27", "Winter Timetable Consultation"), ("10/27", "Harbour Dues 2028")]


# -------------------------------- a ruled agenda's coded refs sharing their first word, kept apart

CODED_REFS = """## Fenmoor Community Health NHS Trust
** Board of Directors - meeting in public
Date:	Thursday 4 March 2027
** AGENDA
|# Ref | Time | Item | Lead | Purpose |
| BoD 27/010 | 09:30 | Welcome and apologies | Chair | Note |
| BoD 27/011 | 09:35 | Declarations of interest | Chair | Note |
| BoD 27/012 | 09:40 | Chief Executive's report | Chief Executive | Note |
"""


def test_ruled_agenda_coded_refs_sharing_first_word_each_an_item(tmp_path: Path) -> None:
    # "BoD 27/010" and "BoD 27/011" open with one word, but are refs of their own: no row
    # repeating the one above (read as one item, its number cell spanning the rest)
    assert _agenda(rendered(CODED_REFS, tmp_path)) == [
        ("BoD 27/010", "Welcome and apologies"), ("BoD 27/011", "Declarations of interest"),
        ("BoD 27/012", "Chief Executive's report")]

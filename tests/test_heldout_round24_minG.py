"""Regression tests for held-out round 24's misses in batch G's minutes in new forms (and the
decisions read from them): a webcast's time printed after each minute's heading ("61.
APOLOGIES FOR ABSENCE [00:01:25]"), a web page's minutes as a "No. | Item | Webcast | Notes |
Outcome" table (in a text export too), and a Scottish joint board's minutes whose headings
carry no number, their paragraphs numbered by the minute ("1.1", "2.1"), the board naming
itself by its initials ("The IJB noted ..."). Each on a small paper written here in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    html_page,
    html_table,
    minutes_of,
    numbers,
    pdf_minutes,
    source_lines,
)
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file

# ------------------------------------------------ a webcast's time after each minute's heading

WEBCAST_HEADINGS = source_lines(
    "## ASHWORTH BOROUGH COUNCIL",
    "** MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY 8 MARCH 2028 AT 7.00 PM",
    "Present: The Mayor, Councillor P Lund (in the Chair); Councillors Abbey, Brook and Carr",
    "The times in square brackets are the points in the webcast recording at which each item "
    "begins.",
    "** 81. APOLOGIES FOR ABSENCE [00:01:25]",
    "Apologies for absence were received from Councillor Dunn.",
    "** 82. MINUTES [00:02:40]",
    "RESOLVED: That the minutes of the meeting held on 25 January 2028 be approved.",
    "** 83. NOTICE OF MOTION 1 - SCHOOL STREETS (01:21:54)",
    "RESOLVED: That this Council asks the Cabinet to report on school streets by July 2028.",
)


def test_webcast_time_after_heading_no_part_of_title(tmp_path: Path) -> None:
    # the recording's time printed after each heading was read as the title's last words
    assert numbers(pdf_minutes(WEBCAST_HEADINGS, tmp_path)) == [
        ("81", "APOLOGIES FOR ABSENCE"),
        ("82", "MINUTES"),
        ("83", "NOTICE OF MOTION 1 - SCHOOL STREETS")]


# ---------------------------- a web page's minutes as a table with a column of webcast times

WEBCAST_TABLE_PAGE = html_page(
    "<h1>Environment Scrutiny Panel - Minutes</h1>",
    "<p><strong>Date:</strong> Tuesday, 7 March 2028 at 6.30 pm</p>",
    "<p><strong>Present:</strong> Councillors Ann Lowe (Chair), Tom Reed and Jo Hart</p>",
    "<h2>Minutes</h2>",
    html_table(
        ["No.", "Item", "Webcast", "Notes", "Outcome"],
        [["41.", "Apologies for Absence", "00:00:48",
          "Apologies were received from Councillor Ray Stone.", "-"],
         ["42.", "Flood Risk Management: Annual Report", "00:03:40",
          "The Flood Risk Manager presented the report.<br><br>Members asked about gully "
          "cleansing.", "RESOLVED: That the annual report be noted."],
         ["43.", "Work Programme 2027/28", "01:14:50",
          "The Scrutiny Officer presented the work programme.",
          "RESOLVED: That the work programme be agreed."]]),
    "<p>The meeting closed at 7.52 pm.</p>",
)


def test_web_page_table_of_minutes_read_by_its_cells(tmp_path: Path) -> None:
    # the page's text ran each row's cells into one line ("41. Apologies for Absence 00:00:48
    # Apologies were ..."): the time was read into the title, a title with a colon cut there
    path = tmp_path / "minutes.html"
    path.write_text(WEBCAST_TABLE_PAGE)
    records = process_file(str(path)).records
    assert numbers(records) == [
        ("41", "Apologies for Absence"),
        ("42", "Flood Risk Management: Annual Report"),
        ("43", "Work Programme 2027/28")]
    # the webcast's column is where the item starts in the recording, not what was minuted
    bodies = [m.body or "" for m in records if isinstance(m, Minute)]
    assert not any(":00:" in body or ":14:" in body for body in bodies)
    assert [d.decision_text for d in records if isinstance(d, Decision)] == [
        "RESOLVED: That the annual report be noted.",
        "RESOLVED: That the work programme be agreed."]


WEBCAST_TABLE_TEXT = """WICKBURY BOROUGH COUNCIL

Housing Scrutiny Panel - Minutes

Tuesday 11 January 2028 at 6.30 pm

Present: Councillors Drax (Chair), Ellerby and Kapoor

No.\tItem\tWebcast\tNotes\tOutcome
23.\tApologies for Absence\t00:00:48\tApologies were received from Councillor Oddie.\t-
24.\tDamp and Mould: Progress Report\t00:48:05\tThe Director reported on 1,204 cases.\tRESOLVED: That the progress report be noted.
25.\tWork Programme 2027/28\t01:14:50\tThe Officer presented the work programme.\tRESOLVED: That the work programme be agreed.

The meeting closed at 7.52 pm.
"""  # noqa: E501


def test_text_export_table_of_minutes_read_by_its_cells(tmp_path: Path) -> None:
    # the same table exported as text, its cells parted by tabs: read as one line per row too
    assert numbers(minutes_of(WEBCAST_TABLE_TEXT, tmp_path)) == [
        ("23", "Apologies for Absence"),
        ("24", "Damp and Mould: Progress Report"),
        ("25", "Work Programme 2027/28")]


# ------------------------- unnumbered headings over paragraphs numbered by the minute ("1.1")

JOINT_BOARD_MINUTE = source_lines(
    "## LOCHBRAE INTEGRATION JOINT BOARD",
    "** MINUTE of Meeting of the Lochbrae Integration Joint Board held in the Council Chamber "
    "on Wednesday 9 February 2028 at 10.00 am",
    "Present: Councillor Iona Reid (Chair); Councillors Ross Bain and Kirsty Muir",
    "** WELCOME AND APOLOGIES",
    "1.1 The Chair welcomed everyone to the meeting.",
    "1.2 Apologies were intimated on behalf of Councillor Neil Strang.",
    "** MINUTE OF PREVIOUS MEETING",
    "2.1 The minute of the meeting held on 8 December 2027 was approved as a correct record.",
    "** ACTION LOG",
    "3.1 The Clerk reported that two actions had been completed.",
    "3.2 The IJB noted the updated action log.",
    "** CARE AT HOME: ADDITIONAL CAPACITY",
    "4.1 There was submitted a report by the Chief Officer on the waiting list for care at home.",
    "4.2 After discussion, the IJB agreed to issue a direction to Lochbrae Council to "
    "commission 900 more hours of care at home a week.",
)


def test_unnumbered_headings_numbered_by_their_paragraphs(tmp_path: Path) -> None:
    # no heading printed a number: the minutes were read as having no items at all
    assert numbers(pdf_minutes(JOINT_BOARD_MINUTE, tmp_path)) == [
        ("1", "WELCOME AND APOLOGIES"),
        ("2", "MINUTE OF PREVIOUS MEETING"),
        ("3", "ACTION LOG"),
        ("4", "CARE AT HOME: ADDITIONAL CAPACITY")]


JOINT_BOARD_TEXT = """LOCHBRAE INTEGRATION JOINT BOARD

MINUTE of Meeting of the Lochbrae Integration Joint Board held on 9 February 2028

Present: Councillor Iona Reid (Chair); Councillors Ross Bain and Kirsty Muir

WELCOME AND APOLOGIES
1.1 The Chair welcomed everyone to the meeting.

FINANCIAL MONITORING: POSITION AT 31 DECEMBER 2027
2.1 The Chief Finance Officer reported a forecast overspend of £1.2 million.
2.2 The IJB noted the financial position at 31 December 2027.

PRIMARY CARE IMPROVEMENT PLAN: UPDATE
3.1 The Clinical Director introduced the update.
3.2 The IJB agreed to defer consideration of the update to its meeting on 12 April 2028.
"""


def test_text_file_headings_numbered_by_their_paragraphs(tmp_path: Path) -> None:
    # as printed in a text file, no type to set the headings apart: the line over each
    # minute's first paragraph is its heading (a heading in capitals parted by its colon is
    # a title, not a label and its value)
    assert numbers(minutes_of(JOINT_BOARD_TEXT, tmp_path)) == [
        ("1", "WELCOME AND APOLOGIES"),
        ("2", "FINANCIAL MONITORING: POSITION AT 31 DECEMBER 2027"),
        ("3", "PRIMARY CARE IMPROVEMENT PLAN: UPDATE")]


def test_board_deciding_by_its_initials_in_numbered_paragraphs(tmp_path: Path) -> None:
    # "3.2 The IJB noted ...": the paragraph's number hid the noting sentence; "After
    # discussion, the IJB agreed to ..." was read only with the board's name, not its initials
    decisions = [(d.decision_text, d.outcome)
                 for d in pdf_minutes(JOINT_BOARD_MINUTE, tmp_path) if isinstance(d, Decision)]
    assert decisions == [
        ("The minute of the meeting held on 8 December 2027 was approved as a correct record.",
         "approved"),
        ("The IJB noted the updated action log.", "noted"),
        ("After discussion, the IJB agreed to issue a direction to Lochbrae Council to "
         "commission 900 more hours of care at home a week.", "agreed")]
    assert decision_rows(JOINT_BOARD_TEXT, tmp_path) == [
        ("The IJB noted the financial position at 31 December 2027.", "noted"),
        ("The IJB agreed to defer consideration of the update to its meeting on 12 April 2028.",
         "deferred")]

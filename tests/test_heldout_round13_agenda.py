"""Regression tests for the agenda item misses of round 13's blind batches (and the round 11
and 12 leftovers of the same kind): a column named in two words, one in small letters ("Report
of"); a lettered part printed with a stop ("5(a)."); a label in the page's corner ("Item 1"); a
sub-item's number centred beside its wrapped title; a title run up to a later column. Each
runs on small generated papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items
from heldout_support import text_agenda_items as _text_items

# ------------------------------------------ a column named in two words, one in small letters

PANEL_REPORT_OF = """!! Eastmoor Fire and Rescue Panel
** AGENDA
Tuesday, 9 March 2027 at 10.00 am
|# No. | Item | Report of |
| 1 | Apologies for absence | - |
| 2 | Minutes of the previous meeting | Clerk to the Panel |
| 3 | Revenue budget 2027/28 | Treasurer |
| 4 | Station reconfiguration: consultation outcome | Chief Fire Officer |
"""

BOARD_PURPOSE_OF_REPORT = """!! Kestrel Vale Pension Board
** AGENDA
Wednesday, 14 April 2027 at 2.00 pm
| Ref | Business | Purpose of report |
| 1 | Declarations of interest | Information |
| 2 | Breaches register | Assurance |
| 3 | Administration performance | Monitoring |
"""


def test_regression_a_column_named_with_a_word_in_small_letters_is_not_the_title(
        tmp_path: Path) -> None:
    # "Report of" and "Purpose of report" name columns: their cells are no part of the title
    assert _pdf_items(PANEL_REPORT_OF, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the previous meeting"),
        ("3", "Revenue budget 2027/28"),
        ("4", "Station reconfiguration: consultation outcome"),
    ]
    assert _pdf_items(BOARD_PURPOSE_OF_REPORT, tmp_path) == [
        ("1", "Declarations of interest"),
        ("2", "Breaches register"),
        ("3", "Administration performance"),
    ]


# ------------------------------------------------------- a lettered part printed with a stop

COUNTY_PART_WITH_A_STOP = """## Ashcombe County Council
** Corporate Overview Committee
Notice is given that the Committee will meet at County Hall on Monday, 14 June 2027 at 10.00 am.
** AGENDA
** 1. Apologies and substitute members
** 2. Minutes of the meeting held on 3 May 2027
** 3. Customer services
** 3(a). Customer contact centre
** 3(b). Complaints and compliments
** 4. Work programme
"""

TOWN_PART_WITH_A_STOP = """Brindley Town Council
AGENDA for the meeting on Monday 7 June 2027
1. Apologies for absence
2. Finance
2(a). Schedule of payments
3. Date of next meeting
"""


def test_regression_a_lettered_part_printed_with_a_stop_is_an_item(tmp_path: Path) -> None:
    assert _pdf_items(COUNTY_PART_WITH_A_STOP, tmp_path) == [
        ("1", "Apologies and substitute members"),
        ("2", "Minutes of the meeting held on 3 May 2027"),
        ("3", "Customer services"),
        ("3(a)", "Customer contact centre"),
        ("3(b)", "Complaints and compliments"),
        ("4", "Work programme"),
    ]
    assert _text_items(TOWN_PART_WITH_A_STOP, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Finance"),
        ("2(a)", "Schedule of payments"),
        ("3", "Date of next meeting"),
    ]


# --------------------------------------------------- a label in the page's corner is no item

BOARD_CORNER_LABEL = """%% overprint Item {page}
## Lowther Valley Integration Joint Board
** AUDIT COMMITTEE
A meeting of the Audit Committee will be held on Tuesday 16 March 2027 at 10.00am.
** BUSINESS
|% 8 80
|- | |
| 1. | Welcome and apologies |
| 2. | Declarations of interest |
| 3. | Internal audit progress |
"""


def test_regression_a_label_in_the_page_corner_does_not_number_the_line_under_it(
        tmp_path: Path) -> None:
    # "Item 1" printed at the top right beside the board's name is the pack's label for the
    # paper, not item 1 titled with the board's name
    assert _pdf_items(BOARD_CORNER_LABEL, tmp_path) == [
        ("1", "Welcome and apologies"),
        ("2", "Declarations of interest"),
        ("3", "Internal audit progress"),
    ]


# ------------------------------------ a sub-item's number centred beside its wrapped title

COUNCIL_SUB_ITEM_WRAPPED = """!! Dunmore Council
!! Finance and Resources Committee
Thursday, 28 January 2027 at 10:00
Council Chamber, Municipal Buildings, Dunmore
** Business
|- No | Item |
| 1 | Declaration of Interests |
| 2 | Capital Programme |
| 2.1 | Capital Programme Monitoring - Period 9 |
| 2.2 | Capital Programme - Replacement of the Roads Depot Vehicle Wash at Kirkhill |
| 3 | Treasury Management |
"""


def test_regression_a_sub_items_number_centred_beside_its_wrapped_title(
        tmp_path: Path) -> None:
    assert _pdf_items(COUNCIL_SUB_ITEM_WRAPPED, tmp_path) == [
        ("1", "Declaration of Interests"),
        ("2", "Capital Programme"),
        ("2.1", "Capital Programme Monitoring - Period 9"),
        ("2.2", "Capital Programme - Replacement of the Roads Depot Vehicle Wash at Kirkhill"),
        ("3", "Treasury Management"),
    ]


# ------------------------------------------- a title run up to the next column's cell

COMMITTEE_TITLE_TO_THE_LEAD = """!! Strathmore Council
** SCRUTINY COMMITTEE
|- No. | Business | Report by
| 1 | Declarations of Interest |
| 2 | Corporate Risk Register: Quarterly Review | Chief Executive
| 3 | Internal Audit Progress Report 2026/27 | Chief Internal Auditor
| 4 | Investigation Report: Fleet Fuel Cards | Chief Internal Auditor
"""


def test_regression_a_title_run_up_to_a_lead_printed_beside_a_centred_number(
        tmp_path: Path) -> None:
    # item 3's lead is printed beside its number, its title wrapped above and below them;
    # item 4's title runs up to the same lead, read with it as one run
    assert _pdf_items(COMMITTEE_TITLE_TO_THE_LEAD, tmp_path) == [
        ("1", "Declarations of Interest"),
        ("2", "Corporate Risk Register: Quarterly Review"),
        ("3", "Internal Audit Progress Report 2026/27"),
        ("4", "Investigation Report: Fleet Fuel Cards"),
    ]

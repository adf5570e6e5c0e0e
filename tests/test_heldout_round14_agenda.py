"""Regression tests for the agenda item misses of round 14's blind batches (and the round 10
and 11 leftovers of the same kind): a borderless table whose title and lead cells both wrap,
the lead's lines read between the title's; a row whose title fills its cell, its gaps to the
next columns alike; a row read as one run, parted at its last column; a title's line broken by
the margin on a colon; a row's cells drawn out of order, one run straddling another cell; a
zebra table's last row cut short by the table's box. Each runs on small generated papers (or
on the reader's parts)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items
from kcc_papers.extract.agenda.items import _Item
from kcc_papers.extract.agenda.title_lines import _continues
from kcc_papers.load.pdf_run_cells import _column_gaps

# --------------------------- a borderless table's lead wrapped beside its wrapped title

BOARD_LEAD_WRAPPED_BESIDE_TITLE = """## Harrowdale Borough Council
!! Scrutiny Coordinating Committee
** Agenda
Date:	Wednesday, 12 May 2027
|- No. | Item | Lead |
| 1. | Apologies for absence | |
| 2. | Minutes of the meeting held on 14 April 2027 and matters arising | |
| 3. | Call-in: Executive decision 28 April 2027 (Decision EX.204) - Closure of the Fenwick Road Day Centre | Director of Adult Social Care and Housing Services |
| 4. | Work programme of the committee for the coming year 2027/28 | Scrutiny Support Officer |
| 5. | Any other business which the Chair decides is urgent | |
"""  # noqa: E501


def test_regression_a_wrapped_lead_read_between_a_wrapped_title_is_not_the_title(
        tmp_path: Path) -> None:
    # the lead's lines ("Director of Adult Social ... / Housing Services") lie between the
    # title's lines in the text layer: the title's cell is read past them, whole
    assert _pdf_items(BOARD_LEAD_WRAPPED_BESIDE_TITLE, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 14 April 2027 and matters arising"),
        ("3", "Call-in: Executive decision 28 April 2027 (Decision EX.204) - Closure of the "
              "Fenwick Road Day Centre"),
        ("4", "Work programme of the committee for the coming year 2027/28"),
        ("5", "Any other business which the Chair decides is urgent"),
    ]


# ------------------- a title that fills its cell: its gaps to the next columns alike

DISTRICT_TITLE_FILLS_ITS_CELL = """%% font serif
## WELLBROOK DISTRICT COUNCIL
** AGENDA
|% 8 52 26 14
|- Item | Subject | Report of | Page No. |
| B1 | Apologies for Absence |  | - |
| B2 | Minutes of the meeting held on 4th March, 2013 |  | 3 - 6 |
| B3 | Leisure Centres Management Options Appraisal - Stage Two | Head of Leisure | to follow |
| B4 | Car Parking Charges Review 2013 | Head of Environmental Services | 7 - 9 |
"""


def test_regression_alike_gaps_with_plain_word_spaces_between_part_columns(
        tmp_path: Path) -> None:
    # the gap after the number and the gap after the title are about as wide: no justified
    # line's (the title's words between them are spaced plainly), so they part the row's cells
    # and "Head of Leisure to follow" is not read into the title
    assert _pdf_items(DISTRICT_TITLE_FILLS_ITS_CELL, tmp_path) == [
        ("B1", "Apologies for Absence"),
        ("B2", "Minutes of the meeting held on 4th March, 2013"),
        ("B3", "Leisure Centres Management Options Appraisal - Stage Two"),
        ("B4", "Car Parking Charges Review 2013"),
    ]


def test_regression_a_justified_cell_line_is_still_one_cell() -> None:
    # alike wide gaps with only single words between them stay one justified line
    text = "8 (reserve   date   for   precept"
    justified = [(1, 2, 150.0), (10, 13, 25.0), (17, 20, 25.5), (23, 26, 24.9)]
    assert _column_gaps(justified, text) == [(1, 2, 150.0)]
    row = "A4   Leisure Centres Appraisal   Head of Leisure   to follow"
    gaps = [(2, 5, 27.6), (30, 33, 30.4), (48, 51, 65.8)]
    assert _column_gaps(gaps, row) == gaps


# ---------------- a row read as one run, its number apart before the title's column

BOARD_PAPER_COLUMN_CLOSE_TO_TITLE = """%% nospaces
%% justify
!! Glenmorven Integration Joint Board
!! Agenda
|- No. | Business | Paper |
| 1. | Welcome and apologies | Verbal |
| 2. | Declarations of interest | Verbal |
| 3. | Minute of the meeting of 17 June 2026 | IJB 26/61 |
| 4. | Action log and matters arising | IJB 26/62 |
| 5. | Chief Officer's report | IJB 26/63 |
"""


def test_regression_a_row_parted_at_its_last_column_measured_from_the_title_column(
        tmp_path: Path) -> None:
    # "3. Minute of the meeting of 17 June 2026 IJB 26/61" is one run: its characters are
    # measured from where the header's "Business" column starts, not from the number
    assert _pdf_items(BOARD_PAPER_COLUMN_CLOSE_TO_TITLE, tmp_path) == [
        ("1", "Welcome and apologies"),
        ("2", "Declarations of interest"),
        ("3", "Minute of the meeting of 17 June 2026"),
        ("4", "Action log and matters arising"),
        ("5", "Chief Officer's report"),
    ]


# ------------- a title's line broken by the margin on a colon, its range on later lines

PLANNING_COLON_AT_THE_MARGIN = """%% font serif
%% justify
^^ ASHFORTH CITY COUNCIL
!! Planning Committee
Wednesday 9 September 2026, 6.00 pm
** Agenda
1	Apologies for absence and substitutions
2	Minutes of the meeting held on 12 August 2026 (pages 3 - 5)
3	Planning applications
3a	26/02211/FUL - Former Bus Garage, Cowley Road, Ashforth Vale: erection of 148 homes with access, parking and open space, and demolition of the garage (pages 6 - 9)
3b	26/03012/FUL - 8 Abbey Close, Ashforth: single storey rear extension (page 10)
4	Planning appeals - quarterly report (page 11)
"""  # noqa: E501


def test_regression_a_title_line_broken_by_the_margin_on_a_colon_goes_on_to_its_range(
        tmp_path: Path) -> None:
    # "...: " ends the title's first line at the margin; the lines under it, on the title's
    # indent, go on to "(pages 6 - 9)": they are the title's, not a list the colon opens
    items = _pdf_items(PLANNING_COLON_AT_THE_MARGIN, tmp_path)
    assert items[3] == ("3a", "26/02211/FUL - Former Bus Garage, Cowley Road, Ashforth Vale: "
                              "erection of 148 homes with access, parking and open space, "
                              "and demolition of the garage")


def test_regression_a_page_range_opened_at_a_line_end_closes_the_title() -> None:
    # "... bedspaces (pages" over "5 - 7)": the line holds the title's range, opened there
    item = _Item("4a", ["25/04127/FUL - Former Dairy Depot, Marston Lane, Wendlebury:"], 1,
                 None, False)
    line = "demolition of depot buildings and erection of 312 student bedspaces (pages"
    assert _continues(item, line, [line, "5 - 7)"])


# ----------- a row's cells drawn out of order: one text object straddling another cell

BOARD_CELLS_DRAWN_OUT_OF_ORDER = """%% shuffle
%% nospaces
!! Brackenmoor Homes Limited
!! Board Meeting
Date:	Thursday 3 December 2026, 6.00 pm
** Agenda
|- No. | Item | Lead | Purpose
|- 1 | Apologies and declarations of interest | Chair | -
|- 2 | Minutes of the Board meeting held on 8 October 2026 and matters arising | Chair | Approve
|- 3 | Managing Director's update | Managing Director | Note
|- 4 | Voids and lettings performance - Quarter 2 2026/27 | Director of Housing | Assurance
|- 5 | Gas servicing contract - award | Director of Assets | Decision
|- 6 | Damp and mould action plan | Head of Repairs | Note
|- 7 | Treasury management mid-year review | Finance Director | Assurance
|- 8 | Board effectiveness review 2026 | Company Secretary | Approve
|- 9 | Any other business | Chair | -
""" + "".join(f"Note {n}: papers are published five clear working days before the meeting.\n"
              for n in range(1, 11))
BOARD_CELLS_DRAWN_OUT_OF_ORDER_ITEMS = [
    ("1", "Apologies and declarations of interest"),
    ("2", "Minutes of the Board meeting held on 8 October 2026 and matters arising"),
    ("3", "Managing Director's update"),
    ("4", "Voids and lettings performance - Quarter 2 2026/27"),
    ("5", "Gas servicing contract - award"),
    ("6", "Damp and mould action plan"),
    ("7", "Treasury management mid-year review"),
    ("8", "Board effectiveness review 2026"),
    ("9", "Any other business"),
]


def test_regression_a_run_straddling_another_cell_of_its_line_is_parted(
        tmp_path: Path) -> None:
    # row 4's number and its purpose ("4" ... "Assurance") are drawn as one text object, its
    # lead "Director of Housing" inside that run's gap: the run is parted into its two cells
    # (before, the row read "4 Assurance", its title's middle line lost)
    assert _pdf_items(BOARD_CELLS_DRAWN_OUT_OF_ORDER, tmp_path) == (
        BOARD_CELLS_DRAWN_OUT_OF_ORDER_ITEMS)


def test_regression_a_centred_rows_title_line_opening_with_a_year_is_no_item(
        tmp_path: Path) -> None:
    # "2026 and matters arising" under the middle line "2 meeting held on 8 October" is the
    # title's last line, not an item numbered 2026
    assert _pdf_items(BOARD_CELLS_DRAWN_OUT_OF_ORDER, tmp_path)[1] == (
        BOARD_CELLS_DRAWN_OUT_OF_ORDER_ITEMS[1])


# --------------------- a zebra table's last row, cut short by the table reader's box

COMMUNITY_COUNCIL_ZEBRA_LAST_ROW = """%% font serif
!! Llanfair Isaf Community Council
** AGENDA
|% 1 6 6 3
|~ Item | English | Cymraeg | Lead
| 1 | Apologies for absence | Ymddiheuriadau | Chair
| 2 | Declarations of interest | Datgan buddiant | Chair
| 3 | Minutes of the meeting held on 10 March 2026 | Cofnodion y cyfarfod a gynhaliwyd ar 10 Mawrth 2026 | Chair
| 4 | Correspondence | Gohebiaeth | Clerk
| 5 | Planning applications received | Ceisiadau cynllunio a dderbyniwyd | Chair
| 6 | Date of next meeting: Tuesday, 12 May 2026 | Dyddiad y cyfarfod nesaf: nos Fawrth, 12 Mai 2026 | Chair
Gareth Morgan, Clerk to the Council
"""  # noqa: E501


def test_regression_a_zebra_tables_last_row_cut_short_by_its_box_is_read(
        tmp_path: Path) -> None:
    # the table reader's box ends inside the last (unshaded) row: the row's lines that run on
    # below it are read as the page's text, in the table's columns (its lead not the title's)
    assert _pdf_items(COMMUNITY_COUNCIL_ZEBRA_LAST_ROW, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of the meeting held on 10 March 2026"),
        ("4", "Correspondence"),
        ("5", "Planning applications received"),
        ("6", "Date of next meeting: Tuesday, 12 May 2026"),
    ]

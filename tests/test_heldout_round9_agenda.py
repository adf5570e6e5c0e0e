"""Regression tests for the agenda-item misses of round 9's blind batches (agenda packs: an
agenda front sheet, then the minutes, reports and appendices) on their first run. Each is named
after the bug and runs on small generated papers in the layout that showed it, in more than one
council's form."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import Context, agenda
from kcc_papers.models import AgendaItem


def _pdf_contexts(source: str, tmp_path: Path) -> list[Context]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")


def _records(ctx: Context) -> list[AgendaItem]:
    return [r for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def _items(ctx: Context) -> list[tuple[str | None, str]]:
    return [(r.item_ref, r.title) for r in _records(ctx)]


def _pdf_items(source: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    (ctx,) = _pdf_contexts(source, tmp_path)
    return _items(ctx)


def _text_items(text: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    return _items(ctx)


# ------------------------------------------------------------- page ranges and notes

BILINGUAL_PDF = """## Cyngor Bwrdeistref Sirol Glanafon / Glanafon County Borough Council
** Pwyllgor Trwyddedu / Licensing Committee
^^ AGENDA
1. Ymddiheuriadau / Apologies
2. Cofnodion / Minutes (Tudalennau / Pages 3 - 6)
3. Polisi Trwyddedu / Licensing Policy 2026-2031 (Tudalennau / Pages 7 - 19)
4. Ffioedd / Fees and Charges (Pages / Tudalennau 20 - 22)
"""


def test_regression_bilingual_page_range_stayed_in_the_title(tmp_path):
    # "(Tudalennau / Pages 3 - 6)": the page range named in both languages, either first
    (ctx,) = _pdf_contexts(BILINGUAL_PDF, tmp_path)
    assert [(r.item_ref, r.title, r.page_from, r.page_to) for r in _records(ctx)] == [
        ("1", "Ymddiheuriadau / Apologies", None, None),
        ("2", "Cofnodion / Minutes", 3, 6),
        ("3", "Polisi Trwyddedu / Licensing Policy 2026-2031", 7, 19),
        ("4", "Ffioedd / Fees and Charges", 20, 22),
    ]
    text = ("CYNGOR CYMUNED LLANWERN / LLANWERN COMMUNITY COUNCIL\n\nAGENDA\n\n"
            "1.  Datgan Buddiant / Declarations of Interest\n\n"
            "2.  Cofnodion / Minutes  (Tudalen / Page 4)\n\n"
            "3.  Cyllideb / Budget 2026/27  (Tudalennau / Pages 5 - 8)\n")
    assert _text_items(text, tmp_path) == [
        ("1", "Datgan Buddiant / Declarations of Interest"), ("2", "Cofnodion / Minutes"),
        ("3", "Cyllideb / Budget 2026/27")]


NOTES_AGENDA = """## Kelvinbrae Integration Joint Board
^^ Agenda
Item 1	Welcome and Apologies
Item 2	Minute of the Meeting held on 28 January 2026 (attached)
Item 3	Chief Officer's Update (verbal)
Item 4	Annual Governance Statement 2025/26 (To Follow)
Item 5	Appointments to Outside Bodies (2026/27)
Item 6	Depot Lease - Renewal (exempt: paragraph 3)
"""


def test_regression_bracketed_note_on_the_paper_stayed_in_the_title(tmp_path):
    # "(attached)", "(verbal)", "(To Follow)" and "(exempt: paragraph 3)" say how the paper
    # comes, not what the item is; a bracket that is the title's own words stays
    (ctx,) = _pdf_contexts(NOTES_AGENDA, tmp_path)
    records = _records(ctx)
    assert [(r.item_ref, r.title) for r in records] == [
        ("1", "Welcome and Apologies"),
        ("2", "Minute of the Meeting held on 28 January 2026"),
        ("3", "Chief Officer's Update"),
        ("4", "Annual Governance Statement 2025/26"),
        ("5", "Appointments to Outside Bodies (2026/27)"),
        ("6", "Depot Lease - Renewal"),
    ]
    assert [r.exempt for r in records] == [False] * 5 + [True]
    text = ("THORNBURY TOWN COUNCIL\n\nFINANCE COMMITTEE\n\nAGENDA\n\n"
            "1.  Apologies\n\n"
            "2.  Minutes of the meeting held on 3rd March 2026 (copy attached) (Pages 1 - 4)\n\n"
            "3.  Clerk's report (verbal update)\n\n"
            "4.  Bank reconciliation (report to follow)\n\n"
            "5.  Community Infrastructure Levy (CIL) spending plan (Pages 5 - 9)\n")
    assert _text_items(text, tmp_path) == [
        ("1", "Apologies"), ("2", "Minutes of the meeting held on 3rd March 2026"),
        ("3", "Clerk's report"), ("4", "Bank reconciliation"),
        ("5", "Community Infrastructure Levy (CIL) spending plan")]


@pytest.mark.parametrize("time", ["1.30pm", "1.45p.m.", "1.00am"])
def test_regression_start_time_wrapped_to_a_line_start_was_an_item(tmp_path, time):
    # the summons' sentence wraps so a line starts with the start time: "1.30pm in ..." is no
    # item 1 titled "30pm in ..."
    text = ("SOUTH ARDMUIR LICENSING BOARD\n\nAGENDA\n\n"
            "A meeting of the South Ardmuir Licensing Board will be held on Wednesday 25 March\n"
            f"2026 at\n{time} in Committee Room 2, Ardmuir House, and by video conference.\n\n"
            "1.  Apologies\n\n2.  Declarations of Interest\n\n3.  Minutes of the last meeting\n")
    assert _text_items(text, tmp_path) == [
        ("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Minutes of the last meeting")]


# ------------------------------------------------------------------- wrapped titles

def _tabbed_agenda(council: str, label: str) -> str:
    """An agenda set as "ref<tab>title" rows: the ref in bold, the title in its own column,
    a long title broken by the right margin with its page range on the line under it."""
    long_titles = [
        "Highways Term Maintenance Contract 2026-2033 - Award of Contract to the Preferred"
        " Bidder (Pages 11 - 13)",
        "Medium Term Financial Strategy 2027/28 to 2030/31 and the Capital Programme Refresh"
        " (Pages 14 - 30)",
    ]
    return f"""## {council}
** Cabinet
^^ AGENDA
{label}1\tApologies for Absence
{label}2\tMinutes of the Meeting held on 19th May 2026 (Pages 3 - 4)
{label}3\t{long_titles[0]}
\tKey decision: Yes. Lead member: Councillor Whitlow
{label}4\t{long_titles[1]}
{label}5\tExclusion of the Press and Public
"""


@pytest.mark.parametrize("council, label", [("Harrowby Council", ""),
                                            ("Royal Borough of Kenbury", "Item ")])
def test_regression_title_broken_by_the_margin_in_another_weight_was_cut(tmp_path, council,
                                                                         label):
    # the bold ref merged with its title reads as a bold line over the title's plain wrapped
    # words; the line broken by the margin still goes on under it
    assert _pdf_items(_tabbed_agenda(council, label), tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 19th May 2026"),
        ("3", "Highways Term Maintenance Contract 2026-2033 - Award of Contract to the "
              "Preferred Bidder"),
        ("4", "Medium Term Financial Strategy 2027/28 to 2030/31 and the Capital Programme "
              "Refresh"),
        ("5", "Exclusion of the Press and Public"),
    ]


# ------------------------------------------------------- borderless tables of items

BORDERLESS_TWO_COLUMNS = """## Wealdmoor Police and Crime Panel
** AGENDA
|- No. | Item |
| 1. | Apologies for Absence and Substitutions |
| 2. | Minutes of the meeting held on 2 July 2026 (Pages 3 - 5) |
| 3. | Police and Crime Commissioner's Performance Report - Quarter 1 2026/27 (Pages 6 - 9) |
| 4. | Confirmation Hearing: Proposed Appointment of Chief Finance Officer (Pages 10 - 11) |
| 5. | Public Questions |
"""

BORDERLESS_LONG_CELL = """## Ashcombe and Tarn Fire Authority
** Agenda
|- Item | Business |
| 1 | Chair's Announcements |
| 2 | Medium Term Financial Plan 2027/28 to 2030/31 and the Reserves Strategy (Pages 5 - 40) |
| 3 | Fire Cover Review: Consultation on the Crewing of Tarnside Station (Pages 41 - 60) |
| 4 | Treasury Management Mid-Year Review |
| 5 | Capital Programme 2027/28 to 2030/31: the Replacement of Appliances, the Training \
Centre and the Rebuilding of Tarnside and Ashcombe Stations (Pages 61 - 80) |
| 6 | Pay Policy Statement 2027/28 |
"""


def test_regression_number_centred_beside_its_wrapped_title_cut_the_title(tmp_path):
    # a borderless table's row whose title wrapped in its cell prints the number centred
    # between the cell's lines: the line above it is the title's start, not the last item's
    assert _pdf_items(BORDERLESS_TWO_COLUMNS, tmp_path) == [
        ("1", "Apologies for Absence and Substitutions"),
        ("2", "Minutes of the meeting held on 2 July 2026"),
        ("3", "Police and Crime Commissioner's Performance Report - Quarter 1 2026/27"),
        ("4", "Confirmation Hearing: Proposed Appointment of Chief Finance Officer"),
        ("5", "Public Questions"),
    ]
    assert _pdf_items(BORDERLESS_LONG_CELL, tmp_path) == [
        ("1", "Chair's Announcements"),
        ("2", "Medium Term Financial Plan 2027/28 to 2030/31 and the Reserves Strategy"),
        ("3", "Fire Cover Review: Consultation on the Crewing of Tarnside Station"),
        ("4", "Treasury Management Mid-Year Review"),
        # a cell of three lines: the number is read onto its middle line
        ("5", "Capital Programme 2027/28 to 2030/31: the Replacement of Appliances, the "
              "Training Centre and the Rebuilding of Tarnside and Ashcombe Stations"),
        ("6", "Pay Policy Statement 2027/28"),
    ]


# ------------------------------------------------------------ supplementary agendas

SUPPLEMENTARY_PDF = """## Colnbrook Valley Regional Park Authority
** EXECUTIVE COMMITTEE
** SUPPLEMENTARY AGENDA
Please find attached the following report, which was marked "to follow" on the agenda.
8. Grounds Maintenance and Arboricultural Services 2026-2031: Award of Contracts (Lots 1 to 5)\
 (Pages 1 - 18)
Reason for lateness: the moderation of the quality evaluation was not completed in time.
"""

SUPPLEMENTARY_TEXT = """NORTH HARTON DISTRICT COUNCIL

PLANNING COMMITTEE - 4 JUNE 2026

SUPPLEMENTARY AGENDA

The following items were not available when the agenda was published:

 6.  Late Representations Schedule  (Pages 1 - 4)

 9.  Appeals Lodged and Decided  (Pages 5 - 8)
"""


def test_regression_supplementary_agenda_item_numbered_as_on_the_main_agenda_was_missed(
        tmp_path):
    # a supplementary agenda lists its item(s) by their numbers on the agenda it supplements:
    # the list does not start at 1, but each item prints its page range
    assert _pdf_items(SUPPLEMENTARY_PDF, tmp_path) == [
        ("8", "Grounds Maintenance and Arboricultural Services 2026-2031: Award of Contracts "
              "(Lots 1 to 5)")]
    assert _text_items(SUPPLEMENTARY_TEXT, tmp_path) == [
        ("6", "Late Representations Schedule"), ("9", "Appeals Lodged and Decided")]


# ------------------------------------------------------------- ruled tables of items

TIMED_BOARD_TABLE = """## Wrexdale Hospitals NHS Foundation Trust
** Board of Directors - Meeting in Public
^^ AGENDA
|# Ref | Time | Item | Lead | Purpose | Enc. |
| {r}30 | 09:30 | Welcome, apologies and quoracy | Chair | Note | Verbal |
| {r}31 | 09:32 | Declarations of interest | Chair | Note | Verbal |
| {r}32 | 09:35 | Patient story: a family's experience of end of life care | Nurse | Discuss | - |
| {r}33 | 09:55 | Minutes of the meeting held on 5 February 2026 | Chair | Approve | A |
| {r}34 | 10:20 | Integrated Performance Report | Chief Operating Officer | Assurance | B |
"""

BOARD_ITEMS = ["Welcome, apologies and quoracy", "Declarations of interest",
               "Patient story: a family's experience of end of life care",
               "Minutes of the meeting held on 5 February 2026", "Integrated Performance Report"]


@pytest.mark.parametrize("code", ["BoD 26/0", "ICB 26/0", "TB/26/0"])
def test_regression_board_table_with_its_time_after_the_ref_read_no_items(tmp_path, code):
    # the ref column ("BoD 26/030": a code in its own case, or in capitals) is followed by the
    # start time's column: the title is the column after the times
    items = _pdf_items(TIMED_BOARD_TABLE.replace("{r}", code), tmp_path)
    assert items == [(f"{code}{n}", title) for n, title in zip(range(30, 35), BOARD_ITEMS,
                                                                strict=True)]


# ------------------------------------------------------------------- section headings

def _sectioned_text(council: str, first: str, second: str) -> str:
    """A text agenda whose sections are headed in capitals at the titles' indent."""
    return f"""                     {council}

                                    AGENDA

 1.  Apologies

 2.  Declarations of Interest

     {first}

 3.  Tender Report - Supply and Delivery of Wheeled Bins and Kerbside Boxes

 4.  Consultation Response - DAERA Future Recycling Policy

     {second}

 5.  Environmental Health Service Performance - Quarter 3 2025/26

 6.  Correspondence
"""


@pytest.mark.parametrize("council, first, second", [
    ("BALLYFERGUS AND GLENMOY DISTRICT COUNCIL", "REPORTS FOR DECISION", "REPORTS FOR NOTING"),
    ("INVERALLAN COUNCIL - EDUCATION COMMITTEE", "ITEMS FOR APPROVAL", "ITEMS FOR NOTING"),
])
def test_regression_capitals_section_heading_joined_the_long_title_above_it(tmp_path, council,
                                                                            first, second):
    # a title in small letters does not go on in capitals: the line heads the next items
    assert _text_items(_sectioned_text(council, first, second), tmp_path) == [
        ("1", "Apologies"), ("2", "Declarations of Interest"),
        ("3", "Tender Report - Supply and Delivery of Wheeled Bins and Kerbside Boxes"),
        ("4", "Consultation Response - DAERA Future Recycling Policy"),
        ("5", "Environmental Health Service Performance - Quarter 3 2025/26"),
        ("6", "Correspondence"),
    ]

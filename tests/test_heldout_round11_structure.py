"""Regression tests for the structure and agenda-item misses of round 11's blind batches (V to
Y): minutes headed by their body and the sentence "- minutes of the meeting held on ...", a
plan of the contracts to come titled "Forward Procurement Plan", a Scottish notice's table of
business whose last column is "Report by", an agenda table whose refs are the board's own code
("PB2") over a pages column, and the cells of a table row a writer drew as one text object.
Each runs on small generated papers in more than one council's form, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered
from kcc_papers.load import load
from kcc_papers.load.pdf_run_cells import _column_gaps
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment

AGENDA_PAGE = """## {council}
## {body}
Thursday 20 August 2026, 10.30 am
** Agenda
1. Apologies for absence
2. Minutes of the last meeting
3. {report_title}
--- page ---
"""
MINUTES_PAGE = """^^ MINUTES
!! {heading}
Present:	Cllr A Brown (Chair), Cllr C Dale, Cllr E Fox
** 21 Apologies
Apologies were received from Cllr G Hill.
** 22 Minutes
Resolved - that the minutes of the meeting held on 16 April 2026 be approved.
The meeting closed at 12.05 pm.
--- page ---
"""
REPORT_PAGE = """!! {report_title}
Meeting:	{body}, 20 August 2026
Report of:	Head of Commercial
Status:	For decision
** 1. Recommendation
That the {body} approves the recommendation set out in this report for the coming year.
** 2. Background
2.1 The contract was let in 2021 for three years with two extension options of two years.
"""


@pytest.mark.parametrize(("body", "heading"), [
    ("Procurement Board",
     "Procurement Board - minutes of the meeting held on Thursday 18 June 2026"),
    ("Licensing Committee", "Licensing Committee – Minutes of the Meeting held on 18 June 2026"),
    ("Harbour Board", "Harbour Board: minutes of a special meeting held on 18 June 2026"),
])
def test_minutes_headed_by_their_body_then_the_sentence(body: str, heading: str,
                                                        tmp_path: Path) -> None:
    pack = (AGENDA_PAGE + MINUTES_PAGE + REPORT_PAGE).format(
        council="Harrowfield Combined Authority", body=body, heading=heading,
        report_title="Ticket Machine Maintenance: Extension of Contract")
    kinds = [(s.kind, s.page_from) for s in segment(load(rendered(pack, tmp_path)))]
    assert kinds == [("agenda", 1), ("minutes", 2), ("report", 3)]


@pytest.mark.parametrize("title", [
    "Forward Procurement Plan: September 2026 to March 2027",
    "Forward Commissioning Plan 2026/27",
    "Forward Decisions Plan - October 2026 to January 2027",
])
def test_a_plan_of_what_is_to_come_titled_forward_plan(title: str, tmp_path: Path) -> None:
    plan = f"""!! {title}
Meeting:	Procurement Board, 20 August 2026
|~ Procurement | Estimated value | Route to market | Award to Board |
| Passenger information system | £4,800,000 | Competitive flexible procedure | March 2027 |
| Bus stop replacement | £640,000 | Framework call-off | December 2026 |
Values are estimates and exclude VAT.
"""
    pack = (AGENDA_PAGE + MINUTES_PAGE + REPORT_PAGE + "--- page ---\n" + plan).format(
        council="Harrowfield Combined Authority", body="Procurement Board",
        heading="Minutes of the meeting of the Procurement Board held on 18 June 2026",
        report_title="Ticket Machine Maintenance: Extension of Contract")
    kinds = [(d.kind, d.page_from) for d in process_file(str(rendered(pack, tmp_path))).documents]
    assert kinds[1:] == [("agenda", 1), ("minutes", 2), ("report", 3), ("forward_plan", 4)]


def test_forward_plan_reference_label_is_no_title(tmp_path: Path) -> None:
    """A report's "Forward Plan reference:" label and an agenda's numbered "Forward Procurement
    Plan" item are not the title of a plan."""
    pack = (AGENDA_PAGE + REPORT_PAGE).format(
        council="Harrowfield Combined Authority", body="Procurement Board",
        report_title="Forward Procurement Plan reference: FP/26/014 - Ticket Machines")
    kinds = [s.kind for s in segment(load(rendered(pack, tmp_path)))]
    assert "forward_plan" not in kinds


NOTICE = """## {council}
** {body}
A meeting of the {body} will be held in Committee Room 2, Council Headquarters, \
on Wednesday, 9 September 2026 at 2.00 pm.
Clerk:	Alasdair Munro, Committee Officer, 01463 702 518
|- No. | Business | {last} |
| 1 | Declarations of Interest |  |
| 2 | Minute of Meeting of 17 June 2026 | Clerk |
| 3 | Corporate Risk Register: Quarterly Review | Chief Executive |
| 4 | Internal Audit Progress Report 2026/27 | Chief Internal Auditor |
"""


@pytest.mark.parametrize(("body", "last"), [
    ("Audit and Scrutiny Committee", "Report by"),
    ("Education Committee", "Lead Officer"),
    ("Licensing Board", "Presented by"),
])
def test_a_notice_over_a_table_of_business_is_an_agenda(body: str, last: str,
                                                        tmp_path: Path) -> None:
    paper = NOTICE.format(council="Strathbeinn Council", body=body, last=last)
    docs = process_file(str(rendered(paper, tmp_path))).documents
    assert [(d.kind, str(d.meeting_date), d.committee) for d in docs] == [
        ("agenda", "2026-09-09", body)]


CODED_AGENDA = """## {council}
## Procurement Board
Thursday 20 August 2026, 10.30 am
** Agenda
|% 8 50 10
|- Item | Subject | Pages |
| {p}1 | Apologies and declarations of interest | - |
| {p}2 | Minutes of the meeting held on 18 June 2026 | 2 - 4 |
| {p}3 | Supported bus services: award of contracts, tender round 2026B | 5 - 8 |
| {p}4 | Ticket machine maintenance: extension of contract | 9 - 10 |
| {p}5 | Forward plan, September 2026 to March 2027 | 11 - 12 |
"""


@pytest.mark.parametrize("prefix", ["PB", "GB ", "BoD "])
def test_a_pages_cell_after_a_coded_ref_is_no_title(prefix: str, tmp_path: Path) -> None:
    paper = CODED_AGENDA.format(council="Harrowfield Combined Authority", p=prefix)
    items = [(a.item_ref, a.title) for a in process_file(str(rendered(paper, tmp_path))).records
             if isinstance(a, AgendaItem)]
    assert [title for _, title in items] == [
        "Apologies and declarations of interest",
        "Minutes of the meeting held on 18 June 2026",
        "Supported bus services: award of contracts, tender round 2026B",
        "Ticket machine maintenance: extension of contract",
        "Forward plan, September 2026 to March 2027",
    ]


SOLE_BODY_AGENDA = """## {council}
!! {body}
Wednesday 7 October 2026 at 2.00 pm
The Guildhall, Abbey Square, Harlowmere HW1 2LP
To:	Councillor Rachel Fennimore (Chair), Councillors Owen Blakesley, Harriet Coombe
** AGENDA
** 1. Apologies for absence
** 2. Declarations of interest
** 3. Minutes (Pages 3 - 4)
"""


@pytest.mark.parametrize(("council", "body"), [
    ("HARLOWMERE COUNCIL", "Executive"),
    ("BRACKENFORD BOROUGH COUNCIL", "The Executive"),
])
def test_an_executive_named_under_its_councils_name(council: str, body: str,
                                                    tmp_path: Path) -> None:
    """The one word under the council's name in the masthead is the meeting's body, not the
    council (which meets as a whole only where nothing else is named)."""
    paper = SOLE_BODY_AGENDA.format(council=council, body=body)
    docs = process_file(str(rendered(paper, tmp_path))).documents
    assert [(d.kind, d.committee) for d in docs] == [("agenda", "Executive")]


STAMPED_REPORT = """%% header {council}
%% overprint {stamp}
!! Report to {body}
Date of meeting:	5 November 2026
Report title:	Council Housing Performance - Half Year 2026/27
Report of:	Strategic Director, Place
Wards affected:	All
** 1. Purpose
1.1 This report sets out the performance of the council's housing services in the half year.
"""


@pytest.mark.parametrize(("stamp", "body"), [
    ("Agenda Item 9", "Cabinet"),
    ("Item 4", "Housing Scrutiny Panel"),
])
def test_a_stamp_drawn_beside_the_title_is_not_the_committees_name(
        stamp: str, body: str, tmp_path: Path) -> None:
    paper = STAMPED_REPORT.format(council="Ribbleton Metropolitan Borough Council",
                                  stamp=stamp, body=body)
    docs = process_file(str(rendered(paper, tmp_path))).documents
    # (a performance report: its title names a half year's performance, as round 15 reads it)
    assert [(d.kind, str(d.meeting_date), d.committee) for d in docs] == [
        ("performance_report", "2026-11-05", body)]


# A table row drawn as one text object: PDFium reads it as one run, its cells parted only by
# wide gaps (``Line.cells``); the agenda reader reads them as columns.
ROW_TABLE = """## {council}
## Audit Committee
Thursday 19 March 2026 at 10.00 am
** Agenda
{widths}
{mark} No. | Item | {third} | Purpose |
| 1 | Apologies for absence | Chair | - |
| 2 | Minutes of the meeting held on 15 January 2026 | Chair | Approval |
| 3 | Corporate Risk Register - Quarter 3 2025/26 | Head of Governance | Assurance |
| 4 | Internal Audit Charter and Strategy 2026/27 | Head of Internal Audit | Approval |
| 5 | Date and time of next meeting | Chair | - |
"""
ROW_TITLES = [
    "Apologies for absence",
    "Minutes of the meeting held on 15 January 2026",
    "Corporate Risk Register - Quarter 3 2025/26",
    "Internal Audit Charter and Strategy 2026/27",
    "Date and time of next meeting",
]


@pytest.mark.parametrize(("widths", "mark", "third"), [
    ("|% 6 50 22 14", "|-", "Lead officer"),  # unruled, narrow columns
    ("|% 6 50 22 14", "|~", "Lead officer"),  # zebra: no rules, shaded rows
    ("|% 8 46 24 14", "|~", "Presenter"),
])
def test_a_row_drawn_as_one_run_reads_as_its_cells(widths: str, mark: str, third: str,
                                                   tmp_path: Path) -> None:
    paper = ROW_TABLE.format(council="Tees Valley Combined Authority", widths=widths, mark=mark,
                             third=third)
    items = [(a.item_ref, a.title) for a in process_file(str(rendered(paper, tmp_path))).records
             if isinstance(a, AgendaItem)]
    assert items == [(str(n), title) for n, title in enumerate(ROW_TITLES, 1)]


def test_a_line_justified_in_a_narrow_cell_is_one_cell() -> None:
    """A wrapped title justified in its cell spreads its words as wide as columns' gaps, but
    all alike ("8 | (reserve   date   for   precept"): only the gap unlike its neighbours
    parts two cells; gaps of different widths (cells of different lengths) all do."""
    justified = [(1, 2, 150.0), (9, 10, 25.0), (14, 15, 25.5), (18, 19, 24.9)]
    assert _column_gaps(justified) == [(1, 2, 150.0)]
    columns = [(1, 2, 40.0), (9, 10, 80.0), (14, 15, 20.0)]
    assert _column_gaps(columns) == columns


def test_tabbed_label_lines_have_no_cells(tmp_path: Path) -> None:
    """A label and its value at a tab stop are one line's text, not a table's row."""
    paper = """## Harrowfield Combined Authority
!! Ticket Machine Maintenance
Meeting:	Procurement Board, 20 August 2026
Report of:	Director of Commercial
Status:	For decision
"""
    lines = [line for page in load(rendered(paper, tmp_path)).pages for line in page.lines]
    assert lines and all(line.cells is None for line in lines)


@pytest.mark.parametrize(("heading", "body"), [
    ("Minutes of the meeting of the Board of Oakfield Homes Ltd held on Thursday 19 March 2026",
     "Board"),
    ("Minutes of the meeting of the Audit Committee of Kingsmere Homes Limited held on "
     "Thursday 19 March 2026", "Audit Committee"),
    ("Minutes of the meeting of the Board of Directors of Riverside Living CIC held on "
     "Thursday 19 March 2026", "Board of Directors"),
])
def test_a_companys_body_is_named_without_its_company(heading: str, body: str,
                                                      tmp_path: Path) -> None:
    paper = f"""!! {heading}
Present:	Gareth Lomax (Chair), Patience Odum, Megan Tulley
** 1 Apologies
Apologies were received from Isobel Crane.
** 2 Minutes
Resolved - that the minutes of the meeting held on 15 January 2026 be approved.
"""
    docs = process_file(str(rendered(paper, tmp_path))).documents
    assert [(d.kind, str(d.meeting_date), d.committee) for d in docs] == [
        ("minutes", "2026-03-19", body)]

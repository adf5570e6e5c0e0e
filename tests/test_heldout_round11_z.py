"""Regression tests for the misses of held-out round 11's blind batch Z (the r11z_* papers) on
their first run, after the fixes of batches V to Y: each named after the bug, on small
generated papers in the layouts that showed it (not on the held-out papers), with guards of
the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import pack_documents, pack_kinds, rendered
from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.load import load
from kcc_papers.load.model import Line
from kcc_papers.models import AgendaItem, Contract, Kpi, Minute
from kcc_papers.normalise.money import parse_money
from kcc_papers.pipeline import process_file

# ------------------------------- a zebra agenda table read as two side-by-side columns

ZEBRA_AGENDA = """%% header {header}
!! {body}
Meeting held in public on Thursday 10 September 2026, 9.30 am, Conference Room 2, Riverside House
Chair:	Dr A Mistry, Non-Executive Member
^^ AGENDA
|% 5 49 24 14 8
|~ Item | Title | Lead | Purpose | Time |
{rows}Papers for item 4 are in the supplementary pack.
"""
AGENDA_ROWS = [
    ("Welcome, introductions and apologies", "Chair", "-", "09:30"),
    ("Declarations of interest", "Chair", "-", "09:35"),
    ("Minutes of the meeting held on 9 July 2026", "Chair", "Approval", "09:40"),
    ("Action log and matters arising", "Chair", "Assurance", "09:45"),
    ("Integrated performance report: month 4 2026/27", "Director of Performance and Delivery",
     "Assurance", "09:55"),
    ("Maternity and neonatal safety report", "Chief Nursing Officer", "Assurance", "10:40"),
    ("Infection prevention and control annual report 2025/26", "Chief Nursing Officer",
     "Approval", "11:20"),
    ("Committee effectiveness review 2026", "Board Secretary", "Discussion", "12:00"),
    ("Any other business", "Chair", "-", "12:20"),
]


def _zebra_agenda(header: str, body: str) -> str:
    rows = "".join(f"| {n} | {' | '.join(row)} |\n" for n, row in enumerate(AGENDA_ROWS, 1))
    return ZEBRA_AGENDA.format(header=header, body=body, rows=rows)


@pytest.mark.parametrize(("header", "body"), [
    ("NHS Severn and Wye Integrated Care Board", "Quality and Performance Committee"),
    ("Marlow Vale Borough Council", "Audit and Governance Committee"),
])
def test_regression_zebra_agenda_table_read_as_two_columns(header: str, body: str,
                                                            tmp_path: Path) -> None:
    # PDFium keeps each zebra row in one run; the gap before "Purpose" was taken for a
    # gutter, the table read as a left and a right column and the agenda as "other"
    result = process_file(str(rendered(_zebra_agenda(header, body), tmp_path)))
    assert [d.kind for d in result.documents] == ["agenda"]
    items = [(a.item_ref, a.title) for a in result.records if isinstance(a, AgendaItem)]
    assert len(items) == len(AGENDA_ROWS)
    assert items[0] == ("1", "Welcome, introductions and apologies")


def test_guard_side_by_side_prose_columns_still_read_column_by_column(tmp_path: Path) -> None:
    welsh = ["Croesawodd y Cadeirydd bawb i'r cyfarfod a diolchodd i'r aelodau am ddod ar "
             "noson mor brysur yn y pentref.",
             "Cytunwyd i dderbyn yr ymddiheuriadau a gafwyd gan ddau gynghorydd a oedd yn "
             "methu bod yn bresennol heno."]
    english = ["The Chair welcomed everyone to the meeting and thanked members for attending "
               "on such a busy evening in the village.",
               "It was agreed to accept the apologies received from two councillors who were "
               "unable to be present this evening."]
    paper = ("!! Tregarth Community Council\n"
             "Minutes of the meeting of the Council held on 13 May 2026\n"
             + "".join(f"<> {cy} || {en}\n" for cy, en in zip(welsh, english, strict=True)))
    text = "\n".join(line.text for page in _pages(paper, tmp_path) for line in page)
    assert "The Chair welcomed everyone" in text
    assert "Croesawodd y Cadeirydd bawb" in text
    # each column's prose reads on in its own lines, not joined across the gutter
    assert not any("brysur" in line and "welcomed" in line for line in text.splitlines())


def _pages(paper: str, tmp_path: Path) -> list[list[Line]]:
    source = load(rendered(paper, tmp_path))
    return [list(page.lines) for page in source.pages]


# ------------------------------- an NHS cover sheet's labels: "Agenda item:", "Executive lead:"

NHS_PACK = """!! Quality and Performance Committee
** Minutes of the meeting held on Thursday 9 July 2026 by Microsoft Teams
Present:	Dr A Mistry (Chair), Mr C Breckenridge, Ms H Osei
** QPC/26/45 Patient safety incident response framework
Ms Osei presented the first annual review of the framework.
The Committee **RESOLVED** to approve the revised plan for 2026/27.
** QPC/26/46 Any other business
There was no other business. The meeting closed at 12.05 pm.
--- page ---
!! {title}
Meeting:	Quality and Performance Committee, 10 September 2026
Agenda item:	6
{lead}:	Chief Nursing Officer
** 1. Recommendation
1.1 The Committee is asked to note the safety position of the two provider trusts.
** 2. Key points
2.1 Both units have completed the year 3 submission of the incentive scheme.
"""


@pytest.mark.parametrize(("title", "lead"), [
    ("Maternity and neonatal safety report", "Executive lead"),
    ("Infection prevention and control annual report", "Clinical lead"),
    ("Mental health transformation update", "Senior responsible lead"),
])
def test_regression_nhs_cover_sheet_labels_start_no_report(title: str, lead: str,
                                                          tmp_path: Path) -> None:
    # "Meeting:" alone of three labels was known: the report ran on as the minutes' last
    kinds = pack_kinds(NHS_PACK.format(title=title, lead=lead), tmp_path)
    assert kinds == [("minutes", 1, 1), ("report", 2, 2)]


def test_guard_agenda_item_line_without_colon_is_no_label(tmp_path: Path) -> None:
    # an "Agenda item 6" line is a stamp or prose, not one of a cover sheet's labels (the
    # meeting given by its date: "Meeting: <body>, <date>" under a title heads a report of
    # itself, round 13)
    paper = NHS_PACK.format(title="Maternity and neonatal safety report",
                            lead="Executive lead").replace("Agenda item:\t6", "Agenda item 6 of 9")
    paper = paper.replace("Meeting:\tQuality and Performance Committee, ", "Date of meeting:\t")
    kinds = pack_kinds(paper.replace("Executive lead:", "Lead officer"), tmp_path)
    assert kinds == [("minutes", 1, 2)]


# ------------------------------- a school term as one period of several ("Summer term 2026")

SCHOOLS_DASHBOARD = """## {council}
!! Dedicated Schools Grant: performance dashboard
Meeting:	{council} Schools Forum
Date:	15 October 2026
Report of:	Head of Education Finance
** 1. Recommendation
1.1 The Schools Forum is asked to note the dashboard and to comment on the measures shown.
** 2. Dashboard
|# Block | Ref | Measure | Target 2026/27 | {earlier} | {later} | RAG rating |
| Early Years | EY01 | Take-up of funded places for two-year-olds (%) | 80.0 | 74.9 | 76.4 | Amber |
| Schools | SB01 | Persistent absence, all pupils (%) | 16.0 | 17.9 | 17.2 | Red |
| High Needs | HN01 | New EHC plans issued within 20 weeks (%) | 60.0 | 58.5 | 61.8 | Green |
"""


@pytest.mark.parametrize(("earlier", "later"), [
    ("Spring term 2026", "Summer term 2026"),
    ("Autumn term 2025", "Spring term 2026"),
    ("Summer term", "Autumn term"),
])
def test_regression_school_terms_as_periods_gave_no_kpis(earlier: str, later: str,
                                                        tmp_path: Path) -> None:
    paper = SCHOOLS_DASHBOARD.format(council="Brackenfold", earlier=earlier, later=later)
    found = sorted((k.ref, k.latest_value, k.latest_rag)
                   for k in process_file(str(rendered(paper, tmp_path))).records
                   if isinstance(k, Kpi))
    assert found == [("EY01", 76.4, "amber"), ("HN01", 61.8, "green"), ("SB01", 17.2, "red")]


@pytest.mark.parametrize("label", ["Term of contract", "Term 2", "Summer"])
def test_guard_a_term_that_is_no_school_term_names_no_period(label: str) -> None:
    assert period_of(label) is None
    assert role_of(label) != "latest"


# ------------------------------- a zebra table's cell merged down from an unshaded row

REGISTER = """!! {council}: Contracts Register 2026/27
Report to:	{body}
Date of meeting:	27 August 2026
Report by:	Chief Officer
** 1. Purpose of the report
1.1 To give the {body} sight of the contracts held for the services it commissions.
--- page ---
** Appendix 1: Register of contracts
|% 30 30 20 20
|~ Service and lot | Provider | Annual value (£) | Total contract value (£) |
{rows}"""


@pytest.mark.parametrize(("council", "body", "rows", "want"), [
    # the span starts on the first body row (shaded): its fill reaches down (as before)
    ("Glenmorven", "Integration Joint Board",
     "| Care at home - Lot 1 | Bracken Home Care Ltd | 1,296,000 | 6,480,000 |\n"
     "| Care at home - Lot 2 | ^ | 1,184,000 | 5,920,000 |\n"
     "| Supported living - Lot 1 | Thistle Supported Living Ltd | 1,950,000 | 9,750,000 |\n"
     "| Supported living - Lot 2 | ^ | 824,000 | 4,120,000 |\n",
     [("Bracken Home Care Ltd", 6480000.0), ("Bracken Home Care Ltd", 5920000.0),
      ("Thistle Supported Living Ltd", 9750000.0), ("Thistle Supported Living Ltd", 4120000.0)]),
    # the provider's name wraps: split between the two rows it spans
    ("Ashcombe", "Health and Wellbeing Board",
     "| Carers support | Ashcombe Carers Centre | 228,000 | 1,140,000 |\n"
     "| Day opportunities | Skye Ridge Mental Health and Wellbeing Association | 340,000 |"
     " 1,020,000 |\n"
     "| Recovery community | ^ | 118,000 | 354,000 |\n",
     [("Ashcombe Carers Centre", 1140000.0),
      ("Skye Ridge Mental Health and Wellbeing Association", 1020000.0),
      ("Skye Ridge Mental Health and Wellbeing Association", 354000.0)]),
])
def test_regression_zebra_cell_merged_down_from_an_unshaded_row(
        council: str, body: str, rows: str, want: list[tuple[str, float]],
        tmp_path: Path) -> None:
    paper = REGISTER.format(council=council, body=body, rows=rows)
    found = [(c.provider, c.value_gbp)
             for c in process_file(str(rendered(paper, tmp_path))).records
             if isinstance(c, Contract)]
    assert sorted(found, key=str) == sorted(want, key=str)


def test_regression_footnote_marker_after_a_bare_value_lost_the_value() -> None:
    money = parse_money("612,500²", unit=1.0)
    assert money is not None and money.pounds == 612500.0


def test_guard_a_bare_value_with_a_digit_after_it_is_still_no_value() -> None:
    assert parse_money("612,500 2", unit=1.0) is None


# ------------------------------- a short bilingual minute heading over Welsh | English columns

BILINGUAL = [
    ("26/051", "Ymddiheuriadau / Apologies",
     "Derbyniwyd ymddiheuriadau gan y Cynghorydd Owain Jenkins a'r Cynghorydd Siân Hughes.",
     "Apologies were received from Councillor Owain Jenkins and Councillor Siân Hughes."),
    ("26/052", "Datgan Buddiant / Declarations of Interest",
     "Datganodd y Cynghorydd Tudur fuddiant personol yng nghofnod 26/054 fel cymydog i'r "
     "ymgeisydd.",
     "Councillor Tudur declared a personal interest in minute 26/054 as a neighbour of the "
     "applicant."),
    ("26/053", "Gohebiaeth / Correspondence",
     "Nodwyd llythyr gan y Cyngor Sir ynghylch cau Heol y Felin dros dro ar gyfer gwaith "
     "draenio ym mis Mehefin.",
     "A letter from the County Council about the temporary closure of Mill Road for drainage "
     "works in June was noted."),
    ("26/054", "Ceisiadau Cynllunio / Planning Applications",
     "Cais 26/0312/FUL: estyniad deulawr, Bryn Awel. PENDERFYNWYD: Nad oes gan y Cyngor "
     "wrthwynebiad i'r cais.",
     "Application 26/0312/FUL: two-storey extension, Bryn Awel. RESOLVED: That the Council "
     "raises no objection to the application."),
]


@pytest.mark.parametrize("council", ["Llanddewi Fach", "Pentre Ifan"])
def test_regression_short_bilingual_minute_heading_dropped_with_the_welsh_column(
        council: str, tmp_path: Path) -> None:
    # a heading ending before the gutter kept to the Welsh column and went with it
    paper = (f"!! Cyngor Cymuned {council} Community Council\n"
             f"<> Cofnodion cyfarfod o'r Cyngor a gynhaliwyd nos Fercher 13 Mai 2026 am 7.00 yh"
             f" || Minutes of the meeting of the Council held on Wednesday 13 May 2026 at 7.00 pm\n"
             + "".join(f"** {number} {title}\n<> {cy} || {en}\n"
                       for number, title, cy, en in BILINGUAL))
    minutes = [m for m in process_file(str(rendered(paper, tmp_path))).records
               if isinstance(m, Minute)]
    assert [(m.minute_number, m.title) for m in minutes] == [
        (number, title) for number, title, _, _ in BILINGUAL]
    # the English column is each minute's text, the Welsh left out
    assert "Apologies were received" in (minutes[0].body or "")
    assert not any("Derbyniwyd" in (m.body or "") for m in minutes)


# ------------------------------- a wrapped agenda title whose last line opens with a figure

AGENDA_WITH_PAPERS = """%% ligatures
!! {body}
Notice is hereby given that a meeting of the {body} will be held on Thursday 26 March 2026.
^^ AGENDA
|- No. | Business | Paper |
| 1 | Apologies for absence | - |
| 2 | Declarations of interest | - |
| 3 | Minutes of the Board meeting held on 29 January 2026 | A |
| 4 | Matters arising and action log | B |
| 5 | Harbour Master's report: marine safety and port operations | C |
| 6 | Contracts register and procurement plan 2026/27 | D |
| 7 | Fees and charges for 2027 | verbal |
| 8 | Any other business | - |
| 9 | {last} | - |
"""


@pytest.mark.parametrize(("body", "last"), [
    ("Porthgwidden Harbour Board", "Date of next meeting: Thursday 28 May 2026"),
    ("Tamar Valley Joint Committee", "Date of next meeting: Monday 13 July 2026"),
])
def test_regression_wrapped_title_ending_in_a_date_lost_its_item(body: str, last: str,
                                                                 tmp_path: Path) -> None:
    # the cell's last line "28 May 2026" was read as item 28, so item 3 was no row
    records = process_file(str(rendered(AGENDA_WITH_PAPERS.format(body=body, last=last),
                                        tmp_path))).records
    items = [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)]
    assert items[-1] == ("9", last)


# ------------------------------- an agenda's committee under the publisher's running head

RUNNING_HEAD_PACK = """%% header {publisher}
!! {body}
Meeting held in public on Thursday 10 September 2026, 9.30 am, Conference Room 2, Riverside House
^^ AGENDA
1. Welcome and apologies
2. Declarations of interest
3. Minutes of the meeting held on 9 July 2026
--- page ---
!! {body}
** Minutes of the meeting held on Thursday 9 July 2026
Present:	Dr A Mistry (Chair), Mr C Breckenridge, Ms H Osei
** 41 Apologies
Apologies were received from the Director of Primary Care.
** 42 Minutes of the previous meeting
The Committee **RESOLVED** to approve the minutes of the meeting held on 14 May 2026.
"""


@pytest.mark.parametrize(("publisher", "body"), [
    ("NHS Severn and Wye Integrated Care Board", "Quality and Performance Committee"),
    ("Marlow Vale Combined Fire Authority", "Audit and Standards Committee"),
])
def test_regression_agenda_committee_read_from_the_running_head(publisher: str, body: str,
                                                                tmp_path: Path) -> None:
    paper = RUNNING_HEAD_PACK.format(publisher=publisher, body=body)
    docs = pack_documents(paper, tmp_path)
    assert [(kind, committee) for kind, _, committee in docs] == [
        ("agenda", body), ("minutes", body)]


def test_guard_agenda_named_only_by_its_running_head_keeps_it(tmp_path: Path) -> None:
    paper = """%% header Harbour Board
!! Meeting held in public on Thursday 10 September 2026, 9.30 am, Harbour Office
^^ AGENDA
1. Welcome and apologies
2. Declarations of interest
--- page ---
!! Fees and charges for 2027
Report to:	Harbour Board
Date of meeting:	10 September 2026
Report of:	Chief Executive
** 1. Recommendation
1.1 That the Board approves the fees and charges for 2027 set out in this report.
"""
    docs = pack_documents(paper, tmp_path)
    assert docs[0] == ("agenda", "2026-09-10", "Harbour Board")

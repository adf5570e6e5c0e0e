"""Regression tests for the structure misses of round 10's blind batches (Q to T) that remain
with the text layer's marks stripped: a decision notice whose masthead names its body and what
the paper is on one line ("Licensing Sub-Committee: Notice of Decision"), and a web page's
agenda whose masthead ("Agenda - Tuesday 20 January 2026, 7.00pm") stands over long lines
before the items' heading. Each runs on small generated papers in more than one council's form,
not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, rendered
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.load import load
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment

NOTICE = """## {council}
## {masthead}
Licensing Act 2003 - application for a premises licence
Premises:	The Plough, 3 Mill Lane
{date_label}:	{date}
Members:	Councillor A Brown (Chair), Councillor C Dale, Councillor E Fox
** Decision
The Sub-Committee RESOLVED to grant the premises licence subject to the conditions agreed
with the Police.
** Reasons
The Sub-Committee was satisfied that the conditions promote the licensing objectives.
** Right of appeal
Any party may appeal to the magistrates' court within 21 days of this notice.
"""


@pytest.mark.parametrize(("masthead", "body", "date_label", "date", "iso"), [
    ("Licensing Sub-Committee: Notice of Decision", "Licensing Sub-Committee",
     "Date of hearing", "Wednesday 11 March 2026", "2026-03-11"),
    ("Licensing Panel - Notice of Determination", "Licensing Panel",
     "Hearing date", "4 February 2026", "2026-02-04"),
    ("Regulatory Sub-Committee – Decision Notice", "Regulatory Sub-Committee",
     "Date of meeting", "19 May 2026", "2026-05-19"),
])
def test_notice_masthead_names_its_body_before_what_the_paper_is(
        masthead: str, body: str, date_label: str, date: str, iso: str, tmp_path: Path) -> None:
    paper = NOTICE.format(council="Eastby District Council", masthead=masthead,
                          date_label=date_label, date=date)
    assert documents_of(rendered(paper, tmp_path)) == [("decision", iso, body)]


WEB_AGENDA = """{crumbs}

{council}

{committee}

{dated}
Venue: The Council Chamber, Town Hall, Market Place, Westby
Published: 2 March 2026

{members}

{welcome}

Download this agenda (PDF, 180KB)

AGENDA

1. To receive apologies for absence

2. To receive declarations of interest

3. To approve the minutes of the meeting held on 3 February 2026

4. To consider the planning applications listed below

5. Date of next meeting
"""
# The page's lines longer than a masthead's, between it and the items' heading.
MEMBERS = ("Committee members: Cllr A Brown (Chair), Cllr C Dale (Vice-Chair), Cllr E Fox, "
           "Cllr G Hart, Cllr J Kerr, Cllr L Moss")
WELCOME = ("Members of the public are welcome to attend and may speak on any item on this "
           "agenda. Please let the clerk know by noon on the day of the meeting.")


@pytest.mark.parametrize(("committee", "dated", "iso"), [
    ("Planning Committee", "Agenda - Tuesday 10 March 2026, 7.00pm", "2026-03-10"),
    ("Finance and General Purposes Committee", "Agenda for the meeting on 3rd March 2026 at 7pm",
     "2026-03-03"),
    ("Amenities Committee", "AGENDA: Monday 16 March 2026", "2026-03-16"),
])
def test_web_page_masthead_naming_its_dated_agenda_is_the_agendas(
        committee: str, dated: str, iso: str, tmp_path: Path) -> None:
    page = WEB_AGENDA.format(
        crumbs=f"Home > Meetings > {committee} > Agenda - {committee}",
        council="WESTBY TOWN COUNCIL", committee=committee, dated=dated,
        members=MEMBERS, welcome=WELCOME)
    path = tmp_path / "agenda.txt"
    path.write_text(page)
    assert documents_of(path) == [("agenda", iso, committee)]


@pytest.mark.parametrize(("masthead", "body"), [
    (["WESTMARCH AND FENBY JOINT HEALTH AND WELLBEING", "BOARD"],
     "Westmarch and Fenby Joint Health and Wellbeing Board"),
    (["WESTMARCH AND FENBY JOINT HEALTH AND", "WELLBEING BOARD"],
     "Westmarch and Fenby Joint Health and Wellbeing Board"),
    (["Eastby and Westby Strategic Planning and", "Transport Committee"],
     "Eastby and Westby Strategic Planning and Transport Committee"),
])
def test_minutes_masthead_name_wrapped_over_two_lines_is_one_name(
        masthead: list[str], body: str) -> None:
    lines = ["Draft - subject to approval", *masthead,
             "Minutes of the meeting held on Wednesday 21 October 2026 at 2.00 pm",
             "Present: Cllr A Brown (Chair), Cllr C Dale"]
    heading = minutes_heading(lines)
    assert (heading.committee, str(heading.meeting_date)) == (body, "2026-10-21")


@pytest.mark.parametrize(("above", "name"), [
    ("Tamarside Waste Partnership", "Tamarside Waste Partnership Joint Committee"),
    ("BRACKENSHIRE PENSION FUND", "LOCAL PENSION BOARD"),
    ("RAVENSDALE NATIONAL PARK AUTHORITY", "PLANNING COMMITTEE"),
])
def test_a_whole_name_above_the_masthead_is_not_part_of_its_name(above: str, name: str) -> None:
    lines = [above, name,
             "MINUTES of the meeting held at Brenmouth Civic Centre on Friday 13 March 2026",
             "Present: Cllr A Brown (Chair), Cllr C Dale"]
    assert minutes_heading(lines).committee == (name.title() if name.isupper() else name)



STAMPED_PACK = """## Eastby District Council
** Overview and Scrutiny Committee
A meeting of the Overview and Scrutiny Committee will be held on 2 June 2026 at 6.30 pm.
** Agenda
1.	Apologies
2.	Work Programme 2026/27 (Pages 2 - 2)
3.	{title} (Page 3)
--- page ---
<< Item 2
!! Work Programme 2026/27
Report to:	Overview and Scrutiny Committee
Meeting date:	2 June 2026
** Recommendations
That the Committee agrees the work programme for 2026/27 set out in the appendix to this report.
--- page ---
<< Item 3
!! {title}
The plan published on 15 May 2026 is set out for the Committee's information.
|- {header}
{rows}"""


@pytest.mark.parametrize(("title", "header", "row"), [
    ("Cabinet Forward Plan - June to September 2026", "Decision | Cabinet date | Cabinet Member",
     "| Local Plan Review - Regulation 18 | 1 July 2026 | Planning"),
    ("Register of contract waivers", "Ref | Service | Supplier | Value",
     "| W/26/01 | Grounds maintenance | Greenway Ltd | £48,000"),
])
def test_item_stamp_over_a_page_of_small_table_cells_starts_a_paper(
        title: str, header: str, row: str, tmp_path: Path) -> None:
    """The stamp is in the page's prose type; the table's many cells, set smaller, are not
    the page's body."""
    pack = STAMPED_PACK.format(title=title, header=header, rows="\n".join([row] * 12))
    pages = [(s.page_from, s.page_to) for s in segment(load(rendered(pack, tmp_path)))]
    assert pages == [(1, 1), (2, 2), (3, 3)]


# The stamped pack's last page: its item 3.
LAST_PAGE = 3


@pytest.mark.parametrize("title", [
    "Cabinet Forward Plan - June to September 2026",
    "Forward Plan of Key Decisions: 1 July to 31 October 2026",
    "Executive Forward Plan",
])
def test_paper_titled_a_forward_plan_is_one(title: str, tmp_path: Path) -> None:
    row = "| Local Plan Review - Regulation 18 | 1 July 2026 | Planning"
    pack = STAMPED_PACK.format(title=title, header="Decision | Cabinet date | Cabinet Member",
                               rows="\n".join([row] * 6))
    path = rendered(pack, tmp_path)
    assert [s.kind for s in segment(load(path))][-1] == "forward_plan"
    # its entries are decisions to come, and its prose no decision at all
    records = process_file(str(path)).records
    assert not [r for r in records if isinstance(r, Decision) and r.page == LAST_PAGE]


SCOTTISH_PACK = """## {board}
!! Agenda
1.	Welcome and apologies
2.	Minute of previous meeting (Page 2)
3.	Budget monitoring
--- page ---
## {board}
** {heading} held on Wednesday 24 June 2026 in the Boardroom, Council Headquarters
Present: Cllr I Drummond (Chair), Ms F Laidlaw, Cllr G Baxter
** 1. Welcome and apologies
Apologies were received from Mr S Rennie.
** 2. Budget outturn
**Decision:** The Board noted the outturn.
"""


@pytest.mark.parametrize("heading", ["Minute of the meeting", "Minutes of the meeting"])
@pytest.mark.parametrize("board", ["Braemoor Integration Joint Board", "Glenarrow Licensing Board"])
def test_minute_of_the_meeting_held_over_who_was_present_starts_minutes(
        heading: str, board: str, tmp_path: Path) -> None:
    pack = SCOTTISH_PACK.format(board=board, heading=heading)
    kinds = [(s.kind, s.page_from) for s in segment(load(rendered(pack, tmp_path)))]
    assert kinds == [("agenda", 1), ("minutes", 2)]


TWO_REPORTS = """## Glenarrow Council
** {committee}
Date:	Tuesday, 2 June 2026
Time:	10.00 am
Venue:	Council Chambers, Municipal Buildings
** AGENDA
1.	Declarations of Interest
2.	Strategic Equity Funding Plan 2026/27
3.	Devolved School Management Scheme 2026
--- page ---
Item 2
## Strategic Equity Funding Plan 2026/27
Report by:	Executive Director
Committee:	{committee}
Date:	2 June 2026
** 1. RECOMMENDATION
The Committee is asked to approve the plan for the use of the Strategic Equity Fund in 2026/27.
** 2. BACKGROUND
The fund is allocated to the Council by the Scottish Government for the four years to 2026/27.
--- page ---
** 4. THE PLAN
The plan funds family learning workers in the eight clusters with the highest deprivation.
** 5. IMPLICATIONS
5.1 Financial: the plan is contained within the grant.
{closing}
--- page ---
Item 3
## Devolved School Management Scheme 2026
Report by:	Executive Director
Committee:	{committee}
Date:	2 June 2026
** 1. RECOMMENDATION
The Committee is asked to approve the revised scheme of devolved school management for 2026.
** 2. BACKGROUND
The scheme sets out which budgets head teachers manage and how they are allocated to schools.
"""


@pytest.mark.parametrize(("committee", "closing"), [
    ("Education and Learning Committee", "Author:\tG Buchanan, Executive Director\n"
                                         "Background Papers:\tNone"),
    ("Children and Families Committee", "Report author:\tA Grant, Head of Service\n"
                                        "Contact:\t01877 440 300"),
])
def test_closing_label_over_the_next_papers_header_starts_nothing(
        committee: str, closing: str, tmp_path: Path) -> None:
    pack = TWO_REPORTS.format(committee=committee, closing=closing)
    pages = [(s.page_from, s.page_to) for s in segment(load(rendered(pack, tmp_path)))]
    assert pages == [(1, 1), (2, 3), (4, 4)]


FROM_TO_PACK = """## Oxwold County Council
!! {committee}
Thursday, 17 September 2026 at 2.00 pm, Darent Room, County Hall
** AGENDA
A1	Apologies and substitutes
B1	{title}
--- page ---
!! {title}
From:	Cabinet Member for Highways and Transport
To:	{committee} - 17 September 2026
Decision no:	N/A - for information
** Summary
This report presents the register at 31 August 2026 and the changes since March 2026.
** Recommendation
The Cabinet Committee is asked to NOTE the register at 31 August 2026 set out in Appendix 2.
** 1. Introduction
1.1 The register lists every highways contract in force with its value and its end date.
"""


@pytest.mark.parametrize(("committee", "title"), [
    ("Highways and Transport Cabinet Committee", "Highways contracts register: half-yearly update"),
    ("Environment Cabinet Committee", "Waste disposal contracts: annual review"),
])
def test_from_to_header_under_a_title_in_heading_type_starts_a_report(
        committee: str, title: str, tmp_path: Path) -> None:
    pack = FROM_TO_PACK.format(committee=committee, title=title)
    segments = segment(load(rendered(pack, tmp_path)))
    assert [(s.kind, s.page_from) for s in segments] == [("agenda", 1), ("report", 2)]
    assert segments[1].title == title


BOARD_PACK = """!! {company}
!! {body} Meeting
Date:	Tuesday 24 November 2026, 5.30 pm
Venue:	Board Room, 2 Foundry Yard, Kestrelford
** Agenda
|- No. | Item | Lead | Purpose
|- 1 | Apologies and declarations of interest | Chair | -
|- 2 | Minutes of the {body} meeting held on 29 September 2026 and matters arising | Chair | Approve
|- 3 | Chief Executive's update | Chief Executive | Note
|- 4 | Any other business | Chair | -
--- page ---
!! Minutes of the {body} Meeting
Held on Tuesday 29 September 2026 at 5.30 pm, Board Room, 2 Foundry Yard, Kestrelford
Present: Marian Hughes (Chair), Derek Ash, Sonia Patel, Graham Lowe
** B/26/41 Apologies
Apologies were received from Mark Ellery.
** B/26/42 Chief Executive's update
The {body} noted the update on the repairs contract and the stock condition survey.
"""


@pytest.mark.parametrize(("company", "body"), [
    ("Kestrelford Homes Limited", "Board"),
    ("Eastby Leisure Trust", "Trustees Board"),
])
def test_agenda_rows_in_body_type_start_no_minutes_and_body_meeting_names_the_body(
        company: str, body: str, tmp_path: Path) -> None:
    docs = documents_of(rendered(BOARD_PACK.format(company=company, body=body), tmp_path))
    assert [(k, d) for k, d, _ in docs] == [
        ("pack", "2026-11-24"), ("agenda", "2026-11-24"), ("minutes", "2026-09-29")]
    assert docs[1][2] == body


# The most CPU a masthead's regexes may take over a long line (linear: milliseconds).
MASTHEAD_CPU_SECONDS = 1.0


def test_regression_a_masthead_line_of_many_spaces_reads_in_linear_time() -> None:
    """What a notice's masthead says it is was cut off its line by a pattern opening with
    ``\\s*``, tried again from every space of a run: a line padded with 30,000 spaces (a text
    export's columns) took seconds (quadratic), and longer ones minutes."""
    import time

    from kcc_papers.extract.meetings.addressed import notice_masthead

    line = "Licensing Sub-Committee" + " " * 30_000 + "x"
    start = time.process_time()
    notice_masthead([line, "Notice of Decision", "Date of hearing: 11 March 2026"])
    assert time.process_time() - start < MASTHEAD_CPU_SECONDS
    assert notice_masthead(["Licensing Sub-Committee: Notice of Decision",
                            "Date of hearing: 11 March 2026"])["committee"] == (
        "Licensing Sub-Committee")


AGENDA_OF_KIND = """Wexcombe District Council
{masthead}
Date: Tuesday 10 March 2026
Time: 7.00 pm
Venue: Council Chamber
AGENDA
1. Apologies for absence
2. Declarations of interest
3. Budget 2026/27 (Pages 3 - 10)
4. Council Tax Resolution (Pages 11 - 20)
"""


def _agenda_committee(masthead: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    path = tmp_path / "agenda.txt"
    path.write_text(AGENDA_OF_KIND.format(masthead=masthead))
    return [(d.kind, d.committee) for d in process_file(str(path)).documents]


@pytest.mark.parametrize(("kind", "body"), [
    ("Extraordinary", "Council"), ("Special", "Cabinet"), ("Annual", "Council"),
    ("Budget", "Council"), ("Reconvened", "Planning Committee"),
])
def test_regression_a_special_meetings_masthead_names_its_body(
        kind: str, body: str, tmp_path: Path) -> None:
    """'<Body> Meeting' names the body; the kind of meeting before it ("Extraordinary Council
    Meeting") is no part of the body's name, as it is not in "Extraordinary Meeting of the
    Council": a body's agendas must not part under two names ("Special Cabinet")."""
    ordinary = _agenda_committee(f"{body} Meeting", tmp_path)
    assert ordinary[0][1] is not None
    assert _agenda_committee(f"{kind} {body} Meeting", tmp_path) == ordinary

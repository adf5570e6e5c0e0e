"""Regression tests for round 26's document misses, batches A-D (each document's kind, meeting
date and committee): a web page's minutes titled "<Body>: minutes, <date>", a report page's
meeting details table. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, html_table, pack_documents

# ------------------------------------------------ a board's minutes page: "Board: minutes, date"

BOARD_MINUTES_PAGE = html_page(
    "<header><a href='/'>Esslow Borough Council</a></header>",
    "<h1>Town Centre Regeneration Programme Board: minutes, 12 February 2029</h1>",
    "<p>Published 26 February 2029. These minutes will be confirmed at the next meeting on"
    " 16 April 2029.</p>",
    "<p><strong>Present:</strong> Councillor Ada Brill (Chair), Tom Vane (Programme Manager).</p>",
    "<h2>TCR/29/01 Apologies</h2><p>None were received.</p>",
    "<h2>TCR/29/02 Programme risks</h2><p>The board reviewed the risks below.</p>",
    html_table(["Ref", "Risk", "Likelihood", "Impact", "Score", "Owner"],
               [["R1", "Contractor insolvency delays the works", "3", "4", "12", "TV"],
                ["R2", "Grant funding withdrawn if milestones slip", "2", "5", "10", "AB"],
                ["R3", "Utility diversions cost more than estimated", "4", "3", "12", "TV"]]),
    "<p>It was agreed that the risk register be noted.</p>",
)


def test_minutes_page_titled_body_minutes_and_date(tmp_path: Path) -> None:
    # "<Board>: minutes, 12 February 2029" heads the page's minutes, the board its committee;
    # before, the date after the word kept it from reading as a heading and the risk table
    # made the page a risk register with no meeting
    page = tmp_path / "minutes.html"
    page.write_text(BOARD_MINUTES_PAGE)
    assert documents_of(page) == [
        ("minutes", "2029-02-12", "Town Centre Regeneration Programme Board")]


# ------------------------------------------------ a report page's meeting details table

REPORT_DETAILS_PAGE = html_page(
    "<header><a href='/'>Fenmarsh Council</a></header>",
    "<h1>Report to the Executive: Library Opening Hours Review - Consultation Results</h1>",
    "<table class='report-details'>"
    "<tr><th>Meeting</th><td>Executive</td></tr>"
    "<tr><th>Date</th><td>Wednesday 14 February 2029</td></tr>"
    "<tr><th>Report of</th><td>Director of Communities</td></tr>"
    "<tr><th>Key decision</th><td>Yes</td></tr></table>",
    "<h2>1. Purpose</h2><p>1.1 To report the consultation's results on library hours.</p>",
    "<h2>2. Recommendations</h2><p>The Executive is recommended to approve the revised"
    " opening hours set out in Table 2.</p>",
)


def test_report_page_details_table_names_its_meeting(tmp_path: Path) -> None:
    # "Meeting | Executive" over "Date | Wednesday 14 February 2029", a details table's rows,
    # name the meeting as "Meeting: Executive" would; before, the rows had no colon and the
    # report had no meeting
    page = tmp_path / "report.html"
    page.write_text(REPORT_DETAILS_PAGE)
    assert documents_of(page) == [("report", "2029-02-14", "Executive")]


# ------------------------------- a hub board's minutes page: "Board: minutes of the meeting ..."

HUB_MINUTES_PAGE = html_page(
    "<header><a href='/'>Westerly Music Hub</a></header>",
    "<h1>Music Hub Board: minutes of the meeting held on Thursday 18 February 2027</h1>",
    "<p><strong>Present:</strong> Dr Ann Vale (Chair), Mr Ian Coe (Head of Music Service).</p>",
    "<h2>Item 1: Welcome and apologies</h2><p>Apologies were noted.</p>",
    "<h2>Item 2: Hub performance report, autumn term 2026</h2>",
    "<p>The Head of Music Service presented the hub's delivery measures.</p>",
    html_table(["Measure", "Target", "Actual", "RAG"],
               [["Pupils in whole-class lessons", "4,000", "3,850", "Amber"],
                ["Schools engaged", "95%", "97%", "Green"],
                ["Ensemble members", "600", "512", "Red"]]),
    "<p>The Board noted the performance report.</p>",
    "<h2>Item 3: Hub performance dashboard</h2><p>It was agreed to publish the dashboard.</p>",
)


def test_minutes_page_items_and_body_before_the_minutes_sentence(tmp_path: Path) -> None:
    # "Item 2: Hub performance report" is an item the meeting took, not the page's title, and
    # "Music Hub Board" before ": minutes of the meeting held on ..." is its committee; before,
    # the items' headings made the page a performance report with no meeting
    page = tmp_path / "minutes.html"
    page.write_text(HUB_MINUTES_PAGE)
    assert documents_of(page) == [("minutes", "2027-02-18", "Music Hub Board")]


# ------------------------------------------- a school's governing body: "Full Governing Body"

GOVERNING_BODY_PACK = """%% header Brook Lane Primary School: Full Governing Body
## Brook Lane Primary School
** Full Governing Body
Date:	Tuesday 9 March 2027
Time:	6.00 pm
Venue:	School Library
^^ A G E N D A
| Item | Business | Lead | Paper |
| 1 | Welcome and Apologies | Chair | - |
| 2 | Headteacher's Report | Headteacher | A |
| 3 | Budget Monitoring | Chair of Resources | - |
--- page ---
** Paper A
## Headteacher's Report to Governors
** Full Governing Body, 9 March 2027
Author:	Ms Ann Lowe, Headteacher
Purpose:	For information and challenge
** 1. Pupil numbers
1.1 The school has 412 pupils on roll, 6 more than in the autumn term.
** 2. Recommendation
2.1 Governors are asked to note the report.
"""


def test_full_governing_body_is_a_body(tmp_path: Path) -> None:
    # "Full Governing Body" in the agenda's masthead and the report's head names the meeting
    # as "... Committee" would; before, "Body" was no body's word and neither had a committee
    docs = pack_documents(GOVERNING_BODY_PACK, tmp_path)
    assert [d[2] for d in docs] == ["Full Governing Body", "Full Governing Body"]


# ---------------------------------- a programme's steering group: its name, its forward plan

STEERING_GROUP_PACK = """## WESTBURN METROPOLITAN BOROUGH COUNCIL
** HOUSING PROGRAMME STEERING GROUP
Wednesday, 8 November 2028 at 9.30 am
Room 2, Westburn Town Hall
^^ AGENDA
1. Apologies for absence
2. Programme Highlight Report
3. Forward Plan of the Steering Group
--- page ---
** Agenda Item 2
Report to:	Housing Programme Steering Group
Date:	8 November 2028
Subject:	Programme Highlight Report
** 1. Recommendation
1.1 That the Steering Group notes the progress of the programme.
--- page ---
** Agenda Item 3
## HOUSING PROGRAMME STEERING GROUP - FORWARD PLAN
| Meeting | Item | Lead |
| 10 January 2029 | Voids pilot evaluation | Head of Housing |
| 14 March 2029 | Housing Strategy 2029-2032 (draft) | Director of Housing |
"""


def test_steering_group_names_its_meeting_and_heads_its_forward_plan(tmp_path: Path) -> None:
    # "HOUSING PROGRAMME STEERING GROUP" is a body, as "... Board" is, and "<body> - FORWARD
    # PLAN" titles the group's plan; before, "Group" was no body's word, so no paper had a
    # committee, and the plan under the body's name was no plan
    docs = pack_documents(STEERING_GROUP_PACK, tmp_path)
    assert [d[2] for d in docs] == ["Housing Programme Steering Group"] * 3
    assert docs[-1][0] == "forward_plan"


# ------------------------------ a town council's report: "Report to <body>, <date>: Item 5"

TOWN_COUNCIL_PACK = """## BRAYFORD TOWN COUNCIL
** FINANCE AND GENERAL PURPOSES COMMITTEE
Date:	Tuesday 9 January 2029 at 7.30 pm
Venue:	Council Chamber
** AGENDA
1. Apologies for absence
5. Draft Budget and Precept 2029/30
6. Grants to Local Organisations
--- page ---
** BRAYFORD TOWN COUNCIL
** Report to the Finance and General Purposes Committee, 9 January 2029: Item 5
** Draft Budget and Precept 2029/30
** Recommendation
That the committee recommends a precept of £412,000 to the Town Council.
--- page ---
** BRAYFORD TOWN COUNCIL
** Report to the Finance and General Purposes Committee, 9 January 2029: Item 6
** Grants to Local Organisations 2029/30
** Recommendation
That the committee approves the grants in the table below.
"""


def test_report_heading_with_its_item_after_the_date(tmp_path: Path) -> None:
    # "Report to the ... Committee, 9 January 2029: Item 5" heads a report, its item after the
    # date; before, the item kept it from reading as a heading and the reports ran on as
    # part of the agenda
    docs = pack_documents(TOWN_COUNCIL_PACK, tmp_path)
    assert docs == [("agenda", "2029-01-09", "Finance and General Purposes Committee")] + [
        ("report", "2029-01-09", "Finance and General Purposes Committee")] * 2


# ------------------------------------ a text export: the stamp under the rule between papers

RULE = "-" * 70
TRUST_TEXT_PACK = f"""KESTREL VALE ACADEMY TRUST

BOARD OF TRUSTEES

Tuesday 23 March 2027 at 5.30 pm, Kestrel Vale Academy

AGENDA

 1.  Apologies for absence
 2.  CEO's report
 3.  Catering services contract: award
 4.  Scheme of delegation: annual review

{RULE}

Agenda item 2

CEO'S REPORT TO THE BOARD OF TRUSTEES, 23 MARCH 2027
Mrs Ann Lowe, Chief Executive Officer

1. Pupil numbers are 2,310, up 14 on last year.

2. Recommendation
   That trustees note the CEO's report.

{RULE}

Agenda item 3

CATERING SERVICES CONTRACT: AWARD
Chief Finance and Operations Officer

1. Recommendation: That trustees approve the award of the catering contract.

{RULE}

Agenda item 4

SCHEME OF DELEGATION: ANNUAL REVIEW
Governance Professional

Recommendation: That trustees approve the revised scheme of delegation.
"""


def test_text_exports_stamp_under_its_rule_starts_a_paper(tmp_path: Path) -> None:
    # "Agenda item 3" straight under the rule a text export draws between its papers starts
    # the item's paper, as a stamp at a PDF page's top does; before, a stamp with no "Report
    # of" line under it started nothing and the papers ran on as the agenda
    path = tmp_path / "pack.txt"
    path.write_text(TRUST_TEXT_PACK)
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    assert [d[0] for d in docs] == ["agenda", "report", "report", "report"]


# --------------------------- stamps numbering the pages: "Agenda Item {page}" on every page

PAGE_STAMPED_PACK = """%% header Wendron Combined Authority
%% footer Procurement Board - 24 February 2026 - Page {page} of {pages}
%% overprint Agenda Item {page}
## Wendron Combined Authority
** Procurement Board
Date: Tuesday 24 February 2026
** Agenda
1. Apologies
2. Minutes of the Previous Meeting (9 December 2025)
3. Contract Award Notices Published
4. Procurement Pipeline 2026/27
--- page ---
## Wendron Combined Authority
** Minutes of the Procurement Board held on 9 December 2025
Present: Mayor Jenna Polglase (Chair); Councillor Robin Trethowan
** PB/25/21 Apologies
None were received.
** PB/25/22 Pipeline
RESOLVED that the pipeline be noted.
--- page ---
** Contract Award Notices Published
Report of the Head of Procurement
** 1. Recommendation
1.1 That the Board notes the contract award notices published in the quarter.
| Notice ID | Contract | Awarded to | Procedure | Value (£) |
| UK6-0412 | Authority audit services | Castlegate Assurance LLP | Framework call-off | 286,000 |
| UK6-0413 | Travel information displays | Infolux Transit Systems Ltd | Open | 1,125,400 |
| --- page, header not repeated --- |
| UK6-0438 | Active travel design | Sustrans-Kerrow Design Partnership Ltd | Open | 498,750 |
| UK6-0440 | Bus shelter cleaning | Cleanline Street Services Ltd | Open | 204,300 |
2.2 The Authority published 14 tender notices in the same period.
--- page ---
** Procurement Pipeline 2026/27
Report of the Head of Procurement
** 1. Recommendation
1.1 That the Board approves the procurement pipeline for 2026/27.
"""


def test_stamps_numbering_every_page_start_no_paper(tmp_path: Path) -> None:
    # "Agenda Item 1" on the agenda's page, "Agenda Item 3" on the award notices' second page:
    # stamps counting every page number its pages, not its items; before, the table's second
    # page, stamped another item's number, started a paper of its own
    assert [d[0] for d in pack_documents(PAGE_STAMPED_PACK, tmp_path)] == [
        "agenda", "minutes", "report", "report"]


# ------------------------- a project board's notes: "Notes of the Project Board - <date>"

PROJECT_BOARD_PACK = """%% header Wexford County Council - Children's Services Capital
## Hillcrest Primary School Expansion Project Board
** AGENDA
Date: Tuesday 5 December 2028, 2.00 pm
Venue: Meeting Room 3, County Hall
| Paper | Item |
| A | Notes of the meeting held on 7 November 2028 |
| B | Appointment of Clerk of Works |
--- page ---
** Paper A
## Notes of the Project Board - 7 November 2028
Attendees: Grant Fell (Chair), Mrs Alys Kaur (Headteacher), Nia Gath (Project Manager).
** 1. Apologies
None.
** 2. Programme
The Project Manager reported that the works are two weeks behind programme.
The Board agreed that the contractor be asked for a recovery plan.
--- page ---
** Paper B
## Appointment of Clerk of Works
Report of the Technical Lead
** Recommendation
That the Board approves the appointment of a clerk of works.
"""


def test_project_boards_notes_titled_with_its_name_and_date(tmp_path: Path) -> None:
    # "Notes of the Project Board - 7 November 2028" over "Attendees:" heads the board's notes,
    # its minutes, and "Project Board" is the board the pack names in full; before, they were
    # a report of a committee called "Notes of the Project Board"
    docs = pack_documents(PROJECT_BOARD_PACK, tmp_path)
    assert docs[1] == ("minutes", "2028-11-07", "Hillcrest Primary School Expansion Project Board")


def test_risk_and_issues_register_is_a_risk_register(tmp_path: Path) -> None:
    # a project board's "Risk and Issues Register" is its risk register; before, its risks and
    # issues in one title were no register's words and the paper was "other"
    pack = PROJECT_BOARD_PACK.replace("""** Paper B
## Appointment of Clerk of Works""", """** Paper B
## Risk and Issues Register
Risks are scored Likelihood x Impact (1-5).
| Risk no. | Description | Likelihood | Impact | Score | Owner |
| R1 | Ground conditions worse than surveyed | 3 | 4 | 12 | Technical Lead |
| R2 | Contractor insolvency | 2 | 5 | 10 | Project Manager |
--- page ---
** Paper C
## Appointment of Clerk of Works""")
    assert [d[0] for d in pack_documents(pack, tmp_path)] == [
        "agenda", "minutes", "risk_register", "report"]

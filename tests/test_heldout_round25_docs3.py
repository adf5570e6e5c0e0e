"""Regression tests for round 25's document misses, third pass on batches A-H (each
document's kind, meeting date and committee): a committee's "Forward Plan and Date of Next
Meeting" report, a ModernGov "Document is Restricted" page standing in for an exempt item.
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    documents_of,
    html_page,
    html_table,
    pack_documents,
    pack_front,
    rendered,
)

# ------------------------- a committee's own forward plan joined to other business

FORWARD_PLAN_AND_DATE_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Schools Forum") + """\
## Forward Plan and Date of Next Meeting
Report to:	Schools Forum
Date:	11 June 2026
Report of:	Clerk to the Forum
** 1. Recommendation
1.1 That the Forum notes its forward plan for 2026 and the date of its next meeting.
| Meeting | Business |
| 10 September 2026 | Schools block consultation; scheme for financing schools |
| 12 November 2026 | High needs budget; early years supplements |
Date of next meeting: Thursday 10 September 2026 at 1.30 pm, County Hall.
"""


def test_forward_plan_and_date_of_next_meeting_is_a_report(tmp_path: Path) -> None:
    # a forum's item joining its plan of business to the date of its next meeting is a
    # report to it, no forward plan of decisions; before, the title read as a forward plan
    docs = pack_documents(FORWARD_PLAN_AND_DATE_PACK, tmp_path)
    assert ("report", "2026-06-11", "Schools Forum") in docs
    assert not any(kind == "forward_plan" for kind, _, _ in docs)


# ---------------------------- ModernGov's "Document is Restricted" stand-in page

RESTRICTED_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Personnel Committee") + """\
** Agenda Item 3
** Flexible Retirement Policy
Report of the Head of Human Resources
** 1. Recommendation
1.1 That the Committee approves the revised Flexible Retirement Policy.
--- page ---
Agenda Item 4
By virtue of paragraphs 1 and 4 of Part 1 of Schedule 12A of the Local Government Act 1972.
Document is Restricted
"""


def test_document_is_restricted_page_is_no_document(tmp_path: Path) -> None:
    # the page citing the exempt-information paragraphs over "Document is Restricted" stands
    # in for an exempt paper the agenda names; before, it was read as an extra "other" paper
    docs = pack_documents(RESTRICTED_PACK, tmp_path)
    assert not any(kind == "other" for kind, _, _ in docs), docs
    assert ("report", "2026-06-11", "Personnel Committee") in docs


# ------------------------------ a notice "is given" (no "hereby") over its business

NOTICE_GIVEN_PACK = """## Colbrook District Council
!! Executive
Notice is given that a meeting of the Executive will be held in the Council Chamber, \
Mill Street, Colbrook on Thursday 11 June 2026 at 7.00 pm.
Executive Members:	Councillors A Penrose (Leader), B Quayle, C Rendell
** Business
Item 1	Apologies for absence
Item 2	Declarations of interest
Item 3	Minutes of the meeting held on 14 May 2026
Item 4	Leisure Centre Management Contract
--- page ---
## Colbrook District Council
** Executive - 11 June 2026
** Item 4: Leisure Centre Management Contract
Report of:	Head of Leisure
** 1. Recommendations
1.1 That the Executive approves the extension of the leisure management contract.
"""


def test_notice_is_given_of_a_meeting_is_an_agenda(tmp_path: Path) -> None:
    # "Notice is given that a meeting of the Executive will be held ..." (the summons without
    # "hereby") over "Item N" lines; before, the front sheet was read as "other" and its
    # items lost
    docs = pack_documents(NOTICE_GIVEN_PACK, tmp_path)
    assert ("agenda", "2026-06-11", "Executive") in docs, docs
    assert not any(kind == "other" for kind, _, _ in docs), docs


# ---------------------- a web page's report asking decisions in a lettered list

def test_lettered_asks_deciding_keep_a_web_report_a_report(tmp_path: Path) -> None:
    # "That the Board:" over an <ol type="a"> whose first point approves an agreement: the
    # points are the asks, the metrics table rated "On track" the report's evidence; before,
    # "a." ended the ask's clause, no verb was found, and the page read as a performance report
    page = html_page(
        "<h1>Carers Strategy 2026-27: partnership agreement and quarter 1 return</h1>",
        "<dl><dt>Meeting</dt><dd>Lowmoor Health and Wellbeing Board</dd>"
        "<dt>Date</dt><dd>Wednesday 10 June 2026</dd>"
        "<dt>Agenda item</dt><dd>6</dd>"
        "<dt>Report of</dt><dd>Director of Adult Social Care</dd></dl>",
        "<h2>1. Purpose</h2><p>1.1 To ask the Board to approve the partnership agreement for "
        "the Carers Strategy in 2026-27, and to note the quarter 1 return.</p>",
        "<h2>2. Recommendations</h2><p>2.1 That the Health and Wellbeing Board:</p>",
        '<ol type="a"><li>approves the partnership agreement for the Carers Strategy 2026-27, '
        "with a pooled budget of &pound;2,400,000;</li>"
        "<li>notes the quarter 1 return and the metrics not on track.</li></ol>",
        "<h2>3. Quarter 1 metrics</h2>",
        html_table(["Metric", "Plan 2026-27", "Q1 actual", "Assessment"],
                   [["Carers assessed (per 100,000)", "420", "431", "On track"],
                    ["Carers' breaks delivered", "1,200", "1,012", "Not on track"],
                    ["Carers satisfied with support (%)", "75.0", "77.2", "On track"]]),
    )
    path = tmp_path / "carers.html"
    path.write_text(page)
    assert documents_of(path) == [("report", "2026-06-10", "Lowmoor Health and Wellbeing Board")]


# ------------- an NHS cover sheet: "<board> meeting in public" over a label column

COVER_SHEET = """## Fellgate Community Healthcare NHS Trust
** Trust Board meeting in public
|% 30 70
| Meeting date | 9 September 2026 |
| Agenda item | TB 08 |
| Report title | Board Assurance Framework: Quarter 1 2026/27 |
| Executive lead | Director of Corporate Affairs |
** Recommendation
The Board is asked to approve the Board Assurance Framework for Quarter 1 2026/27.
** Appendix 1: Board Assurance Framework
| BAF ref | Principal risk | Lead | Consequence (C) | Likelihood (L) | Current score (C x L) |
| BAF 1 | Failure to deliver safe care at home | Chief Nurse | 4 | 3 | 12 |
| BAF 2 | Demand for community nursing exceeds capacity | Chief Operating Officer | 4 | 4 | 16 |
"""


def test_board_meeting_in_public_over_a_meeting_date_cell(tmp_path: Path) -> None:
    # "Trust Board meeting in public" (the session after the name) over a cover sheet's
    # "Meeting date | 9 September 2026" (a label column, read without a colon): the board and
    # its date; before, the paper had neither
    docs = documents_of(rendered(COVER_SHEET, tmp_path))
    assert docs[-1][1:] == ("2026-09-09", "Trust Board"), docs


# ------------------------ a "Corporate Risk Report": the register's cover and heat map

CORPORATE_RISK_PACK = pack_front("SOUTH FELL COMBINED AUTHORITY", "Audit and Risk Committee") + """\
Agenda Item 3
## South Fell Combined Authority
** Audit and Risk Committee - 11 June 2026
** Corporate Risk Report
Report of the Chief Finance Officer
** 1. Purpose of the report
1.1 To present the Combined Authority's corporate risk register and the heat map of the risks' \
current positions.
** 2. Recommendation
2.1 That the Audit and Risk Committee notes the corporate risk register.
** 3. The register
3.1 Each risk is placed on the heat map at Appendix 1 by its current likelihood and impact.
"""


def test_corporate_risk_report_is_a_risk_register(tmp_path: Path) -> None:
    # a paper titled "Corporate Risk Report" (as "Top Risks Report") presents the body's
    # register; before, with no scored table in its head, it was read as a report
    docs = pack_documents(CORPORATE_RISK_PACK, tmp_path)
    assert ("risk_register", "2026-06-11", "Audit and Risk Committee") in docs, docs


# --------------- minutes titled "<body> - Minutes" under a partnership's name

BODY_DASH_MINUTES_PACK = pack_front("Fordham Safeguarding Adults Board", "Executive Group") + """\
## Fordham Safeguarding Adults Board
** Executive Group - Minutes
Meeting held on Monday 16 March 2026 at Fordham Council Offices
Present: A Brierley (Chair), K Osei, Dr M Fairclough, P Lund (minutes)
** SAB 26/01 Welcome and Apologies
No apologies.
** SAB 26/02 Self-Neglect Protocol
AGREED: the Self-Neglect Protocol is approved for launch on 1 May 2026.
--- page ---
!! Item 4
## Safeguarding Adults Board Budget 2026/27
Report to:	Fordham Safeguarding Adults Board Executive Group
Date:	11 June 2026
** 1. Recommendation
1.1 The Executive Group is asked to approve the budget for 2026/27.
"""


def test_body_dash_minutes_heading_starts_minutes(tmp_path: Path) -> None:
    # "Executive Group - Minutes" set as a heading over the meeting's sentence and "Present:":
    # minutes of their own; before, the page was read as part of the agenda before it
    docs = pack_documents(BODY_DASH_MINUTES_PACK, tmp_path)
    assert [d[:2] for d in docs].count(("minutes", "2026-03-16")) == 1, docs
    assert [d[0] for d in docs] == ["agenda", "minutes", "report"], docs


# ----------------------------- a paper's stamp letter-spaced: "P A P E R K R C 2"

SPACED_STAMP_PACK = pack_front("ASHWORTH HOMES LIMITED", "Board") + """\
^^ P A P E R   A H L   2
** ASHWORTH HOMES LIMITED - BOARD - 11 JUNE 2026
** RIVERSIDE PHASE 1: AWARD OF DESIGN AND BUILD CONTRACT
Author:	Managing Director
Purpose:	For decision
** 1. Recommendation
1.1 That the Board approves the award of the design and build contract.
--- page ---
^^ P A P E R   A H L   3
** ASHWORTH HOMES LIMITED - BOARD - 11 JUNE 2026
** MANAGEMENT ACCOUNTS TO 30 APRIL 2026
Author:	Finance Director
Purpose:	For noting
** 1. Recommendation
1.1 That the Board notes the management accounts for the month to 30 April 2026.
"""


def test_letter_spaced_paper_stamp_starts_a_paper(tmp_path: Path) -> None:
    # "P A P E R   A H L   3" letter-spaced over each paper's first page is the paper's stamp
    # ("Paper AHL3"); before, the second paper ran on as the first's pages
    kinds = [kind for kind, _, _ in pack_documents(SPACED_STAMP_PACK, tmp_path)]
    assert kinds == ["agenda", "report", "report"], kinds

"""Regression tests for round 17's document misses of blind batches A, B and C (each
document's kind, meeting date and committee): a panel's "Notes of the meeting held on ..."
over who was present, not read as its minutes; a board named by its kind alone ("BOARD
MEETING") in a pack whose other papers print its full name; a session's part ("- Part 1",
"(Part 1)") and "Board of" before a body named a board, read into the body's name; a report
asking to approve a plan or award a contract, read as a risk register or a performance report
for a table in a later section. Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, pack_kinds
from kcc_papers.extract.meetings import english_name

# ------------------------------------------------ a panel's notes of its meeting: its minutes

NOTES_PACK = """## {council}
!! {panel}
Date:	Tuesday 13 June 2028
Time:	2.00pm
Venue:	Meeting Room 2, Civic Offices
** AGENDA
1. Apologies
2. Notes of the meeting held on 14th March 2028
3. Void Turnaround Update
--- page ---
** {council}
** {panel}
{notes} held on 14th March 2028
Present: Cllr A Reed (Chair), Cllr B Shaw, Mr C Tait (tenant representative)
** 1 Apologies
None.
** 2 Void turnaround
The Panel agreed that a void turnaround report be brought to the next meeting.
--- page ---
Agenda Item 3
** Void Turnaround Update
Report of: Head of Housing Management
** Recommendation
That the Panel notes the void turnaround times for the quarter.
"""

NOTES_ALONE = """%% header {council} - Housing Services
## {panel}
** Notes of the meeting held on Wednesday 17th May 2028, 6.00pm, Community Room, Ash Court
Present:	Ann Reed (Chair), Bob Shaw, Cal Tait
Apologies:	Dee Urwin
** 1. Welcome and apologies
Apologies were noted as above.
** 2. Repairs
The Panel agreed to carry out a mystery shopping exercise on repairs in June.
** 3. Date of next meeting
Wednesday 19th July 2028, 6.00pm.
"""


def test_notes_of_the_meeting_held_on_read_as_minutes(tmp_path: Path) -> None:
    # A panel keeping notes heads its record of the meeting "Notes of the meeting held on ..."
    # over "Present:", as others print "Minutes of the meeting held on ...": before, the
    # notes were read as the agenda's second page (a pack) and as no paper at all (alone)
    council, panel = "Marrowfield District Council", "Housing Safety Panel"
    for notes in ("Notes of the meeting", "Minutes of the meeting"):
        assert pack_documents(NOTES_PACK.format(council=council, panel=panel, notes=notes),
                              tmp_path) == [
            ("agenda", "2028-06-13", panel),
            ("minutes", "2028-03-14", panel),
            ("report", "2028-06-13", panel),
        ]
    panel = "Tenant and Leaseholder Forum"
    assert pack_documents(NOTES_ALONE.format(council=council, panel=panel), tmp_path) == [
        ("minutes", "2028-05-17", panel)]


# ------------------------------------ a body named by its kind alone, in full on other papers

BOARD_TEXT_PACK = """{company}
(an arm's length management organisation owned by Westmere Borough Council)

BOARD MEETING

Thursday 22nd June 2028 at 4.00pm
Boardroom, 4 Mill Street, Westmere WM2 3LP

                                  AGENDA

  1.  Apologies and declarations of interest
  2.  Minutes of the Board meeting held on 20th April 2028
  3.  Annual Report on Complaints

                       {board} - 22 June 2028 - Page 1
\f{company}
MINUTES OF THE BOARD MEETING HELD ON THURSDAY 20TH APRIL 2028

Present:  Ann Reed (Chair), Cllr Bob Shaw, Cal Tait

B28/11  APOLOGIES AND DECLARATIONS OF INTEREST
        Apologies were received from Dee Urwin.

B28/12  OFFICE MOVE
        RESOLVED that the office move be deferred.

                       {board} - 22 June 2028 - Page 2
\fAGENDA ITEM 3

{board_caps}                                     22 June 2028
ANNUAL REPORT ON COMPLAINTS
Author: Eve Frost, Customer Insight Manager

1. RECOMMENDATION
1.1 That the Board notes the complaints received in 2027/28.

2. COMPLAINTS
2.1 The company received 412 stage 1 complaints in 2027/28.

                       {board} - 22 June 2028 - Page 3
"""


def _text_documents(text: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [d for d in documents_of(path) if d[0] != "pack"]


def test_board_named_by_its_kind_alone_beside_its_full_name(tmp_path: Path) -> None:
    # The agenda is headed "BOARD MEETING" under the company's name and the minutes "the
    # Board meeting"; the report and every page's foot print the body's name in full: one
    # pack, one body. Before, the agenda's committee was "Board Meeting", the minutes' "Board"
    pack = BOARD_TEXT_PACK.format(company="WESTMERE HOMES LIMITED", board="Westmere Homes Board",
                                  board_caps="WESTMERE HOMES BOARD")
    assert _text_documents(pack, tmp_path) == [
        ("agenda", "2028-06-22", "Westmere Homes Board"),
        ("minutes", "2028-04-20", "Westmere Homes Board"),
        ("report", "2028-06-22", "Westmere Homes Board"),
    ]


# ---------------------------------------- a board's session part and "Board of <... Board>"

SESSION_PACK = """%% header Fernleigh Hospitals NHS Foundation Trust
%% footer {body} ({part}) | 19/09/2028 | {{page}}
## {masthead}
Tuesday 19 September 2028 at 9.30am
Boardroom, Fernleigh General Hospital
** AGENDA
|- Item | Title | Presented by | Enclosure |
| TB 1 | Chair's welcome and apologies for absence | Chair | - |
| TB 2 | Minutes of the previous meeting held on 18 July 2028 | Chair | A |
| TB 3 | Safe Staffing Report | Chief Nurse | B |
--- page ---
Enclosure A
## Minutes of the {body} ({part})
held on Tuesday 18 July 2028 in the Boardroom, Fernleigh General Hospital
Present: Ms Ann Reed (Chair), Mr Bob Shaw (Chief Executive), Dr Cal Tait (Medical Director)
** TB/28/41  Chair's welcome and apologies for absence
Apologies were received from Mrs Dee Urwin.
** TB/28/42  Safe Staffing Report
The Board noted the report.
--- page ---
Enclosure B
## Safe Staffing Report
Report to:	{body} ({part})
Date:	19 September 2028
Executive lead:	Eve Frost, Chief Nurse
** Recommendation
The Board is asked to note the nurse staffing position for July and August 2028.
** 1. Staffing
1.1 Fill rates were 96.2% for registered nurses by day.
"""


def test_session_part_read_into_a_board_name(tmp_path: Path) -> None:
    # "TRUST BOARD - PART 1 (PUBLIC)", "Minutes of the Trust Board (Part 1)": which part of
    # the meeting, not the body's name. Before, the agenda's committee was "Trust Board - Part
    # 1" and the minutes' "Trust Board (Part 1)"
    for masthead, part in (("TRUST BOARD - PART 1 (PUBLIC)", "Part 1"),
                           ("Trust Board - Part I", "Part I"),
                           ("TRUST BOARD (PUBLIC SESSION)", "Part One")):
        pack = SESSION_PACK.format(masthead=masthead, body="Trust Board", part=part)
        assert pack_documents(pack, tmp_path) == [
            ("agenda", "2028-09-19", "Trust Board"),
            ("minutes", "2028-07-18", "Trust Board"),
            ("report", "2028-09-19", "Trust Board"),
        ]


ICB_PACK = """%% header {icb}
%% footer Board meeting in public - 13 July 2028 | Page {{page}}
## {board}
** Meeting held in public
Date:	Thursday 13 July 2028
Time:	10:00 - 12:00
Venue:	Conference Suite, Harrowden Civic Hall
** AGENDA
|% 8 52 18 22
|# No. | Item | Paper | Lead |
| 1 | Welcome and apologies | Verbal | Chair |
| 2 | Integrated Performance Report: May 2028 | ICB 28/045 | Chief Delivery Officer |
--- page ---
** ICB 28/045
## Quarterly Finance Update: May 2028
Meeting:	{board}
Date of meeting:	13 July 2028
Report of:	Ada Moss, Chief Finance Officer
** Recommendation
The Board is asked to note the financial position at month 2.
** 1. Summary
1.1 The ICB reports a year to date deficit of £2.1m against a planned deficit of £1.8m.
"""


def test_board_of_a_body_named_a_board_read_as_that_body(tmp_path: Path) -> None:
    # "Meeting: Board of NHS Harrowden Integrated Care Board": the board of a body itself named
    # a board is that body, as the pack's header names it. Before, the report's committee
    # was "Board of NHS Harrowden Integrated Care Board"
    icb = "NHS Harrowden and Wealdmoor Integrated Care Board"
    assert pack_documents(ICB_PACK.format(icb=icb, board=f"Board of {icb}"), tmp_path) == [
        ("agenda", "2028-07-13", icb),
        ("report", "2028-07-13", icb),
    ]
    # the guard: a board of directors keeps its own name
    assert english_name("Board of Directors") == "Board of Directors"
    assert english_name("Board of the Humber Partnership Board") == "Humber Partnership Board"
    assert english_name("Chief Executive Appointment (Part B)") == (
        "Chief Executive Appointment (Part B)")


# ------------------------------- a report asking a decision, a register's or KPIs' table in it

DECISION_REPORT = """## Report to Cabinet
** 14 March 2028
** {title}
Report of:	Director of Adult Social Care
Key decision:	Yes
** 1. Purpose of the report
1.1 To set out the outcome of the tender and the plan for the care market.
** 2. Recommendations
{ask}
(b) delegate authority to the Director of Adult Social Care to agree the final terms.
** 3. Background
3.1 The Council spot-purchases most of its nursing placements.
** 4. {section}
{table}
4.1 The scores above are those of the evaluation panel's report.
"""

RISK_TABLE = """|% 10 50 10 10 10
| Ref | Risk | L | I | Score |
| MR1 | Further care home closures reduce capacity | 4 | 4 | 16 |
| MR2 | Provider fails to recruit registered nurses | 3 | 4 | 12 |"""

METRICS_TABLE = """|~ Metric | Measure | 2028/29 ambition | Latest (Q3) | Rating |
| BC1 | Emergency admissions, 65+ (per 100,000) | 1,980 | 2,104 | Not on track |
| BC2 | Discharges to usual place of residence (%) | 92.5% | 91.8% | At risk |"""


def test_decision_report_read_as_a_register_or_performance_report_for_its_tables(
        tmp_path: Path) -> None:
    # Cabinet is asked to approve a plan and award a contract; a later section sets out the
    # tender's risks or the plan's metrics in a table. Before, the report's kind was taken from
    # its table: a risk register, a performance report
    title = "Care Market Sustainability Plan 2028/29 and award of the Nursing Care Contract"
    for ask in ("Cabinet is recommended to:\n(a) approve the Market Sustainability Plan "
                "2028/29 and award the Nursing Care Contract to Elmgate Care Ltd;",
                "2.1 That Cabinet approves the Market Sustainability Plan 2028/29 and awards "
                "the contract to Elmgate Care Ltd."):
        for section, table in (("Risks", RISK_TABLE), ("Metrics", METRICS_TABLE)):
            paper = DECISION_REPORT.format(title=title, ask=ask, section=section, table=table)
            assert [k for k, _, _ in pack_kinds(paper, tmp_path)] == ["report"]
    # the guards: a report asking to note its measures, or to approve its register, is the
    # table's kind, as before
    for ask, section, table, kind in (
            ("Cabinet is recommended to:\n(a) note the performance of the care market;",
             "Metrics", METRICS_TABLE, "performance_report"),
            ("2.1 That Cabinet approves the updated care market risk register.", "Risks",
             RISK_TABLE, "risk_register")):
        paper = DECISION_REPORT.format(title="Care Market Update", ask=ask, section=section,
                                       table=table)
        assert [k for k, _, _ in pack_kinds(paper, tmp_path)] == [kind]

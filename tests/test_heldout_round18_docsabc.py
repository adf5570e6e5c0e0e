"""Regression tests for round 18's document misses of blind batches A, B and C (each
document's kind, meeting date and committee): a board's "Notes of the meeting held on ..."
over "Attendees:", lost in the agenda before it. Each runs on small papers written here, not
on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, rendered
from kcc_papers.models import AgendaItem, Decision
from kcc_papers.pipeline import process_file

# --------------------------------------- a board's notes of its meeting over its attendees

ATTENDEES_PACK = """%% header Wexcombe County Council and NHS Wexcombe ICB
## Inclusion Improvement Board
** Agenda
Tuesday 9th May 2028, 10.00 am, Room 4, County Hall, Wexcombe
1. Welcome and apologies
2. Notes and actions from the meeting of 14th February 2028
3. Inclusion action plan
--- page ---
## Inclusion Improvement Board
** Notes of the meeting held on 14th February 2028
{label}: Jane Arlott (Independent Chair), Cllr Ben Cole (Cabinet Member), Dr Eve Dyer (ICB)
** 1. Welcome and apologies
Apologies from Sam Ford.
** 2. Exclusions
The Board agreed that a report on exclusions be brought to the next meeting.
"""


def test_notes_of_the_meeting_over_attendees_read_as_minutes(tmp_path: Path) -> None:
    # A board keeping notes lists who came as "Attendees:" where others print "Present:":
    # before, its notes were no start at all, read as the agenda's second page, and (their
    # heading alone naming them) as no paper either
    board = "Inclusion Improvement Board"
    for label in ("Attendees", "Present"):
        assert pack_documents(ATTENDEES_PACK.format(label=label), tmp_path) == [
            ("agenda", "2028-05-09", board),
            ("minutes", "2028-02-14", board),
        ]


# ------------------------------------- a report its decision maker signed his assent under

SIGNED_REPORT = """%% header Wexcombe County Council
## Report to the Cabinet Member for Highways
Date of decision:	14th April 2027
Decision No:	27/00052
Title:	Street Lighting Maintenance: Award of Contract
Report of:	Director of Highways
** 1. Summary
1.1 This report seeks approval to award the street lighting maintenance contract.
** 2. Recommendation
2.1 The Cabinet Member is asked to approve the award of the street lighting maintenance \
contract to Lumen Roads Ltd for four years from 1st June 2027.
** 3. Background
3.1 Three tenders were received and evaluated 60% price and 40% quality.
** 4. Decision
{assent}
Signed:	Cllr Ada Penrose, Cabinet Member for Highways
"""


def test_report_signed_i_agree_the_recommendation_read_as_decision(tmp_path: Path) -> None:
    # A report to one decision maker, its "Decision" section signed "I agree the
    # recommendation ...", records the decision taken (an individual's record has no meeting
    # date); before, it was read as the report still to be decided. Unsigned, it still is one.
    for assent in ("I agree the recommendation set out in paragraph 2.1.",
                   "I approve the recommendations."):
        assert pack_documents(SIGNED_REPORT.format(assent=assent), tmp_path) == [
            ("decision", None, None)]
    assert [kind for kind, _, _ in pack_documents(SIGNED_REPORT.format(assent=""), tmp_path)
            ] == ["report"]


# ------------------------------- a body named with its council's place before it, in one pack

PLACE_PACK = """%% header Kestrelford Metropolitan Borough Council | Schools Forum
## SCHOOLS FORUM
** AGENDA
Date:	Thursday, 9th March 2028
Time:	8.30 am
Venue:	Conference Suite, Kestrelford Education Centre
|- Item | Business | Lead | Paper |
| 1 | Welcome and apologies | Chair | - |
| 2 | Minutes of the meeting held on 12th January 2028 | Chair | A |
| 3 | Early Years Funding Formula | Head of School Funding | B |
--- page ---
## KESTRELFORD SCHOOLS FORUM
** Minutes of the meeting held on Wednesday 12th January 2028 at Kestrelford Education Centre
Members present: Ann Hale (Secondary academy, Chair), Ian Poole (Primary maintained headteacher)
** 1. Welcome and apologies
Apologies: Fay Grant.
** 2. Growth fund
The Forum agreed the growth fund of £300,000 for 2028/29.
"""


def test_body_named_with_its_councils_place_takes_the_packs_name(tmp_path: Path) -> None:
    # The minutes' masthead puts the council's place before the forum's name ("KESTRELFORD
    # SCHOOLS FORUM", of Kestrelford Metropolitan Borough Council), the agenda prints
    # "SCHOOLS FORUM": one body, the place whose it is; before, the minutes named another
    forum = "Schools Forum"
    assert pack_documents(PLACE_PACK, tmp_path) == [
        ("agenda", "2028-03-09", forum),
        ("minutes", "2028-01-12", forum),
    ]


# ------------------------------ a treasury management report's table of prudential indicators

TREASURY_REPORT = """%% header Ashgrove Council | Audit Committee
Report to:	Audit Committee
Date of meeting:	23rd November 2027
Report of:	Chief Finance Officer
Title:	{title}
## {title}
** 1. Recommendations
1.1 That the Committee notes the treasury management activity for the six months to \
30 September 2027.
** 2. Borrowing
2.1 The Council's external borrowing was £212.4m at 30 September 2027.
** Appendix A: Prudential Indicators 2027/28
|# Indicator | 2027/28 limit or estimate | Actual at 30/09/2027 | Forecast 31/03/2028 | Status |
| Authorised limit for external debt | £260.0m | £212.4m | £220.0m | Within limit |
| Operational boundary for external debt | £240.0m | £212.4m | £220.0m | Within limit |
| Capital expenditure | £41.6m | £15.2m | £38.3m | Below estimate |
"""


def test_treasury_report_with_indicator_table_read_as_report(tmp_path: Path) -> None:
    # A treasury management review's table of prudential indicators ("Indicator | limit |
    # Actual | Status") is the limits its council set, not a service's measures: before, the
    # report was read as a performance report for that table
    for title in ("Treasury Management Mid-Year Review 2027/28",
                  "Prudential Indicators: Mid-Year Position 2027/28"):
        assert pack_documents(TREASURY_REPORT.format(title=title), tmp_path) == [
            ("report", "2027-11-23", "Audit Committee")]


# ------------------------------------------ minutes headed "Minutes of a meeting held on ..."

A_MEETING_PACK = """## Tarnvale Combined Authority
!! Transport Committee
Date:	Thursday 14th October 2027
Venue:	Committee Room 2, Riverside House
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 8th July 2027
3. Bus Service Improvement Plan
--- page ---
** TARNVALE COMBINED AUTHORITY
** TRANSPORT COMMITTEE
** Minutes of a meeting held on Thursday 8th July 2027
Present:	Councillor A Reeve (Chair), Councillors B Stott and C Tarrant
** TC 5 Apologies for absence
None.
** TC 6 Rail station access
Resolved that the station access programme be approved.
"""


def test_minutes_of_a_meeting_held_on_start_the_minutes(tmp_path: Path) -> None:
    # "Minutes of a meeting held on ..." over "Present:", as "Minutes of the meeting held
    # on ..." heads them: before, the indefinite article kept it from starting the minutes,
    # read as the agenda's second page
    committee = "Transport Committee"
    assert pack_documents(A_MEETING_PACK, tmp_path) == [
        ("agenda", "2027-10-14", committee),
        ("minutes", "2027-07-08", committee),
    ]


# ------------------------------ an agenda table whose number column is unnamed over "Item"

LEAD_COLUMN_AGENDA = """## Brackmoor County Council
!! Pension Fund Committee
Date:	Tuesday 14 March 2028
** AGENDA
|- | Item | Lead officer |
| 1 | Apologies | |
| 2 | Minutes of the meeting held on 5 December 2027 and matters arising | |
| 3 | Pension Fund Risk Register | Head of Pensions |
| 4 | Funding Strategy | Director of Finance |
"""


def test_agenda_table_lead_column_under_item_header_not_in_title(tmp_path: Path) -> None:
    # "| | Item | Lead officer |": the number's column unnamed, "Item" heads the titles and
    # the last column whose paper it is. Before, a row set on one line read its lead officer
    # into the title ("Pension Fund Risk Register Head of Pensions")
    result = process_file(str(rendered(LEAD_COLUMN_AGENDA, tmp_path)))
    assert [(a.item_ref, a.title) for a in result.records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies"),
        ("2", "Minutes of the meeting held on 5 December 2027 and matters arising"),
        ("3", "Pension Fund Risk Register"),
        ("4", "Funding Strategy"),
    ]


def test_i_agree_the_recommendation_decides_what_the_report_recommends(tmp_path: Path) -> None:
    # The signed "I agree the recommendation set out in paragraph 2.1." assents to the
    # report's recommendation: the decision is what it recommends (up to the report's next
    # numbered section). Before, the decision read was the assent's words alone
    paper = rendered(SIGNED_REPORT.format(
        assent="I agree the recommendation set out in paragraph 2.1."), tmp_path)
    assert [(d.source, d.decision_text) for d in process_file(str(paper)).records
            if isinstance(d, Decision)] == [
        ("decision_notice", "The Cabinet Member is asked to approve the award of the street "
         "lighting maintenance contract to Lumen Roads Ltd for four years from 1st June 2027.")]

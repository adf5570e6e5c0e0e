"""Regression tests for round 15's carry-over misses of scrutiny committees' packs: a table
of business printed without borders under a header naming only its number and page columns,
a tracker of past recommendations (their responses and status) read as a dashboard and as the
report's recommendations, a masthead's "Meeting:" label under a council's hyphenated name, a
date wrapped from an item's title read as the next item, and a report's "Meeting(s):" label.
Each runs on small generated papers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heldout_support import pack_documents, pdf_agenda_items, rendered
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# ------------------------------------------ a borderless table of business: "Item | | Page"

BORDERLESS_AGENDA = """%% header Strathlairg Council
%% footer Audit and Scrutiny Committee - 9 May 2028 - Page {page} of {pages}
## STRATHLAIRG COUNCIL
!! AUDIT AND SCRUTINY COMMITTEE
A meeting of the Audit and Scrutiny Committee will be held in Committee Room 2, Burgh Chambers, Kilmorie, on Tuesday 9 May 2028 at 2.00 pm.
Members:	Councillor Rona Baird (Convener), Councillor Hamish Tulloch (Vice Convener), Councillors Iona Crerar, Neil Dunbar, Moira Forsyth, Ruaridh Gow and Elspeth Yule
Contact:	Morven Kerr, Committee Officer, 01632 960418
** BUSINESS
|- Item | | Page |
| 1 | Declarations of Interest | |
| 2 | Minute of Meeting of 14 March 2028 | 3 |
| 3 | Internal Audit Progress Report: Quarter 4 of 2027/28 | 9 |
| 4 | Review of Housing Repairs Contract Management - Scope | 17 |
| 5 | External Audit Annual Plan 2027/28 | 25 |
| 6 | Committee Work Programme 2028/29 | 39 |
| 6(a) | Update from the Short Life Working Group on Fleet Costs | 43 |
| 6(b) | Referral from the Housing Committee on the review of tenancy sustainment | 47 |
Fiona Rattray, Chief Executive
--- page ---
** STRATHLAIRG COUNCIL
** MINUTE of MEETING of the AUDIT AND SCRUTINY COMMITTEE held in COMMITTEE ROOM 2, BURGH CHAMBERS, KILMORIE on TUESDAY, 14 MARCH 2028 at 2.00 pm
Present:	Councillor Rona Baird (Convener); Councillors Iona Crerar, Neil Dunbar and Elspeth Yule
** 1. DECLARATIONS OF INTEREST
There were no declarations of interest.
** 2. EXTERNAL AUDIT REPORT
Decision
The Committee noted the report.
"""  # noqa: E501


def test_regression_borderless_item_page_header_speaks_for_an_agenda(tmp_path: Path) -> None:
    # "BUSINESS" is pushed out of the title lines by a long masthead, the table's rules are
    # off: its header row naming the number's and the page's columns says what the paper is
    assert pack_documents(BORDERLESS_AGENDA, tmp_path) == [
        ("agenda", "2028-05-09", "Audit and Scrutiny Committee"),
        ("minutes", "2028-03-14", "Audit and Scrutiny Committee")]


def test_regression_page_number_read_into_a_borderless_items_title(tmp_path: Path) -> None:
    # a row read as one run ("2 Minute of Meeting of 14 March 2028 3") ends on a page figure
    # that ends where the other rows' page figures, read as cells, end: the pages column's
    assert pdf_agenda_items(BORDERLESS_AGENDA.split("--- page ---")[0], tmp_path) == [
        ("1", "Declarations of Interest"),
        ("2", "Minute of Meeting of 14 March 2028"),
        ("3", "Internal Audit Progress Report: Quarter 4 of 2027/28"),
        ("4", "Review of Housing Repairs Contract Management - Scope"),
        ("5", "External Audit Annual Plan 2027/28"),
        ("6", "Committee Work Programme 2028/29"),
        ("6(a)", "Update from the Short Life Working Group on Fleet Costs"),
        ("6(b)", "Referral from the Housing Committee on the review of tenancy sustainment")]


# ------------------------------------------------- a tracker of recommendations made before

TRACKER_REPORT = """%% header Strathlairg Council
** STRATHLAIRG COUNCIL
!! AUDIT AND SCRUTINY COMMITTEE: 9 MAY 2028
** ACTION TRACKER: AUDIT RECOMMENDATIONS TO APRIL 2028
** Report by the Chief Internal Auditor
** 1 PURPOSE
1.1 This report updates the Committee on the implementation of recommendations made by internal audit reviews since April 2026.
** 2 RECOMMENDATIONS
2.1 It is recommended that the Committee:
(i) notes the progress made on the audit recommendations set out in Appendix 1; and
(ii) agrees that the 3 recommendations shown as Complete are removed from the tracker.
** 3 SUMMARY
3.1 Of the 6 recommendations, 3 are complete, 2 are on track and 1 is delayed.
--- page rotated ---
** APPENDIX 1: AUDIT RECOMMENDATIONS TRACKER (position at 20 April 2028)
|% 14 8 34 14 16 14
|# Review | Ref | Recommendation | Response | Lead officer / target | Status |
| Payroll Controls (2026) | PC/1 | Reconcile overtime claims to rotas every month | Accepted | Head of HR, Sept 2026 | {dot#00a651}Complete |
| ^ | PC/2 | Remove leavers from the payroll within five days | Accepted | Head of HR, Mar 2027 | {dot#00a651}Complete |
| ^ | PC/3 | Review standing data changes quarterly | Accepted in part | Head of Finance, Jun 2027 | {dot#e31e24}Delayed |
| Fleet Fuel Cards (2027) | FF/1 | Match fuel card spend to vehicle mileage | Accepted | Fleet Manager, Aug 2027 | {dot#00a651}Complete |
| ^ | FF/2 | Cancel cards not used for three months | Accepted | Fleet Manager, Apr 2028 | {dot#ffc000}On track |
| ^ | FF/3 | Set a spending limit on each card | Accepted | Fleet Manager, Jun 2028 | {dot#ffc000}On track |
"""  # noqa: E501


def test_regression_recommendations_tracker_is_a_report_not_a_dashboard(tmp_path: Path) -> None:
    # "Ref | Recommendation | Response | Lead officer / target | Status" over rows dated
    # "Mar 2027": a tracker of actions, no KPI table's header
    result = process_file(str(rendered(TRACKER_REPORT, tmp_path)))
    assert [(d.kind, str(d.meeting_date), d.committee) for d in result.documents] == [
        ("report", "2028-05-09", "Audit and Scrutiny Committee")]


def test_regression_tracker_rows_read_as_the_reports_recommendations(tmp_path: Path) -> None:
    # the recommendations a tracker follows up (each with its response and status) were
    # made before: the report's own are those it puts to the meeting
    result = process_file(str(rendered(TRACKER_REPORT, tmp_path)))
    assert [d.decision_text for d in result.records if isinstance(d, Decision)] == [
        "It is recommended that the Committee:\n"
        "(i) notes the progress made on the audit recommendations set out in Appendix 1; and\n"
        "(ii) agrees that the 3 recommendations shown as Complete are removed from the tracker."]


# ------------------------------------ a "Meeting:" label under a council's hyphenated name

HYPHENATED_COUNCIL_AGENDA = """%% ligatures
%% header Cyngor Bwrdeistref Sirol Aber-coed / Aber-coed County Borough Council
## ABER-COED COUNTY BOROUGH COUNCIL
!! Notice of Meeting
Meeting:	Economy Scrutiny Committee
Date:	Thursday, 2 December 2027
Time:	2.00 pm
Venue:	Siambr y Cyngor, Tŷ Aber-coed and Microsoft Teams
** AGENDA
** 1. Apologies for absence
** 2. Declarations of interest
** 3. To confirm as a correct record the minutes of the meeting held on 6 October 2027
** 4. Tourism Levy: Pre-Decision Scrutiny
** 5. Forward Work Programme 2027/28
"""


def test_regression_meeting_label_names_the_body_under_a_hyphenated_council() -> None:
    # "ABER-COED COUNTY BOROUGH COUNCIL" (its hyphen keeps the council pattern from reading
    # it whole) over "Meeting: Economy Scrutiny Committee": the committee is the label's
    assert agenda_masthead([
        "Cyngor Bwrdeistref Sirol Aber-coed / Aber-coed County Borough Council",
        "ABER-COED COUNTY BOROUGH COUNCIL", "Notice of Meeting",
        "Meeting: Economy Scrutiny Committee", "Date: Thursday, 2 December 2027",
        "Time: 2.00 pm", "AGENDA"])["committee"] == "Economy Scrutiny Committee"


def test_regression_date_wrapped_from_an_items_title_read_as_the_next_item(
        tmp_path: Path) -> None:
    # "... held on" broken by the margin over "6 October 2027" (set in a Unicode font, wider):
    # a date, not item 6 after item 3
    assert pdf_agenda_items(HYPHENATED_COUNCIL_AGENDA, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "To confirm as a correct record the minutes of the meeting held on 6 October 2027"),
        ("4", "Tourism Levy: Pre-Decision Scrutiny"),
        ("5", "Forward Work Programme 2027/28")]


# ----------------------------------------------------- a report's "Meeting(s):" label

def test_regression_meetings_label_names_the_reports_meeting() -> None:
    # under the council's running head, "Meeting(s):" names the meeting the report goes to
    assert addressed_to([
        "Skarvoe Islands Council", "Ferry Services Performance Report - Quarter 2 2027/28",
        "Meeting(s): Transport Board, 9 December 2027", "Reference Number: TR-11-27",
        "Author / Job Title: Ellen Sinclair, Ferries Manager"]) == {
        "committee": "Transport Board", "meeting_date": date(2027, 12, 9)}

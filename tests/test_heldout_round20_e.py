"""Regression tests for held-out round 20 batch E's misses (London boroughs' and metropolitan
councils' own templates): each named after the defect, on small papers written here, not on
the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, documents_of, pack_documents, pack_kinds, rendered
from kcc_papers.classify import AGENDA_TABLE_HEADER
from kcc_papers.extract.decisions.notices import records_of_decision
from kcc_papers.load.model import Line
from kcc_papers.pipeline import process_file
from kcc_papers.segment_starts.item_stamps import _item_header_row

# ------------ a report opening with a front table under its meeting's title row

FRONT_TABLE_PACK = """%% header London Borough of Ashwell
## LONDON BOROUGH OF ASHWELL
!! Cabinet
** AGENDA
Date:	Tuesday 14 September 2027
| No. | Item | Pages |
| 1 | Apologies for Absence | |
| 2 | Library Opening Hours Review | 2 - 3 |
--- page ---
|# Cabinet | 14 September 2027 |
| Report title | Library Opening Hours Review for the Borough's Seven Community Libraries |
| Cabinet Member | Councillor Ama Boateng, Cabinet Member for Culture and Communities |
| Report author | Kwabena Ellis-Hart, Head of Libraries |
| Key Decision | Yes |
| Wards affected | All |
| Exempt | No |
** 1. Purpose of the report
1.1 This report sets out new opening hours for the Council's seven community libraries from April 2028.
** 2. Recommendations
Cabinet is recommended to:
2.1 Approve the opening hours at section 3.
"""  # noqa: E501


def test_front_table_under_meeting_title_row_read_as_no_report(tmp_path: Path) -> None:
    # The table's title row and a value cell wrapped above its label's line put the labels
    # below the page's first lines: the report was read as the agenda's last page
    assert pack_documents(FRONT_TABLE_PACK, tmp_path) == [
        ("agenda", "2027-09-14", "Cabinet"), ("report", "2027-09-14", "Cabinet")]


def test_label_rows_under_prose_start_no_report(tmp_path: Path) -> None:
    # the same rows under a paragraph of the page are a list inside the paper going on
    prose = FRONT_TABLE_PACK.replace(
        "|# Cabinet | 14 September 2027 |\n",
        "The Council reviewed library opening hours across the borough in 2027 and reported.\n")
    assert pack_documents(prose, tmp_path) == [("agenda", "2027-09-14", "Cabinet")]


# ------------ a report opening with its item's header row: "Item No. | Classification: | ..."

HEADER_ROW_PACK = """%% header Ashwell Council
## Cabinet
** Tuesday 19 October 2027
** ORDER OF BUSINESS
|- Item No. | Title | Page No. |
| 1. | Apologies | |
| 2. | Gateway 1 - Procurement Strategy Approval: Leisure Centres | 2 - 3 |
| 3. | Gateway 2 - Contract Award Approval: Facilities Management | 4 - 5 |
--- page ---
|# Item No. 2. | Classification: Open | Date: 19 October 2027 | Meeting Name: Cabinet |
| Report title: | Gateway 1 - Procurement Strategy Approval: Leisure Centres | | |
** RECOMMENDATIONS
1. That the Cabinet approve the procurement strategy outlined in this report for a leisure centres management contract.
** BACKGROUND INFORMATION
2. The Council's six leisure centres are run by a trust under a contract let in 2014.
--- page ---
|# Item No. 3. | Classification: Open | Date: 19 October 2027 | Meeting Name: Cabinet |
| Report title: | Gateway 2 - Contract Award Approval: Facilities Management | | |
** RECOMMENDATIONS
1. That the Cabinet approve the award of the facilities management contract to Brightwell Facilities Services Ltd.
** BACKGROUND INFORMATION
2. The contract covers cleaning, security and reception at the Council's buildings.
"""  # noqa: E501


def test_item_header_row_read_as_no_report_start(tmp_path: Path) -> None:
    # each report's first row names its item beside its labels: before, the pack was one
    # report from its cover on
    assert pack_documents(HEADER_ROW_PACK, tmp_path) == [
        ("agenda", "2027-10-19", "Cabinet"), ("report", "2027-10-19", "Cabinet"),
        ("report", "2027-10-19", "Cabinet")]


def test_item_line_in_prose_beside_a_date_starts_nothing() -> None:
    # an item's number is a header row's only when a label follows it straight away
    flat = [(1, 0, Line(text="Item 4 was deferred. Date: 1 May; Meeting name: Cabinet")),
            (1, 1, Line(text="Item No. 6. Classification: Open Date: 19 October 2027"))]
    assert [_item_header_row(flat, i) for i in range(2)] == [None, "6"]


def test_page_no_column_read_as_no_agenda_table() -> None:
    assert AGENDA_TABLE_HEADER.search("Item No. Title Page No.")
    assert not AGENDA_TABLE_HEADER.search("Item No. Title Page Notes")


# ------------ a report labelled "Report for:" and "Ward(s) affected:" (Haringey's template)

SIGNING_PACK = """%% header Ashwell London Borough Council
## Cabinet Member Signing
Date:	Monday, 6th December, 2027
Time:	10.00 am
** AGENDA
1. APOLOGIES
2. LIBRARY OPENING HOURS (PAGES 1 - 3)
--- page ---
** Report for:	Cabinet Member Signing - 6 December 2027
** Item number:	2
Title:	Library Opening Hours
Lead Officer:	Grace Ndlovu, Head of Libraries
Ward(s) affected:	All
** 1. Describe the issue under consideration
1.1 The Council's seven community libraries open at different hours on different days, which residents find hard to follow and which the review of the service proposed to change.
** 3. Recommendations
3.1 To approve the opening hours at Appendix 1.
"""  # noqa: E501


def test_report_for_and_wards_in_brackets_labels_read_as_no_report(tmp_path: Path) -> None:
    # "Report for:" and "Ward(s) affected:" are a report header's labels like "Report to:" and
    # "Wards affected:": with two of five read, the report was the agenda's last page
    assert pack_kinds(SIGNING_PACK, tmp_path) == [("agenda", 1, 1), ("report", 2, 2)]


# ------------ an individual decision's record form: its title abbreviated, lettered sections

IED_FORM = """%% header LONDON BOROUGH OF ASHWELL
## INDIVIDUAL EXECUTIVE DECISION (IED) RECORD
This form records a decision taken by an individual Cabinet Member under the Leader's Scheme of Delegation.
|# Section A: Details of the decision | |
| IED reference | IED/2027/204 |
| Title of decision | Library Van Service: extension of contract |
| Decision taker | Councillor Imran Siddiqui, Cabinet Member for Culture |
| Date of decision | 22 March 2027 |
** Section B: Decision
To approve a twelve month extension of the contract for the library van service with Bookroute Ltd at a cost of £48,000.
** Section C: Reasons for the decision
C1. The current contract with Bookroute Ltd expires on 31 March 2027.
** Section D: Signature
Signed: Imran Siddiqui	Date: 22/03/2027
"""  # noqa: E501


def test_decision_record_titled_with_its_abbreviation_read_as_other(tmp_path: Path) -> None:
    # "DECISION (IED) RECORD" is a "Decision Record" with the form's abbreviation between
    assert [d[0] for d in documents_of(rendered(IED_FORM, tmp_path))] == ["decision"]


def test_lettered_decision_section_read_as_no_decision(tmp_path: Path) -> None:
    # "Section B: Decision" heads the decision as "1. DECISION" does; "Details of the
    # decision" over the form's table of its reference and taker is no decision
    records = process_file(str(rendered(IED_FORM, tmp_path))).records
    assert [(d.source, d.decision_text) for d in decisions_in(records)] == [
        ("decision_notice", "To approve a twelve month extension of the contract for the library "
         "van service with Bookroute Ltd at a cost of £48,000.")]


def test_details_of_the_decision_made_labels_the_decision() -> None:
    lines = [(1, "RECORD OF DECISION"), (1, "Details of the decision made:"),
             (1, "To approve the grant of £5,000 to the Ashwell Carnival."),
             (1, "Reasons for the decision:"), (1, "The carnival draws 20,000 visitors.")]
    assert [n.text for n in records_of_decision(lines)] == [
        "To approve the grant of £5,000 to the Ashwell Carnival."]


# ------------ a scrutiny review's recommendations tabled with whom each is made to

REVIEW_REPORT = """## Overview and Scrutiny Committee
** 25 January 2027
** Report from the Chair of the Private Rented Sector Scrutiny Task Group
Report of:	Chair of the Task Group
Wards affected:	All
Contact officer:	Ruth Ellery-Smith, Scrutiny Officer
** 2.0 Recommendation(s)
2.1 That the Committee endorses the task group's report and refers its recommendations to Cabinet.
** 3.0 Detail
3.1 The task group held five evidence sessions and visited twelve homes.
** 4.0 The task group's recommendations
|# No. | Recommendation | To |
| R1 | Renew the borough-wide additional licensing scheme when it expires in 2028 | Cabinet |
| R2 | Publish a register of landlords fined or prosecuted in the last five years | Cabinet |
"""


def _report_asks(source: str, tmp_path: Path) -> list[str]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [d.decision_text for d in decisions_in(records) if d.source == "report"]


def test_review_recommendations_addressed_to_others_read_as_asks(tmp_path: Path) -> None:
    # the "To" column names the body each recommendation goes to: the review's findings,
    # which the report asks its meeting to endorse, not a second block of its own asks
    assert _report_asks(REVIEW_REPORT, tmp_path) == [
        "That the Committee endorses the task group's report and refers its recommendations to "
        "Cabinet."]


def test_recommendations_table_with_reasons_still_read(tmp_path: Path) -> None:
    reasons = REVIEW_REPORT.replace("| Recommendation | To |", "| Recommendation | Reason |")
    assert len(_report_asks(reasons, tmp_path)) == 2

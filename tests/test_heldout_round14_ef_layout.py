"""Regression tests for round 14's carry-over misses of a Scottish council's pack and the
set's leftovers: a report's header set in two columns side by side (its labels counted in each
column, its committee's name wrapped in its column read once), an award of lots each to its
bidder at an estimated value, and a stamp overprinted on every page in the type of the heading
it shares a band with on one of them. Each runs on small generated papers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heldout_support import contract_rows, pack_documents, pack_kinds, rendered
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.load import load

# ------------------------------------------- a report header set in two columns side by side

SCOTTISH_PACK = """%% header Glenmoray Council - Policy and Resources Committee - 8 June 2027
## GLENMORAY COUNCIL
!! POLICY AND RESOURCES COMMITTEE
A meeting of the Policy and Resources Committee will be held in the Council Chamber, Council Offices, Kilbrae, on Tuesday, 8 June 2027 at 10.00am.
** AGENDA
1. Minute of Meeting of 16 March 2027
2. Treasury Management Annual Report 2026/27
3. Council Tax Collection - Annual Update
--- page ---
** GLENMORAY COUNCIL
** Minute of Meeting of the Policy and Resources Committee held in the Council Chamber, Council Offices, Kilbrae on Tuesday, 16 March 2027 at 10.00am
Present:	Councillor Ailsa Munro (Convener); Councillors Ross Fraser, Iain Grant and Lorna Shaw
** 1. MINUTE OF PREVIOUS MEETING
**Decision**
The Committee approved the Minute of Meeting of 2 December 2026 as a correct record.
** 2. BUDGET 2027/28
**Decision**
The Committee agreed to recommend the budget to the Council.
--- page ---
!! Report PR/27/21
** GLENMORAY COUNCIL
<> Committee: Policy and Resources Scrutiny and Performance Review Committee || Date: 8 June 2027
<> Report by: Head of Finance || Agenda item: 2
## TREASURY MANAGEMENT ANNUAL REPORT 2026/27
** 1. Purpose
1.1 This report sets out the treasury management activity of the Council for 2026/27.
** 2. Recommendation
2.1 It is recommended that the Committee notes the report.
--- page ---
!! Report PR/27/22
** GLENMORAY COUNCIL
<> Committee: Policy and Resources Scrutiny and Performance Review Committee || Date: 8 June 2027
<> Report by: Head of Revenues || Agenda item: 3
## COUNCIL TAX COLLECTION - ANNUAL UPDATE
** 1. Purpose
1.1 This report updates the Committee on the collection of council tax in 2026/27.
** 2. Recommendation
2.1 It is recommended that the Committee notes the collection rate of 95.8%.
"""  # noqa: E501


def test_regression_two_column_report_header_starts_a_report(tmp_path: Path) -> None:
    # "Committee: ... | Date: ..." (the name wrapped in its column) over "Report by: ... |
    # Agenda item: 2": two lines that start with a label, four labels; each report is a paper
    # of its own, not the minutes' text
    assert pack_kinds(SCOTTISH_PACK, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 4)]


def test_regression_committee_wrapped_in_its_label_column_is_read_once() -> None:
    # the name wrapped in the header's left column ("... Infrastructure" over "Committee")
    # comes before the right column's "Date:" in the text's order
    assert addressed_to([
        "Report EI/27/15", "INVERALLAN COUNCIL", "Committee: Environment and Infrastructure",
        "Committee", "Date: 27 May 2027", "Report by: Head of Roads and Transportation",
        "Agenda item: 3"]) == {
        "committee": "Environment and Infrastructure Committee",
        "meeting_date": date(2027, 5, 27)}


def test_regression_two_column_header_names_the_reports_meeting(tmp_path: Path) -> None:
    assert pack_documents(SCOTTISH_PACK, tmp_path)[2:] == [
        ("report", "2027-06-08", "Policy and Resources Scrutiny and Performance Review Committee"),
        ("report", "2027-06-08", "Policy and Resources Scrutiny and Performance Review Committee"),
    ]


# ---------------------------------------------------- an award of lots at estimated values

LOTS_AT_ESTIMATED_VALUES = """WINTER SERVICE - SUPPLY OF DE-ICING MATERIALS
2. Recommendations
It is recommended that the Committee:
2.1 approves the award of Lot 1 (rock salt) to Northsalt Minerals Ltd at an estimated value of £2,460,000 over the three winter seasons, and of Lot 2 (brine) to Carrick Chemical Services Ltd at an estimated value of £398,500 over the same period;
2.2 notes that the salt stock will be replenished under Lot 1 before 1 October 2027.
3. Background
3.1 Two bids were received for Lot 1 and three for Lot 2.
"""  # noqa: E501

LOTS_WITHOUT_SUMS = """SAMPLING SERVICES
It is recommended that the Authority:
(a) award Lot 1 (food analysis) to Northfleet Analysts LLP and Lot 2 (microbiology) to Tessaly Laboratories Ltd, each for three years from 1st April 2027;
"""  # noqa: E501


def test_regression_award_of_lots_at_estimated_values_reads_each_lot(tmp_path: Path) -> None:
    assert contract_rows(LOTS_AT_ESTIMATED_VALUES, tmp_path) == [
        ("Northsalt Minerals Ltd", 2460000.0), ("Carrick Chemical Services Ltd", 398500.0)]


def test_regression_award_of_lots_without_sums_reads_no_lot_as_a_party(tmp_path: Path) -> None:
    # no contract's word, no sum to each lot: no reading at all, and never "Lot 2" a provider
    assert contract_rows(LOTS_WITHOUT_SUMS, tmp_path) == []


# ------------------------------------ a stamp in the type of the heading it shares a band with

# (the heading's right-hand column is empty: "|| " ends the line)
STAMPED_HEADING = "<> **AC/26/28 Medium Term Financial Strategy 2027/28 to 2029/30** || "
STAMPED_MINUTES = f"""%% overprint Public
## Thornbury Borough Council
** Audit Committee
Minutes of the meeting held on Tuesday 29 September 2026 at 6.30 pm
Present:	Councillor Y Ackroyd (Chair); Councillors I Bhatti and G Dewhurst
<> **AC/26/27 Apologies** || **Action by**
<> Apologies were received from Councillor O Adeyemi. || -
--- page ---
{STAMPED_HEADING}
<> The Director of Finance reported a budget gap of £18.9m over the three years. || -
<> RESOLVED: That the strategy be noted. || Scrutiny Officer
"""


def test_regression_stamp_in_heading_type_is_cut_from_the_heading(tmp_path: Path) -> None:
    pages = load(rendered(STAMPED_MINUTES, tmp_path)).pages
    # page 1: the stamp beside the larger masthead, told apart by its type; page 2: bold and
    # as large as the minute's heading it shares a band with (in the left of two columns),
    # told apart as the stamp the file prints on its other pages
    assert [(line.text, line.stamp) for line in pages[1].lines[:2]] == [
        ("Public", True), ("AC/26/28 Medium Term Financial Strategy", False)]

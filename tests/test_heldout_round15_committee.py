"""Regression tests for round 15's committee and web page misses: a ModernGov page of a
meeting's minutes ("Minutes:" over the meeting's line, or "Minutes" over its name and its date)
read as one minutes document; a report addressed "ON <date>" in capitals; a merged council's
name ("X and Y Council") over its board's masthead and a body's line ending " - Minutes"; a
Welsh and English address set side by side; a body named by its initials and its session
("ICB Board (Public)") under the running head that names it in full. Each runs on small
papers written here, not on the held-out papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import documents_of, html_page, pack_documents, rendered
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.body_names import fuller_name
from kcc_papers.extract.meetings.mastheads import masthead_pair
from kcc_papers.models import Decision, Minute
from kcc_papers.normalise import moderngov
from kcc_papers.pipeline import process_file

# ------------------------------------------------------- ModernGov pages of a meeting's minutes

MINUTES_PAGE_COMMA_LINE = html_page(
    '<div class="hdr"><a href="/">Eastwold Council</a></div>',
    "<h1>Minutes:</h1>",
    "<p>Housing Contracts Committee, Tuesday 9 March 2027, 7.00 pm</p>",
    "<p><strong>Venue:</strong> Committee Room 1, Town Hall</p>",
    "<h2>Items</h2>",
    "<table>",
    "<tr><td><p>12.</p></td><td><p>Apologies for absence</p>"
    "<p>Apologies were received from Councillor Ruth Aldane.</p></td></tr>",
    "<tr><td><p>13.</p></td><td><p>Minutes of the previous meeting</p>"
    "<p><strong>RESOLVED:</strong></p>"
    "<p>That the minutes of the meeting held on 9 February 2027 be agreed.</p></td></tr>",
    "<tr><td><p>14.</p></td><td><p>Window Replacement Programme - Award</p>"
    "<p><strong>Minutes:</strong></p><p>The Head of Housing introduced the report.</p>"
    "<p><strong>RESOLVED:</strong></p>"
    "<p>That the contract be awarded to Fenlight Windows Ltd.</p>"
    "<p><strong>Reasons for decision:</strong> The most advantageous tender.</p></td></tr>",
    "</table>",
)


def _minutes_rows(path: Path) -> tuple[list[tuple[str | None, str]], list[tuple[str, str]]]:
    records = process_file(str(path)).records
    return ([(m.minute_number, m.title) for m in records if isinstance(m, Minute)],
            [(d.source, d.decision_text) for d in records if isinstance(d, Decision)])


def test_regression_moderngov_minutes_page_read_as_a_decision_notice(tmp_path: Path) -> None:
    # "Minutes:" over "<committee>, <weekday date>, <time>": the page of the meeting's minutes,
    # its items' "Minutes:" and RESOLVED the minutes' own, not one item's decision
    page = tmp_path / "minutes.html"
    page.write_text(MINUTES_PAGE_COMMA_LINE)
    assert documents_of(page) == [("minutes", "2027-03-09", "Housing Contracts Committee")]
    minutes, decisions = _minutes_rows(page)
    assert minutes == [("12", "Apologies for absence"), ("13", "Minutes of the previous meeting"),
                       ("14", "Window Replacement Programme - Award")]
    assert decisions == [
        ("minutes", "That the minutes of the meeting held on 9 February 2027 be agreed."),
        ("minutes", "That the contract be awarded to Fenlight Windows Ltd."),
    ]


MINUTES_PAGE_NAME_OVER_DATE = html_page(
    "<h1>Minutes</h1>",
    "<p>Marlow Vale Health and Care Partnership<br>Monday 6 March 2028 2.30 pm</p>",
    "<p><strong>Venue:</strong> The Forum, Marlow Vale</p>",
    "<h2>Items</h2>",
    "<table>",
    "<tr><td><p>HCP/28/1</p></td><td><p>Apologies</p><div><p>There were none.</p></div></td></tr>",
    "<tr><td><p>HCP/28/2</p></td><td><p>Declarations of interest</p>"
    "<div><p>There were none.</p></div></td></tr>",
    "<tr><td><p>HCP/28/3</p></td><td><p>Minutes of the meeting on 12 December 2027</p>"
    "<div><p><strong>Resolved:</strong></p>"
    "<p>That the minutes of the meeting held on 12 December 2027 be confirmed.</p></div></td></tr>",
    "<tr><td><p>HCP/28/4</p></td><td><p>Work programme</p>"
    "<div><p>The work programme was noted.</p></div></td></tr>",
    "</table>",
    "<p>The meeting ended at 4.05 pm.</p>",
)


def test_regression_moderngov_minutes_page_with_its_name_over_its_date_is_one_document(
        tmp_path: Path) -> None:
    # the meeting's name over its date under the page's "Minutes" heading: one page of minutes
    # (its item "Minutes of the meeting on ..." no second document), its body named
    page = tmp_path / "minutes.html"
    page.write_text(MINUTES_PAGE_NAME_OVER_DATE)
    assert documents_of(page) == [
        ("minutes", "2028-03-06", "Marlow Vale Health and Care Partnership")]
    minutes, _ = _minutes_rows(page)
    assert minutes == [("HCP/28/1", "Apologies"), ("HCP/28/2", "Declarations of interest"),
                       ("HCP/28/3", "Minutes of the meeting on 12 December 2027"),
                       ("HCP/28/4", "Work programme")]


def test_regression_minutes_label_without_its_meeting_line_is_no_page_heading() -> None:
    # "Minutes:" over a minute's text is an item's label, not the page's heading
    assert moderngov.page_type(["Cabinet Procurement Committee", "Minutes:",
                                "The Committee considered the report of 3 March 2027.",
                                "RESOLVED:", "That the report be noted."]) is None
    assert moderngov.page_type(["Minutes:", "Cabinet Procurement Committee, Monday 8 March 2027",
                                "Items"]) == "minutes"


# -------------------------------------------------------------- a report's address in capitals

def test_regression_report_to_committee_on_date_in_capitals_keeps_on_out_of_the_name() -> None:
    assert addressed_to(["STRATHKELL COUNCIL",
                         "REPORT TO: FINANCE AND RESOURCES COMMITTEE ON 2 JUNE 2027",
                         "SUBJECT: AWARD OF CONTRACT"]) == {
        "committee": "Finance and Resources Committee", "meeting_date": dt.date(2027, 6, 2)}


# ------------------------------------- a merged council's name over its board's own masthead

MERGED_COUNCIL_PACK = """## Brackley and Fenn Council
** Contracts and Commissioning Board
Thursday 21 January 2027 at 2.00pm
Committee Room 2, The Guildhall
** Agenda
|~ No. | Item | Lead officer |
| 1. | Apologies | Chair |
| 2. | Minutes of the last meeting | Chair |
| 3. | Waivers report | Head of Procurement |
--- page ---
** Brackley and Fenn Council
** Contracts and Commissioning Board - Minutes
Meeting held on Thursday 19th November 2026, Committee Room 2, The Guildhall
Present: Cllr P Vance (Chair), Cllr L Bracegirdle, Cllr S Okafor
** CB/26/37 Apologies
Apologies were received from Cllr G Wheelwright.
** CB/26/38 Work plan
AGREED: That the work plan be noted.
"""


def test_regression_merged_council_name_read_as_its_boards_committee(tmp_path: Path) -> None:
    # "Brackley and Fenn Council" is the council (its names joined), the board under it meets;
    # "<board> - Minutes" names the board, the paper's kind after it
    assert pack_documents(MERGED_COUNCIL_PACK, tmp_path) == [
        ("agenda", "2027-01-21", "Contracts and Commissioning Board"),
        ("minutes", "2026-11-19", "Contracts and Commissioning Board"),
    ]


# --------------------------------------------- a bilingual address set in two columns, no stroke

def test_regression_welsh_and_english_report_address_side_by_side_reads_the_english() -> None:
    found = addressed_to(["ADRODDIAD I'R CABINET REPORT TO CABINET",
                          "11 Tachwedd 2026 11th November 2026", "Agenda Item 4"])
    assert found["committee"] == "Cabinet"


# ------------------------- a body by its initials and session, under its full running head

def test_regression_initials_of_a_body_read_as_its_full_name_under_the_running_head() -> None:
    heads = ["NHS Eskvale and Tarn Integrated Care Board"]
    assert fuller_name("ICB Board", heads) == "NHS Eskvale and Tarn Integrated Care Board"
    # initials another body's ("HSCP Board" is no partnership's own name) are left alone
    assert fuller_name("HSCP Board", ["Tarn Health and Social Care Partnership"]) == "HSCP Board"


ICB_REPORT = """%% header NHS Eskvale and Tarn Integrated Care Board
%% footer ICB Board (Public) - 13 January 2028
** Enclosure 7
!! Finance Report: Month 8 2027/28
Meeting:	ICB Board (Public)
Date of meeting:	13 January 2028
Executive lead:	Chief Finance Officer
** Recommendation
The Board is asked to receive the finance report for month 8 and note the forecast position.
** 1. Introduction
1.1 This report gives the financial position of the ICB at month 8 of 2027/28.
--- page ---
** 2. Forecast
2.1 The ICB forecasts a break-even position for the year, after the recovery actions agreed.
"""


def test_regression_session_bracket_left_out_of_a_meeting_field(tmp_path: Path) -> None:
    pdf = rendered(ICB_REPORT, tmp_path)
    assert [d[1:] for d in documents_of(pdf)] == [
        ("2028-01-13", "NHS Eskvale and Tarn Integrated Care Board")]


# ------------------------------- a body's masthead over its header's "Meeting date:" label

def test_regression_body_over_labelled_meeting_date_names_the_meeting() -> None:
    # the date three lines down, among the header's labels (a shuffled text layer leaves
    # the page's lines the only order to read)
    assert masthead_pair(["Drumcree and Lisnafin Borough Council",
                          "Strategy, Policy and Resources Committee",
                          "Report title: Corporate Performance Dashboard - Quarter 4 (January to",
                          "March 2028)", "Meeting date: 18 April 2028", "Item no.: 9"]) == {
        "committee": "Strategy, Policy and Resources Committee",
        "meeting_date": dt.date(2028, 4, 18)}
    # another body named first: the date is that one's
    assert masthead_pair(["Audit Committee", "Standards Committee",
                          "Meeting date: 18 April 2028"]) == {
        "committee": "Standards Committee", "meeting_date": dt.date(2028, 4, 18)}


# ----------------------------------------- a report titled as a quarter's performance

PERFORMANCE_FOR_A_QUARTER = """Agenda Item 3
KILBRAE COUNCIL
Communities and Housing Committee: 2 March 2028
Report by Executive Director of Communities
HOUSING SERVICES PERFORMANCE - QUARTER 3 2027/28
1. PURPOSE
1.1 The purpose of this report is to advise the Committee of the performance of Housing
Services for the period 1 October to 31 December 2027.
2. RECOMMENDATIONS
2.1 It is recommended that the Committee scrutinises the performance of Housing Services.
"""


def test_regression_report_titled_performance_for_a_quarter_is_a_performance_report() -> None:
    assert classify(PERFORMANCE_FOR_A_QUARTER, "report") == "performance_report"
    # performance named without a period is an ordinary report's subject
    assert classify(PERFORMANCE_FOR_A_QUARTER.replace(" - QUARTER 3 2027/28", " REVIEW"),
                    "report") == "report"

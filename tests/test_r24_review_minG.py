"""Review of held-out round 24's batch G minutes readers (webcast times, web pages' tables of
minutes, headings numbered by their paragraphs): papers another council would publish that
the first fix misread. Each on a small paper written here."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import (
    decision_rows,
    html_page,
    html_table,
    minutes_of,
    numbers,
    pdf_minutes,
    source_lines,
)
from kcc_papers.extract.minutes.patterns import tidy_title
from kcc_papers.pipeline import process_file

# The opening of a Scottish joint board's minute: its name, the meeting, who was present.
_BOARD_MINUTE_OF = """LOCHBRAE INTEGRATION JOINT BOARD
MINUTE of Meeting of the Lochbrae Integration Joint Board held on 9 February 2028
Present: Councillor Iona Reid (Chair); Councillors Ross Bain and Kirsty Muir
"""

# ------------------------------- headings numbered by their paragraphs, one heading unread

IJB_LONG_HEADING = _BOARD_MINUTE_OF + """WELCOME AND APOLOGIES
1.1 The Chair welcomed everyone to the meeting.

MINUTE OF PREVIOUS MEETING
2.1 The minute of the meeting held on 8 December 2027 was approved.

REVENUE BUDGET MONITORING REPORT FOR THE PERIOD TO 31 DECEMBER 2027 AND FORECAST OUTTURN FOR THE YEAR
3.1 The Chief Finance Officer reported a forecast overspend of £1.2 million.
3.2 The IJB noted the financial position.

PRIMARY CARE IMPROVEMENT PLAN
4.1 The Clinical Director introduced the update.

WINTER PLANNING
5.1 The Chief Officer presented the winter plan.

ANY OTHER BUSINESS
There was no other business.

DATE OF NEXT MEETING
7.1 The next meeting will be held on 12 April 2028.
"""  # noqa: E501


def test_regression_heading_unread_keeps_the_minutes_around_it(tmp_path: Path) -> None:
    # a heading too long for a title (3) and one over an unnumbered paragraph (6) broke the
    # run of numbers: only the longest unbroken stretch (4, 5) was kept, minutes 1, 2 and 7
    # lost with it
    assert numbers(minutes_of(IJB_LONG_HEADING, tmp_path)) == [
        ("1", "WELCOME AND APOLOGIES"),
        ("2", "MINUTE OF PREVIOUS MEETING"),
        ("4", "PRIMARY CARE IMPROVEMENT PLAN"),
        ("5", "WINTER PLANNING"),
        ("7", "DATE OF NEXT MEETING")]


# ------------------- a report's numbered sections quoted in minutes with unnumbered headings

QUOTED_REPORT = source_lines(
    "## FENWICK TOWN COUNCIL",
    "** MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON 9 FEBRUARY 2028",
    "Present: Councillors Reid (Chair), Bain and Muir",
    "** Apologies for Absence",
    "Apologies were received from Councillor Strang.",
    "** Declarations of Interest",
    "There were no declarations of interest.",
    "** Internal Audit Report",
    "The Clerk read the internal auditor's report, which said:",
    "** Scope",
    "1.1 The audit covered the year to 31 March 2027.",
    "** Findings",
    "2.1 The accounts were properly kept.",
    "** Recommendations",
    "3.1 The council should review its risk register each year.",
    "RESOLVED: That the report be received.",
    "** Budget 2028/29",
    "The Clerk presented the draft budget.",
    "RESOLVED: That the budget be recommended to the Council.",
    "** Date of Next Meeting",
    "The next meeting will be held on 12 April 2028.",
)


def test_regression_quoted_report_sections_are_not_the_minutes(tmp_path: Path) -> None:
    # the report's "Scope" / "Findings" / "Recommendations" over 1.1, 2.1, 3.1 were read as
    # the paper's only minutes, its five other headings dropped
    assert [title for _, title in numbers(pdf_minutes(QUOTED_REPORT, tmp_path))] == [
        "Apologies for Absence", "Declarations of Interest", "Internal Audit Report", "Scope",
        "Findings", "Recommendations", "Budget 2028/29", "Date of Next Meeting"]


# ------------------------------ a web page's log of actions above minutes printed as text

ACTION_LOG_PAGE = html_page(
    "<h1>Licensing Committee - Minutes</h1>",
    "<p><strong>Date:</strong> Tuesday, 7 March 2028 at 6.30 pm</p>",
    "<p><strong>Present:</strong> Councillors Ann Lowe (Chair), Tom Reed and Jo Hart</p>",
    "<h2>Action log</h2>",
    html_table(["No.", "Item", "Action", "Status"],
               [["5", "Street Trading Consents", "Review the fee", "Complete"],
                ["7", "Hackney Carriage Fares", "Consult the trade", "Open"]]),
    "<h3>12. Apologies for Absence</h3>",
    "<p>Apologies were received from Councillor Ray Stone.</p>",
    "<h3>13. Minutes of the Previous Meeting</h3>",
    "<p>RESOLVED: That the minutes of the meeting held on 7 February 2028 be approved.</p>",
    "<h3>14. Taxi Licensing Policy Review</h3>",
    "<p>RESOLVED: That the draft policy be approved for consultation.</p>",
    "<p>The meeting closed at 7.52 pm.</p>",
)


def test_regression_web_page_action_log_is_no_table_of_minutes(tmp_path: Path) -> None:
    # the table of actions was read as the minutes and everything printed after it dropped:
    # one minute, "5. Street Trading Consents", and no decisions
    path = tmp_path / "minutes.html"
    path.write_text(ACTION_LOG_PAGE)
    assert numbers(process_file(str(path)).records) == [
        ("12", "Apologies for Absence"),
        ("13", "Minutes of the Previous Meeting"),
        ("14", "Taxi Licensing Policy Review")]


# ------------------------ a wrapped line reciting what the board by its initials did before

RECITED_DECISION = _BOARD_MINUTE_OF + """1. WELCOME AND APOLOGIES
The Chair welcomed everyone to the meeting.

2. CARE AT HOME
The Chief Officer reminded members that at its last meeting
the IJB agreed to commission more hours of care at home.
Members discussed recruitment of carers in rural areas.
"""


def test_regression_wrapped_line_reciting_the_board_is_no_decision(tmp_path: Path) -> None:
    # "the IJB agreed ..." opening a wrapped line (what the board did at its last meeting)
    # was read as the meeting's decision: "the" in small letters opens a board's own
    # sentence only after a clause of what it weighed ("After discussion, the IJB agreed")
    assert decision_rows(RECITED_DECISION, tmp_path) == []


# ------------------------------------------- a long run of spaces in a heading's text layer

# Spaces in a run as a fixed-width text layer may pad a line with, and an allowance of time
# far beyond reading it (a pattern tried at each space took seconds here).
_PADDED_SPACES = 30_000
_PADDED_SECONDS = 1.0


def test_regression_webcast_time_pattern_is_linear_in_spaces() -> None:
    title = "5. FINANCE REPORT" + " " * _PADDED_SPACES + "x"
    started = time.perf_counter()
    kept = tidy_title(title)
    assert time.perf_counter() - started < _PADDED_SECONDS
    assert kept == "5. FINANCE REPORT x"
    # (the time itself still goes, padded or not)
    assert tidy_title("5. FINANCE REPORT" + " " * 300 + "[00:09:48]") == "5. FINANCE REPORT"


# ------------------------------------- a text file's heading in capitals wrapped over lines

WRAPPED_HEADING = _BOARD_MINUTE_OF + """
WELCOME AND APOLOGIES
1.1 The Chair welcomed everyone to the meeting.

FINANCIAL MONITORING: REVENUE BUDGET POSITION AT THE END OF
DECEMBER 2027 AND FORECAST OUTTURN
2.1 The Chief Finance Officer reported a forecast overspend of £1.2 million.

PRIMARY CARE IMPROVEMENT PLAN: UPDATE
3.1 The Clinical Director introduced the update.
"""


def test_regression_text_heading_in_capitals_wrapped(tmp_path: Path) -> None:
    # only the heading's last line was its title ("DECEMBER 2027 AND FORECAST OUTTURN"), its
    # first line read as the end of minute 1
    assert numbers(minutes_of(WRAPPED_HEADING, tmp_path)) == [
        ("1", "WELCOME AND APOLOGIES"),
        ("2", "FINANCIAL MONITORING: REVENUE BUDGET POSITION AT THE END OF DECEMBER 2027 AND "
              "FORECAST OUTTURN"),
        ("3", "PRIMARY CARE IMPROVEMENT PLAN: UPDATE")]
    # (who attended, printed in capitals above the first heading, is none of its title)
    attended = WRAPPED_HEADING.replace(
        "Present: Councillor Iona Reid (Chair); Councillors Ross Bain and Kirsty Muir\n",
        "PRESENT: COUNCILLOR IONA REID (CHAIR); COUNCILLORS ROSS BAIN AND KIRSTY MUIR")
    assert numbers(minutes_of(attended, tmp_path))[0] == ("1", "WELCOME AND APOLOGIES")

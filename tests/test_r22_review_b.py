"""Review of round 22's minutes and agenda fixes: rules that fired on papers of other councils
where they must not (each test a small paper of its own)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds
from kcc_papers.segment_starts.heading_kinds import MINUTES_CONTINUED
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------ "Minutes ... (continued)" heading a page's top

REPORT_PAGE_OPENING_MINUTES_CONTINUED = """## WEALDMOOR BOROUGH COUNCIL
** OVERVIEW AND SCRUTINY COMMITTEE
Date:	Wednesday 9 February 2028
Time:	7.00 pm
Place:	Council Chamber, Civic Offices, Wealdmoor
^^ AGENDA
|- Item | Title | Pages |
| 1 | Apologies for Absence | |
| 2 | Corporate Parenting Update | 3 - 4 |
--- page ---
## WEALDMOOR BOROUGH COUNCIL
** REPORT TO: OVERVIEW AND SCRUTINY COMMITTEE
Date of meeting: 9 February 2028
Report of: Director of Children's Services
Subject: Corporate Parenting Update
1. Purpose of the Report
1.1 This report updates the Committee on the work of the Corporate Parenting Panel.
2. Background
2.1 The Panel was set up in 2019. Its reports and
--- page ---
minutes were considered by Cabinet and it continued to meet quarterly throughout 2027.
2.2 The Panel's terms of reference were reviewed in November 2027.
3. Recommendations
3.1 That the Committee notes the update.
"""


def test_regression_report_page_opening_on_minutes_and_continued_stays_with_report(
        tmp_path: Path) -> None:
    # any line at a page's top starting "minutes" with "continued" within 80 characters said
    # the minutes went on there: a report's sentence wrapped onto its next page ("minutes
    # were considered by Cabinet and it continued ...") split that page off the report
    assert pack_kinds(REPORT_PAGE_OPENING_MINUTES_CONTINUED, tmp_path) == [
        ("agenda", 1, 1), ("report", 2, 3)]


def test_minutes_continued_heads_still_read() -> None:
    assert [bool(MINUTES_CONTINUED.match(text)) for text in (
        "Minutes - 18 January 2028 (continued)",
        "Minutes, Cabinet 16 September 2027 - continued",
        "MINUTES (CONT'D)",
        "Minutes continued",
        "Minutes lost per incident continued to fall",
    )] == [True, True, True, True, False]


def test_minutes_continued_is_linear_in_a_run_of_spaces() -> None:
    def head(spaces: int) -> object:
        return MINUTES_CONTINUED.match("Minutes" + " " * spaces + "- x")

    assert _growth(head, 300) < MOST_GROWTH

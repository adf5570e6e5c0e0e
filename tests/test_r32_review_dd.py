"""Review dd of held-out round 32's decisions, agenda items and documents fixes: the new rules'
misreadings of papers another council would publish, each on a small paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_kinds
from kcc_papers.load import load
from kcc_papers.segment import segment

# A district's one report whose running head names its meeting, its item and the page on every
# page, above the report's own heading: one paper, not a new one at its second page.
REPORT_WITH_RUNNING_ITEM_HEAD = """%% header Cabinet | 10 November 2026 | Item 4 | Page {page}
## Eastmarch District Council
** Leisure Centre Refurbishment
| Report to: | Cabinet |
| Date: | 10 November 2026 |
| Report of: | Director of Place |
** 1. Recommendations
1.1 That Cabinet approves the refurbishment of the leisure centre.
** 2. Background
2.1 The leisure centre opened in 1988 and its plant is at the end of its life.
--- page ---
** 3. Options
3.1 Option one is to close the centre; option two is to refurbish it.
** 4. Financial implications
4.1 The refurbishment costs £2.1 million.
--- page ---
** 5. Risks
5.1 Construction costs may rise.
"""


def test_regression_a_reports_running_head_naming_its_item_starts_no_paper(
        tmp_path: Path) -> None:
    assert pack_kinds(REPORT_WITH_RUNNING_ITEM_HEAD, tmp_path) == [("report", 1, 3)]


# A town council's plain-text minutes whose action log, set with bars, runs over a page break:
# its rows name an item and a date but no meeting, no paper's meeting line.
MINUTES_WITH_BARRED_ACTION_LOG = """EASTMARCH TOWN COUNCIL

MINUTES of the meeting of the Finance Committee held on Tuesday 3 November 2026 at 7.00 pm

PRESENT: Cllrs Abbot (Chair), Baker, Cole

FC/21  Apologies

None.

FC/22  Action log

The Committee reviewed its action log:

Item 2 | 8 September 2026 | Review of allotment rents | Clerk
Item 3 | 8 September 2026 | Quotes for bench repairs | Clerk
\f
Item 4 | 6 October 2026 | Grant policy redraft | RFO
Item 5 | 6 October 2026 | Insurance renewal | Clerk

RESOLVED: That the action log be noted.

FC/23  Grants

RESOLVED: That a grant of £500 be made to the Eastmarch Youth Club.
"""


def test_regression_an_action_logs_barred_rows_at_a_page_top_start_no_paper(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES_WITH_BARRED_ACTION_LOG)
    assert [(s.kind, s.page_from, s.page_to) for s in segment(load(path))] == [
        ("minutes", 1, 2)]


# A borough's planning committee minutes of "the first meeting of the municipal year": the
# meeting's number and its year are no part of the body's name.
FIRST_MEETING_OF_THE_YEAR = """EASTMARCH BOROUGH COUNCIL

Minutes of the first meeting of the municipal year of the Planning Committee held on Tuesday 19 May 2026 at 7.00 pm

Present: Councillors Abbot (Chair), Baker, Cole

PC/1  Election of Vice-Chair

RESOLVED: That Councillor Baker be Vice-Chair for the municipal year.
"""  # noqa: E501


def test_regression_the_first_meeting_of_the_year_names_no_year_in_the_body(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(FIRST_MEETING_OF_THE_YEAR)
    assert documents_of(path) == [("minutes", "2026-05-19", "Planning Committee")]

"""Review of round 24's document fixes: what the new rules misread in other councils' papers.

Measures counted by the rating word alone ("6 are Green, 2 Amber and 2 Red") let any
"measures ... are green" make a performance report: a planning report's "the measures proposed
are green roofs". Cards labelled "Target: £1.2m" (a budget's savings) or "Target: 2030" (a
climate plan's commitment due) made a dashboard. A title
of a body's decisions of a day took any words before "decisions": "Forward plan of key
decisions: 1 March 2028" was a decision. A news page's "were presented to Cabinet on ..." named
the meeting of a page that is no paper of it. The council and meeting on one bold line, a
running head atop every page of a report, started a paper at each page. A contents page's
dotted leader was searched for from every dot of a line, quadratic in a long run of dots. A
text stamp over the meeting's dated line began a report of three lines over the minutes' own
title."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import documents_of, html_page, pack_documents
from kcc_papers.segment_starts.covers import contents_page
from test_heldout_round24_docs import STAMP_OVER_MASTHEAD_PACK

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

PLANNING_REPORT = """\
ASHBROOK DISTRICT COUNCIL

Report to the Planning Committee
Meeting date:  20 September 2028
Report of:     Head of Planning

LAND AT MILL LANE, ASHBROOK: APPLICATION 28/0412/FUL

1. Recommendation

1.1 That planning permission be granted subject to conditions.

2. The proposal

2.1 {sentence}
"""


def _report_kind(sentence: str, tmp_path: Path) -> str:
    path = tmp_path / "report.txt"
    path.write_text(PLANNING_REPORT.format(sentence=sentence))
    return documents_of(path)[0][0]


def test_regression_measures_that_are_green_roofs_are_no_ratings(tmp_path: Path) -> None:
    # "the measures proposed ... are green roofs": what the measures are, not a count of
    # measures by their ratings; the rating word alone counts only across ratings
    assert _report_kind("The biodiversity measures proposed in the scheme are green roofs and "
                        "bat boxes on each block.", tmp_path) == "report"


def test_regression_measures_counted_across_ratings_still_a_performance_report(
        tmp_path: Path) -> None:
    # (the fix's own case kept: counted by the rating word across ratings, or "rated")
    assert _report_kind("Of the ten measures, 6 are Green, 2 Amber and 2 Red.",
                        tmp_path) == "performance_report"
    assert _report_kind("Of the twelve measures, five are rated Green.",
                        tmp_path) == "performance_report"


def _cards(*targets: str) -> str:
    return "".join(f'<div class="card"><p>Saving {n}</p><p>Target: {t}</p></div>'
                   for n, t in enumerate(targets, 1))


def _web_page_kind(title: str, body: str, tmp_path: Path) -> str:
    """The kind of a council website's page of ``title`` over ``body``."""
    path = tmp_path / "page.html"
    path.write_text(html_page('<header><a href="/">Harrowby City Council - home</a></header>',
                              f"<main><h1>{title}</h1>", body, "</main>"))
    return documents_of(path)[0][0]


def test_regression_cards_of_money_targets_are_no_dashboard(tmp_path: Path) -> None:
    # a budget page's savings, each card labelled "Target: £1.2m": money a budget counts on
    # (as FINANCIAL_TARGETS), no service's measures
    assert _web_page_kind("Our budget 2028/29: where the savings come from",
                          _cards("£1.2m", "£450k", "£300k", "2.5m"),
                          tmp_path) != "performance_report"


def test_regression_forward_plan_titled_by_key_decisions_of_a_day(tmp_path: Path) -> None:
    # "Forward plan of key decisions: 1 March 2028": a plan of decisions to come, titled by
    # its date, not a body's decisions of a day
    assert _web_page_kind(
        "Forward plan of key decisions: 1 March 2028",
        "<p>This notice sets out the key decisions the Cabinet expects to take.</p>"
        + "".join(f"<h2>{subject}</h2><p>Decision maker: Cabinet</p><p>Decision due: {due}</p>"
                  for subject, due in [("Garden waste charges 2029/30", "12 April 2028"),
                                       ("Leisure contract", "10 May 2028")]),
        tmp_path) == "forward_plan"


def test_regression_news_page_names_no_meeting_it_reports_on(tmp_path: Path) -> None:
    # a news item's "Plans ... were presented to Cabinet on Tuesday 14 November 2028": the
    # page is the council's news, no paper of that meeting
    path = tmp_path / "news.html"
    path.write_text(html_page(
        '<header><a href="/">Harrowby City Council - home</a></header>',
        "<main><h1>New park for Eastfield gets the go-ahead</h1>",
        "<p>Published 20 November 2028</p><p>Plans for a new park in Eastfield were presented "
        "to Cabinet on Tuesday 14 November 2028, and councillors agreed to spend £2m.</p>",
        "<p>Work will start in the spring.</p></main>"))
    [(kind, date, committee)] = documents_of(path)
    assert kind == "other"
    assert (date, committee) != ("2028-11-14", "Cabinet")


RUNNING_HEAD_PACK = """%% footer Planning Committee | 19 January 2028 | Page {page}
## WELLSBY DISTRICT COUNCIL
** PLANNING COMMITTEE
Date:	Wednesday 19 January 2028
** AGENDA
| Item | | Page |
| 1 | Apologies | |
| 2 | 27/01266/FUL - Hollowmead Farm | 2 |
--- page ---
** WELLSBY DISTRICT COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028
** REPORT OF THE DEVELOPMENT MANAGER
** 27/01266/FUL - HOLLOWMEAD FARM, POUND LANE
** 1. RECOMMENDATION
1.1 That planning permission be granted subject to conditions.
** 2. SITE AND PROPOSAL
2.1 The site is a farmyard of 0.6 hectares on the edge of the village.
--- page ---
** WELLSBY DISTRICT COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028
** CONSULTATION RESPONSES
Parish council: objects to the scale of the buildings.
Highways authority: no objection subject to conditions.
** 3. ASSESSMENT
3.1 The proposal is acceptable in principle.
"""


def test_regression_bold_running_head_of_council_and_meeting_starts_no_paper(
        tmp_path: Path) -> None:
    # the council and the meeting on one bold line atop every page of one report: its running
    # head; its second page, under an unnumbered heading, goes on with the report, whose head
    # said whose report it is
    assert [d[0] for d in pack_documents(RUNNING_HEAD_PACK, tmp_path)] == ["agenda", "report"]


def test_regression_contents_leaders_read_in_linear_time() -> None:
    # a line of 10,000 dots (a signature's or a form's rule) with no page number after them
    lines = ["Contents", "Agenda ........ 1", "Minutes . . . . 3", "." * 10_000 + " x",
             ". " * 5_000 + "x"]
    start = time.process_time()
    assert contents_page(lines)
    assert time.process_time() - start < LINEAR_SECONDS


# the round's town council pack, its minutes stamped as item 2 under the council's masthead
MINUTES_HEADING = ("HOLLYBROOK TOWN COUNCIL\n\nMINUTES OF THE MEETING OF THE AMENITIES COMMITTEE "
                   "HELD ON WEDNESDAY 13 OCTOBER 2027 AT 7.00 PM")
STAMPED_MINUTES_PACK = STAMP_OVER_MASTHEAD_PACK.replace(MINUTES_HEADING, """\
Agenda Item 2

HOLLYBROOK TOWN COUNCIL
Amenities Committee - 13 October 2027

MINUTES OF THE MEETING""")


def test_regression_text_stamp_over_the_minutes_masthead_starts_no_report(
        tmp_path: Path) -> None:
    # "Agenda Item 2" over the council and "Amenities Committee - 13 October 2027", then
    # "MINUTES OF THE MEETING": the minutes' own title starts them; the stamp over the
    # meeting's dated line began a report of its three lines before them
    path = tmp_path / "pack.txt"
    path.write_text(STAMPED_MINUTES_PACK)
    assert MINUTES_HEADING in STAMP_OVER_MASTHEAD_PACK
    assert [d[0] for d in documents_of(path) if d[0] != "pack"] == [
        "agenda", "minutes", "report", "risk_register"]


def test_regression_cards_of_years_due_are_no_dashboard(tmp_path: Path) -> None:
    # a climate plan's commitments as cards, each "Target: 2030": when each is due, no
    # measure's level
    assert _web_page_kind("Our climate commitments", _cards("2030", "2035", "2045"),
                          tmp_path) != "performance_report"

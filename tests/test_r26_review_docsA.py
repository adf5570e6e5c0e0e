"""Review of round 26's documents fixes (batches A-D): papers another council would publish
that the new rules misread. Each runs on small papers written here."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import documents_of, html_page, pack_documents
from kcc_papers.extract.meetings.minutes_heading import minutes_heading

# ------------------------------------- a timetable's header row is no details table's row

TIMETABLE_PAGE = html_page(
    "<header><a href='/'>Fenmarsh Council</a></header>",
    "<h1>Local Plan Review: Consultation Timetable</h1>",
    "<p>This note sets out when the draft plan goes to each meeting.</p>",
    "<table><tr><th>Meeting</th><th>Date</th></tr>"
    "<tr><td>Planning Policy Panel</td><td>5 March 2029</td></tr>"
    "<tr><td>Cabinet</td><td>12 March 2029</td></tr></table>",
    "<h2>1. Purpose</h2><p>To set out the timetable.</p>",
)


def test_regression_timetable_header_row_is_no_meeting_label(tmp_path: Path) -> None:
    # "Meeting | Date", a timetable's header row, read as "Meeting: Date" made the committee
    # "Date Planning Policy Panel"
    page = tmp_path / "timetable.html"
    page.write_text(TIMETABLE_PAGE)
    assert [d[2] for d in documents_of(page)] == ["Planning Policy Panel"]


# --------------------- one-page papers, items 1 to 4 on pages 1 to 4: stamps that are items'

ONE_PAGE_PAPERS = """%% header Dunmore District Council
%% overprint Agenda Item {page}
** Minutes of the Licensing Committee held on 3 March 2029
Present: Councillors Ash (Chair), Birch and Cole
** LC/29/1 Apologies
None were received.
--- page ---
** Licensing Fees 2029/30
1. The fees proposed for the year are set out below.
2. The Committee is asked to approve them.
--- page ---
** Taxi Policy Review
1. The review has concluded its work.
2. The Committee is asked to note it.
--- page ---
** Street Trading Consents
1. Three consents were applied for.
2. The Committee is asked to approve them.
"""


def test_regression_item_stamps_equal_to_pages_by_chance_start_papers(tmp_path: Path) -> None:
    # a supplementary pack of one-page papers, item N on page N and no agenda: its stamps are
    # its items', and each starts its paper; read as page numbers, the three reports ran on
    # as the minutes
    assert [d[0] for d in pack_documents(ONE_PAGE_PAPERS, tmp_path)] == [
        "minutes", "report", "report", "report"]


# ------------------------- a group's notes quoted in a report are no minutes of their own

QUOTED_NOTES_PACK = """## Dunmore District Council
** Cabinet
Date:	Tuesday 9 March 2027
** AGENDA
1. Apologies
2. Local Plan Working Group
--- page ---
** Agenda Item 2
## Local Plan Working Group
Report of the Head of Planning
** 1. Recommendation
1.1 That Cabinet notes the notes of the working group.
** Notes of the Local Plan Working Group - 2 February 2027
Attendees: Councillors Ash, Birch
1. The group reviewed the sites.
"""


def test_regression_notes_below_a_reports_head_start_no_minutes(tmp_path: Path) -> None:
    # "Notes of the ... Working Group - <date>" over "Attendees:" under a report's own head
    # (its stamp, title, "Report of" line) is the report's matter: read as the notes' title it
    # made the report a paper of kind "other"
    assert [d[0] for d in pack_documents(QUOTED_NOTES_PACK, tmp_path)] == ["agenda", "report"]


# -------------------- a text export of minutes: each minute ruled off, headed "Agenda item N"

RULE = "-" * 70
RULED_MINUTES = f"""DUNMORE DISTRICT COUNCIL

MINUTES OF THE CABINET HELD ON 9 MARCH 2027

Present: Councillors Ash (Chair), Birch, Cole

{RULE}

Agenda item 1

Apologies. None were received.

{RULE}

Agenda item 2

Budget 2027/28. RESOLVED that the budget be recommended to Council.

{RULE}

Agenda item 3

Fees and charges. RESOLVED that the fees be approved.
"""


def test_regression_ruled_item_headings_of_minutes_start_no_paper(tmp_path: Path) -> None:
    # no agenda in the file lists the items: "Agenda item 2" under a rule heads a minute of
    # the minutes; read as a stamp, each minute became a paper of kind "other"
    path = tmp_path / "minutes.txt"
    path.write_text(RULED_MINUTES)
    assert [d[0] for d in documents_of(path) if d[0] != "pack"] == ["minutes"]


# ------------------------------------------ a minutes line with a long run of blanks in it

# A text layer's line of this many blanks (a table's cells set far apart), read in this long
# at most: before, the minutes' heading took seconds over it.
BLANK_RUN = 20_000
MAX_SECONDS = 0.5


def test_regression_body_before_minutes_sentence_stays_linear() -> None:
    # "<body>: minutes of the meeting held ..." read with a lazy name then blanks tried every
    # split of a long run of blanks before the words: quadratic in the run
    line = "Board" + " " * BLANK_RUN + "x minutes of the meeting held on 1 May 2027"
    start = time.perf_counter()
    minutes_heading([line])
    assert time.perf_counter() - start < MAX_SECONDS

"""Regression tests for the agenda item misses of round 16's blind batches: a signature's name
under the last item read as its title wrapped, the line above ending with the item's page
range; a borderless table's row whose title and lead both wrapped, the lead's lines on the
title's baselines read into the title; a CMIS title's "(Not for publication by virtue of
paragraph 3)" read into it; an older ModernGov agenda's dot leaders and the pages or "To
Follow" after them read into its titles; a borderless table naming no column but its Paper
column, whose "verbal" ran into a title filling its cell; a zebra table's unshaded row read on
into the next shaded band's first line. Each runs on small generated papers (or on the
reader's parts)."""

from __future__ import annotations

import time
from pathlib import Path

import heldout_accuracy

from conftest import contexts
from heldout_support import pdf_agenda_items as _pdf_items
from kcc_papers.extract import agenda
from kcc_papers.extract.agenda.leaders import LEADER, leaders_read
from kcc_papers.extract.agenda.patterns import NOTE
from kcc_papers.load.model import Line
from kcc_papers.models import AgendaItem

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

# ------------------------------ a page range ends its line: the name under it is a signature

REGULATION_SIGNED = """## WESTMARCH COUNTY COUNCIL
!! REGULATION COMMITTEE
A meeting of the Regulation Committee will be held in the Tarn Room, County Hall, Westmarch on Tuesday 9th March 2027 at 10.00 am.
** AGENDA
** A - COMMITTEE BUSINESS
A1 Membership and Substitutes
A2 Minutes of the meeting held on 12th January 2027 (Pages 3 - 6)
** B - MATTERS FOR INFORMATION
B1 Public Path Orders and Definitive Map Modification Orders: Progress Report (Pages 15 - 16)
Benjamin Corrigan
Director of Law and Governance
"""  # noqa: E501


def test_a_signature_under_a_title_ended_by_its_page_range_is_not_the_title(
        tmp_path: Path) -> None:
    # the last item's line runs near the margin and ends with its page range: its writer ended
    # it there, so the name under it (the clerk's signature) is no word the margin pushed down
    assert _pdf_items(REGULATION_SIGNED, tmp_path) == [
        ("A1", "Membership and Substitutes"),
        ("A2", "Minutes of the meeting held on 12th January 2027"),
        ("B1", "Public Path Orders and Definitive Map Modification Orders: Progress Report"),
    ]


# ------------- a borderless table: the title and the lead both wrapped, on the same baselines

PENSION_BORDERLESS = """%% ligatures
## MARLSHIRE COUNTY COUNCIL
!! Pension Fund Committee
Wednesday 8th December 2027 at 10.00 am, County Hall, Fenbridge
** AGENDA
|- No. | Item | Lead officer |
| 1 | Apologies and substitutions | Committee Clerk |
| 2 | Minutes of the meeting held on 15th September 2027 | Chair |
| 3 | Investment strategy and performance update | Head of Pension Fund Investments |
| 4 | Pension Fund risk register | Head of Pensions |
"""


def test_a_lead_wrapped_beside_a_wrapped_title_is_not_the_title(tmp_path: Path) -> None:
    # item 3's title and its lead each wrap to two lines, side by side on one baseline each
    # ("Investment strategy and  Head of Pension Fund"): the runs starting where the other
    # line's later run starts are the lead's column, left out of the title
    assert _pdf_items(PENSION_BORDERLESS, tmp_path) == [
        ("1", "Apologies and substitutions"),
        ("2", "Minutes of the meeting held on 15th September 2027"),
        ("3", "Investment strategy and performance update"),
        ("4", "Pension Fund risk register"),
    ]


# ------------------------------------- a CMIS agenda's Part II item: its note of privacy

CMIS_PART_TWO = """## Calderbrook Metropolitan Borough Council
!! CABINET
Date:	Tuesday 9 March 2027
** AGENDA
** PART I - ITEMS FOR CONSIDERATION IN PUBLIC
|% 10 74 16
| Item No. | Subject | Page(s) |
| 1. | Apologies for Absence | |
| 2. | Minutes of the Cabinet held on 9 February 2027 | 2 |
| 3. | Exclusion of the Public | |
** PART II - ITEMS FOR CONSIDERATION IN PRIVATE
|% 10 74 16
| Item No. | Subject | Page(s) |
| 4. | Former Brook Street Depot - Disposal (Not for publication by virtue of paragraph 3) | |
"""


def test_a_note_that_the_paper_is_not_for_publication_is_no_part_of_the_title(
        tmp_path: Path) -> None:
    # "(Not for publication by virtue of paragraph 3)" after the title says how the paper is
    # held, as "(exempt: paragraph 3)" does: no part of the title, and the item is exempt
    src = tmp_path / "paper.pdfsrc"
    src.write_text(CMIS_PART_TWO)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    items = [r for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]
    assert [(r.item_ref, r.title, r.exempt) for r in items] == [
        ("1", "Apologies for Absence", False),
        ("2", "Minutes of the Cabinet held on 9 February 2027", False),
        ("3", "Exclusion of the Public", False),
        ("4", "Former Brook Street Depot - Disposal", True),
    ]


def test_the_note_pattern_is_linear_in_a_run_of_spaces() -> None:
    # tried from each space of a long run, the spaces before a note cost the run's length each
    # (1.2 s on 10,000 spaces); matched from the run's first, they cost it once
    for text in (" " * 10_000, "a" * 10_000):
        start = time.process_time()
        NOTE.sub("", text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------------------------------------- dot leaders between the titles and their pages

MODERNGOV_2012_LEADERS = """%% font serif
## WEALDHURST DISTRICT COUNCIL
**AUDIT AND GOVERNANCE COMMITTEE - WEDNESDAY, 24TH JUNE, 2026**
A meeting of the Audit and Governance Committee will be held in the Council Chamber on Wednesday, 24th June, 2026 at 7.00 pm, when the following business will be transacted.
** AGENDA
** Part I - Public
1.  Apologies for Absence
2.  Minutes .................................................................................................... 2
To confirm as a correct record the Minutes of the meeting held on 25th March, 2026.
3.  Strategic Risk Register - June 2026 ...................................................... 3 - 4
Report of the Head of Finance and Governance.
4.  Internal Audit Annual Report and Opinion 2025/26 ............................ To Follow
5.  Committee Work Programme 2026/27 .................................................. Verbal
6.  Any Other Business which the Chairman considers to be urgent
"""  # noqa: E501


def test_a_dot_leader_and_the_pages_or_note_it_leads_to_are_no_part_of_the_title(
        tmp_path: Path) -> None:
    # "Minutes ......... 2": the leader joins the title to its pages, read as the item's
    # pages; "To Follow" and "Verbal" after one say how the paper comes: none is the title's
    assert _pdf_items(MODERNGOV_2012_LEADERS, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes"),
        ("3", "Strategic Risk Register - June 2026"),
        ("4", "Internal Audit Annual Report and Opinion 2025/26"),
        ("5", "Committee Work Programme 2026/27"),
        ("6", "Any Other Business which the Chairman considers to be urgent"),
    ]


def test_a_leaders_pages_are_the_items_and_an_ellipsis_is_no_leader() -> None:
    # the pages a leader leads to become the item's range; three dots end a title's words
    read = leaders_read([(1, Line("3.  Risk Register ........ 3 - 4")),
                         (1, Line("4.  Budget update... (verbal)")),
                         (1, Line("5.  Audit Plan ........ Appendix A"))])
    assert [line.text for _, line in read] == [
        "3.  Risk Register (Pages 3 - 4)",
        "4.  Budget update... (verbal)",
        "5.  Audit Plan ........ Appendix A",
    ]
    for text in (" " * 10_000, "a" * 10_000, "." * 10_000):
        start = time.process_time()
        LEADER.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------- a borderless table naming only its Paper column: "verbal" beside a full title

SCHOOLS_FORUM_PAPERS = """%% font serif
## Schools Forum
** Notice of Meeting
The next meeting of the Schools Forum will be held on Wednesday 8th December 2027 at 2.00pm in the Conference Suite.
** Agenda
|- | | Paper |
| 1. | Welcome, apologies and substitutes | |
| 2. | Minutes of the meeting of 13th October 2027 and matters arising | A |
| 3. | De-delegation and education functions for maintained schools 2028/29 | B |
| 4. | High needs block: deficit management plan update | C |
| 5. | Schools Forum membership and elections | verbal |
| 6. | Forward plan and dates of future meetings | |
"""  # noqa: E501


def test_a_paper_columns_verbal_run_into_a_full_title_is_not_the_title(tmp_path: Path) -> None:
    # rows 2-4 print their paper ("A", "B", "C") as runs of their own, starting at one place:
    # a column, though no header names where. Row 5's title fills its cell and "verbal"
    # follows it closer than a column's gap, one run: parted where that column starts
    assert _pdf_items(SCHOOLS_FORUM_PAPERS, tmp_path) == [
        ("1", "Welcome, apologies and substitutes"),
        ("2", "Minutes of the meeting of 13th October 2027 and matters arising"),
        ("3", "De-delegation and education functions for maintained schools 2028/29"),
        ("4", "High needs block: deficit management plan update"),
        ("5", "Schools Forum membership and elections"),
        ("6", "Forward plan and dates of future meetings"),
    ]


# ------------------ a zebra table: an unshaded row wrapped taller than the pieces are joined

ZEBRA_WRAPPED_ROWS = """%% justify
** Agenda
For enquiries please contact Democratic Services on 01632 960 418.
|~ Item | Title | Lead | Pages |
| 1 | Apologies | Chair | |
| 2 | Declarations of Interest and Dispensations | All | |
| 3 | Minutes | Chair | 3 - 5 |
| 4 | Corporate Performance Dashboard: Quarter 3 2022/23 | Head of Policy and Performance | 6 - 8 |
| 5 | Household Support Fund | Director of Communities | 9 - 10 |
| 6 | Work Programme 2023/24 | Democratic Services | 11 |
"""


def test_a_zebra_rows_wrapped_cells_stop_at_the_next_shaded_band(tmp_path: Path) -> None:
    # row 4, unshaded, wraps to three lines between shaded rows of one line: too tall for the
    # pieces either side to be joined, the table ends with it and its cells are read on down
    # over their wrapped lines; the next band shaded across (row 5's) starts a row of its
    # own, its line none of row 4's
    assert _pdf_items(ZEBRA_WRAPPED_ROWS, tmp_path) == [
        ("1", "Apologies"),
        ("2", "Declarations of Interest and Dispensations"),
        ("3", "Minutes"),
        ("4", "Corporate Performance Dashboard: Quarter 3 2022/23"),
        ("5", "Household Support Fund"),
        ("6", "Work Programme 2023/24"),
    ]

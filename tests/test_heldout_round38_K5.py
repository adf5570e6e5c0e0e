"""Regression tests for the misses of held-out round 38 (family K5, an agenda web page with
lettered sub-items, and a summons pack's documents): a web page's agenda table whose title
cells print who presents the item, or why it is taken in confidence, on a line of its own in
markup of its own under the title; and a council's summons whose item of notices of motion,
listed with its numbered parts, is printed in full on a page after the agenda under "Item N -
<title>". Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_page, html_table, pack_kinds, source_lines
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _web_items(tmp_path: Path, rows: list[list[str]]) -> list[tuple[str | None, str]]:
    page = html_page(
        "<h1>Agenda</h1>", "<h2>Leisure and Community Committee</h2>",
        "<dl><dt>Date:</dt><dd>Tuesday, 9th November, 2027 6.30 pm</dd></dl>",
        html_table(["No.", "Subject", "Pages"], rows),
        "<p>Date of next meeting: Tuesday, 7th December, 2027</p>")
    path = tmp_path / "agenda.html"
    path.write_text(page)
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ------------------------------------------- lines set apart under a web agenda's titles


def test_web_agenda_title_cell_lines_set_apart(tmp_path: Path) -> None:
    """Before, a title cell's line under the title, broken off by <br> and wrapped whole in
    an element of its own (the officer presenting it, a note why the items below are taken
    in confidence), was read as more of the title. Such lines are now no words of it."""
    rows = [
        ["1.", "Apologies", ""],
        ["2.", "Minutes of the Meeting held on 12 October 2027", "1 - 6"],
        ["3.", "<b>Reports for Decision</b>", ""],
        ["3(a)", 'Leisure Centre Opening Hours<br><span class="lead">Head of Leisure</span>',
         "7 - 12"],
        ["3(b)", 'Allotments Rent Review<br><em>Parks Manager</em>', "13 - 15"],
        ["4.", '<strong>Confidential Business</strong><br><span class="reason">Members of the '
               'public may be excluded under Section 42 and Schedule 6 of the Act, as the item '
               'holds information on the business affairs of a person.</span>', ""],
        ["4(a)", "Catering Concession - Riverside Park", "16 - 20"],
        ["5.", "Any Other Notified Business", ""],
    ]
    assert _web_items(tmp_path, rows) == [
        ("1", "Apologies"),
        ("2", "Minutes of the Meeting held on 12 October 2027"),
        ("3", "Reports for Decision"),
        ("3(a)", "Leisure Centre Opening Hours"),
        ("3(b)", "Allotments Rent Review"),
        ("4", "Confidential Business"),
        ("4(a)", "Catering Concession - Riverside Park"),
        ("5", "Any Other Notified Business"),
    ]


def test_web_agenda_title_broken_in_one_markup_kept(tmp_path: Path) -> None:
    """Guard: a title the page breaks over two lines in one markup (bare text both, or each
    line in the same bold) is one title still, read whole."""
    rows = [
        ["1.", "Apologies", ""],
        ["2.", "Minutes of the Meeting held<br>on 12 October 2027", "1 - 6"],
        ["3.", "<b>Playing Pitch Strategy</b><br><b>2028 to 2033</b>", "7 - 30"],
    ]
    assert _web_items(tmp_path, rows) == [
        ("1", "Apologies"),
        ("2", "Minutes of the Meeting held on 12 October 2027"),
        ("3", "Playing Pitch Strategy 2028 to 2033"),
    ]


# ------------------------------------- an item's parts printed in full after the agenda

_SUMMONS = """## HALLOWFIELD BOROUGH COUNCIL
** SUMMONS
You are summoned to a meeting of the COUNCIL on WEDNESDAY 3 MARCH 2027 at 7.00 pm.
** AGENDA
1. Apologies for Absence
2. Minutes (Pages 3 - 4)
3. Mayor's Announcements
4. Questions from Members
4.1 Library Opening Hours in Westbury
4.2 Flooding on Millbrook Lane
5. Recommendation from Cabinet (Pages 5 - 6)
--- page ---
** Item 4 - Questions from Members
{parts}
--- page ---
## HALLOWFIELD BOROUGH COUNCIL
** MINUTES of a meeting of the COUNCIL held at the Guildhall on Wednesday 13 January 2027 at 7.00 pm
Present: Councillor P. Ashdown (Mayor); Councillors B. Carr, E. Dunne and G. Fox.
** C.41 Apologies for Absence
Apologies were received from Councillor Hale.
** C.42 Minutes
RESOLVED that the minutes of the meeting held on 18 November 2026 be approved.
The meeting closed at 8.05 pm.
--- page ---
## HALLOWFIELD BOROUGH COUNCIL
** Agenda Item 5 - Recommendation from Cabinet: Waste Collection Policy
Report of:	Cabinet Member for Environment
** 1. Recommendation
That the Council adopts the revised Waste Collection Policy.
** 2. Background
2.1 The Cabinet considered the policy on 17 February 2027.
"""

_BOTH_PARTS = """4.1 Library Opening Hours in Westbury. Asked by Cllr B. Carr of the Culture lead:
"Will the Cabinet Member restore Saturday afternoon opening at Westbury Library?"
4.2 Flooding on Millbrook Lane. Asked by Cllr E. Dunne of the Highways lead:
"When will the drainage works on Millbrook Lane be finished?\""""


def test_item_parts_printed_in_full_after_agenda(tmp_path: Path) -> None:
    """Before, "Item 4 - Questions from Members" heading a page after the agenda, as the
    agenda lists item 4, started a report there. That page prints every part the agenda lists
    under item 4 in turn (4.1, 4.2, by their titles): it is the agenda's item in full, part
    of the agenda."""
    kinds = pack_kinds(source_lines(_SUMMONS.format(parts=_BOTH_PARTS)), tmp_path)
    assert kinds == [("agenda", 1, 2), ("minutes", 3, 3), ("report", 4, 4)]


def test_item_heading_over_one_part_still_a_paper(tmp_path: Path) -> None:
    """Guard: the item's heading over one of its parts alone (the first part's own paper,
    headed by its item too) is still a paper of its own."""
    one_part = """4.1 Library Opening Hours in Westbury
Report of:	Head of Culture
** 1. Purpose
1.1 To answer the question on Saturday opening at Westbury Library."""
    kinds = pack_kinds(source_lines(_SUMMONS.format(parts=one_part)), tmp_path)
    assert kinds == [("agenda", 1, 1), ("report", 2, 2), ("minutes", 3, 3), ("report", 4, 4)]

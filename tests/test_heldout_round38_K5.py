"""Regression tests for the misses of held-out round 38 (family K5, an agenda web page with
lettered sub-items, and a summons pack's documents): a web page's agenda table whose title
cells print who presents the item, or why it is taken in confidence, on a line of its own in
markup of its own under the title; and a council's summons whose item of notices of motion,
listed with its numbered parts, is printed in full on a page after the agenda under "Item N -
<title>". Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_page, html_table
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

"""Review of the round 38 fix for an agenda web page's title cells and a summons pack's items in
full (family K5). Close variants a council could print: a title wrapped onto a second line
that a bare ``<span>`` or lower case shows to run on, a page range on the line under a linked
title, "Item 6 - Reports of Committees" over the two reports that are its papers, and the
next item's paper straight after an item printed in full."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_page, html_table, pack_kinds, source_lines
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _web_items(tmp_path: Path, header: list[str],
               rows: list[list[str]]) -> list[tuple[str | None, str, int | None, int | None]]:
    page = html_page(
        "<h1>Agenda</h1>", "<h2>Leisure and Community Committee</h2>",
        "<dl><dt>Date:</dt><dd>Tuesday, 9th November, 2027 6.30 pm</dd></dl>",
        html_table(header, rows),
        "<p>Date of next meeting: Tuesday, 7th December, 2027</p>")
    path = tmp_path / "agenda.html"
    path.write_text(page)
    return [(a.item_ref, a.title, a.page_from, a.page_to)
            for a in process_file(str(path)).records if isinstance(a, AgendaItem)]


# --------------------------------------------------- a web agenda's title cells' lines


def test_regression_title_running_on_in_bare_span(tmp_path: Path) -> None:
    """A title wrapped onto a second line in a bare <span> (no class, no style: it marks
    nothing) was cut to its first line. It is one title."""
    rows = [["1.", "Apologies", ""],
            ["2.", "Minutes of the Meeting held<br><span>on 12 October 2027</span>", "1 - 6"]]
    assert _web_items(tmp_path, ["No.", "Subject", "Pages"], rows) == [
        ("1", "Apologies", None, None),
        ("2", "Minutes of the Meeting held on 12 October 2027", 1, 6)]


def test_regression_title_running_on_in_lower_case(tmp_path: Path) -> None:
    """A title's second line in a span of its own class that runs on in lower case ("and
    Small Grants Fund 2028") was cut off. No presenter, note or page range starts so."""
    rows = [["1.", "Apologies", ""],
            ["2.", 'Review of Community Grants Scheme<br><span class="t">and Small Grants Fund '
                   '2028</span>', "1 - 6"],
            ["3.", 'Allotments Rent Review<br><span class="lead">Parks Manager</span>', "7 - 9"]]
    assert _web_items(tmp_path, ["No.", "Subject", "Pages"], rows) == [
        ("1", "Apologies", None, None),
        ("2", "Review of Community Grants Scheme and Small Grants Fund 2028", 1, 6),
        ("3", "Allotments Rent Review", 7, 9)]


def test_regression_page_range_on_set_apart_line_kept(tmp_path: Path) -> None:
    """A linked title over "(Pages 5 - 12)" in a span of its own: the range was dropped with
    the line (read before the fix). The title is read without it, the range kept."""
    rows = [["1.", "Apologies"],
            ["2.", '<a href="b.pdf">Budget Monitoring Report Quarter 2</a><br>'
                   '<span class="pages">(Pages 5 - 12)</span>'],
            ["3.", '<a href="f.pdf">Fees and Charges 2028/29</a><br>'
                   '<span class="pages">(Pages 13 - 20)</span>']]
    assert _web_items(tmp_path, ["No.", "Subject"], rows) == [
        ("1", "Apologies", None, None),
        ("2", "Budget Monitoring Report Quarter 2", 5, 12),
        ("3", "Fees and Charges 2028/29", 13, 20)]


# -------------------------------------------- an item's parts under its heading, in a pack

_PACK = """## HALLOWFIELD BOROUGH COUNCIL
** SUMMONS
You are summoned to a meeting of the COUNCIL on WEDNESDAY 3 MARCH 2027 at 7.00 pm.
** AGENDA
1. Apologies for Absence
2. Minutes
3. Mayor's Announcements
{listing}
7. Recommendation from Cabinet: Waste Collection Policy
--- page ---
{body}
--- page ---
## HALLOWFIELD BOROUGH COUNCIL
** Agenda Item 7 - Recommendation from Cabinet: Waste Collection Policy
Report of:	Cabinet Member for Environment
** 1. Recommendation
That the Council adopts the revised Waste Collection Policy.
"""


def test_regression_committee_reports_under_item_heading_are_papers(tmp_path: Path) -> None:
    """"Item 6 - Reports of Committees" over both its parts' texts, each labelled "Report of:"
    the committee's chair, was read as the agenda's item in full and swallowed into the
    agenda with the next item's paper. A part labelled a report is a paper."""
    listing = """6. Reports of Committees
6.1 Licensing Committee - Taxi Licensing Policy Review
6.2 Planning Committee - Local Validation Checklist"""
    body = """** Item 6 - Reports of Committees
6.1 Licensing Committee - Taxi Licensing Policy Review
Report of:	Chair of the Licensing Committee
** 1. Recommendation
1.1 That the Council adopts the revised Taxi Licensing Policy set out at Appendix A.
6.2 Planning Committee - Local Validation Checklist
Report of:	Chair of the Planning Committee
** 1. Recommendation
1.1 That the Council adopts the Local Validation Checklist 2027."""
    kinds = pack_kinds(source_lines(_PACK.format(listing=listing, body=body)), tmp_path)
    assert kinds == [("agenda", 1, 1), ("report", 2, 2), ("report", 3, 3)]


def test_regression_next_item_paper_after_item_in_full(tmp_path: Path) -> None:
    """The motions printed in full under "Item 6 - Notices of Motion" (the agenda's) were
    then taken as the agenda heading its own items "Item N - <title>", so the next page's
    "Agenda Item 7 - ..." paper was read as more agenda. It starts its paper."""
    listing = """6. Notices of Motion
6.1 Pavement Parking on Residential Streets
6.2 Refill Stations in Town Parks"""
    body = """** Item 6 - Notices of Motion
6.1 Pavement Parking on Residential Streets. Proposed by Cllr B. Carr, seconded by Cllr Dunne:
"This Council asks the Cabinet to bring forward a scheme to curb pavement parking."
6.2 Refill Stations in Town Parks. Proposed by Cllr G. Fox, seconded by Cllr B. Carr:
"This Council resolves to install drinking water refill stations in its town parks.\""""
    kinds = pack_kinds(source_lines(_PACK.format(listing=listing, body=body)), tmp_path)
    assert kinds == [("agenda", 1, 2), ("report", 3, 3)]


_LETTERED = """6. Notices of Motion
(a) Pavement Parking on Residential Streets
(b) Refill Stations in Town Parks"""


def test_regression_lettered_parts_printed_in_full(tmp_path: Path) -> None:
    """An item whose parts the agenda letters "(a)", "(b)" under it, printed in full under
    "Item 6 - Notices of Motion", started a paper there (only parts numbered "6.1" were
    read). Lettered parts are read as numbered ones: the page is the agenda's."""
    body = """** Item 6 - Notices of Motion
(a) Pavement Parking on Residential Streets. Proposed by Cllr B. Carr, seconded by Cllr Dunne:
"This Council asks the Cabinet to bring forward a scheme to curb pavement parking."
(b) Refill Stations in Town Parks. Proposed by Cllr G. Fox, seconded by Cllr B. Carr:
"This Council resolves to install drinking water refill stations in its town parks.\""""
    kinds = pack_kinds(source_lines(_PACK.format(listing=_LETTERED, body=body)), tmp_path)
    assert kinds == [("agenda", 1, 2), ("report", 3, 3)]


def test_lettered_part_alone_under_item_heading_still_a_paper(tmp_path: Path) -> None:
    """Guard: the item's heading over its part (a) alone is that part's paper."""
    body = """** Item 6 - Notices of Motion
(a) Pavement Parking on Residential Streets
Report of:	Head of Highways
** 1. Purpose
1.1 To set out the cost of a pavement parking scheme."""
    kinds = pack_kinds(source_lines(_PACK.format(listing=_LETTERED, body=body)), tmp_path)
    assert kinds == [("agenda", 1, 1), ("report", 2, 2), ("report", 3, 3)]

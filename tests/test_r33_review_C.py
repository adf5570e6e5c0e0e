"""Review of held-out round 33's fix C (Kent districts' agenda page columns, planning labels
and minute numbers): papers another district would publish, which the fix read wrong, each
mended."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import numbers, pdf_minutes, source_lines, text_agenda_items
from kcc_papers.extract import minutes


def _minutes_page(rows: list[tuple[str, str, str]]) -> str:
    """A borough's ModernGov minutes web page: each minute's number in a cell beside its title."""
    cells = "".join(
        f'<tr><td class="mgItemNumberCell"><p>{num}</p></td><td>'
        f'<p class="mgSubItemTitleTxt">{title}</p><p>{body}</p></td></tr>'
        for num, title, body in rows)
    return ('<html><body><h1 class="mgMainTitleTxt">Minutes of Joint Transportation'
            ' Board</h1><p class="mgSubTitleTxt">Monday, 9th March, 2032 10.00 am</p>'
            '<h2 class="mgSectionTitle">Attendance</h2>'
            "<p>Present: Councillors Ashdown (Chair), Bligh and Crouch.</p>"
            '<h2 class="mgSectionTitle">Items</h2>'
            f'<table class="mgItemTable">{cells}</table>'
            "<p>The meeting ended at 11.40 pm.</p></body></html>")


def test_regression_a_road_s_number_opening_a_title_under_a_coded_number(
        tmp_path: Path) -> None:
    # "JTB 35" over "A20 Corridor Improvements": both printed with no label word, the fix
    # took the road's number for another heading's number and lost every minute.
    path = tmp_path / "minutes.html"
    path.write_text(_minutes_page([
        ("JTB 34", "Apologies for Absence", "Apologies were received from Councillor Hook."),
        ("JTB 35", "A20 Corridor Improvements", "Resolved: That the scheme be supported."),
        ("JTB 36", "Highway Works Programme", "Resolved: That the report be noted.")]))
    (ctx,) = contexts(path, "minutes")
    assert numbers(minutes.extract(ctx)) == [
        ("JTB 34", "Apologies for Absence"),
        ("JTB 35", "A20 Corridor Improvements"),
        ("JTB 36", "Highway Works Programme"),
    ]


def test_regression_a_coded_minute_titled_from_its_financial_year(tmp_path: Path) -> None:
    # "HTB 8 2025/26 BUDGET MONITORING": a title opening on the financial year it is of was
    # no title, and the minute was lost.
    source = source_lines(
        "** ASHFORTH HIGHWAYS TRANSPORTATION BOARD",
        "Minutes of the meeting of the Ashforth Highways Transportation Board held on Tuesday,"
        " 4 March 2031 at 10.00 am.",
        "** HTB 7 APOLOGIES",
        "Apologies were received from County Councillor Rook.",
        "** HTB 8 2030/31 HIGHWAYS BUDGET MONITORING",
        "RESOLVED: That the report be noted.",
        "** HTB 9 PARKING REVIEW, STATION ROAD",
        "RESOLVED: That the report be noted.",
    )
    assert numbers(pdf_minutes(source, tmp_path)) == [
        ("HTB 7", "APOLOGIES"),
        ("HTB 8", "2030/31 HIGHWAYS BUDGET MONITORING"),
        ("HTB 9", "PARKING REVIEW, STATION ROAD"),
    ]


_AGENDA_HEAD = """\
                    WEALDMERE BOROUGH COUNCIL

                      PLANNING COMMITTEE

Date:    Thursday, 9 October 2031
Venue:   Council Chamber, Wealdmere House

                             AGENDA

                                                          Page No.
"""


def test_regression_page_ranges_after_a_page_break_under_no_repeated_heading(
        tmp_path: Path) -> None:
    # The agenda runs on over a form feed and the "Page No." heading is not printed again:
    # the fix read the column on the heading's own page only, the ranges after the break
    # were kept as words of the titles.
    text = _AGENDA_HEAD + (
        "1.   Apologies for Absence\n"
        "2.   Minutes of the Meeting held on 11 September 2031        1 - 4\n"
        "3.   Schedule of Planning Applications\n"
        "\f4.   Enforcement Update                                    27 - 30\n"
        "5.   Appeal Decisions                                      31 - 33\n")
    assert text_agenda_items(text, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 11 September 2031"),
        ("3", "Schedule of Planning Applications"),
        ("4", "Enforcement Update"),
        ("5", "Appeal Decisions"),
    ]


def test_regression_a_wrapped_title_closed_by_its_range_under_the_heading(
        tmp_path: Path) -> None:
    # A title wrapped onto a second line, its range closing that line under "Page No.": the
    # fix read ranges on the items' own lines only, the range kept as the title's last words.
    text = _AGENDA_HEAD + (
        "1.   Apologies for Absence\n"
        "2.   Proposed Article 4 Direction for Houses in Multiple\n"
        "     Occupation, Town Centre Wards                           5 - 19\n"
        "3.   Enforcement Update                                    27 - 30\n")
    assert text_agenda_items(text, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Proposed Article 4 Direction for Houses in Multiple Occupation, Town Centre"
              " Wards"),
        ("3", "Enforcement Update"),
    ]


def test_regression_a_particular_set_out_as_a_form_is_no_title(tmp_path: Path) -> None:
    # A schedule's particulars labelled otherwise than the fix's fixed list ("Address:",
    # "Description:"), each label a column apart from its value: "Address:" was read as
    # more of the application's title.
    text = _AGENDA_HEAD + (
        "1.   Apologies for Absence\n"
        "2.   Schedule of Planning Applications\n"
        "     2.1  31/400212/FULL - Orchard Farm, Marden Road   5 - 19\n"
        "          Address:         Orchard Farm, Marden Road\n"
        "          Description:     Erection of 12 dwellings with\n"
        "                           parking and landscaping\n"
        "3.   Enforcement Update                                    27 - 30\n")
    assert text_agenda_items(text, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Schedule of Planning Applications"),
        ("2.1", "31/400212/FULL - Orchard Farm, Marden Road"),
        ("3", "Enforcement Update"),
    ]


def test_a_lettered_part_under_an_open_title_is_no_wrapped_line_of_it(tmp_path: Path) -> None:
    # The negative of the wrapped title: an item with no range of its own over its lettered
    # parts, each closed by its range under "Page No.", keeps its parts apart.
    text = _AGENDA_HEAD + (
        "1.   Apologies for Absence\n"
        "2.   Planning applications for determination\n"
        "     (a)  31/01873/FUL - Land south of Mill Lane, Ashby     13 - 41\n"
        "          Erection of 64 dwellings with access\n"
        "3.   Appeal decisions received                             59 - 64\n")
    rows = text_agenda_items(text, tmp_path)
    assert rows[1] == ("2", "Planning applications for determination")
    assert rows[-1] == ("3", "Appeal decisions received")

"""Regression tests for held-out round 21's misses in minutes and agenda items: an agenda's
table of business whose header names the number's column and the wards' but leaves the
titles' unnamed; a ruled table of business whose refs are the paper's own code; a minutes
page's lettered parts whose numbers stand alone over their titles. Each on a small paper
written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ------------------------------- a table of business headed "Item | | Wards", titles unnamed

WARDS_COLUMN = """%% font serif
## Ashcombe Borough Council
** Cabinet
A meeting of the Cabinet on Tuesday, 13 April 2027 at 6.00 p.m. in the Committee Room.
** Business
|- Item | | Wards |
| 1. | Apologies for Absence | |
| 2. | Declarations of Interest | |
| 3. | Minutes - 9 March 2027 | |
| 4. | Leisure Centre Roof Repairs | Eastgate |
| 5. | Market Square Business Case | Town Centre |
| 6. | Any Other Urgent Business | |
"""


def test_wards_column_read_as_title_under_unnamed_title_column(tmp_path: Path) -> None:
    # the header's two names ("Item", "Wards") were no known header: the page no agenda,
    # and a row's wards read on as its title ("Market Square Business Case Town Centre")
    assert _agenda(rendered(WARDS_COLUMN, tmp_path)) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Minutes - 9 March 2027"), ("4", "Leisure Centre Roof Repairs"),
        ("5", "Market Square Business Case"), ("6", "Any Other Urgent Business")]


# ------------------------------- a ruled table of business whose refs are the paper's code

CODED_REFS = """## Ashcombe Council
!! Executive
Notice is given that a meeting of the Executive will be held on:
Date:	Tuesday 15 February 2028
Time:	5.30 pm
** Agenda
|# Item | Subject | Portfolio | Page |
| EX1 | Apologies for absence | | |
| EX2 | Declarations of interest | | |
| EX3 | Minutes of the meeting held on 18 January 2028 | Leader | 2 |
| EX4 | Direct Payments Policy 2028 | Adult Social Care | 4 |
| EX5 | Council Tax Support Scheme 2028/29 | Finance | to follow |
"""


def test_coded_refs_in_ruled_table_read_as_no_items(tmp_path: Path) -> None:
    # the table's rows were kept only where "EX1 Apologies ..." read as a known item line
    # (a number, or one capital and a number): none did, and the rows, read as the table's,
    # were not left to the paper's own numbering either
    path = rendered(CODED_REFS, tmp_path)
    assert _agenda(path) == [
        ("EX1", "Apologies for absence"), ("EX2", "Declarations of interest"),
        ("EX3", "Minutes of the meeting held on 18 January 2028"),
        ("EX4", "Direct Payments Policy 2028"), ("EX5", "Council Tax Support Scheme 2028/29")]
    pages = [(a.item_ref, a.page_from) for a in process_file(str(path)).records
             if isinstance(a, AgendaItem)]
    assert pages[2:4] == [("EX3", 2), ("EX4", 4)]


# ------------------------- a minutes page's lettered parts, each number alone over its title

def _row(number: str, title: str, text: str) -> str:
    return (f'<tr><td class="mgItemNumberCell"><p>{number}</p></td><td><p class='
            f'"mgSubItemTitleTxt">{title}</p><div class="mgWordPara"><p>{text}</p></div>'
            '</td></tr>')


PARTS_ALONE = "\n".join([
    "<!DOCTYPE html><html><head><title>Minutes for Culture Scrutiny Panel on Thursday, 14th "
    "October, 2027, 6.00 pm | Ashcombe Council</title></head><body>",
    '<h1 class="mgMainTitleTxt">Minutes:</h1>',
    '<h2 class="mgSubTitleTxt">Culture Scrutiny Panel - Thursday, 14th October, 2027 6.00 pm'
    "</h2>",
    '<table class="mgItemTable">',
    _row("41.", "Apologies for Absence", "Apologies were received from Councillor Renwick."),
    _row("42.", "Culture Strategy: Pre-decision Scrutiny",
         "The Cabinet Member introduced the draft Culture Strategy."),
    _row("42(a)", "Culture Strategy: Arts Trust Funding",
         "<b>RESOLVED</b> - That the Panel recommends to Cabinet that the funding agreement "
         "remain a three-year agreement."),
    _row("42(b)", "Culture Strategy: Heritage Attractions",
         "<b>RESOLVED</b> - That the heritage attractions section be noted."),
    _row("43.", "Work Programme 2027/28", "<b>RESOLVED</b> - That the work programme be agreed."),
    "</table></body></html>"])


def test_lettered_parts_alone_over_titles_read_as_minute_text(tmp_path: Path) -> None:
    # "42(a)" alone on its line (its own cell) was no part's heading: a part was read only
    # with its title on the number's line, so both parts' lines went into minute 42's text
    page = tmp_path / "minutes.html"
    page.write_text(PARTS_ALONE)
    assert numbers(process_file(str(page)).records) == [
        ("41", "Apologies for Absence"), ("42", "Culture Strategy: Pre-decision Scrutiny"),
        ("42(a)", "Culture Strategy: Arts Trust Funding"),
        ("42(b)", "Culture Strategy: Heritage Attractions"), ("43", "Work Programme 2027/28")]

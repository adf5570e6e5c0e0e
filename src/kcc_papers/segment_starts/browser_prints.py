"""Web pages printed from a browser one after another into one file: each print's pages carry
the browser's footer, the page's address and its page counter ("https://democracy.example.
gov.uk/ieListDocuments.aspx?CId=118&MId=2291 1/2"). Where the counter starts again at "1/m"
a new print, a new web page, starts: an agenda's page, then a meeting's "Agenda and minutes"
page, then an item's report. Each print is split as a file of its own would be, so a web
page's own heading (a ModernGov "Agenda and minutes") is read at its print's top, not lost
under the first print's agenda."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.load.model import Line, Table

# The browser's print footer: the page's address then "n/m", the page's number of the print's.
PRINT_FOOTER = re.compile(
    r"^\s*(?:https?://|www\.)\S+\s+(?P<page>\d{1,3})\s*/\s*(?P<of>\d{1,3})\s*$", re.I)
# The browser's print header over each page: the date and time printed, then the page's title
# ("16/03/2029, 09:14   Agenda for Performance and Overview Committee on Tuesday, ..."). Its
# date is the day the page was printed, never its meeting's.
PRINT_HEADER = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\b", re.I)
# The footer is among the last lines of its page (a running foot printed under it).
FOOTER_LINES = 3
# Fewer prints than these and the file is one web page (or none): nothing to split.
MIN_PRINTS = 2

Flat = list[tuple[int, int, Line]]
Finder = Callable[[Flat, bool, dict[int, int], Callable[[int], list[Table]]],
                  tuple[list[tuple[int, str]], bool]]


def _footer(lines: list[Line]) -> tuple[int, int] | None:
    """A page's print footer's counter (page, of), if one is among its last lines."""
    for line in lines[-FOOTER_LINES:][::-1]:
        found = PRINT_FOOTER.match(line.text)
        if found:
            return int(found.group("page")), int(found.group("of"))
    return None


def print_starts(flat: Flat) -> list[int]:
    """The flat line index where each browser print starts, when the file is a run of them
    (one or more): every page must carry the footer, and a print starts at the top of each
    page counted "1/m" (a print's pages counted on from 1 to m; any other count and the file
    is not a run of prints). Empty otherwise."""
    pages: dict[int, list[Line]] = {}
    tops: dict[int, int] = {}
    for i, (number, _, line) in enumerate(flat):
        pages.setdefault(number, []).append(line)
        tops.setdefault(number, i)
    starts: list[int] = []
    expected = 1
    of = 0
    for number, lines in pages.items():
        counter = _footer(lines)
        if counter is None:
            return []
        page, total = counter
        if page == 1:
            if expected != 1 and expected != of + 1:
                return []  # the last print stopped short of its count
            starts.append(tops[number])
            of = total
        elif page != expected or total != of:
            return []
        expected = page + 1
    return starts if expected == of + 1 else []


def find_print_starts(flat: Flat, paged: bool, headings: dict[int, int],
                      tables: Callable[[int], list[Table]], find: Finder,
                      ) -> tuple[list[tuple[int, str]], set[int]] | None:
    """Each browser print's document starts, found by ``find`` (the file's own finder) on the
    print's lines alone and shifted to the file's; with the starts of prints that are one
    web page (whose own heading says their kind). None if the file is no run of prints, or
    one print alone (split as any file, its furniture marked all the same: one web page
    printed over several sheets has the print's date over each as well)."""
    prints = print_starts(flat)
    if prints:
        _mark_furniture(flat)
    if len(prints) < MIN_PRINTS:
        return None
    starts: list[tuple[int, str]] = []
    web: set[int] = set()
    for n, begin in enumerate(prints):
        end = prints[n + 1] if n + 1 < len(prints) else len(flat)
        own: dict[int, int] = {}
        found, web_page = find(flat[begin:end], paged, own, tables)
        if not found:
            found = [(0, "")]
        elif found[0][0] > 0:
            # The print's top lines (its header, the site's navigation) are its first
            # document's masthead, never the last print's.
            if found[0][0] in own:
                own[0] = own.pop(found[0][0])
            found = [(0, found[0][1]), *found[1:]]
        starts += [(begin + at, kind) for at, kind in found]
        headings.update({begin + at: begin + line for at, line in own.items()})
        if web_page:
            web.add(begin)
    return starts, web


def _mark_furniture(flat: Flat) -> None:
    """Mark each page's print header and footer as stamps: the browser's furniture over the
    page, not the page's own words (its header's date is the day it was printed)."""
    last: dict[int, int] = {}
    for i, (number, _, line) in enumerate(flat):
        last[number] = i
        if PRINT_HEADER.match(line.text) and flat[i][1] == 0:
            line.stamp = True
    for i in last.values():
        for _, _, line in flat[max(0, i - FOOTER_LINES + 1) : i + 1]:
            if PRINT_FOOTER.match(line.text):
                line.stamp = True

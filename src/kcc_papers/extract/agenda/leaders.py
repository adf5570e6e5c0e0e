"""Dot leaders between an item's title and its pages, as older ModernGov agendas print them
("3.  Minutes ........................ 2", "4.  Risk Register ........ 3 - 4", "6.  Internal
Audit Annual Report ........ To Follow"): the figures after the leader are the item's pages,
read as "(Pages x - y)"; a word there ("To Follow", "Verbal") says how its paper comes. Neither
is the title's, nor is the leader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.extract.agenda.patterns import NOTE
from kcc_papers.load.model import Line

# A leader: at least four dots (spaced or not) after a title's last character; an ellipsis
# ("Update...") has three. It starts only after a character that is no dot or space, so a
# long run of either is tried once, not from each of its characters.
LEADER = re.compile(r"(?<=[^\s.…])\s*(?:[.…]\s*){4,}")
# What a leader leads to: the paper's pages ("2", "3 - 4"), their word perhaps before them
# ("Pages 3 - 4", "Page 2", "pp. 3-4").
LEADER_PAGES = re.compile(r"(?:(?:pages?|pp?\.?)\s*)?(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?", re.I)
# ... or how its paper comes, or that it has none.
LEADER_NOTE = re.compile(r"to\s+follow|to\s+be\s+tabled|tabled|verbal(?:\s+(?:report|update))?"
                         r"|none|nil|n/?a|[-–]", re.I)

# A text agenda's pages column, its cell with the word before the figures and no brackets
# ("24 February 2028       pages 2 - 6"): the paper's pages, read as "(Pages 2 - 6)". Only a
# range: a page's footer sets its one page number so at the right ("Council - 20 April 2028
# ...   Page 1"), and is no item's pages.
PAGES_WORD_CELL = re.compile(r"Pages?\s+(\d{1,4})\s*[-–]\s*(\d{1,4})", re.I)
# ... and that cell's words at the end of the line's text (single-spaced)
PAGES_WORD_TAIL = re.compile(r"(?<=\S)\s+Pages?\s+\d{1,4}\s*[-–]\s*\d{1,4}\s*$", re.I)
# A pages cell stands apart from the title: the line has a span before it.
PAGES_CELL_SPANS = 2
# A text agenda whose pages column is named by a header of its own ("Pages" alone over the
# column, as eSCRIBE's plain-text export prints it) sets each cell as the bare range, no word
# before it: "5.  Adoption of the Minutes      3 - 8". A pack's pages run to three figures
# (a title closing on years, "2026 - 2027", has none), and only a range is read: the one
# figure of a page's footer is no item's pages.
PAGES_HEADER = re.compile(r"Pages?", re.I)
BARE_RANGE_CELL = re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})")
BARE_RANGE_TAIL = re.compile(r"(?<=\S)\s+\d{1,3}\s*[-–]\s*\d{1,3}\s*$")
# ... or, under a "Page" header, the one figure of the page the paper starts on, as a
# district council's ModernGov text pack prints it ("3.   Minutes of the Meeting held on 25
# February 2026          3"), perhaps on a wrapped title's first line ("... Eastholm Sea Wall
# 7" over "Emergency Repairs"): no title's words, but the paper's first page, read as
# "(Pages 7 - 7)" as a leader's or a column's one figure is (the title goes on under it).
# Only as a span of its own, set apart by a column's gap: a title ends on a figure too
# ("Phase 2").
BARE_PAGE_CELL = re.compile(r"\d{1,3}")
BARE_PAGE_TAIL = re.compile(r"(?<=\S)\s+\d{1,3}\s*$")


def leaders_read(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Each line with a leader read: its pages after the title as "(Pages x - y)", a note
    dropped; a line whose leader leads to anything else is left as it is."""
    headed = any(line.raw is not None and PAGES_HEADER.fullmatch(line.text.strip())
                 for _, line in lines)
    return [(page, _read(line, headed)) for page, line in lines]


def _read(line: Line, headed: bool) -> Line:
    m = LEADER.search(line.text)
    if m is None:
        return _pages_cell_read(line, headed)
    head, tail = line.text[: m.start()], line.text[m.end() :].strip()
    # (the pages or note in brackets as well: "(Pages 3 - 4)", "(To Follow)")
    bare = tail[1:-1].strip() if tail[:1] == "(" and tail[-1:] == ")" else tail
    pages = LEADER_PAGES.fullmatch(bare)
    if pages:
        text = f"{head} (Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})"
    elif not bare or LEADER_NOTE.fullmatch(bare):
        text = head
    elif NOTE.fullmatch(tail):
        text = f"{head} {tail}"  # a note the item's record reads ("(exempt)"), the leader not
    else:
        return line
    return replace(line, text=text)


def _pages_cell_read(line: Line, headed: bool) -> Line:
    """A text line whose last column is the paper's pages with their word ("pages 2 - 6"), or
    the bare range or one page under a "Pages" header (``headed``): them read as "(Pages 2 -
    6)" after the title; any other line as it is. (A PDF's runs part at gaps that are no
    column's, so only a text file's columns, set out in spaces, are read.)"""
    if line.raw is None or len(line.spans) < PAGES_CELL_SPANS:
        return line
    cell = line.spans[-1][1].strip()
    pages = PAGES_WORD_CELL.fullmatch(cell)
    tail = PAGES_WORD_TAIL.search(line.text) if pages else None
    if pages is None and headed:
        pages = BARE_RANGE_CELL.fullmatch(cell)
        tail = BARE_RANGE_TAIL.search(line.text) if pages else None
        if pages is None and BARE_PAGE_CELL.fullmatch(cell):
            first = BARE_PAGE_TAIL.search(line.text)
            return line if first is None else replace(
                line, text=f"{line.text[: first.start()]} (Pages {cell} - {cell})")
    if pages is None or tail is None:
        return line
    return replace(line, text=f"{line.text[: tail.start()]} (Pages {pages.group(1)} - "
                               f"{pages.group(2)})")

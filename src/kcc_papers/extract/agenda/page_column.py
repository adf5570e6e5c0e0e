"""A text agenda's pages column named by a heading of its own over it: "Page No." (or "Page",
"Pages") set alone on its line at the right, the items' page ranges under it. The writer
typed the ranges by hand, so they stand under the heading but neither start nor end at one
place ("... held on 5 February 2025            1 - 6", "... Detling Hill  7 - 28"): a range
closing an item's line is the item's pages when its characters lie under the heading's. Read
so, the range is "(Pages x - y)", the title closed there and the lines under it the item's
description ("Proposal: ...", "Ward: ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.extract.agenda.patterns import DESCRIPTION, ITEM, LABELLED, SUB_ITEM, SUB_PART
from kcc_papers.load.model import Line
from kcc_papers.load.text import TAB_CHARS

# The column's heading alone on its line: "Page No.", "Page Nos.", "Page", "Pages".
PAGES_HEADING = re.compile(r"^(?P<lead>\s*)(?P<name>Pages?(?:\s+Nos?\.?)?)\s*$", re.I)
# Characters of indent before the heading at least: a heading over the right-hand column, not
# a line of the text that says "Pages".
MIN_HEADING_INDENT = 30
# The range closing an item's line: "7 - 28" after a space ("... Boxley 41 - 46"), or a page's
# figure alone after a column's gap of two spaces or more (a figure after one space ends a
# title: "Quarter 3"). A pack's pages run to three figures: a title's years ("2025 - 2026")
# are none.
CLOSING_PAGES = re.compile(r"(?:\s(?P<first>\d{1,3})\s*[-–]\s*(?P<last>\d{1,3})"
                           r"|\s{2}(?P<alone>\d{1,3}))\s*$")
# The same cell at the end of the line's words (their spaces single).
_RANGE_WORDS = re.compile(r"\s\d{1,3}\s*[-–]\s*\d{1,3}$")
_FIGURE_WORDS = re.compile(r"\s\d{1,3}$")


def pages_headings(lines: list[tuple[int, Line]]) -> dict[int, tuple[int, int]]:
    """Each page's pages heading as the characters it spans in its text line (start, end).
    An agenda run on over a page break keeps its column where the heading is not printed
    again: a page with none under the agenda's takes the last one printed before it."""
    found: dict[int, tuple[int, int]] = {}
    last: tuple[int, int] | None = None
    for page, line in lines:
        m = PAGES_HEADING.match(line.raw or "") if line.raw is not None else None
        if m is not None and len(m["lead"].expandtabs(TAB_CHARS)) >= MIN_HEADING_INDENT:
            start = len(m["lead"].expandtabs(TAB_CHARS))
            if page not in found or found[page] == last:
                found[page] = (start, start + len(m["name"]))
            last = found[page]
        elif last is not None:
            found.setdefault(page, last)
    return found


def pages_under_heading(line: Line, heading: tuple[int, int], before: Line | None) -> Line:
    """An item's line whose closing range lies under the pages heading, with its range read as
    "(Pages x - y)"; any other line as it is. A line ``before`` which is an item's closed on
    no range may be the title's wrapped last line, its range closing
    it ("... Houses in Multiple" over "Occupation, Town Centre Wards    5 - 19"); a labelled
    particular, a "To ..." description or a lettered part ("(a)  25/01873/FUL - ...") under
    the title is none."""
    raw = (line.raw or "").rstrip().expandtabs(TAB_CHARS)
    m = CLOSING_PAGES.search(raw)
    text = line.text.strip()
    wrapping = before is not None and _left_open(before)
    if m is None or not (ITEM.match(text) or (wrapping and not _set_apart(text))):
        return line
    cell = m.start("first") if m["first"] else m.start("alone")
    # (the range's characters and the heading's overlap: it stands in the heading's column)
    if cell >= heading[1] or len(raw) <= heading[0]:
        return line
    first, last = (m["first"], m["last"]) if m["first"] else (m["alone"], m["alone"])
    words = line.text.strip()
    printed = (_RANGE_WORDS if m["first"] else _FIGURE_WORDS).search(words)
    if printed is None:
        return line
    return replace(line, text=f"{words[: printed.start()].rstrip()} (Pages {first} - {last})")


def _left_open(line: Line) -> bool:
    """An item's line read with no range closing it: the title may wrap onto the next line."""
    return bool(ITEM.match(line.text.strip())) and "(Pages " not in line.text


def _set_apart(text: str) -> bool:
    """A line under an item's title that is no more of it, whatever closes it."""
    return any(p.match(text) for p in (LABELLED, DESCRIPTION, SUB_ITEM, SUB_PART))

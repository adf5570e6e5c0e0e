"""Numbered paragraphs set out at a tab stop (held-out round 28, a 1996 typescript retyped as a
text pack): "2.1<TAB>That the tender of Marwood Building Services Ltd in the sum of" /
"<TAB>£1,184,300 for the responsive repairs term contract ... be accepted." A text file's table
finder reads each such line as a row of two cells, a paragraph's number and its words, so the
paragraphs were left out of the running text with the table's rows, and the recommendation went
unread. A row that is a paragraph's number (or nothing) and a line of prose is running text; the
rows of a table proper inside the same run (the tenders, "Tenderer | Tender sum | Adjusted sum")
fill more cells, and stay rows. Only in a table that numbers at least MIN_NUMBERED_PROSE such
paragraphs: a register's wrapped cell ("" | "Grounds maintenance of parks and open spaces")
alone is no paragraph.
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Table

# A paragraph's number at a tab stop: "2", "2.1", "3.2.4.", "(a)".
PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\([a-z0-9]{1,4}\))\s*$")
# A line of prose: some words, one at least in small letters (not a heading in capitals).
MIN_PROSE_WORDS = 4
SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")
# How many numbered paragraphs make a table's two-cell rows paragraphs.
MIN_NUMBERED_PROSE = 2


def _prose(cell: str) -> bool:
    return len(cell.split()) >= MIN_PROSE_WORDS and SMALL_WORD.search(cell) is not None


def _paragraph_row(cells: list[str]) -> tuple[bool, bool]:
    """Whether a row is a paragraph's line, and whether it opens with the paragraph's number."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 1 and not cells[0].strip():
        return _prose(filled[0]), False
    if len(filled) == 2 and cells[0].strip() and PARAGRAPH_NUMBER.match(filled[0]):
        return _prose(filled[1]), True
    return False, False


def prose_rows(table: Table) -> set[int]:
    """The indexes of a text table's rows that are lines of numbered paragraphs (none unless
    the table numbers MIN_NUMBERED_PROSE of them)."""
    rows = table.texts()
    read = [_paragraph_row(row) for row in rows]
    if sum(1 for prose, numbered in read if prose and numbered) < MIN_NUMBERED_PROSE:
        return set()
    return {i for i, (prose, _) in enumerate(read) if prose}

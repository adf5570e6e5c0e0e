"""Text exports that put a tab after every paragraph number (held-out round 28).

A word processor's text export (RTF or Word saved as text, a typescript retyped as a text
pack) puts a tab after every paragraph number and label ("2.1<TAB>The register below lists
...", "Report of:<TAB>Head of Procurement"), so a text file's table finder
(``load.text.tab_tables``) reads each such line as a row of two cells, the paragraph's number
and its words: a numbered paragraph at a tab stop (``PARAGRAPH_LINE_CELLS``,
``PARAGRAPH_NUMBER``). Two consequences are mended here:

* ``parted_runs``: the loader's run of tab lines can hold a whole report with its real tables
  ("Ref | Contract | Supplier | Start | End | Value (£) | Route") somewhere in the middle, a
  header far below the rows a header is looked for in. Such a run is parted into its blocks of
  wide rows (each a table) and the paragraph lines around and between them, each a table of
  its own as before; a run of paragraph lines alone, or a table alone, is left whole. Two
  tables of one run are two blocks: read as one, the second's rows would be read under the
  first's header (a savings table's lead officers as suppliers). A block carries on over a
  wrapped cell or a section row, not over a new table's header.
* ``prose_rows``: "2.1<TAB>That the tender of Marwood Building Services Ltd in the sum of" /
  "<TAB>£1,184,300 for the responsive repairs term contract ... be accepted." (a 1996
  typescript): the paragraphs were left out of the running text with the table's rows, and
  the recommendation went unread. A row that is a paragraph's number (or nothing) and a line of
  prose is running text; the rows of a table proper inside the same run (the tenders,
  "Tenderer | Tender sum | Adjusted sum") fill more cells, and stay rows. Only in a table that
  numbers at least MIN_NUMBERED_PROSE such paragraphs: a register's wrapped cell ("" |
  "Grounds maintenance of parks and open spaces") alone is no paragraph.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.load.model import Cell, Table

# A numbered paragraph at a tab stop is a line of two cells, its number and its words (a label
# line, "Report of:<TAB>Head of Procurement", is one too); the number is "2", "2.1", "3.2.4.",
# "(a)".
PARAGRAPH_LINE_CELLS = 2
PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\([a-z0-9]{1,4}\))\s*$")
# A table's row has more cells than a paragraph line.
MIN_TABLE_CELLS = PARAGRAPH_LINE_CELLS + 1

# A block of fewer wide rows (a header and one row at least) is no table to part out.
MIN_TABLE_ROWS = 2
# Two-cell lines between two wide rows of one table: a row's cell wrapped onto a line of its
# own ("C2028-130<TAB>Home to school transport:" over "<TAB>routes 14 to 22<TAB>..."), a
# section row ("2.<TAB>Parks"); at most this many. More stand between two tables.
MAX_WRAPPED_LINES = 2
# ... and the wide row after them carries on the table when it holds a figure (an amount, a
# number, a date): a row of words alone after them is a new table's header ("Quarter |
# Saving | Lead officer | Amount (£)" under "3.<TAB>PROCUREMENT SAVINGS").
FIGURE_CELL = re.compile(r"^[£$€]?\s?\(?-?\d[\d,]*(?:\.\d+)?\)?\s?(?:[kmb]n?|%)?$"
                         r"|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$",
                         re.I)


def parted_runs(tables: list[Table]) -> list[Table]:
    """Each text table, or the parts of one whose wide rows stand among paragraph lines."""
    return [part for table in tables for part in _parts(table)]


def _parts(table: Table) -> list[Table]:
    if table.first_line is None or table.row_lines is not None:
        return [table]  # a table set out in spaces, or a PDF's: its rows are its own
    blocks = [(a, b) for a, b in _blocks(table.rows)
              if _wide_rows(table.rows[a:b]) >= MIN_TABLE_ROWS]
    cuts = sorted({0, len(table.rows), *(i for block in blocks for i in block)})
    if len(cuts) == 2:
        return [table]  # no table among paragraph lines, or a table alone
    return [Table(table.rows[a:b], table.page, first_line=table.first_line + a)
            for a, b in pairwise(cuts)]


def _blocks(rows: list[list[Cell]]) -> list[tuple[int, int]]:
    """(first, past last) of each block of wide rows: rows one table's wrapped cells join."""
    blocks: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if len(row) < MIN_TABLE_CELLS:
            continue
        if blocks and _carries_on(rows[blocks[-1][1]:i], row):
            blocks[-1] = (blocks[-1][0], i + 1)
        else:
            blocks.append((i, i + 1))
    return blocks


def _carries_on(gap: list[list[Cell]], row: list[Cell]) -> bool:
    """Whether a wide row after the two-cell lines ``gap`` carries on the table above them (a
    wrapped cell or a section row between), rather than starting a table of its own."""
    return not gap or (len(gap) <= MAX_WRAPPED_LINES
                       and any(FIGURE_CELL.match(cell.text.strip()) for cell in row))


def _wide_rows(rows: list[list[Cell]]) -> int:
    return sum(len(row) >= MIN_TABLE_CELLS for row in rows)


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
    if (len(filled) == PARAGRAPH_LINE_CELLS and cells[0].strip()
            and PARAGRAPH_NUMBER.match(filled[0])):
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

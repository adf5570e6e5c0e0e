"""A table's cell is no paper's head: a cell's wrapped words ("Report of the Director of" in a
notice of key decisions' "Reports / documents" column) read like a report's "Report of ..."
line, and the table's header row above them, set bold, like its title. A line that starts at
one of a table row's later columns, the row just above or below it on its page, is a cell's
line, whatever its words say."""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import HEADING_SIZE_RATIO

# A table's row holds at least this many cells, parted by its columns' gaps: a bilingual
# heading set in two columns is no table.
TABLE_ROW_CELLS = 3
# A line starts in a row's column where its left edge is within this many points of the
# column's (a cell's words are set from its column's edge).
SAME_COLUMN_POINTS = 2.0
# The rows looked at: this many lines either side of the line, on its page (a wrapped cell's
# lines may be read above its row's first line, or below it).
NEAR_ROWS = 2


def table_row(line: Line) -> bool:
    """Whether ``line`` is a table's row: at least TABLE_ROW_CELLS cells."""
    return len(line.cells or line.spans) >= TABLE_ROW_CELLS


def _row_columns(line: Line) -> list[float]:
    """The left edges of a table row's later columns (its first is the page's margin), or
    none where the line is no row of at least TABLE_ROW_CELLS cells."""
    if not table_row(line):
        return []
    return [x0 for x0, _ in (line.cells or line.spans)[1:]]


def in_table_column(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` (of a PDF) starts at a later column of a table row near it: a cell's
    wrapped words, not a paper's own line."""
    page, _, line = flat[i]
    if line.x0 is None or _under_title(flat, i):
        return False
    near = flat[max(0, i - NEAR_ROWS) : i] + flat[i + 1 : i + 1 + NEAR_ROWS]
    return any(abs(line.x0 - x0) <= SAME_COLUMN_POINTS
               for p, _, row in near if p == page for x0 in _row_columns(row))


def _under_title(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the line right above line ``i`` on its page is a title set larger than it, no
    table's row: a report's own title and "Report of ..." line set in the value column of a
    key-facts table beside them ("Meeting | Cabinet | Date | 11 June 2026" over "Fees and
    Charges 2026/27" in the title type). A table's cells are set in one type; its header
    row, over a wrapped cell, is bold at most."""
    if i == 0 or flat[i - 1][0] != flat[i][0]:
        return False
    above, line = flat[i - 1][2], flat[i][2]
    return bool(above.size and line.size and not table_row(above)
                and above.size >= HEADING_SIZE_RATIO * line.size)

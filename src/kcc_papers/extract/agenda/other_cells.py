"""A borderless table row's later columns, read between its title's wrapped lines.

Where a row's title and its lead ("Assistant Director, Legal and / Democratic Services") both
wrap in their cells, each cell centred on the row, the text layer reads the lines by their
height: the lead's lines fall between the title's. A careful reader keeps the columns apart:
a line that starts right of where the title's column reaches is another column's cell.
"""

from __future__ import annotations

from kcc_papers.load.model import Line

# Points a line may start off the title's column and still be in it.
COLUMN_TOLERANCE = 2.0
# Points between a cell's text and the next column's at least: the cells' padding.
CELL_PADDING = 6.0


def other_columns(number_line: Line, window: list[Line]) -> set[int]:
    """The ids of ``window``'s lines (those near a row's number) in a column after the title's:
    the title's column is the first right of the number; a line of a later column starts
    right of where every line of the title's column (in the window) ends."""
    if number_line.x0 is None:
        return set()
    starts = [ln.x0 for ln in window if ln.x0 is not None
              and ln.x0 > number_line.x0 + COLUMN_TOLERANCE]
    if not starts:
        return set()
    column = min(starts)
    in_column = [ln for ln in window
                 if ln.x0 is not None and abs(ln.x0 - column) <= COLUMN_TOLERANCE]
    ends = [end for ln in in_column if (end := title_end(ln)) is not None]
    if not ends:
        return set()
    reach = max(ends)
    return {id(ln) for ln in window if ln.x0 is not None and ln.x0 > reach}


def title_end(line: Line) -> float | None:
    """Where a line of the title's column ends: a line that also holds a later column's run
    ("Counter Fraud Progress" beside "Local Counter Fraud") ends before that run starts, not
    where the line does."""
    starts = [x for x, text in line.spans[1:] if text.strip()]
    if starts:
        return min(starts) - CELL_PADDING
    return line.x1

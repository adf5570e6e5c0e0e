"""Rows of a table without rules whose cells are set in the middle of their rows.

A word processor's table with its borders off, its cells centred vertically, prints each
cell's lines about the row's middle: a cell of one line on it, one of two lines half a line
above and below it, one of five two lines either side of its middle line. A cell's middle is
its row's, whatever the number of its lines. Where one column's cells never wrap (the dates
of a register: "12/04/2026"), each of its lines is a row's middle, and every other column's
lines are shared out among those rows as cells about the same middles. That holds where the
lines of the first column do not tell the rows apart: a reference wrapped over two lines
("WV/26/0" / "1") beside a cell of one line starts no row, and a tall cell ("Urgency:" over
four more lines) reaches nearer the next row's middle than its own.
"""

from __future__ import annotations

from collections.abc import Sequence

# A cell's middle and its row's agree within this many points (the printer's rounding).
MIDDLE_POINTS = 2.0
# A table read this way has at least this many rows (one row says nothing of the rule).
MIN_ROWS = 2
# A row prints at least this many of its cells (one line of one cell alone is a cell wrapped).
MIN_ROW_COLUMNS = 2


def centred_rows(tops: Sequence[float], columns: Sequence[set[int]]) -> list[int] | None:
    """Each line's row (an index into the rows, top first), by the rule above: the lines of the
    column whose lines are each a row's middle, every other column's lines forming
    cells about those middles with none left over. ``tops``: each line's top; ``columns``:
    the columns its words are in. None where no column's lines are the rows' middles so."""
    every = sorted({n for cols in columns for n in cols})
    best: list[int] | None = None
    for anchor in every:
        middles = [top for top, cols in zip(tops, columns, strict=True) if anchor in cols]
        if len(middles) < MIN_ROWS:
            continue
        rows = _shared_out(tops, columns, every, middles)
        # The fewest rows: a column whose cells wrap may pass for one that never does where
        # its cells are the tallest (each of its lines taken for a row's middle), but splits
        # rows so; a column missing a row's cell leaves that row's lines over, and fails.
        if rows is not None and (best is None or max(rows) < max(best)):
            best = rows
    return best


def _shared_out(tops: Sequence[float], columns: Sequence[set[int]], every: list[int],
                middles: list[float]) -> list[int] | None:
    """Each line's row where every column's lines form cells about ``middles`` and each line
    is of one row in every column it prints in; else None."""
    owner: list[int | None] = [None] * len(tops)
    for column in every:
        mine = [n for n, cols in enumerate(columns) if column in cols]
        cells = _cells_about([tops[n] for n in mine], middles)
        if cells is None:
            return None
        for n, row in zip(mine, cells, strict=True):
            if owner[n] is not None and owner[n] != row:
                return None  # a line printing two rows' cells: not this layout
            owner[n] = row
    if any(row is None for row in owner):
        return None  # a line in no column
    rows = [row for row in owner if row is not None]
    printed: dict[int, set[int]] = {}
    for row, cols in zip(rows, columns, strict=True):
        printed.setdefault(row, set()).update(cols)
    if any(len(cols) < MIN_ROW_COLUMNS for cols in printed.values()):
        return None  # a row of one cell: a wrapped cell's lines taken for rows' middles
    return rows


def _cells_about(tops: list[float], middles: list[float]) -> list[int] | None:
    """Each of one column's lines' row: for each middle in turn, the next lines whose first
    and last are as far above it as below it (none where the next line is below it, an
    empty cell); None where a middle's lines cannot be found so, or lines are left over."""
    rows: list[int] = []
    at = 0
    for row, middle in enumerate(middles):
        if at == len(tops) or tops[at] > middle + MIDDLE_POINTS:
            continue  # the column's cell in this row is empty
        count = _cell_about(tops, at, middle)
        if count is None:
            return None
        rows += [row] * count
        at += count
    return rows if at == len(tops) else None


def _cell_about(tops: list[float], at: int, middle: float) -> int | None:
    """How many lines from ``at`` on make a cell about ``middle``: its first and last lines as
    far from it either way (a cell's middle only goes down as it takes more lines, so the search
    stops once past it: a column is read in one pass)."""
    for last in range(at, len(tops)):
        centre = (tops[at] + tops[last]) / 2
        if abs(centre - middle) <= MIDDLE_POINTS:
            return last - at + 1
        if centre > middle + MIDDLE_POINTS:
            return None
    return None

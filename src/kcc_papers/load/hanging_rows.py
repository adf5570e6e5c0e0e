"""A row of a table set out in spaces (``aligned``) whose first cell wraps onto a line set in
under it, a hanging indent, with the row's figures on that line:

    Permanent admissions to residential care (65+,
      per 100,000)                                   538.0       502.9   On track

The indented line runs the row on; a line starting where the rows start (a heading over the
rows below it) does not."""

from __future__ import annotations

from kcc_papers.load.text import CHAR_POINTS

# A line whose first cell starts this many characters right of its row's first line, under
# the same column, runs that row's first cell on, not a row of its own.
HANG_CHARS = 1


def hangs(spans: list[tuple[float, str]], row_x: float) -> bool:
    """Whether a line's first cell (``spans``: each cell's start and text) is set in from
    ``row_x``, where the row above starts: the rest of a name that wrapped."""
    return bool(spans) and spans[0][0] >= row_x + HANG_CHARS * CHAR_POINTS


def filled(rows: list[list[str]]) -> int:
    """How many cells the last row holds so far (none before the first row): a row of fewer
    than a row's least cells is one whose first line wrapped."""
    return sum(bool(c) for c in rows[-1]) if rows else 0

"""A row of a space-aligned text table that prints one cell for each column, but is set a few
characters off the header's columns, or with figures too wide for them:

    Ref    Outcome                                   Target  Achieved   RAG
    -----  ----------------------------------------  ------  --------  -----
    P3.2   Additional annual income secured (£)       2,600,000 2,874,950   Green
    P4.1   Voluntary organisations given capacity           -         412     -

Placed by position, two of its cells fall under one column and a column is left empty; read
in order, each cell is its column's (the row's cells are as many as the columns, so none is
missing). Two figures run together with a single space ("2,600,000 2,874,950") in a row one
cell short of the columns are two cells: a target and its result, each wider than its
column."""

from __future__ import annotations

import re
from collections.abc import Callable

# One figure as a table's cell prints it: a sign or a currency, digits with their commas and
# point, a per cent ("2,600,000", "£1.2", "-4", "96.0%").
_NUMBER = r"[-–£$]?\d[\d,]*(?:\.\d+)?%?"
TWO_FIGURES = re.compile(rf"^({_NUMBER}) ({_NUMBER})$")

Span = tuple[float, str]
Place = Callable[[float, str], int | None]  # the column a cell at x falls under, by position


def split_figures(spans: list[Span], columns: int, char_points: float, place: Place
                  ) -> list[Span]:
    """The row's cells with its one cell of two figures parted by a single space made two,
    where the row is one cell short of the ``columns`` and the second figure starts under
    another column than the first (``place``); the cells as they are otherwise. Two figures
    within one column are one figure set with a space between its thousands ("1 234", a
    row with no target), not a target and its result."""
    joined = [n for n, (_, text) in enumerate(spans) if TWO_FIGURES.match(text)]
    if len(spans) != columns - 1 or len(joined) != 1:
        return spans
    n = joined[0]
    x, text = spans[n]
    first, second = text.split(" ")
    parted = [(x, first), (x + (len(first) + 1) * char_points, second)]
    if place(*parted[0]) == place(*parted[1]):
        return spans
    return [*spans[:n], *parted, *spans[n + 1:]]


# A cell holding words, not a figure nor a dash.
WORDED = re.compile(r"[A-Za-z]")


def in_order(placed: list[int | None], texts: list[str], columns: int) -> list[int] | None:
    """Each cell's column, in order, where the row prints one cell a column but placing them
    by position (``placed``) puts two in one column; None where that placing is kept. Two
    cells of words under one column are one cell's words set two spaces apart (a measure's
    name and its note, "Rough sleepers counted  (annual snapshot)", beside an empty column):
    read in order, each cell after them would move a column on, the target read as the
    value."""
    if len(placed) != columns or (None not in placed and len(set(placed)) == len(placed)):
        return None
    worded = [k for k, text in zip(placed, texts, strict=True) if WORDED.search(text)]
    if len(set(worded)) < len(worded):
        return None
    return list(range(columns))

"""A row of a table set out in spaces (``aligned``) whose first cell wraps onto a line set in
under it, a hanging indent, with the row's figures on that line:

    Permanent admissions to residential care (65+,
      per 100,000)                                   538.0       502.9   On track

The indented line runs the row on where the row's first line is full: the next line's first
word would not have fitted after it before the next column, so the name wrapped. A line
starting where the rows start (a heading over the rows below it) does not, nor a short
heading over rows set in under it ("Housing" over "  Homes delivered   500   488   Green":
its first row's words would have fitted beside it).

A row whose first column prints a code then its name, parted by a column's gap under one
heading ("BCF7  Delayed transfers of care", "Measure" over both), may wrap its name onto a
line set in exactly where the name starts, the row's figures all on its first line:

    CS9   Timely reviews of care plans        88.0     91.2    On track
          (adults known for 12 months+)

That line, its one cell within the first column, runs the name on (``runs_name_on``),
whatever it prints (a unit's "per 100,000" is no row's figure there). The code may be parted
from its name by one space only ("CS9 Timely reviews ..."): the name starts a space after it.
A line set there is no name where it is a note on the row ("Note: provisional", "Source: NHS
Digital", "* estimate": ``notes_row``, passed over), or a sub-measure's name whose figures are
on the line below (the row it starts wraps into the next line: ``aligned``)."""

from __future__ import annotations

import re

from kcc_papers.load.text import CHAR_POINTS

# A line whose first cell starts this many characters right of its row's first line, under
# the same column, runs that row's first cell on, not a row of its own.
HANG_CHARS = 1
# A name wraps where its next word would come within this many characters of the next
# column (the gap a spaced table leaves between its columns, and a little slack).
GUTTER_CHARS = 3


def hangs(spans: list[tuple[float, str]], row_first: tuple[float, str],
          next_column: float) -> bool:
    """Whether a line's first cell (``spans``: each cell's start and text) is set in from the
    first cell of the row above's first line (``row_first``: its start and text), and is the
    rest of a name that wrapped there: its first word would not have fitted after that cell
    before the next column's start (``next_column``)."""
    if not spans or spans[0][0] < row_first[0] + HANG_CHARS * CHAR_POINTS:
        return False
    word = spans[0][1].split()[0] if spans[0][1].split() else ""
    reach = row_first[0] + (len(row_first[1]) + 1 + len(word)) * CHAR_POINTS
    return reach > next_column - GUTTER_CHARS * CHAR_POINTS


def filled(rows: list[list[str]]) -> int:
    """How many cells the last row holds so far (none before the first row): a row of fewer
    than a row's least cells is one whose first line wrapped."""
    return sum(bool(c) for c in rows[-1]) if rows else 0


# A note set under a row's name: a label saying so, or a footnote's mark.
NOTE = re.compile(r"^(?:notes?|source|n\.?b\.?)\s*[:.\-\u2013]|^[*\u2020\u2021]", re.I)
# A row's code printed one space before its name ("CS9 Timely reviews"): letters and a number
# ("CS9", "BCF12a", "PI-04") or a clause's number ("3.1").
CODE = re.compile(r"(?=\S*\d)[A-Z0-9][A-Za-z0-9./-]{0,9}")


def runs_name_on(spans: list[tuple[float, str]], row_head: list[tuple[float, str]],
                 next_column: float) -> bool:
    """Whether a line (``spans``) is one cell within the first column (ending before
    ``next_column``) starting where a later cell of the row above's first line starts within
    that column (``row_head``: the row's code, then its name), or a space after the code
    that starts its one cell: the name after the code, wrapped. A line set where the code
    starts is a row or a heading of its own; a note is none (``notes_row``)."""
    return _under_name(spans, row_head, next_column) and not NOTE.match(spans[0][1])


def notes_row(spans: list[tuple[float, str]], row_head: list[tuple[float, str]],
              next_column: float) -> bool:
    """Whether a line set where ``runs_name_on`` would run the name on is a note on the row
    ("Note: figures are provisional"): neither its name nor a row of its own."""
    return _under_name(spans, row_head, next_column) and bool(NOTE.match(spans[0][1]))


def _under_name(spans: list[tuple[float, str]], row_head: list[tuple[float, str]],
                next_column: float) -> bool:
    if len(spans) != 1 or not row_head:
        return False
    x, text = spans[0]
    if x + len(text) * CHAR_POINTS > next_column:
        return False
    names = [start for start, _ in row_head[1:]]
    code = CODE.match(row_head[0][1])
    if len(row_head) == 1 and code is not None and row_head[0][1][code.end():code.end() + 1] == " ":
        names.append(row_head[0][0] + (code.end() + 1) * CHAR_POINTS)
    return any(abs(x - start) < CHAR_POINTS / 2 for start in names)

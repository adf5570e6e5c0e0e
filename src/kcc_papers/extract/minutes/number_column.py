"""Minutes set as a borderless table whose first column, headed "Minute" ("Minute No.",
"Min. No."), holds each minute's number, its title in the next column across a column's gap.
The page model reads the number cell and the title as one run, whose weight is its first
glyph's: the number's, in regular type, though the title is bold. The column's heading says
what the number is: a line opening with a number in that column, its title across the gap,
is set as a minute's heading. The heading line itself is the table's, no minute."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.columns import Placed
from kcc_papers.load.model import Line

# The number column's heading, as the table's header row prints it alone on its line.
NUMBER_COLUMN = re.compile(r"^(?:Minute|Min\.?)(?:\s+(?:No\.?|Number|Ref\.?))?\s*:?$", re.I)
# A minute's number as its own cell: "21.", "21", "AG21", "21/27".
NUMBER_CELL = re.compile(r"^[A-Z]{0,4}\d{1,4}(?:/\d{1,4})?\.?$")
# A number cell starts within this many points of its column's heading.
COLUMN_TOLERANCE = 4.0


def headed_numbers(lines: list[Placed]) -> tuple[list[Placed], set[int] | None]:
    """``lines`` without a bold "Minute" column heading's line, and (by their ids) the lines
    under it opening with a number in that column and a title across the gap after it (None
    where no column is so headed)."""
    out: list[Placed] = []
    headed: set[int] = set()
    column: float | None = None
    heading: tuple[int, Placed] | None = None  # the first such heading, where it stood
    for placed in lines:
        line = placed[1]
        if line.bold and NUMBER_COLUMN.match(line.text.strip()) and line.x0 is not None:
            column = line.x0
            heading = heading or (len(out), placed)
            continue
        if column is not None and _numbered_row(line, column):
            headed.add(id(line))
        out.append(placed)
    if heading is not None and not headed:
        # no number stands alone in the column: each row's cell holds its number and title
        # together ("21. APOLOGIES FOR ABSENCE" beside the text), a table the minutes' table
        # reader knows by this heading (tabled.py): it stays
        out.insert(*heading)
    return out, headed if column is not None else None


def _numbered_row(line: Line, column: float) -> bool:
    parts = line.parts
    if not parts or len(parts) != 2:
        return False
    (x, number), _ = parts
    return abs(x - column) <= COLUMN_TOLERANCE and bool(NUMBER_CELL.match(number.strip()))

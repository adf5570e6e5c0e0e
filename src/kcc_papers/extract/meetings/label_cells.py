"""A report's details table, its labels in one column and their values in the next, as a web
page prints it ("Meeting | Executive", "Date | Tuesday 23 January 2029"): each row read as the
labelled line a printed report's head gives ("Meeting: Executive"), so the one reader of
labelled heads reads it."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line

# The labels of a details table's rows that name the meeting a report goes to.
MEETING_LABEL = re.compile(
    r"^\s*(?:Meeting|Committee|Decision[-\s]maker|Date(?:\s+of\s+(?:the\s+)?meeting)?|"
    r"Meeting\s+date)\s*$", re.I)
# The meeting's own row: without one the table names no meeting (a "Date" row alone may date
# the report, not its meeting).
MEETING_ROW = re.compile(r"^\s*(?:Meeting|Committee|Decision[-\s]maker)\s*$", re.I)
# A details row is the label's cell and the value's: two cells exactly.
ROW_CELLS = 2


def _cells(line: Line) -> tuple[str, str] | None:
    """The label and value of a two-cell row whose first cell is a meeting's label."""
    texts = [text.strip() for _, text in line.spans]
    if len(texts) != ROW_CELLS or not texts[1] or not MEETING_LABEL.match(texts[0]):
        return None
    return texts[0], texts[1]


def labelled_rows(lines: list[Line]) -> list[str]:
    """The head's lines with each row of a details table naming the meeting read as "Label:
    value"; the lines as they are where no row names the meeting."""
    rows = [_cells(line) for line in lines]
    if not any(row and MEETING_ROW.match(row[0]) for row in rows):
        return [line.text for line in lines]
    return [f"{row[0]}: {row[1]}" if row else line.text
            for line, row in zip(lines, rows, strict=True)]

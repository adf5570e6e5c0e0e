"""Minutes printed as one ruled table, a row per minute: "No. | Item | Discussion and decision"
(joint committees and small bodies print them so). A PDF's text layer runs each row's cells
into one line ("22 Minutes of the last meeting Agreed as a correct record."), which no
heading reader can part; the table's cells can. The rows become the lines a heading reader
knows: "22. Minutes of the last meeting", then the other cells as the minute's text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.load.model import Table

# The header row: a number column, then the title column.
_NUMBER_HEAD = re.compile(r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^\s*(?:Item|Subject|Title|Matter|Business)\b", re.I)
# The same header in the text layer: the cheap check before the (slow) table reading.
HEADER_LINE = re.compile(
    r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s+(?:Item|Subject|Title|Matter|"
    r"Business)\b",
    re.I | re.M,
)
_NUMBER_CELL = re.compile(r"^\s*(?P<num>[A-Z]{0,4}[/.]?\d{1,4}(?:/\d{2,4})?)\.?\s*$")
# A table of minutes has at least this many numbered rows.
_MIN_ROWS = 2


def table_lines(tables: Iterable[Table]) -> list[tuple[int, str]] | None:
    """The lines of the table of minutes (number, then title, then its other cells as text),
    or None when no table is one. A table split over pages repeats its header on each: every
    table under the header is a part of it, read in turn."""
    lines: list[tuple[int, str]] = []
    count = 0
    for table in tables:
        rows = table.texts()
        if not rows or not _is_header(rows[0]):
            continue
        for row in rows[1:]:
            m = _NUMBER_CELL.match(row[0] or "")
            title = " ".join((row[1] or "").split())
            if not m or not title:
                continue
            count += 1
            lines.append((table.page, f"{m.group('num')}. {title}"))
            lines += [(table.page, " ".join(cell.split())) for cell in row[2:] if cell and
                      cell.strip()]
    return lines if count >= _MIN_ROWS else None


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and bool(_NUMBER_HEAD.match(cells[0] or "")
                                    and _TITLE_HEAD.match(cells[1] or ""))

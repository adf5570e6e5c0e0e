"""Minutes printed as one ruled table, a row per minute: "No. | Item | Discussion and decision"
(joint committees and small bodies print them so). A PDF's text layer runs each row's cells
into one line ("22 Minutes of the last meeting Agreed as a correct record."), which no
heading reader can part; the table's cells can. The rows become the lines a heading reader
knows: "22. Minutes of the last meeting", then the other cells as the minute's text.

A record of a meeting may print the item's title run into its record instead, in bold at the
start of the cell ("Item | Record | Action": "3. | **Action log** The Committee noted ..."):
the title is the bold words the cell's first line opens with (``Line.lead``), the rest of the
cell the minute's text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.load.model import Table

# The header row: a number column, then the title column.
_NUMBER_HEAD = re.compile(r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^\s*(?:Item|Subject|Title|Matter|Business)\b", re.I)
# A record's column, each cell the item's title run into what was said and done.
_RECORD_HEAD = re.compile(r"^\s*(?:Record|Minutes?|Notes|Discussion|Proceedings)\b", re.I)
# Its number column may be headed "Item".
_ITEM_HEAD = re.compile(r"^\s*Item(?:\s+No\.?)?\s*$", re.I)
# The same header in the text layer: the cheap check before the (slow) table reading.
HEADER_LINE = re.compile(
    r"^\s*(?:No\.?|Number|Ref\.?|Min(?:ute)?s?\.?(?:\s+No\.?)?)\s+(?:Item|Subject|Title|Matter|"
    r"Business)\b"
    r"|^\s*(?:Item(?:\s+No\.?)?|No\.?)\s+(?:Record|Minutes?|Notes|Discussion|Proceedings)\b",
    re.I | re.M,
)
_NUMBER_CELL = re.compile(r"^\s*(?P<num>[A-Z]{0,4}[/.]?\d{1,4}(?:/\d{2,4})?)\.?\s*$")
# A table of minutes has at least this many numbered rows.
_MIN_ROWS = 2


def table_lines(tables: Iterable[Table], leads: dict[int, list[str]] | None = None
                ) -> list[tuple[int, str]] | None:
    """The lines of the table of minutes (number, then title, then its other cells as text),
    or None when no table is one. A table split over pages repeats its header on each, or
    goes on under none (a record's table): every table under the header is a part of it,
    read in turn, and a headless table on the next page with no more columns whose first
    row is numbered goes on with it. ``leads``: the bold run-ins of each page's lines, by page
    (titles run into a record's cells)."""
    lines: list[tuple[int, str]] = []
    count = 0
    header: list[str] | None = None  # the header of the table being read
    last_page = 0  # the page of its last part
    for table in tables:
        rows = table.texts()
        if rows and _is_header(rows[0]):
            header, body = rows[0], rows[1:]
        elif (header is not None and rows and table.page == last_page + 1
              and _goes_on(header, rows)):
            body = rows
        else:
            header = None
            continue
        last_page = table.page
        run_in = _RECORD_HEAD.match(header[1] or "") is not None
        for row in body:
            m = _NUMBER_CELL.match(row[0] or "")
            cell = " ".join((row[1] or "").split()) if len(row) > 1 else ""
            title, rest = _run_in(cell, (leads or {}).get(table.page, [])) if run_in else (
                cell, "")
            if not m or not title:
                continue
            count += 1
            lines.append((table.page, f"{m.group('num')}. {title}"))
            if rest:
                lines.append((table.page, rest))
            lines += [(table.page, " ".join(cell.split())) for cell in row[2:] if cell and
                      cell.strip()]
    return lines if count >= _MIN_ROWS else None


def _is_header(cells: list[str]) -> bool:
    if len(cells) < 2:
        return False
    first, second = cells[0] or "", cells[1] or ""
    return bool(_NUMBER_HEAD.match(first) and _TITLE_HEAD.match(second)) or bool(
        (_NUMBER_HEAD.match(first) or _ITEM_HEAD.match(first)) and _RECORD_HEAD.match(second))


def _goes_on(header: list[str], rows: list[list[str]]) -> bool:
    """Whether a table without a header, on the page after the last part of the one under
    ``header``, goes on with it: no more columns than it, its first row numbered. (A headless
    numbered table on the same page, an action log or attendance list under the minutes, is
    another table.)"""
    return 2 <= len(rows[0]) <= len(header) and bool(_NUMBER_CELL.match(rows[0][0] or ""))


def _run_in(cell: str, leads: list[str]) -> tuple[str, str]:
    """The title run into a record's cell (the longest of its page's bold run-ins that
    opens it, as a whole word), and the rest of the cell; no title where none does."""
    best = ""
    for lead in leads:
        if len(lead) > len(best) and cell.startswith(lead) and (
                len(cell) == len(lead) or cell[len(lead)] == " "):
            best = lead
    return (best, cell[len(best):].strip()) if best else ("", cell)

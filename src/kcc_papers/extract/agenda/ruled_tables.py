"""An agenda's items table as a PDF's ruled table gives it: which tables are the items' (on a
page printing an items table header), which lines lie in them, and each item row as the line
the agenda reader reads ("6 Budget Monitoring (Pages 13 - 30)"). Moved from table_rows.py,
which reads the rows of every agenda table."""

from __future__ import annotations

import re

from kcc_papers.classify import AGENDA_TABLE_HEADER
from kcc_papers.extract.agenda.columns import may_head_a_table, ruled_rows
from kcc_papers.extract.agenda.patterns import ITEM, ITEM_ROW_CELLS
from kcc_papers.extract.agenda.sequence import led_by_a_ref
from kcc_papers.load.model import Line, Table
from kcc_papers.segment import Segment

# A table's pages cell: "13 - 30", "7", or nothing to print ("None", "-", "N/A", "Verbal").
# (the number may print its word before it, as a column of right-hand page numbers does:
# "Page 6", "Pages 7-9")
# (a supplementary pack's pages carry its letter, "S2 - S6", as its footer's "Page S1" does;
# only a range so lettered at both ends is pages: a letter and figure alone, "A1", "B2", is
# as often the paper's code in a "Paper" column, read as no pages)
PAGES_CELL = re.compile(r"^(?:(?:Pages?[^\S\n]+)?(?![A-Z]\d{1,4}$)"
                        r"(?P<letter>[A-Z]?)(?P<first>\d{1,4})"
                        r"(?:\s*[-–]\s*(?P=letter)(?P<last>\d{1,4}))?|None|Nil|N/?A|[-–]|Verbal)$",
                        re.I)


def ruled_item_rows(table: Table) -> list[str]:
    """A ruled table's item rows as lines: under a known header its first two columns, under
    the paper's own column names its ref column and the title after it."""
    texts = table.texts()
    if AGENDA_TABLE_HEADER.match(" ".join(texts[0])):
        return [row_text(cells) for cells in _spanned_once(texts[1:]) if is_item_row(cells)]
    return ruled_rows(table) or []


def _spanned_once(rows: list[list[str]]) -> list[list[str]]:
    """An item's number cell may span two rows, its bold title's and a line describing it
    under the title ("Report of the Chief Finance Officer."): the table reader repeats the
    number on each, and the item is the first row's; a row repeating the number cell of the
    row above is that item's description, not an item."""
    out: list[list[str]] = []
    for cells in rows:
        number = " ".join((cells[0] if cells else "").split())
        if out and number and number == " ".join((out[-1][0] if out[-1] else "").split()):
            continue
        out.append(cells)
    return out


def ruled_agenda_tables(segment: Segment) -> dict[int, list[Table]]:
    """A PDF's ruled tables (read only where the page prints an items table header)."""
    if segment.source.format != "pdf":
        return {}
    found: dict[int, list[Table]] = {}
    for page in segment.pages:
        if not any(AGENDA_TABLE_HEADER.match(line.text) or may_head_a_table(line)
                   for line in page.lines):
            continue
        for table in page.tables:
            texts = table.texts()
            if table.bbox and texts and (AGENDA_TABLE_HEADER.match(" ".join(texts[0]))
                                         or ruled_rows(table)):
                found.setdefault(page.number, []).append(table)
    return found


def inside_table(line: Line, table: Table) -> bool:
    """The line lies within the table's box: a line that runs on below it is a row the table
    reader cut short (a zebra table's last, unshaded row), read as the page's text."""
    if table.bbox is None or line.top is None:
        return False
    bottom = line.bottom if line.bottom is not None else line.top
    return table.bbox[1] - 1 <= line.top and bottom <= table.bbox[3] + 1


def cut_short(line: Line, table: Table) -> bool:
    """The line starts within the table's box and runs on below it (see inside_table)."""
    return (table.bbox is not None and line.top is not None and line.bottom is not None
            and table.bbox[1] - 1 <= line.top <= table.bbox[3] + 1 < line.bottom)


def is_item_row(cells: list[str]) -> bool:
    """A row of the items' table: its number and title, or its ref of the paper's own code
    ("EX1", "PB 26/01": the numbering is read later, as the paper's own)."""
    cells = [" ".join(c.split()) for c in cells]
    if len(cells) < 2:
        return False
    row = f"{cells[0]} {cells[1]}"
    return bool(ITEM.match(row)) or led_by_a_ref(row)


def row_text(cells: list[str]) -> str:
    cells = [" ".join(c.split()) for c in cells]
    text = f"{cells[0]} {cells[1]}"
    pages = PAGES_CELL.match(cells[-1]) if len(cells) >= ITEM_ROW_CELLS else None
    if pages and pages.group("first"):
        text += f" {cell_pages(pages)}"
    return text


def cell_pages(pages: re.Match[str]) -> str:
    """A ``PAGES_CELL`` match that holds figures as the title's closing "(Pages x - y)"."""
    first = pages.group("first")
    return f"(Pages {first} - {pages.group('last') or first})"

"""A document as one stream of rows of cells, whatever its format: tab-separated lines of a
text export, pdfplumber table rows of a PDF, and plain lines (one cell) in between.

Risk registers are tables broken by headings and notes; reading them as one stream lets the
same parser follow a register across pages and between tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kcc_papers.load.aligned import page_tables
from kcc_papers.load.model import PRINTED_PAGE, LayoutReader, Line, Page, Table
from kcc_papers.load.page_tables import pdf_tables
from kcc_papers.normalise.textclean import furniture, is_furniture
from kcc_papers.segment import Segment

# Page furniture that would otherwise land inside a table running over a page break.
FURNITURE = re.compile(r"^\s*(\d{1,4}|DRAFT)\s*$")


@dataclass(slots=True)
class Row:
    page: int
    cells: list[str]

    @property
    def text(self) -> str:
        return " ".join(" ".join(c.split()) for c in self.cells if c.strip())

    @property
    def filled(self) -> list[str]:
        return [" ".join(c.split()) for c in self.cells if c.strip()]


# Told of a PDF page whose tables could not be read (the page, the error), to say so: their
# rows are lost, and a silent loss would pass for a page without a register.
Unreadable = Callable[[Page, Exception], None]


def rows_of(segment: Segment, unreadable: Unreadable) -> list[Row]:
    pdf = segment.source.format == "pdf"
    rows = _pdf_rows(segment, unreadable) if pdf else _text_rows(segment)
    # the paper's running header and footer ("Weybourne Council - Audit Committee - 2"), which
    # would otherwise end a table running over a page break
    running = furniture(segment.pages)
    return [r for r in rows if not _furniture(r, running)]


def _furniture(row: Row, running: set[str]) -> bool:
    if len(row.cells) != 1:
        return False
    text = row.cells[0]
    return bool(PRINTED_PAGE.match(text) or FURNITURE.match(text)
                or (running and is_furniture(text, running)))


def _text_rows(segment: Segment) -> list[Row]:
    cells_at: dict[tuple[int, int], list[str]] = {}
    wrapped: set[tuple[int, int]] = set()  # lines a wrapped row goes on to
    before = None
    for page in segment.pages:
        # a text register may set its columns out in spaces rather than tabs, and carry them
        # onto the next page without the header
        tables, before = page_tables(page, before), page
        for table in tables:
            if table.first_line is None:
                continue
            starts = table.row_lines or range(table.first_line, table.first_line + len(table.rows))
            for at, row in zip(starts, table.rows, strict=True):
                cells_at[(page.number, at)] = [c.text for c in row]
            if table.last_line is not None:
                lines = range(table.first_line, table.last_line + 1)
                wrapped |= {(page.number, i) for i in lines if i not in starts}
    out = []
    for page_no, idx, line in segment.flat[segment.start : segment.end]:
        if (page_no, idx) in wrapped:
            continue
        cells = cells_at.get((page_no, idx), [line.text])
        out.append(Row(page_no, cells))
    return out


def _pdf_tables(page: Page, layout: LayoutReader | None, carried: Table | None,
                unreadable: Unreadable) -> list[Table]:
    """The page's ruled tables, or a register printed without rules read from its words'
    places (``page_tables.pdf_tables``). Those are read through the file's layout layer, which a
    damaged file may not give: that costs this page's table, not the register's ruled tables
    on the other pages, and is told to ``unreadable``. Where the page's ruled tables cannot
    be read either (the same failure: ``pdf_tables`` reads them first), the page is read as
    lines."""
    try:
        return pdf_tables(page, layout, carried)
    except MemoryError:  # the file's size, not the page: the file fails (``reading``)
        raise
    except Exception as exc:
        unreadable(page, exc)
    try:
        return page.tables
    except MemoryError:
        raise
    except Exception:  # told above: the same reader failed inside ``pdf_tables``
        return []


# A line lies in a table's box within this many points of its edges.
BOX_SLACK = 1.0


def _inside(line: Line, box: tuple[float, float, float, float]) -> bool:
    """A line printed within a table (read as the table's rows): its top within the box, or
    its middle (a table without rules is boxed by its words' font-size boxes, and the line's
    top, its glyphs' ascent, may lie a little above the first of them)."""
    top = line.top or 0.0
    middle = (top + (line.bottom if line.bottom is not None else top)) / 2
    return (line.x0 or 0) >= box[0] - BOX_SLACK and (
        box[1] - BOX_SLACK <= top <= box[3] + BOX_SLACK or box[1] <= middle <= box[3])


def _pdf_rows(segment: Segment, unreadable: Unreadable) -> list[Row]:
    """Lines outside tables stay lines; a table becomes its rows, placed where it starts.
    A table is cut off at the segment's edges only when it lies wholly outside them: its
    ruling sits a little above its first line of text, which may be the segment's first."""
    by_page: dict[int, list[tuple[float, float, int, Row]]] = {}
    carried: Table | None = None  # the last table of the page before, which may run on
    for page in segment.pages:
        items: list[tuple[float, float, int, Row]] = []
        tables = _pdf_tables(page, segment.source.layout, carried, unreadable)
        carried = tables[-1] if tables else None
        boxes = [t.bbox for t in tables if t.bbox]
        for t in tables:
            top, bottom = (t.bbox[1], t.bbox[3]) if t.bbox else (0.0, 0.0)
            for n, cells in enumerate(t.rows):
                items.append((top, bottom, n, Row(page.number, [c.text for c in cells])))
        by_page[page.number] = items
        for line in page.lines:
            top = line.top or 0.0
            if any(_inside(line, b) for b in boxes):
                continue
            items.append((top, top, -1, Row(page.number, [line.text])))
    first = segment.flat[segment.start][2] if segment.end > segment.start else None
    last = segment.flat[segment.end - 1][2] if segment.end > segment.start else None
    out: list[Row] = []
    for page in segment.pages:
        for top, bottom, _, row in sorted(by_page[page.number], key=lambda i: (i[0], i[2])):
            if page.number == segment.page_from and first and bottom < (first.top or 0) - 1:
                continue
            if page.number == segment.page_to and last and top > (last.top or 0) + 1:
                continue
            out.append(row)
    return out

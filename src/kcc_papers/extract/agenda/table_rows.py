"""An agenda printed as a table ("Item No. / Title / Presenting / Pages"): its rows read as
item lines, the title's cell apart from the later columns, the pages cell as "(Pages x - y)".
"""

from __future__ import annotations

import re
from dataclasses import replace

from kcc_papers.classify import AGENDA_TABLE_HEADER, PAGE_COLUMN_HEADER
from kcc_papers.extract.agenda.column_wraps import column_wraps_joined
from kcc_papers.extract.agenda.columns import (
    ALIGN_TOLERANCE,
    aligned_rows,
    header_line,
    row_runs,
    title_columns,
)
from kcc_papers.extract.agenda.page_column import pages_headings, pages_under_heading
from kcc_papers.extract.agenda.patterns import (
    CELL_GAP,
    CLOCK_SLOT,
    COLUMN_SLACK_CHARS,
    INDENT_TOLERANCE,
    ITEM,
    ITEM_ROW_CELLS,
    NUMBER_IN_ITS_CELL,
)
from kcc_papers.extract.agenda.ruled_tables import (
    PAGES_CELL,
    cut_short,
    inside_table,
    is_item_row,
    row_text,
    ruled_agenda_tables,
    ruled_item_rows,
)
from kcc_papers.extract.agenda.sequence import led_by_a_ref
from kcc_papers.extract.agenda.set_apart_lines import set_apart_dropped
from kcc_papers.load.model import Line
from kcc_papers.segment import Segment

# A start time leading a timed agenda's row, and the gap after it: "13:00  ", "10.30am ", its
# slot "9.35 - 9.45 am " (patterns.CLOCK_SLOT, as the item's line reads it).
LEADING_TIME = re.compile(rf"{CLOCK_SLOT}(?:\s+|$)")
# The last of a table's column names, over the papers' pages: "Page", "Pages".
PAGES_COLUMN_NAME = re.compile(r"^Pages?$", re.I)
# A row's closing page range in the pages column: "... 13 - 18" (a pack's pages run to three
# figures: a title closing on years, "2026 - 2027", has none).
TRAILING_RANGE = re.compile(r"\s(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$")
# A pack's page number alone in the pages column (a pack runs to hundreds of pages, not more).
PAGE_FIGURE = re.compile(r"\d{1,3}")


def _table_rows(segment: Segment) -> list[tuple[int, Line]]:
    """Under a table header ("Item No. / Title / Presenting / Pages") an item's line is a row
    of columns: its title is the column after the number, and its pages the last column, read
    as "(Pages x - y)"; the presenter's column is not part of the title. A ruled table (PDF)
    gives its rows as read by the table reader, its wrapped cells whole."""
    ruled = ruled_agenda_tables(segment)
    out: list[tuple[int, Line]] = []
    in_table = named = False
    paged_on: int | None = None  # the page of a table header naming its pages column last
    done: set[int] = set()
    # (only on a page whose table has a header row: elsewhere a wide gap may be a title's
    # hanging indent beside its number, read as before)
    headed = _headed_pages(segment.lines)
    lines = [(page, _time_dropped(_in_cells(line)) if page in headed else line)
             for page, line in set_apart_dropped(segment.lines)]
    # (a text title wrapped inside its column joined to its row: its pages close it there)
    lines = column_wraps_joined(_last_cells_parted(lines, headed))
    aligned = aligned_rows([line for _, line in lines],
                           lambda line: bool(ITEM.match(line.text.strip())))
    # (a text agenda's "Page No." heading alone over its hand-typed ranges)
    headings = pages_headings(lines)
    for n, (page, line) in enumerate(lines):
        given = line
        table = next((t for t in ruled.get(page, []) if inside_table(line, t)), None)
        if table is not None:
            if id(table) not in done:
                done.add(id(table))
                out += [(page, Line(text, line.x0, line.top, line.x1, line.bottom,
                                    size=line.size, bold=line.bold))
                        for text in ruled_item_rows(table)]
            continue
        if AGENDA_TABLE_HEADER.match(line.text) or PAGE_COLUMN_HEADER.match(line.text):
            in_table = True
            paged_on = page if PAGES_COLUMN_NAME.match(line.text.split()[-1]) else paged_on
            continue
        if not in_table and header_line(line):
            # the paper's own column names ("Time / Item / Subject / Presenter")
            named = True
            continue
        cells = [text for _, text in line.spans]
        # (a ref of the paper's own code, "PB2", as well: its numbering is read later)
        if page == paged_on and len(cells) <= 1 and (ITEM.match(line.text.strip())
                                                     or led_by_a_ref(line.text)):
            line = _pages_cell_read(line)
        elif in_table and len(cells) >= ITEM_ROW_CELLS and is_item_row(cells):
            # its runs kept: the number may be centred beside a title wrapped in its cell
            line = Line(row_text(cells), line.x0, line.top, line.x1, line.bottom, line.spans,
                        size=line.size, bold=line.bold)
        elif (named or n in aligned or any(cut_short(line, t) for t in ruled.get(page, []))) \
                and cells:
            # (a row the table reader cut short is read in the table's columns too)
            line = _with_columns(line, title_columns(line))
        if line is given and page in headings:
            line = pages_under_heading(line, headings[page], out[-1][1] if out else None)
        out.append((page, line))
    return out


def _headed_pages(lines: list[tuple[int, Line]]) -> set[int]:
    """The pages whose table has a header row: a known one ("Item No. / Title / Pages"), or
    the paper's own column names drawn as one run over columns of cells."""
    by_page: dict[int, list[Line]] = {}
    for page, line in lines:
        by_page.setdefault(page, []).append(line)
    # (a row of names is checked against its own page's lines: a long paper's many rows of
    # labels, each checked against every page, would take time growing with its square)
    return {page for page, page_lines in by_page.items()
            if any(AGENDA_TABLE_HEADER.match(line.text) or PAGE_COLUMN_HEADER.match(line.text)
                   or (line.cells and header_line(_in_cells(line))
                       and _heads_columns(line, page_lines))
                   for line in page_lines)}


def _heads_columns(header: Line, page_lines: list[Line]) -> bool:
    """A row of column names heads columns that a line under it on its page prints a cell in:
    a run starting where one of its later names starts. A heading letter-spaced across the
    page ("K I L C O R A N   C O U N T Y   C O U N C I L") reads as words apart, like names,
    over lines set in no columns."""
    starts = [x for x, _ in (header.cells or [])[1:]]
    top = header.top if header.top is not None else 0.0
    for line in page_lines:
        if line is header or line.top is None or line.top <= top:
            continue
        runs = [x for x, text in [*line.spans[1:], *(line.cells or [])[1:],
                                  *(line.parts or [])[1:]] if text.strip()]
        if any(abs(x - start) <= ALIGN_TOLERANCE for x in runs for start in starts):
            return True
    return False


def _last_cells_parted(lines: list[tuple[int, Line]],
                       headed: set[int]) -> list[tuple[int, Line]]:
    """A row whose title ran up to the next column (its lead, "Chair") is read as one run, the
    column's gap too narrow to part its cells. Where it ends with a later column's text that
    another row of the page prints as its own cell, ending at the same point (so starting in
    that column), that text is parted from the title as the other rows' cells are; else, a
    row reaching past where the header names its last column holds that column's text from
    there (a title's cell never runs into the next column)."""
    # (each page's last cells apart: a row is parted by its own page's cells only, and a long
    # pack's rows are not each matched against every page's)
    ends: dict[int, dict[str, list[float]]] = {}
    last_column: dict[int, float] = {}
    title_column: dict[int, float] = {}  # where the header names the column after the number's
    for page, line in lines:
        if page not in headed:
            continue
        if len(line.spans) < ITEM_ROW_CELLS:
            if line.x1 is not None and _number_beside_a_column(line):
                ends.setdefault(page, {}).setdefault(line.spans[-1][1].strip(), []).append(line.x1)
            continue
        if AGENDA_TABLE_HEADER.match(line.text) or header_line(line):
            last_column.setdefault(page, line.spans[-1][0])
            title_column.setdefault(page, line.spans[1][0])
        elif line.x1 is not None:
            ends.setdefault(page, {}).setdefault(line.spans[-1][1].strip(), []).append(line.x1)
    # (no header: where other rows print a column's cells of their own, as a column's start)
    aligned = _aligned_columns(lines, headed)
    if not ends and not last_column and not aligned:
        return lines
    out = []
    for page, line in lines:
        if page in headed and len(line.spans) <= 1 and line.x1 is not None:
            cells = list(ends.get(page, {}).items())
            line = (_last_cell_parted(line, cells) or _page_figure_parted(line, cells)
                    or _parted_at_column(line, last_column.get(page), title_column.get(page))
                    or line)
        elif page in aligned and len(line.spans) <= 1 and line.cells:
            # a row drawn as one run whose cells the text layer parts: parted there, not at
            # a place its characters' mean width guesses
            line = _in_cells(line)
        elif page in aligned and len(line.spans) <= 1 and line.x1 is not None:
            line = _parted_at_aligned_column(line, aligned[page]) or line
        out.append((page, line))
    return out


def _aligned_columns(lines: list[tuple[int, Line]], headed: set[int]) -> dict[int, list[float]]:
    """Where a column starts on each page whose table prints no header row: at the last cell
    of item rows read as runs of their own, starting at one place on MIN_ALIGNED_ROWS rows
    ("3."  ...  "A", "5."  ...  "C": a borderless table's Paper column)."""
    pages: dict[int, list[Line]] = {}
    for page, line in lines:
        if page not in headed:
            pages.setdefault(page, []).append(line)
    found: dict[int, list[float]] = {}
    for page, page_lines in pages.items():
        rows = aligned_rows(page_lines, lambda line: bool(ITEM.match(line.text.strip())))
        starts = sorted({row_runs(page_lines[n])[-1][0] for n in rows}, reverse=True)
        if starts:
            found[page] = starts
    return found


def _parted_at_aligned_column(line: Line, starts: list[float]) -> Line | None:
    """A row read as one run that reaches into a column other rows print cells of their own
    in (``_aligned_columns``; rightmost first), parted where that column starts. Its number
    and title PDFium parted as the row's two pieces (``Line.parts``) tell where the title's
    characters start."""
    parts = line.parts or []
    title_x = (parts[1][0] if len(parts) == 2 and NUMBER_IN_ITS_CELL.match(parts[0][1].strip())
               else None)
    return next((parted for column in starts
                 if (parted := _parted_at_column(line, column, title_x)) is not None), None)


def _number_beside_a_column(line: Line) -> bool:
    """A row's number and one later column's cell on its line, the title wrapped in its own
    cell above and below them ("5" ... "Chief Internal Auditor"): that cell is the column's,
    printed in other rows after their titles too."""
    return len(line.spans) == 2 and bool(NUMBER_IN_ITS_CELL.match(line.spans[0][1].strip()))


def _last_cell_parted(line: Line, cells: list[tuple[str, list[float]]]) -> Line | None:
    text = line.text.rstrip()
    for cell, x1s in cells:
        head = text.removesuffix(f" {cell}")
        if (head == text or not ITEM.match(head.strip()) or line.x1 is None
                or not any(abs(line.x1 - x1) <= INDENT_TOLERANCE for x1 in x1s)):
            continue
        return _parted(line, len(head))
    return None


def _page_figure_parted(line: Line, cells: list[tuple[str, list[float]]]) -> Line | None:
    """A row read as one run whose last word is a page number ending where another row's
    page number, read as a cell of its own, ends: it is the pages column's, not the title's
    (a borderless table's header, "Item  Page", read as one run too, tells not where that
    column starts). A column of figures ends them at one place, set right-aligned, or those
    of as many digits, set left-aligned: figures are all one width."""
    head, _, last = line.text.rstrip().rpartition(" ")
    if line.x1 is None or not PAGE_FIGURE.fullmatch(last) or not ITEM.match(head.strip()):
        return None
    if not any(PAGE_FIGURE.fullmatch(cell) and abs(line.x1 - x1) <= INDENT_TOLERANCE
               for cell, x1s in cells for x1 in x1s):
        return None
    return _parted(line, len(head))


def _parted_at_column(line: Line, column: float | None,
                      title_x: float | None = None) -> Line | None:
    """The row parted at the word boundary nearest where the last column starts (each
    character's place estimated at the run's mean width), if one lies near it. Where the
    header names the title's column, the row's number ("3.") is set before it, past a gap no
    character's width tells: the title's characters are measured from there."""
    text = line.text.rstrip()
    if (column is None or line.x0 is None or line.x1 is None or not text
            or not line.x0 < column < line.x1 - CELL_GAP):
        return None
    x0, start = line.x0, 0
    first = text.split(maxsplit=1)
    if (title_x is not None and len(first) == 2 and line.x0 < title_x < column
            and NUMBER_IN_ITS_CELL.match(first[0])):
        x0, start = title_x, len(text) - len(first[1])
    per_char = (line.x1 - x0) / max(len(text) - start, 1)
    def at(k: int) -> float:
        return x0 + (k + 1 - start) * per_char
    best = min((k for k, c in enumerate(text) if c == " " and k >= start),
               key=lambda k: abs(at(k) - column), default=None)
    if best is None or abs(at(best) - column) > COLUMN_SLACK_CHARS * per_char:
        return None
    # (the column's cell is capitalised, or says how the paper comes: "verbal")
    cell = text[best + 1 :].strip()
    if not ITEM.match(text[:best]) or not (cell[:1].isupper() or PAGES_CELL.match(cell)):
        return None
    return _parted(line, best)


def _parted(line: Line, at: int) -> Line:
    """``line`` as its first ``at`` characters (the title's cell) and the cell after them."""
    text = line.text.rstrip()
    head, cell = text[:at].rstrip(), text[at:].strip()
    x0 = line.x0 or 0.0
    per_char = ((line.x1 or x0) - x0) / max(len(text), 1)
    # (where the title ends is not known: the next cell's start less its padding, near enough)
    x1 = x0 + (len(text) - len(cell)) * per_char - CELL_GAP
    return replace(line, text=head, x1=x1, spans=[(x0, head), (x1 + CELL_GAP, cell)])


def _time_dropped(line: Line) -> Line:
    """A timed agenda's row under its column names ("Time / No. / Item / Presenter"): its
    start time, in a column before the item's number, dropped ("13:00  1" read as "1"), so
    the number stands in its cell alone, as it is centred beside a title wrapped in its own
    column ("Welcome, apologies" / "13:00  1  and declarations of" / "interest")."""
    if not line.spans:
        return line
    first = line.spans[0][1].strip()
    lead = LEADING_TIME.match(first)
    if lead is None:
        return line
    rest = first[lead.end() :]
    if rest:
        if not NUMBER_IN_ITS_CELL.match(rest):
            return line
        spans = [(line.spans[0][0], rest), *line.spans[1:]]
    elif len(line.spans) > 1 and NUMBER_IN_ITS_CELL.match(line.spans[1][1].strip()):
        spans = line.spans[1:]
    else:
        return line
    text = line.text.strip()
    time = LEADING_TIME.match(text)
    if time is None:
        return line
    return replace(line, text=text[time.end() :], spans=spans)


def _in_cells(line: Line) -> Line:
    """A table row PDFium read as one run ("3  Minutes of the meeting held on ...  Chair
    Approval") as its cells, where the text layer shows them (``Line.cells``)."""
    return line if not line.cells else replace(line, spans=line.cells)


def _pages_cell_read(line: Line) -> Line:
    """An item row read as one run under a pages column ("3 Minutes 1 - 6"): its closing
    range is the paper's pages, "(Pages 1 - 6)". A figure alone is left (a year or a count
    ends titles too)."""
    m = TRAILING_RANGE.search(line.text)
    if m is None:
        return line
    text = f"{line.text[: m.start()].rstrip()} (Pages {m.group(1)} - {m.group(2)})"
    return Line(text, line.x0, line.top, line.x1, line.bottom, line.spans, size=line.size,
                bold=line.bold)


def _with_columns(raw: Line, row: Line) -> Line:
    """A text row's columns joined keep the runs they were read from (where the title's
    column ends and the next begins)."""
    if row is raw:
        return row
    return Line(row.text, row.x0, row.top, row.x1, row.bottom, raw.spans, size=row.size,
                bold=row.bold)

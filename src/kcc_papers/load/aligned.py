"""Tables a plain-text paper sets out in columns of spaces, not tabs:

    Ref    Indicator                              Target    Q3 Outturn   Status
    ----   ------------------------------------   -------   ----------   --------
    E1     Adult skills learners enrolled          9,500     9,812        On Track
    1051   Insufficient capacity in unscheduled    4   5   20   ...
           care leading to long waits                             (a row that wraps)

A header line names the columns; each line below whose cells start under the header's names
is a row; a line whose first column is empty goes on the row above (a cell that wraps). A line
under the header before any row, with no figures, is the header's second line ("Value" under
"Q3 2025/26"). Text tables separated by tabs are the text loader's (``Page.tables``); these are
read only on a page that has none of those."""

from __future__ import annotations

import re

from kcc_papers.load.model import Cell, Line, Page, Table
from kcc_papers.load.text import CHAR_POINTS

# A header names at least this many columns; a row fills at least this many of them.
MIN_COLUMNS = 3
MIN_ROW_CELLS = 3
# A cell starts under its column's name, give or take this many characters.
ALIGN_CHARS = 2
RULE = re.compile(r"^[\s\-=_|+]+$")
FIGURE = re.compile(r"\d")
# A header's second line may name the year a column's figures are for ("Target" over "2025/26").
YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d){1,2})?")
# A column's name is a few words, and a header has mostly words, not figures.
MAX_NAME_WORDS = 4


def page_tables(page: Page, before: Page | None = None) -> list[Table]:
    """The page's tables: tab-separated ones when it has them, else those set out in spaces
    (and, given the page ``before``, rows at the page's head that carry on the table it ended
    with, its header not printed again)."""
    if page.tables:
        return page.tables
    own = aligned_tables(page)
    carried = _continued(page, before) if before is not None and not before.tables else None
    if carried is not None and any((t.first_line or 0) <= (carried.last_line or 0) for t in own):
        carried = None  # the header printed again: the page's own table holds those rows
    return [*([carried] if carried else []), *own]


# A page's head may print a running header or two before the rows carried over.
HEAD_LINES_SKIPPED = 2


def _continued(page: Page, before: Page) -> Table | None:
    """Rows at the head of ``page`` set out under the columns of the last spaced table of the
    page before: the rest of that table. The header's starts and its dashed rule's segments
    place them, as they place the rows under it."""
    last = aligned_tables(before)
    if not last or last[-1].first_line is None:
        return None
    at = last[-1].first_line
    head = _header(before.lines[at])
    if head is None:
        return None
    starts = [x for x, _ in head]
    rule = next((ln for ln in before.lines[at + 1:at + 3] if RULE.match(ln.text)), None)
    extents = _extents(rule) if rule is not None else []
    extents = extents if len(extents) == len(starts) else []
    for skip in range(min(HEAD_LINES_SKIPPED + 1, len(page.lines))):
        rows, row_lines, end = _rows(page.lines, skip, starts, None, extents)
        if rows:
            return Table([[Cell(c) for c in r] for r in rows], page.number,
                         first_line=skip, row_lines=row_lines, last_line=end - 1)
    return None


def aligned_tables(page: Page) -> list[Table]:
    lines = page.lines
    out: list[Table] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i, page.number)
        if found is None:
            i += 1
            continue
        table, i = found
        out.append(table)
    return out


# Cells of a line set out in spaces: words one space apart are one cell; two or more part
# cells (a header's "Q3 2025/26  Target  Status").
CELL = re.compile(r"\S+(?: \S+)*")


def _spans(line: Line) -> list[tuple[float, str]]:
    if line.raw is None:
        return line.spans or [(line.x0 or 0.0, line.text.strip())]
    raw = line.raw.expandtabs(4)
    return [(m.start() * CHAR_POINTS, m.group(0)) for m in CELL.finditer(raw)]


def _header(line: Line) -> list[tuple[float, str]] | None:
    if line.raw is None:  # only a text file's line keeps the spaces that set out columns
        return None
    spans = _spans(line)
    if len(spans) < MIN_COLUMNS:
        return None
    names = [t for _, t in spans]
    if any(len(t.split()) > MAX_NAME_WORDS for t in names) or RULE.match(line.text):
        return None
    if sum(bool(FIGURE.search(t)) for t in names) * 2 >= len(names):
        return None
    return spans


def _figure(text: str) -> bool:
    """A cell holding a figure other than a year label."""
    return bool(FIGURE.search(text)) and not YEAR_LABEL.fullmatch(text)


def _column(starts: list[float], x: float) -> int | None:
    """The column a cell starting at ``x`` falls under: the last one starting at or before it."""
    slack = ALIGN_CHARS * CHAR_POINTS
    under = [k for k, s in enumerate(starts) if s <= x + slack]
    return under[-1] if under else None


def _aligned(starts: list[float], spans: list[tuple[float, str]],
             extents: list[tuple[float, float]]) -> int:
    """How many of a line's cells start under a column's name, or lie within one of the
    dashed rule's segments under the header (figures set flush right in their column)."""
    slack = ALIGN_CHARS * CHAR_POINTS
    return sum(
        any(abs(x - s) <= slack for s in starts)
        or any(a - slack <= x and x + len(t) * CHAR_POINTS <= b + slack for a, b in extents)
        for x, t in spans
    )


DASHES = re.compile(r"[-=_]+")


def _extents(line: Line) -> list[tuple[float, float]]:
    """The segments of a dashed rule under a header: each marks one column's width."""
    raw = (line.raw or "").expandtabs(4)
    return [(m.start() * CHAR_POINTS, m.end() * CHAR_POINTS) for m in DASHES.finditer(raw)]


def _table_at(lines: list[Line], at: int, page: int) -> tuple[Table, int] | None:
    """The table whose header is line ``at``, and the index of the line after it."""
    head = _header(lines[at])
    if head is None:
        return None
    starts = [x for x, _ in head]
    names = [t for _, t in head]
    rows, row_lines, i = _rows(lines, at + 1, starts, names, [])
    if len(rows) < 2:
        return None
    table = Table([[Cell(n) for n in names]] + [[Cell(c) for c in r] for r in rows], page,
                  first_line=at, row_lines=[at, *row_lines], last_line=i - 1)
    return table, i


def _rows(lines: list[Line], i: int, starts: list[float], names: list[str] | None,
          extents: list[tuple[float, float]]) -> tuple[list[list[str]], list[int], int]:
    """The rows set out under ``starts`` from line ``i`` on, their lines, and the index of the
    line after them; ``names`` (the header's, when there is one) takes its second line."""
    rows: list[list[str]] = []
    row_lines: list[int] = []
    while i < len(lines):
        line = lines[i]
        spans = _spans(line)
        if RULE.match(line.text):
            if not rows and len(_extents(line)) == len(starts):
                extents = _extents(line)
            i += 1
            continue
        first = _column(starts, spans[0][0])
        if first is None or _aligned(starts, spans, extents) < len(spans):
            break
        if first == 0:
            if len(spans) < MIN_ROW_CELLS:
                break
            rows.append([""] * len(starts))
            row_lines.append(i)
        elif not rows and names is not None and not any(_figure(t) for _, t in spans):
            # the header's second line
            for x, text in spans:
                k = _column(starts, x)
                if k is not None:
                    names[k] = f"{names[k]} {text}"
            i += 1
            continue
        elif not rows:
            break
        for x, text in spans:
            k = _column(starts, x)
            if k is not None:
                rows[-1][k] = " ".join(filter(None, (rows[-1][k], text)))
        i += 1
    return rows, row_lines, i

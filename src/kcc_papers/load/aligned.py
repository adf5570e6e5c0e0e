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

import math
import re
from functools import partial

from kcc_papers.load.aligned_cells import (
    at_rules,
    cell_end,
    figure,
    rule_extents,
)
from kcc_papers.load.hanging_rows import filled, hangs, notes_row, runs_name_on
from kcc_papers.load.model import Cell, Line, Page, Table
from kcc_papers.load.row_order import in_order, split_figures
from kcc_papers.load.table_scan import tables_from
from kcc_papers.load.text import CHAR_POINTS

# A header names at least this many columns; a row fills at least this many of them.
MIN_COLUMNS = 3
MIN_ROW_CELLS = 3
# A cell starts under its column's name, give or take this many characters.
ALIGN_CHARS = 2
RULE = re.compile(r"^[\s\-=_|+]+$")
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
    extents = rule_extents(rule) if rule is not None else []
    extents = extents if len(extents) == len(starts) else []
    for skip in range(min(HEAD_LINES_SKIPPED + 1, len(page.lines))):
        columns = (starts, [t for _, t in head], [cell_end(x, t) for x, t in head])
        rows, row_lines, end, _ = _rows(page.lines, skip, columns, extents, header=False)
        if rows:
            return Table([[Cell(c) for c in r] for r in rows], page.number,
                         first_line=skip, row_lines=row_lines, last_line=end - 1)
    return None


def aligned_tables(page: Page) -> list[Table]:
    lines = page.lines
    return tables_from(len(lines), lambda i: _table_at(lines, i, page.number))


# Cells of a line set out in spaces: words one space apart are one cell; two or more part
# cells (a header's "Q3 2025/26  Target  Status"). The one space may be any (a thin or
# no-break space between a figure's thousands: "2\u2009512\u2009340" is one figure).
CELL = re.compile(r"\S+(?:\s\S+)*")


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
    # a group's year ("2024/25" over the columns of that year) is a name, not a figure
    if sum(figure(t) for t in names) * 2 >= len(names):
        return None
    return spans


Columns = tuple[list[float], list[str], list[float]]  # starts, names, where each name ends


def _regroup(starts: list[float], names: list[str], spans: list[tuple[float, str]]
             ) -> Columns | None:
    """A header's second line with two or more names under one name of the first: the first
    line named groups ("2025/26" over "Target  Actual to Q3  Status"), so each name of the
    second line is a column of its own, "<group> <name>"; a first-line name with nothing
    under it keeps its column. None when no group spans two columns."""
    under: dict[int, list[tuple[float, str]]] = {}
    for x, text in spans:
        k = _column(starts, x)
        if k is not None:
            under.setdefault(k, []).append((x, text))
    if not any(len(v) > 1 for v in under.values()):
        return None
    columns: list[tuple[float, str, float]] = []
    for k, (start, name) in enumerate(zip(starts, names, strict=True)):
        subs = under.get(k)
        if not subs:
            columns.append((start, name, cell_end(start, name)))
            continue
        # the group's first column starts where its name or its first sub-heading does
        x, text = subs[0]
        columns.append((min(start, x), f"{name} {text}", cell_end(x, text)))
        columns.extend((x, f"{name} {text}", cell_end(x, text)) for x, text in subs[1:])
    return [c[0] for c in columns], [c[1] for c in columns], [c[2] for c in columns]


def _column(starts: list[float], x: float) -> int | None:
    """The column a cell starting at ``x`` falls under: the last one starting at or before it."""
    slack = ALIGN_CHARS * CHAR_POINTS
    under = [k for k, s in enumerate(starts) if s <= x + slack]
    return under[-1] if under else None


def _aligned(starts: list[float], spans: list[tuple[float, str]],
             extents: list[tuple[float, float]], ends: list[float],
             read: dict[int, tuple[float, float]] | None = None) -> int:
    """How many of a line's cells start under a column's name, lie within one of the dashed
    rule's segments under the header, lie across a column's name (figures set flush right
    or centred under it), or start within the cells ``read`` under a column in the rows
    above (a row set a character or two right of the rest: see _widen), or as far right of
    their start as a cell may be of its name's (a rating letter "R" a character right of
    the "A"s and "G"s above it: a column of one letter has no width to start within), or lie
    within the first column, before the second's name (a code and its name under one heading:
    "Indicator" over "EP1  Services on time", the name set in from the code, held-out r34h)."""
    slack = ALIGN_CHARS * CHAR_POINTS
    return sum(
        any(abs(x - s) <= slack for s in starts)
        or any(a - slack <= x and cell_end(x, t) <= b + slack for a, b in extents)
        or _across(starts, ends, x, t) is not None
        or any(a <= x and (x < b or x - a <= slack) for a, b in (read or {}).values())
        or (len(starts) > 1 and starts[0] < x and cell_end(x, t) <= starts[1])
        for x, t in spans
    )


def _across(starts: list[float], ends: list[float], x: float, text: str) -> int | None:
    """The one column whose name a figure lies across (it overlaps that name and no other);
    words are set from the left, under their name, so prose across the columns is no row."""
    if not figure(text):
        return None
    over = [k for k, (s, e) in enumerate(zip(starts, ends, strict=True))
            if x < e and cell_end(x, text) > s]
    return over[0] if len(over) == 1 else None


def _place(starts: list[float], ends: list[float], extents: list[tuple[float, float]],
           x: float, text: str) -> int | None:
    """The column of a cell: the rule segment it lies in, else the one name it lies across
    (a figure set flush right may start left of its name), else the last column starting at
    or before it (a cell that starts under its name, or a long description)."""
    slack = ALIGN_CHARS * CHAR_POINTS
    if len(extents) == len(starts):
        inside = [k for k, (a, b) in enumerate(extents)
                  if a - slack <= x and cell_end(x, text) <= b + slack]
        if len(inside) == 1:
            return inside[0]
    if not any(abs(x - s) <= slack for s in starts):
        k = _across(starts, ends, x, text)
        if k is not None:
            return k
    return _column(starts, x)


def _table_at(lines: list[Line], at: int, page: int) -> tuple[Table, int] | None:
    """The table whose header is line ``at``, and the index of the line after it."""
    head = _header(lines[at])
    if head is None:
        return None
    columns = ([x for x, _ in head], [t for _, t in head], [cell_end(x, t) for x, t in head])
    rows, row_lines, i, names = _rows(lines, at + 1, columns, [], header=True)
    if len(rows) < 2:
        return None
    table = Table([[Cell(n) for n in names]] + [[Cell(c) for c in r] for r in rows], page,
                  first_line=at, row_lines=[at, *row_lines], last_line=i - 1)
    return table, i


def _rows(lines: list[Line], i: int, columns: Columns, extents: list[tuple[float, float]],
          *, header: bool) -> tuple[list[list[str]], list[int], int, list[str]]:
    """The rows set out under the columns (starts, names, ends) from line ``i`` on, their
    lines, the index of the line after them, and the columns' names; under a ``header`` its
    second line (sub-headings of its groups, or the rest of each name) is read into them."""
    starts, names, ends = columns[0], list(columns[1]), list(columns[2])
    rows: list[list[str]] = []
    row_lines: list[int] = []
    read: dict[int, tuple[float, float]] = {}  # the cells read under each column, from-to
    grouped = False
    closed = False  # a dashed rule under rows: the line after it starts a row of its own
    lead = (math.inf, "")  # the first cell of the last row's first line (``hangs``)
    head: list[tuple[float, str]] = []  # that line's cells in the first column (``runs_name_on``)
    while i < len(lines):
        line = lines[i]
        spans = at_rules(_spans(line), extents)
        if RULE.match(line.text):
            if not rows and len(rule_extents(line)) == len(starts):
                extents = rule_extents(line)
            closed = bool(rows)
            i += 1
            continue
        if header and not rows and not grouped and not any(figure(t) for _, t in spans):
            # a second header line of sub-headings under the first line's groups; they need
            # not start under the group's name
            regrouped = _regroup(starts, names, spans)
            if regrouped is not None:
                (starts, names, ends), grouped = regrouped, True
                i += 1
                continue
        columns_now = (starts, names, ends)
        first = _place(starts, ends, extents, *spans[0])
        if first is None or _aligned(starts, spans, extents, ends, read) < len(spans):
            break
        if first == 0 and len(starts) > 1 and notes_row(spans, head, starts[1]):
            i += 1  # a note on the row above, set under its name (``notes_row``)
            continue
        # (the first row's first line wraps as a later row's does where it prints a figure,
        # its code's ("CF1  Stage 1 complaints answered within"): a header's second line
        # of names prints none. A first row of a name alone wraps where the next line is
        # its name's rest, set in as a wrapped name is (``hangs``): a table with no codes'
        # column ("Information requests answered within twenty" / "  working days  90% ..."))
        wraps = first == 0 and len(spans) < MIN_ROW_CELLS and _wraps_into_next(
            lines, i + 1, columns_now, extents, read, len(spans), spans[0],
            hung_only=not rows and not any(figure(t) for _, t in spans))
        hung = first == 0 and (
            (hangs(spans, lead, starts[1]) and 0 < filled(rows) < MIN_ROW_CELLS)
            or (len(starts) > 1 and not wraps and runs_name_on(spans, head, starts[1])))
        if first == 0 and not hung:
            if len(spans) < MIN_ROW_CELLS and not wraps:
                break
            rows.append([""] * len(starts))
            row_lines.append(i)
            lead = spans[0]
            head = [(x, t) for x, t in spans if len(starts) > 1 and x < starts[1]]
        elif header and not rows and not any(figure(t) for _, t in spans):
            # the header's second line: sub-headings of the first line's groups, or the rest
            # of each column's name
            for x, text in spans:
                k = _column(starts, x)
                if k is not None:
                    names[k] = f"{names[k]} {text}"
                    ends[k] = max(ends[k], cell_end(x, text))
            i += 1
            continue
        elif not rows:
            break
        elif closed:
            # a rule closes the rows above: what follows it is no wrapped cell of theirs but
            # a row of its own, the table's totals ("Total ... 9,862,740") as a rule sets off
            rows.append([""] * len(starts))
            row_lines.append(i)
        closed = False
        order = None
        if first == 0 and not hung:
            # a row set off its columns, one cell a column (``row_order``)
            spans = split_figures(spans, len(starts), CHAR_POINTS,
                                  partial(_place, starts, ends, extents))
            order = in_order([_place(starts, ends, extents, x, text) for x, text in spans],
                             [text for _, text in spans], len(starts))
        for n, (x, text) in enumerate(spans):
            k = order[n] if order is not None else _place(starts, ends, extents, x, text)
            if k is not None:
                rows[-1][k] = " ".join(filter(None, (rows[-1][k], text)))
                _widen(starts, ends, read, (k, x, text))
        i += 1
    return rows, row_lines, i, names


def _widen(starts: list[float], ends: list[float], read: dict[int, tuple[float, float]],
           cell: tuple[int, float, str]) -> None:
    """A cell read in column ``k`` widens what lines up with it: a column's cells line up
    with the cells above them, not only with its name. A figure widens the column to its
    end (no further than the next column's name): figures set flush right past their
    name's end ("9.5" under "Target" ends two characters after it) put a shorter one ("4")
    past the name, within the figures above it. Any cell widens the run of cells ``read``
    under its column: a row set a character right of the rest ("Green" three characters
    into "Rating") starts within the words above it."""
    k, x, text = cell
    if figure(text):
        limit = starts[k + 1] if k + 1 < len(starts) else math.inf
        ends[k] = max(ends[k], min(cell_end(x, text), limit))
    a, b = read.get(k, (x, cell_end(x, text)))
    read[k] = (min(a, x), max(b, cell_end(x, text)))


def _wraps_into_next(lines: list[Line], i: int, columns: Columns,
                     extents: list[tuple[float, float]], read: dict[int, tuple[float, float]],
                     cells: int, row_first: tuple[float, str], *, hung_only: bool = False
                     ) -> bool:
    """Whether a row's first line of fewer than MIN_ROW_CELLS cells, first ``row_first``
    (its ref and the first words of its name, "SV05  First appliance in attendance within 10
    minutes"; or its name alone, "Permanent admissions to residential care (65+,") goes on
    in line ``i``: that line's cells, its first column empty or its first cell set in from
    the row's start (``hangs``), all under the columns (the rest of the name, then the
    row's figures), fill the row to MIN_ROW_CELLS with it. ``hung_only``: only a line set
    in as the rest of a wrapped name goes on (a first row's name with no figure, where a
    header's second line could stand)."""
    if i >= len(lines) or RULE.match(lines[i].text):
        return False
    starts, _, ends = columns
    spans = at_rules(_spans(lines[i]), extents)
    first = _place(starts, ends, extents, *spans[0]) if spans else None
    return (first is not None and ((first > 0 and not hung_only)
                                   or hangs(spans, row_first, starts[1]))
            and cells + len(spans) >= MIN_ROW_CELLS
            and _aligned(starts, spans, extents, ends, read) == len(spans))

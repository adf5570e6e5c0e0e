"""An item's number printed apart from its title: in a cell of its own above it (a web
agenda), or centred beside the title's wrapped cell (a table row); joined to the title's lines.
"""

from __future__ import annotations

from kcc_papers.extract.agenda.other_cells import other_columns, title_end
from kcc_papers.extract.agenda.patterns import (
    CELL_GAP,
    CODE_IN_ITS_CELL,
    INDENT_TOLERANCE,
    ITEM,
    ITEM_ROW_CELLS,
    LETTER_ALONE,
    MAX_TITLE_LINES,
    NUMBER_ALONE,
    NUMBER_IN_ITS_CELL,
    NUMBER_WITH_NOTE,
    PAGED_ROW_SPANS,
    PAGES,
    PRIVATE_NOTE,
    SIDE_WINDOW,
    SIGNATURE_OFFSET,
    SUB_NUMBER_ALONE,
)
from kcc_papers.extract.agenda.refs import _follows, _titled
from kcc_papers.extract.agenda.ruled_tables import PAGES_CELL, cell_pages
from kcc_papers.extract.agenda.sequence import OPEN_END, full_line
from kcc_papers.load.model import Line


def _numbers_joined(lines: list[tuple[int, Line]],
                    edges: dict[int, float]) -> list[tuple[int, Line]]:
    """A web agenda prints each item's number in a cell of its own ("1." above "Apologies"):
    the number joins the title line below it. A table row whose title wrapped in its cell
    prints the number centred beside the cell's lines: the number joins them all."""
    out: list[tuple[int, Line]] = []
    skip = 0
    for n, (page, line) in enumerate(lines):
        if skip:
            skip -= 1
            continue
        below = [ln for p, ln in lines[n + 1 : n + 1 + MAX_TITLE_LINES] if p == page]
        above = [ln for p, ln in reversed(out[-MAX_TITLE_LINES:]) if p == page]
        centred = _centred_row(line, above, below, edges.get(page))
        if centred:
            half, joined = centred
            del out[-half:]
            out.append((page, joined))
            skip = half
            continue
        beside = _centred_beside_other_cells(n, lines, out, edges.get(page))
        if beside:
            kept, skip, joined = beside
            del out[kept:]
            out.append((page, joined))
            continue
        nxt = lines[n + 1][1] if n + 1 < len(lines) else None
        if (NUMBER_ALONE.match(line.text) and nxt and nxt.text.strip() and not _titled_item(nxt)
                and not _far_left_of(nxt, line)):
            joined = Line(f"{line.text.strip()} {nxt.text.strip()}", line.x0, line.top,
                          nxt.x1, nxt.bottom, size=nxt.size, bold=nxt.bold)
            out.append((page, joined))
            skip = 1
            continue
        noted = _note_over_title(line, nxt, out[-1][1] if out else None)
        if noted:
            out.append((page, noted))
            skip = 1
            continue
        out.append((page, line))
    return out


def _titled_item(line: Line) -> bool:
    """The line is an item's own (its ref and a title), not the title of the number above it:
    a timed agenda's "9.30am   Welcome" under "1." reads as a ref ("9") but titles nothing
    ("30am ..."), so it is the number's title with its start time."""
    m = ITEM.match(line.text)
    return m is not None and _titled(m) is not None


def _note_over_title(line: Line, nxt: Line | None, above: Line | None) -> Line | None:
    """An item's number with only a note beside it ("7   (Exempt)", "7   Verbal") over its
    title: the number, the title, and the note where the item's record reads it (a note that
    the item is taken in private before the title, as ``LEADING_NOTE`` reads it; one on how
    its paper comes after it, as ``NOTE`` does). Under a line left open ("... Plan 2026/",
    "... and") the figure is that line's words wrapped, its year's end, not an item's number."""
    m = NUMBER_WITH_NOTE.match(line.text)
    if (m is None or nxt is None or not nxt.text.strip() or ITEM.match(nxt.text)
            or _far_left_of(nxt, line)):
        return None
    if above is not None and (OPEN_END.search(above.text) or above.text.rstrip().endswith("/")):
        return None
    note = m.group("bracketed") or m.group("bare")
    title = nxt.text.strip()
    text = (f"{m.group('number')} ({note}) {title}" if PRIVATE_NOTE.match(note)
            else f"{m.group('number')} {title} ({note})")
    return Line(text, line.x0, line.top, nxt.x1, nxt.bottom, size=nxt.size, bold=nxt.bold)


def _centred_row(line: Line, above: list[Line], below: list[Line],
                 page_edge: float | None) -> tuple[int, Line] | None:
    """A row's number centred beside its title's wrapped cell: how many of the cell's lines
    lie on each side of it (``above`` and ``below``, nearest first) and the row as one line."""
    number, pages, pages_x = _paged_number(line)
    if (NUMBER_ALONE.match(number.text) or SUB_NUMBER_ALONE.match(number.text)
            or LETTER_ALONE.match(number.text)):
        half = _centred_cell(number, above, below)
        if half:
            cell = above[:half][::-1] + below[:half]
            return half, _cell_joined(number, cell, pages)
    half = _centred_among_columns(line, above, below)
    if half:
        cell = above[:half][::-1] + below[:half]
        return half, _cell_joined(_number_part(line), cell, _pages_of(line))
    # a row's title ends where its pages' column begins, not at the page's margin
    edge = pages_x - CELL_GAP if pages_x is not None else page_edge
    half = _centred_on_a_line(number, above, below, edge)
    if half:
        cell = [*above[:half][::-1], _title_part(number), *below[:half]]
        return half, _cell_joined(_number_part(number), cell, pages)
    return None


def _centred_beside_other_cells(n: int, lines: list[tuple[int, Line]],
                                out: list[tuple[int, Line]],
                                page_edge: float | None) -> tuple[int, int, Line] | None:
    """A centred row (see _centred_row) whose later column (its lead, "Assistant Director,
    Legal and / Democratic Services") wrapped too, its lines read between the title's: the
    title's cell read past them, they being the row's other cells, not its title. Returns how
    many lines already read are kept, how many after the number's line are taken, and the
    row; or None."""
    page, line = lines[n]
    if not line.spans or not NUMBER_IN_ITS_CELL.match(line.spans[0][1].strip()):
        return None
    above_at = [k for k in range(len(out) - 1, max(len(out) - SIDE_WINDOW, 0) - 1, -1)
                if out[k][0] == page]
    below_at = [k for k in range(n + 1, min(n + 1 + SIDE_WINDOW, len(lines)))
                if lines[k][0] == page]
    # (the row's lines lie between the rows' numbers above and below it: a line starting in
    # the number's column, or left of it, is another row's or the page's masthead)
    above_at = _within_row([out[k][1] for k in above_at], line, above_at)
    below_at = _within_row([lines[k][1] for k in below_at], line, below_at)
    window = [out[k][1] for k in above_at] + [lines[k][1] for k in below_at]
    side = other_columns(line, window)
    if not side:
        return None
    above_at = [k for k in above_at if id(out[k][1]) not in side]
    below_at = [k for k in below_at if id(lines[k][1]) not in side]
    centred = _centred_row(line, [out[k][1] for k in above_at],
                           [lines[k][1] for k in below_at], page_edge)
    if centred is None:
        return None
    half, joined = centred
    return above_at[half - 1], below_at[half - 1] - n, joined


def _within_row(side: list[Line], number: Line, at: list[int]) -> list[int]:
    """Of ``at`` (the indexes of ``side``'s lines, nearest the number first), those before the
    first line that starts no right of the row's number."""
    if number.x0 is None:
        return at
    for k, ln in enumerate(side):
        if ln.x0 is None or ln.x0 <= number.x0 + INDENT_TOLERANCE:
            return at[:k]
    return at


def _far_left_of(line: Line, number: Line) -> bool:
    """``line`` starts far left of ``number``: not the title of an item numbered there but
    the page's text under a label in its corner ("Item 4" printed at the top right of each of
    a pack's papers)."""
    return (line.x0 is not None and number.x0 is not None
            and number.x0 - line.x0 >= SIGNATURE_OFFSET)


def _centred_cell(number: Line, above: list[Line], below: list[Line]) -> int:
    """How many of a wrapped cell's lines lie on each side of a number centred beside them (a
    borderless table's row: "Police and Crime ... Report -" / "5." / "Quarter 1 (Pages 6 - 9)"),
    or 0. The number's line overlaps the lines next to it above and below (it sits between
    them, not on a line of its own), and those lines start in one column right of it; the cell
    runs on above and below through lines of that column that are no items."""
    if not above or not below or number.x1 is None or number.top is None:
        return 0
    column = below[0].x0
    first_above, first_below = above[0], below[0]
    if (column is None or column <= number.x1 or first_above.bottom is None
            or first_below.top is None or number.bottom is None):
        return 0
    if not (first_above.bottom > number.top and first_below.top < number.bottom):
        return 0
    ref = number.text.split()[-1].rstrip(".")
    return min(_column_run(above, column, ref), _column_run(below, column, ref, below=True))


def _centred_among_columns(line: Line, above: list[Line], below: list[Line]) -> int:
    """Like _centred_cell, for a row printing other columns (lead, purpose, paper) on the
    number's line: "1  Chair  -" between "Apologies and declarations" and "of interest". The
    title's column is empty on the number's line, its next run starting right of where the
    cell's lines above and below start; the row's other columns are not the title."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    # (a board's coded ref, "TB 1", sits in its cell as a number does)
    if (len(spans) < 2 or not (NUMBER_IN_ITS_CELL.match(spans[0][1])
                               or CODE_IN_ITS_CELL.match(spans[0][1]))
            or not above or not below
            or line.top is None or line.bottom is None):
        return 0
    first_above, first_below = above[0], below[0]
    column = first_below.x0
    if (column is None or first_above.x0 is None or first_above.bottom is None
            or first_below.top is None
            or abs(first_above.x0 - column) > INDENT_TOLERANCE
            or not spans[0][0] < column < spans[1][0] - CELL_GAP):
        return 0
    if not (first_above.bottom > line.top and first_below.top < line.bottom):
        return 0
    return _cell_half(spans[0][1], above, below, column)


def _cell_half(ref_cell: str, above: list[Line], below: list[Line], column: float) -> int:
    """How many of a wrapped cell's lines in ``column`` lie on each side of the row's ref
    cell. A title's line that opens with a figure ("28 May 2026" under "9") is no item; nor,
    beside a coded ref ("TB 3"), any line in the title's column: the next row's ref prints
    its code, left of the column."""
    if CODE_IN_ITS_CELL.match(ref_cell) and not NUMBER_IN_ITS_CELL.match(ref_cell):
        return min(_code_run(above, column), _code_run(below, column))
    ref = ref_cell.rstrip(".")
    return min(_column_run(above, column, ref), _column_run(below, column, ref, below=True))


def _code_run(side: list[Line], column: float) -> int:
    """How many of ``side``'s lines, nearest first, start in ``column`` beside a coded ref
    ("TB 1"): the cell's lines, up to the next row's, whose ref is printed left of the
    column."""
    count = 0
    for ln in side:
        if ln.x0 is None or abs(ln.x0 - column) > INDENT_TOLERANCE:
            break
        count += 1
    return count


def _pages_of(line: Line) -> str:
    """A row's pages printed in its last column, as "(Pages 7 - 12)", or nothing."""
    spans = [t.strip() for _, t in line.spans if t.strip()]
    pages = PAGES_CELL.match(spans[-1]) if len(spans) >= ITEM_ROW_CELLS else None
    if pages is None or not pages.group("first"):
        return ""
    return cell_pages(pages)


def _column_run(side: list[Line], column: float, ref: str | None = None, *,
                below: bool = False) -> int:
    """How many of ``side``'s lines, nearest first, start in ``column`` and are no items. With
    the centred number's ``ref``, a line in the title's column whose figure is no neighbour of
    it in the numbering is the title's words ("10 July 2026" under "3"), not an item; the
    numbering runs down the page, so under the number (``below``) only a figure after it is
    the next item, above it only one before it ("4 and Year End 2021/22" under "7" is its
    title's wrapped words)."""
    count = 0
    for ln in side:
        if ln.x0 is None or abs(ln.x0 - column) > INDENT_TOLERANCE:
            break
        m = ITEM.match(ln.text)
        if m and (ref is None or _neighbours(ref, m.group("ref"), below=below)):
            break
        count += 1
    return count


def _neighbours(ref: str, other: str, *, below: bool) -> bool:
    """Whether ``other``, a figure opening a line below (or above) item ``ref``'s line, is
    the item next to it on that side in the numbering. ``ref`` again in the title's column is
    the title's words ("Performance Report, Quarter" over "1 2027/28" beside "1"): the
    number printed again would stand in the number's column, left of it."""
    return _follows(ref, other) if below else _follows(other, ref)


def _centred_on_a_line(line: Line, above: list[Line], below: list[Line],
                       edge: float | None) -> int:
    """Like _centred_cell, for a cell of an odd number of lines: the centred number is read
    onto the cell's middle line ("2" and "Reserves Strategy and the ..." in two runs of one
    line), as many of the cell's lines above it as below, in the middle line's column. The
    line above was broken by the right margin (a description under the last item is not)."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    if (len(spans) < 2 or not (NUMBER_ALONE.match(spans[0][1])
                               or CODE_IN_ITS_CELL.match(spans[0][1]))
            or not above or not below):
        return 0
    column = spans[1][0]
    # (a line of the title's that opens with a figure, "2026 and matters arising" under "2",
    # is no item: only a neighbour of the number in the numbering is)
    half = _cell_half(spans[0][1], above, below, column)
    # a title's page range closes it: a line above that prints one ends the item before, and
    # the number starts its own title on its line (a label column's row, not a centred one)
    if any(PAGES.search(ln.text) for ln in above[:half]):
        return 0
    if not half:
        return 0
    # a cell of a table printed without a pages column wraps at its column's right edge, the
    # furthest its neighbours in that column reach, not at the page's margin
    # (a line that holds a later column's run as well ends before it)
    cell_edge = max((end for ln in [*above, *below] if ln.x0 is not None
                     and abs(ln.x0 - column) <= INDENT_TOLERANCE
                     and (end := title_end(ln)) is not None), default=None)
    middle = _title_part(line)
    if middle.x1 is None and middle.x0 is not None and above[0].x0 is not None \
            and above[0].x1 is not None:
        # other columns follow it: its end estimated at the width of the cell's line above
        per_char = (above[0].x1 - above[0].x0) / max(len(above[0].text.strip()), 1)
        middle.x1 = middle.x0 + per_char * len(middle.text)
    if not any(full_line(above[0], middle, e) for e in (edge, cell_edge)):
        return 0
    return half


def _number_part(line: Line) -> Line:
    return Line(line.spans[0][1].strip(), line.x0, line.top, None, line.bottom, size=line.size,
                bold=line.bold)


def _title_part(line: Line) -> Line:
    """The middle line of a centred row's title: the run after its number; the runs after it
    are the row's other columns (lead, purpose), where its own end is not known."""
    x, text = line.spans[1]
    x1 = line.x1 if len(line.spans) == 2 else None
    return Line(text.strip(), x, line.top, x1, line.bottom, size=line.size, bold=line.bold)


def _paged_number(line: Line) -> tuple[Line, str, float | None]:
    """A row's number (and the middle line of its title) with, printed on its line in a
    column of its own, the paper's pages ("4" ... "7 - 12" beside a title wrapped above and
    below them): the line without its pages, them as "(Pages 7 - 12)" and where their
    column starts; or the line itself and no pages."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    pages = PAGES_CELL.match(spans[-1][1]) if len(spans) in PAGED_ROW_SPANS else None
    if pages is None or not pages.group("first") or not NUMBER_ALONE.match(spans[0][1]):
        return line, "", None
    kept = spans[:-1]
    # a run's end is not kept apart: a title's ends before the pages' column, a number
    # alone (a figure or two) where it starts, near enough
    end = spans[-1][0] - CELL_GAP if len(kept) > 1 else kept[0][0]
    row = Line(" ".join(t for _, t in kept), line.x0, line.top, end, line.bottom, kept,
               size=line.size, bold=line.bold)
    return row, cell_pages(pages), spans[-1][0]


def _cell_joined(number: Line, cell: list[Line], pages: str = "") -> Line:
    cell = _other_column_left_out(cell)
    text = " ".join([number.text.strip()] + [ln.text.strip() for ln in cell] + [pages]).strip()
    last = cell[-1]
    return Line(text, number.x0, cell[0].top, last.x1, last.bottom, size=last.size, bold=last.bold)


def _other_column_left_out(cell: list[Line]) -> list[Line]:
    """A wrapped cell's lines without the row's later column wrapped beside them on their
    baselines (the lead's "Head of Pension Fund" beside "Investment strategy and", its
    "Investments" beside "performance update"): a run after a line's first that starts
    where a later run of another of the cell's lines starts is that column's, not the title's
    (a title's own words keep no column)."""
    later = [[x for x, text in ln.spans[1:] if text.strip()] for ln in cell]
    out = []
    for k, line in enumerate(cell):
        others = [x for j, starts in enumerate(later) if j != k for x in starts]
        cut = next((x for x in later[k]
                    if any(abs(x - y) <= INDENT_TOLERANCE for y in others)), None)
        if cut is None:
            out.append(line)
            continue
        kept = [(x, text) for x, text in line.spans if x < cut and text.strip()]
        out.append(Line(" ".join(text.strip() for _, text in kept), line.x0, line.top,
                        cut - CELL_GAP, line.bottom, kept, size=line.size, bold=line.bold))
    return out

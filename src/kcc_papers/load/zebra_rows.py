"""A zebra table's rows at its ends (``zebra`` makes its pieces one table): the rows guessed
below its last shaded band and above its first kept only where they hold the table's cells
(``trimmed``), the box its text is read from (``reach``), and the columns its rows carried to
the next page print in (``text_starts``)."""

from __future__ import annotations

import math
from itertools import pairwise
from typing import Any

from kcc_papers.load.zebra import ACROSS_SHARE, SNAP_POINTS, Bbox, Obj, ZebraTable, _fills, _inside

# Two glyphs closer than this share of the type size are of one word (a space is ~0.25).
WORD_GAP = 0.15
# A row carried from the page before prints in at least this many of the table's columns.
MIN_CARRIED_COLUMNS = 3

# The lines of a cell wrapped over lines stand at most this share of the type size apart (the
# paragraph after a table stands further off: the cell's padding and the paragraph's space).
WRAP_GAP = 1.0
# ... and over at most this many times the guessed row's height (one line's, the unshaded
# rows' median): the text below it is read that far only. (A title in a narrow column wraps
# to four lines or five, "Recommendations from the / Overview and Scrutiny / Committee:
# Call-in of / Cabinet decision 27/88": the guards above, not this reach, end the row.)
MAX_WRAPPED_ROWS = 5
# A band shaded from the table's left edge across at least this many of its cells (a row whose
# blank cells at the right are left unshaded) starts a row of its own: a single shaded first
# cell may be a cell merged down from the row above.
MIN_ROW_CELLS_SHADED = 2


def trimmed(table: Any, chars: list[Obj]) -> Any:
    """The zebra table without its guessed rows (below its last shaded band, above its
    first) where they are no rows: a guess holding no text, or text that runs across a
    column's edge (the paragraph after the table, whose words are no cells'), or, above the
    table, no figure (a caption or a header set plain: the rows carried from the page before
    are a table's body, printing its figures)."""
    if not isinstance(table, ZebraTable):
        return table
    cells = _unmerged(table, chars)
    changed = len(cells) != len(table.cells)
    last = _last_row(table, chars)
    if last is None:
        cells = [c for c in cells if c[1] < table.last[0]]
    else:
        if (last == table.last and not table.strict
                and (bottom := _wrapped_bottom(table, chars)) > last[1]):
            # the guess is one line high (the unshaded rows' median); a cell wrapped over
            # more lines, and the cells set in the middle of its height, are the row's still
            last = (last[0], bottom)
        if last != table.last:
            cells = [(c[0], c[1], c[2], last[1]) if c[1] >= table.last[0] - SNAP_POINTS else c
                     for c in cells]
            changed = True
    if table.first is not None and not _first_row(table, table.first, chars):
        cells = [c for c in cells if c[1] >= table.first[1] - SNAP_POINTS]
    if not changed and len(cells) == len(table.cells):
        return table
    # still a zebra table: its columns carry on to the next page (``text_starts``)
    return ZebraTable(table.page, cells, table.edges, last or table.last, table.first)


def reach(table: Any) -> Bbox:
    """The box a table's text is read from: a zebra table's reaches down over its last row's
    guess wrapped to ``MAX_WRAPPED_ROWS`` times its height (``_wrapped_bottom``)."""
    x0, top, x1, bottom = table.bbox
    if not isinstance(table, ZebraTable) or table.strict:
        return (x0, top, x1, bottom)
    first, below = table.last
    return (x0, top, x1, max(bottom, first + MAX_WRAPPED_ROWS * (below - first)))


def _wrapped_bottom(table: ZebraTable, chars: list[Obj]) -> float:
    """The bottom of the table's last row (an unshaded guess below its last band), read down
    over the lines that go on at once under it (no more than a line's spacing apart, inside
    the table's columns, no word across a column's edge): its cells wrapped over lines. The
    paragraph after the table stands further off, or runs across the columns' edges."""
    bottom = table.last[1]
    # (a band shaded across below starts a row of its own: the cells wrap no further)
    end = min(reach(table)[3], _next_band(table) or math.inf)
    below = _in_band(table, (bottom, end), chars)
    reached = max((c["bottom"] for c in _in_band(table, table.last, chars)), default=bottom)
    for line in _lines(below):
        size = max(c["size"] for c in line)
        if (min(c["top"] for c in line) - reached > WRAP_GAP * size
                or _across_edges(line, table.edges[1:-1])):
            break
        reached = max(reached, *(c["bottom"] for c in line))
    return max(bottom, reached)


def _next_band(table: ZebraTable) -> float | None:
    """The top of the first band shaded across the table below its last row's top: a shaded
    row not joined to the table (the next piece, the unshaded row between them wrapped to
    more lines than pieces are joined over), or another table's. A band shaded from the
    table's left edge but not across it is a row of its own too: its blank cells at the right
    left unshaded ("5 | Date of Next Meeting |" with no pages), it is no piece joined on."""
    x0, x1 = table.edges[0], table.edges[-1]
    fills = [r for r in _fills(table.page) if r["top"] > table.last[0] + SNAP_POINTS
             and r["x0"] < x1 and r["x1"] > x0]
    for top in sorted({r["top"] for r in fills}):
        band = [r for r in fills if abs(r["top"] - top) <= SNAP_POINTS]
        width = sum(min(r["x1"], x1) - max(r["x0"], x0) for r in band)
        if width >= ACROSS_SHARE * (x1 - x0) or (
                any(abs(r["x0"] - x0) <= SNAP_POINTS for r in band)
                and _shaded_cells(band, table.edges) >= MIN_ROW_CELLS_SHADED):
            return float(top)
    return None


def _shaded_cells(band: list[Obj], edges: list[float]) -> int:
    """How many of the table's columns (between ``edges``) a band shades across."""
    return sum(1 for left, right in pairwise(edges)
               if any(r["x0"] <= left + SNAP_POINTS and r["x1"] >= right - SNAP_POINTS
                      for r in band))


def _last_row(table: ZebraTable, chars: list[Obj]) -> tuple[float, float] | None:
    """The guessed row below the table's last shaded band, where it is a row: cut short above
    a line that runs across a column's edge (the paragraph after the table, set close below
    it, inside a guess as high as the table's wrapped rows); None where no row is left."""
    top, bottom = table.last
    glyphs = _in_band(table, table.last, chars)
    if not glyphs:
        return None
    end = bottom
    above = top  # where the text above the line ends
    for line in _lines(glyphs):
        line_top = min(c["top"] for c in line)
        if _across_edges(line, table.edges[1:-1]) or (
                table.strict and line_top - above > _height(line)):
            # a line across the columns, or (where the guess is long) after a blank line's
            # gap: past the row
            end = line_top
            break
        above = max(above, *(c["bottom"] for c in line))
    kept = [c for c in glyphs if (c["top"] + c["bottom"]) / 2 < end]
    if not kept or (table.strict and not _carried_row(table, kept)):
        return None
    return top, end


def _height(line: list[Obj]) -> float:
    return float(max(c["bottom"] for c in line) - min(c["top"] for c in line))


def _lines(glyphs: list[Obj]) -> list[list[Obj]]:
    """Glyphs in lines (tops within SNAP_POINTS of the line's first), top to bottom, each
    left to right. (Sorting by rounded top and then x0 would not do: two fonts on one line
    may print tops a fraction apart that round apart, 100.4 and 100.6.)"""
    out: list[list[Obj]] = []
    for c in sorted(glyphs, key=lambda c: c["top"]):
        if out and abs(out[-1][0]["top"] - c["top"]) <= SNAP_POINTS:
            out[-1].append(c)
        else:
            out.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in out]


def _unmerged(table: ZebraTable, chars: list[Obj]) -> list[Bbox]:
    """The table's cells, each cell read as merged down from an unshaded row into the shaded
    band below that no text reaches into, and no drawn mark reaching below its own band, a cell of
    each band again: a blank cell the shaded row leaves white (an unrated status, a dot drawn
    in the row above rating that row alone), as nothing of the cell above reaches into it."""
    if not table.merged:
        return list(table.cells)
    shapes = getattr(table.page, "curves", [])
    split: dict[Bbox, list[Bbox]] = {}
    for box, tops in table.merged:
        x0, top, x1, bottom = box
        # (text of the row above standing wholly in its own band, as a cell's text centred in
        # its row stands, reaches nothing below: only text reaching into the bands below
        # makes the cell one merged over them)
        if any(_middle_in(c, box) and c["bottom"] > tops[0] + SNAP_POINTS for c in chars) or any(
                _inside(s, box) and s["bottom"] > tops[0] + SNAP_POINTS for s in shapes) or (
                _across_bottom(box, chars)):
            continue
        edges = [top, *tops, bottom]
        split[box] = [(x0, a, x1, b) for a, b in pairwise(edges)]
    cells = [part for cell in table.cells for part in split.get(cell, [cell])]
    return _centred_over(cells, [box for box, _ in table.merged if box not in split], chars)


def _centred_over(cells: list[Bbox], merged: list[Bbox], chars: list[Obj]) -> list[Bbox]:
    """The cells, each merged cell whose text stands across its bottom edge (a code centred
    in a cell merged down over three rows, the first unshaded, the second shaded, the third
    unshaded again: its fill, or the want of one, shows two of them only) reaching over the
    cell below it too, as its text does, where that cell holds no text of its own."""
    for box in merged:
        x0, top, x1, bottom = box
        below = next((c for c in cells if abs(c[0] - x0) <= SNAP_POINTS
                      and abs(c[2] - x1) <= SNAP_POINTS and abs(c[1] - bottom) <= SNAP_POINTS),
                     None)
        # (a cell below with text of its own is another row's: a long name wrapping past its
        # cell's bottom leaves the next name where it is)
        if below is None or box not in cells or not _across_bottom(box, chars) or any(
                _middle_in(c, below) and c["top"] >= below[1] - SNAP_POINTS for c in chars):
            continue
        cells = [(x0, top, x1, below[3]) if c == box else c for c in cells if c != below]
    return cells


def _across_bottom(box: Bbox, chars: list[Obj]) -> bool:
    """Whether text in the cell's column stands across its bottom edge."""
    x0, _, x1, bottom = box
    return any(x0 <= c["x0"] and c["x1"] <= x1 and c["top"] < bottom - SNAP_POINTS
               and c["bottom"] > bottom + SNAP_POINTS for c in chars)


def _middle_in(c: Obj, box: Bbox) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _first_row(table: ZebraTable, band: tuple[float, float], chars: list[Obj]) -> bool:
    """Whether the guessed row above the table's first band is a row of the table: a row of
    figures (``_carried_row``) under more of the table."""
    top, bottom = band
    if not _carried_row(table, _a_row(table, band, chars)):
        return False
    # the table goes on above the guess (a section's row shaded in its name's cell only); at
    # a page's head, with nothing of it above, the rows carried from the page before may be
    # several or taller than a band (a cell wrapped over lines), and ``unruled`` places them
    # by the columns' text starts instead
    reach = top - (bottom - top)
    return any(reach <= (c["top"] + c["bottom"]) / 2 < top
               and table.edges[0] <= c["x0"] <= table.edges[-1] for c in chars)


def _carried_row(table: ZebraTable, glyphs: list[Obj]) -> bool:
    """Whether the glyphs above the table's first band are a row of its body: figures among
    them, in several of its columns (a heading or caption above the table lies in one)."""
    if not any(c["text"].isdigit() for c in glyphs):
        return False
    edges = table.edges
    columns = {next((n for n in range(len(edges) - 1) if c["x0"] < edges[n + 1]), None)
               for c in glyphs}
    return len(columns) >= MIN_CARRIED_COLUMNS


def _in_band(table: ZebraTable, band: tuple[float, float], chars: list[Obj]) -> list[Obj]:
    """The glyphs whose middle lies in ``band`` (top, bottom) and that start inside the
    table's columns."""
    top, bottom = band
    return [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 < bottom
            and table.edges[0] <= c["x0"] <= table.edges[-1]]


def _a_row(table: ZebraTable, band: tuple[float, float], chars: list[Obj]) -> list[Obj]:
    """The glyphs in the guessed row ``band`` of the table, where they could be a row's:
    some, and none of one word either side of a column's edge; [] otherwise."""
    glyphs = _in_band(table, band, chars)
    return glyphs if glyphs and not _across_edges(glyphs, table.edges[1:-1]) else []


def text_starts(table: Any, chars: list[list[list[Obj] | None]]) -> list[float] | None:
    """Where each column's text starts (its cells' leftmost glyph, else its left edge), for a
    zebra table: a table running on to the next page without its header may print the rows at
    that page's head unshaded, above its first shaded piece, where only these starts place
    them (``unruled``). None for any other table (its rules box every row)."""
    if not isinstance(table, ZebraTable):
        return None
    lefts = table.edges[:-1]
    found: dict[int, float] = {}
    for row, row_chars in zip(table.rows, chars, strict=True):
        for bbox, mine in zip(row.cells, row_chars, strict=True):
            if bbox is None or not mine:
                continue
            n = min(range(len(lefts)), key=lambda i: abs(lefts[i] - bbox[0]))
            first = min(c["x0"] for c in mine)
            found[n] = min(found.get(n, first), first)
    return [found.get(n, left) for n, left in enumerate(lefts)]


def _across_edges(chars: list[Obj], edges: list[float]) -> bool:
    """Whether two glyphs of one word (next to each other on a line) lie either side of a
    column's edge. ``chars`` in any order: they are read in lines (``_lines``)."""
    for line in _lines(chars):
        for a, b in pairwise(line):
            if b["x0"] - a["x1"] > WORD_GAP * a["size"]:
                continue
            if any(a["x0"] < edge < b["x1"] for edge in edges):
                return True
    return False

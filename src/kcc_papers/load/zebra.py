"""Zebra tables: tables printed with no rules at all, every other body row shaded (and the
header row filled dark), as report writers' "banded rows" table styles print them.

pdfplumber finds tables from the edges of rules and filled rectangles, so such a table comes
out as pieces: the shaded rows only, each run of them a "table" of its own, the unshaded rows
between them in none. Here the pieces of one zebra table (filled only, no stroked rule, one
above the next with about a row's gap between, ending at the same right edge) are made one
table again: its columns are the shaded cells' edges, and the gaps between the shaded rows,
and one row's height below the last, are its unshaded rows. A cell filled across several rows
(a merged group cell, shaded with its first row) stays one cell. A single piece is a zebra
table too when a band inside it is unshaded (below a merged cell that its fill reaches down
across). It is one only with two rows shaded across it and few columns: a grid of coloured
squares (a chart, a heat map) is none. A table shaded in its filled cells only, its pieces
ending at other edges, is joined by ``zebra_columns``."""

from __future__ import annotations

from itertools import pairwise
from statistics import median
from typing import Any

from pdfplumber.table import Table

from kcc_papers.load import zebra_columns, zebra_headers

# (the edge snap, the pieces' gap and the box test are the join's, defined once beside it)
from kcc_papers.load.zebra_columns import MAX_GAP_ROWS as MAX_GAP_ROWS
from kcc_papers.load.zebra_columns import SNAP_POINTS as SNAP_POINTS
from kcc_papers.load.zebra_columns import Bbox as Bbox
from kcc_papers.load.zebra_columns import Obj as Obj
from kcc_papers.load.zebra_columns import _inside as _inside

# A zebra table has at most this many columns (a grid of many small coloured squares, a
# chart's or a heat map's, is none), and at least this many rows shaded across (the header
# and one body row), a band shaded over this share of the table's width.
MAX_COLUMNS = 20
MIN_SHADED_ROWS = 2
ACROSS_SHARE = 0.95
# A shaded row is a section's name row (shaded in its first cells only) when it leaves more
# than this share of its columns unshaded: a shaded row with one hole at its right (a cell
# merged down into it from the row above, in the last column) is none.
SECTION_HOLES_SHARE = 0.5
# A rule is a filled rectangle this thin, or a stroked path: a table with one is ruled.
RULE_POINTS = 2.0


def joined(page: Any, found: list[Any]) -> list[Any]:
    """``found``, with the pieces of each zebra table made one table."""
    if not found:
        return found
    fills = _fills(page)
    rules = [*page.lines, *(r for r in page.rects if r.get("stroke")
                             or min(r["x1"] - r["x0"], r["bottom"] - r["top"]) <= RULE_POINTS)]
    out: list[Any] = []
    chain: list[Any] = []
    partial = False  # the chain's pieces shaded in their filled cells only (zebra_columns)
    for table in sorted(found, key=lambda t: t.bbox[1]):
        # (a ruled table a row or two below a zebra table is a table of its own: chained to
        # it, its rules would leave the zebra table's pieces unjoined, ``_one``)
        # (a band filled as the header, cut at other columns, opens the next table: see
        # zebra_headers; a table filled all white is not a band of a shaded one)
        if (chain and not _ruled(table, rules) and not _ruled(chain[-1], rules)
                and not zebra_headers.opens_table(chain, table, fills)
                and not (_white(table, fills) and not _white(chain[-1], fills))):
            if _continues(chain[-1], table, fills) or _reached(chain, table, fills):
                chain.append(table)
                continue
            if zebra_columns.fits(chain, table, fills):
                chain.append(table)
                partial = True
                continue
        out.extend(_one(page, chain, fills, rules, partial))
        chain, partial = [table], False
    out.extend(_one(page, chain, fills, rules, partial))
    return out


# A fill this light is the page's white: no shade.
WHITE_LIGHTNESS = 0.99


def _white(table: Any, fills: list[Obj]) -> bool:
    """Whether the piece's fills are all white (a word processor's table, its cells filled
    with the page's colour): no band of a zebra table, whose bands are shaded, and so no piece
    of a shaded table above it (the next table a caption's line below, ``joined``)."""
    own = [_lightness(r.get("non_stroking_color")) for r in fills if _inside(r, table.bbox)]
    return bool(own) and all(v is not None and v >= WHITE_LIGHTNESS for v in own)


def _continues(above: Any, below: Any, fills: list[Obj]) -> bool:
    """Whether ``below`` is the next piece of the zebra table ``above`` is a piece of."""
    gap = below.bbox[1] - above.bbox[3]
    row = _row_height(above, below, fills)
    if gap <= 0 or abs(below.bbox[2] - above.bbox[2]) > SNAP_POINTS:
        return False
    # a shaded row filled in some of its cells only (a section's name in its first column)
    # is no piece of its own, but still the table's: the unshaded stretches either side of it
    # are what must be a few rows high
    between = (above.bbox[0], above.bbox[3], above.bbox[2], below.bbox[1])
    tops = sorted((r["top"], r["bottom"]) for r in fills if _inside(r, between))
    edge, longest = above.bbox[3], 0.0
    for top, bottom in [*tops, (below.bbox[1], below.bbox[1])]:
        longest, edge = max(longest, top - edge), max(edge, bottom)
    return longest <= MAX_GAP_ROWS * row


def _row_height(above: Any, below: Any, fills: list[Obj]) -> float:
    """A row's height by the rows either side of the gap between two pieces: the tallest
    above, or the band just below it where it is shaded as the last above is (an unshaded
    item wrapped to three lines under one-line shaded rows, between them and a body band
    wrapped as far). The next table's header, filled another colour and often wrapped
    taller, tells no row of this one: the caption between two tables is no row."""
    # (a table's box is computed from its cells on each look-up: once each here)
    above_box, below_box = above.bbox, below.bbox
    inside = sorted((r for r in fills if _inside(r, above_box)), key=lambda r: r["top"])
    shade = inside[-1].get("non_stroking_color") if inside else None
    # (a piece of one band filled darker than the band below is a header printed again over
    # the table carried on from the page before: its band is no body row's, and the band
    # below, shaded as the body is, tells the row's height; a body band over the next
    # table's dark header is not one)
    header_only = len({round(r["top"]) for r in inside}) == 1
    first = [r for r in fills if _inside(r, below_box)
             and abs(r["top"] - below_box[1]) <= SNAP_POINTS
             and (r.get("non_stroking_color") == shade
                  or (header_only and _darker(shade, r.get("non_stroking_color"))))]
    return max((r["bottom"] - r["top"] for r in [*inside, *first]), default=0.0)


# A CMYK colour's parts (grey has one, RGB three).
CMYK_PARTS = 4


def _lightness(colour: Any) -> float | None:
    """A fill colour's lightness, 0 (black) to 1 (white): grey, RGB or CMYK as pdfplumber
    gives them; None for a pattern or no colour."""
    if not isinstance(colour, (tuple, list)) or not all(
            isinstance(v, (int, float)) for v in colour):
        return None
    if len(colour) in (1, 3):
        return float(sum(colour)) / len(colour)
    if len(colour) == CMYK_PARTS:
        return (1 - float(colour[3])) * (1 - float(sum(colour[:3])) / 3)
    return None


def _darker(colour: Any, than: Any) -> bool:
    """Whether fill ``colour`` is darker than fill ``than`` (both known)."""
    a, b = _lightness(colour), _lightness(than)
    return a is not None and b is not None and a < b


def _reached(chain: list[Any], piece: Any, fills: list[Obj]) -> bool:
    """Whether ``piece`` lies in the rows shaded short of the table's right edge that its box
    reaches down over (``_section_rows_below``): a row of the table (its last, shaded but for
    a blank cell at its right, is a piece of its own too), not a table of its own."""
    # (cheap first: such a piece starts at the table's left edge, below its last piece)
    if (abs(piece.bbox[0] - chain[-1].bbox[0]) > SNAP_POINTS
            or piece.bbox[1] < chain[-1].bbox[3]):
        return False
    box = _section_rows_below((min(t.bbox[0] for t in chain), chain[0].bbox[1],
                               max(t.bbox[2] for t in chain), chain[-1].bbox[3]), fills)
    return box[3] > chain[-1].bbox[3] and _inside({"x0": piece.bbox[0], "top": piece.bbox[1],
                                                   "x1": piece.bbox[2],
                                                   "bottom": piece.bbox[3]}, box)


def _one(page: Any, chain: list[Any], fills: list[Obj], rules: list[Obj],
         partial: bool = False) -> list[Any]:
    """The chain's pieces as one table, or as they are when it is no zebra table: one with a
    rule, or a single piece shading every row it spans. ``partial``: its pieces are shaded in
    their filled cells only, a band shaded across reaching the table's right edge from a
    cell's left edge (``zebra_columns``)."""
    if not chain:
        return chain
    box = _section_rows_below((min(t.bbox[0] for t in chain), chain[0].bbox[1],
                               max(t.bbox[2] for t in chain), chain[-1].bbox[3]), fills)
    if any(_touches(r, box) for r in rules):
        return chain
    shaded = [r for r in fills if _inside(r, box)]
    xs = _snapped(sorted({v for r in shaded for v in (r["x0"], r["x1"])}))
    if len(xs) - 1 > MAX_COLUMNS:
        return chain
    ys = _snapped(sorted({v for r in shaded for v in (r["top"], r["bottom"])}))
    across = [_across(shaded, top, bottom, box)
              or (partial and zebra_columns.reaches_right(shaded, top, bottom, box))
              for top, bottom in pairwise(ys)]
    # the unshaded rows' heights (a piece may hold one, below a cell merged down across it)
    gaps = [bottom - top for (top, bottom), full in zip(pairwise(ys), across, strict=True)
            if not full]
    if sum(across) < MIN_SHADED_ROWS:
        return chain
    if not gaps:
        # a piece shaded in every row, the header and one body row shaded: a zebra table's
        # top whose next row, unshaded, is the last before the page breaks. Its height is
        # unknown (it may wrap to more lines than the shaded one): the guess reaches as far
        # as pieces are joined over, and keeps only a row of figures in unbroken lines
        # (``trimmed``)
        guess = (ys[-1], ys[-1] + MAX_GAP_ROWS * (ys[-1] - ys[-2]))
        cells, _ = _cells(shaded, xs, ys, guess)
        return [ZebraTable(page, cells, xs, guess, None, strict=True)]
    row = median(gaps)
    last = (ys[-1], ys[-1] + row)
    # the table carried on from the page before, its header not printed again, may start
    # with an unshaded row: one row's height above the first band is a guess too
    # (unshaded: where a fill lies there, the table's header or another table is above)
    first: tuple[float, float] | None = (ys[0] - row, ys[0])
    if any(r["bottom"] > ys[0] - row + SNAP_POINTS and r["top"] < ys[0] - SNAP_POINTS
           and r["x1"] > box[0] and r["x0"] < box[2] for r in fills):
        first = None
    cells, bands = _cells(shaded, xs, ys, last)
    merged = [(cells[i], tops) for i, tops in bands.items()]
    if first is not None:
        cells += [(x0, first[0], x1, first[1]) for x0, x1 in pairwise(xs)]
    return [ZebraTable(page, cells, xs, last, first, merged)]


def _section_rows_below(box: Bbox, fills: list[Obj]) -> Bbox:
    """The table's box, reaching down over the rows shaded in their first cells only (a
    section's name, shaded as the band it falls on) that follow its last piece a row or two
    below: no piece of their own, they are the table's still, as the rows between them."""
    row = max((r["bottom"] - r["top"] for r in fills if _inside(r, box)), default=0.0)
    below = sorted((r for r in fills if abs(r["x0"] - box[0]) <= SNAP_POINTS
                    and r["x1"] < box[2] - SNAP_POINTS and r["top"] > box[3]),
                   key=lambda r: r["top"])
    x0, top, x1, bottom = box
    for r in below:
        if (r["top"] - bottom > MAX_GAP_ROWS * row or r["bottom"] - r["top"] > row
                or _across(fills, r["top"], r["bottom"], box)):
            break  # past the table, or a band shaded across: a table (or piece) of its own
        bottom = r["bottom"]
    return x0, top, x1, bottom


# A cell merged down from an unshaded row (``_cells``): its box, and the tops of the bands
# below its own that it reaches over.
Merged = tuple[Bbox, list[float]]


class ZebraTable(Table):
    """A zebra table made one again, its rows below the last shaded band and above the first
    still guesses (``trimmed``): ``edges``, its columns' edges; ``last`` and ``first``, those
    rows' tops and bottoms; ``merged``, its cells read as merged down from an unshaded row,
    still guesses too (``_unmerged``); ``strict``: its last row is kept only as a row of
    figures (a table shaded in every row so far, where no unshaded row shows its pattern)."""

    def __init__(self, page: Any, cells: list[Bbox], columns: list[float],
                 last: tuple[float, float], first: tuple[float, float] | None,
                 merged: list[Merged] | None = None, strict: bool = False):
        super().__init__(page, cells)
        self.edges = columns
        self.last = last
        self.first = first
        self.merged = merged or []
        self.strict = strict












def _fills(page: Any) -> list[Obj]:
    """The page's filled rectangles that shade (rules aside: stroked, or thin)."""
    return [r for r in page.rects if r.get("fill") and not r.get("stroke")
            and min(r["x1"] - r["x0"], r["bottom"] - r["top"]) > RULE_POINTS]
























def _cells(shaded: list[Obj], xs: list[float], ys: list[float],
           last: tuple[float, float]) -> tuple[list[Bbox], dict[int, list[float]]]:
    """The shaded cells, a cell for each column of each band no fill covers, and the row
    below the last shaded one (``last``: its top and bottom); and the cells merged down from
    an unshaded row, by their index, with the tops of the bands below that they reach over."""
    # pdfplumber makes a row of the cells of one top: each edge is put on the grid's
    cells: list[Bbox] = [(_on(xs, r["x0"]), _on(ys, r["top"]), _on(xs, r["x1"]),
                          _on(ys, r["bottom"])) for r in shaded]
    columns = list(pairwise(xs))
    above: dict[int, int] = {}  # each column's unshaded cell in the band above: its index
    merged: dict[int, int] = {}  # the cells so merged down into the band above
    bands: dict[int, list[float]] = {}  # each merged cell's bands below its own: their tops
    for top, bottom in pairwise(ys):
        middle = (top + bottom) / 2
        holes = [n for n, (x0, x1) in enumerate(columns)
                 if not any(_at(r, (x0 + x1) / 2, middle) for r in shaded)]
        # a shaded row's own fills start at its top; a band only reached into by fills from
        # above is the lower line of the row above, its merged cells' (see below) as well
        shaded_band = any(abs(r["top"] - top) <= SNAP_POINTS for r in shaded)
        reached = not shaded_band and any(_at(r, r["x0"], middle) for r in shaded)
        here: dict[int, int] = {}
        down: dict[int, int] = {}
        # a row whose shading stops short of the table's right edge, most of it unshaded (a
        # section's name shaded in its first column), is shaded no further: the holes past
        # its fills merge nothing
        shaded_to = max((n for n in range(len(columns)) if n not in holes), default=-1)
        if len(holes) <= SECTION_HOLES_SHARE * len(columns):
            shaded_to = len(columns)
        for n in holes:
            x0, x1 = columns[n]
            into = (above.get(n) if shaded_band and n < shaded_to
                    else merged.get(n) if reached else None)
            if into is not None:
                # a hole in a shaded row under an unshaded cell: a cell merged down from an
                # unshaded row, its white fill laid over the shaded one below
                cells[into] = (x0, cells[into][1], x1, bottom)
                bands.setdefault(into, []).append(top)
                down[n] = into
                continue
            here[n] = len(cells)
            cells.append((x0, top, x1, bottom))
        above = {} if shaded_band else here
        merged = down
    cells.extend((x0, last[0], x1, last[1]) for x0, x1 in columns)
    return cells, bands


def _snapped(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > SNAP_POINTS:
            out.append(v)
    return out


def _on(grid: list[float], v: float) -> float:
    return min(grid, key=lambda g: abs(g - v))


def _across(shaded: list[Obj], top: float, bottom: float, box: Bbox) -> bool:
    """Whether the band is shaded across the table: a shaded row (the header, every other
    body row), not one a merged cell's fill reaches into, or a grid of coloured squares."""
    width: float = sum(r["x1"] - r["x0"] for r in shaded
                if r["top"] <= top + SNAP_POINTS and r["bottom"] >= bottom - SNAP_POINTS)
    return width >= ACROSS_SHARE * (box[2] - box[0])


def _at(r: Obj, x: float, y: float) -> bool:
    return bool(r["x0"] <= x <= r["x1"] and r["top"] <= y <= r["bottom"])


def _ruled(table: Any, rules: list[Obj]) -> bool:
    """Whether a rule touches the table's box: a ruled table, no zebra table's piece."""
    box = table.bbox
    return any(_touches(r, box) for r in rules)


def _touches(r: Obj, box: Bbox) -> bool:
    return bool(r["x0"] <= box[2] and r["x1"] >= box[0]
                and r["top"] <= box[3] and r["bottom"] >= box[1])

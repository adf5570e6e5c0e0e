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
squares (a chart, a heat map) is none."""

from __future__ import annotations

from itertools import pairwise
from statistics import median
from typing import Any

from pdfplumber.table import Table

Obj = dict[str, Any]
Bbox = tuple[float, float, float, float]

# Edges within this many points are one edge.
SNAP_POINTS = 1.0
# The pieces of one zebra table are at most this many of their own rows apart (the unshaded
# row between two shaded ones may wrap to more lines than either).
MAX_GAP_ROWS = 2.5
# A zebra table has at most this many columns (a grid of many small coloured squares, a
# chart's or a heat map's, is none), and at least this many rows shaded across (the header
# and one body row), a band shaded over this share of the table's width.
MAX_COLUMNS = 20
MIN_SHADED_ROWS = 2
ACROSS_SHARE = 0.95
# Two glyphs closer than this share of the type size are of one word (a space is ~0.25).
WORD_GAP = 0.15
# A rule is a filled rectangle this thin, or a stroked path: a table with one is ruled.
RULE_POINTS = 2.0


def joined(page: Any, found: list[Any]) -> list[Any]:
    """``found``, with the pieces of each zebra table made one table."""
    if not found:
        return found
    fills = [r for r in page.rects if r.get("fill") and not r.get("stroke")
             and min(r["x1"] - r["x0"], r["bottom"] - r["top"]) > RULE_POINTS]
    rules = [*page.lines, *(r for r in page.rects if r.get("stroke")
                             or min(r["x1"] - r["x0"], r["bottom"] - r["top"]) <= RULE_POINTS)]
    out: list[Any] = []
    chain: list[Any] = []
    for table in sorted(found, key=lambda t: t.bbox[1]):
        if chain and _continues(chain[-1], table, fills):
            chain.append(table)
            continue
        out.extend(_one(page, chain, fills, rules))
        chain = [table]
    out.extend(_one(page, chain, fills, rules))
    return out


def _continues(above: Any, below: Any, fills: list[Obj]) -> bool:
    """Whether ``below`` is the next piece of the zebra table ``above`` is a piece of."""
    gap = below.bbox[1] - above.bbox[3]
    row = max((r["bottom"] - r["top"] for r in fills if _inside(r, above.bbox)), default=0.0)
    return bool(0 < gap <= MAX_GAP_ROWS * row
            and abs(below.bbox[2] - above.bbox[2]) <= SNAP_POINTS)


def _one(page: Any, chain: list[Any], fills: list[Obj], rules: list[Obj]) -> list[Any]:
    """The chain's pieces as one table, or as they are when it is no zebra table: one with a
    rule, or a single piece shading every row it spans."""
    if not chain:
        return chain
    box = (min(t.bbox[0] for t in chain), chain[0].bbox[1],
           max(t.bbox[2] for t in chain), chain[-1].bbox[3])
    if any(_touches(r, box) for r in rules):
        return chain
    shaded = [r for r in fills if _inside(r, box)]
    xs = _snapped(sorted({v for r in shaded for v in (r["x0"], r["x1"])}))
    if len(xs) - 1 > MAX_COLUMNS:
        return chain
    ys = _snapped(sorted({v for r in shaded for v in (r["top"], r["bottom"])}))
    across = [_across(shaded, top, bottom, box) for top, bottom in pairwise(ys)]
    # the unshaded rows' heights (a piece may hold one, below a cell merged down across it)
    gaps = [bottom - top for (top, bottom), full in zip(pairwise(ys), across, strict=True)
            if not full]
    if not gaps or sum(across) < MIN_SHADED_ROWS:
        return chain
    last = (ys[-1], ys[-1] + median(gaps))
    return [ZebraTable(page, _cells(shaded, xs, ys, last), xs, last)]


class ZebraTable(Table):
    """A zebra table made one again, its row below the last shaded one still a guess
    (``trimmed``): ``edges``, its columns' edges; ``last``, that row's top and bottom."""

    def __init__(self, page: Any, cells: list[Bbox], columns: list[float],
                 last: tuple[float, float]):
        super().__init__(page, cells)
        self.edges = columns
        self.last = last


def trimmed(table: Any, chars: list[Obj]) -> Any:
    """The zebra table without its guessed last row when that row is no row: it holds no
    text, or text that runs across a column's edge (the paragraph after the table, whose
    words are no cells')."""
    if not isinstance(table, ZebraTable):
        return table
    top, bottom = table.last
    band = sorted((c for c in chars if top <= (c["top"] + c["bottom"]) / 2 < bottom
                   and table.edges[0] <= c["x0"] <= table.edges[-1]),
                  key=lambda c: (round(c["top"]), c["x0"]))
    if band and not _across_edges(band, table.edges[1:-1]):
        return table
    # still a zebra table: its columns carry on to the next page (``text_starts``)
    return ZebraTable(table.page, [c for c in table.cells if c[1] < top], table.edges,
                      table.last)


def text_starts(table: Any, chars: list[list[list[Obj] | None]]) -> list[float] | None:
    """Where each column's text starts (its cells' leftmost glyph, else its left edge), for a
    zebra table: a table running on to the next page without its header may print the rows at
    that page's head unshaded, above its first shaded piece, where only these starts place
    them (``unruled``). None for any other table (its rules box every row)."""
    if not isinstance(table, ZebraTable):
        return None
    lefts = table.edges[:-1]
    starts = list(lefts)
    for row, row_chars in zip(table.rows, chars, strict=True):
        for bbox, mine in zip(row.cells, row_chars, strict=True):
            if bbox is None or not mine:
                continue
            n = min(range(len(lefts)), key=lambda i: abs(lefts[i] - bbox[0]))
            first = min(c["x0"] for c in mine)
            if starts[n] == lefts[n] or first < starts[n]:
                starts[n] = first
    return starts


def _across_edges(chars: list[Obj], edges: list[float]) -> bool:
    """Whether two glyphs of one word (next to each other on a line) lie either side of a
    column's edge."""
    for a, b in pairwise(chars):
        if abs(a["top"] - b["top"]) > SNAP_POINTS or b["x0"] - a["x1"] > WORD_GAP * a["size"]:
            continue
        if any(a["x0"] < edge < b["x1"] for edge in edges):
            return True
    return False


def _cells(shaded: list[Obj], xs: list[float], ys: list[float],
           last: tuple[float, float]) -> list[Bbox]:
    """The shaded cells, a cell for each column of each band no fill covers, and the row
    below the last shaded one (``last``: its top and bottom)."""
    # pdfplumber makes a row of the cells of one top: each edge is put on the grid's
    cells: list[Bbox] = [(_on(xs, r["x0"]), _on(ys, r["top"]), _on(xs, r["x1"]),
                          _on(ys, r["bottom"])) for r in shaded]
    columns = list(pairwise(xs))
    above: dict[int, int] = {}  # each column's unshaded cell in the band above: its index
    merged: dict[int, int] = {}  # the cells so merged down into the band above
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
        for n in holes:
            x0, x1 = columns[n]
            into = above.get(n) if shaded_band else merged.get(n) if reached else None
            if into is not None:
                # a hole in a shaded row under an unshaded cell: a cell merged down from an
                # unshaded row, its white fill laid over the shaded one below
                cells[into] = (x0, cells[into][1], x1, bottom)
                down[n] = into
                continue
            here[n] = len(cells)
            cells.append((x0, top, x1, bottom))
        above = {} if shaded_band else here
        merged = down
    cells.extend((x0, last[0], x1, last[1]) for x0, x1 in columns)
    return cells


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


def _inside(r: Obj, box: Bbox) -> bool:
    return bool(r["x0"] >= box[0] - SNAP_POINTS and r["x1"] <= box[2] + SNAP_POINTS
            and r["top"] >= box[1] - SNAP_POINTS and r["bottom"] <= box[3] + SNAP_POINTS)


def _touches(r: Obj, box: Bbox) -> bool:
    return bool(r["x0"] <= box[2] and r["x1"] >= box[0]
                and r["top"] <= box[3] and r["bottom"] >= box[1])

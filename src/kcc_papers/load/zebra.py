"""Zebra tables: a word processor's banded-row table with its borders off ("every other row
light grey", Word's banded styles). Only the shaded rows draw boxes, so the table finder, which
builds cells from the page's rules and the edges of filled rectangles, finds each shaded row (or
a run of them) as a table of its own and loses the plain rows between them. The bands of one
table are put together again here, the plain rows between them given the bands' columns, as a
ruled table's would be."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]

# How far a cell's box may stand outside the filled rectangle it is drawn from (rounding), and
# how close two edges are to be one.
TOLERANCE = 1.0
# A gap wider than this between two shaded cells, one above the other, holds a plain row: a
# ruled table's rows share their rules, and a rule is thinner.
BAND_GAP_MIN = 2.0
# ... and no wider than this many times the shaded cell's height: a plain row (its text may
# wrap to a few lines), not the page's prose between two tables.
BAND_GAP_ROWS = 4.0


@dataclass
class _Row:
    bbox: Box
    cells: list[Box | None]


@dataclass
class _Grid:
    """A table as the table finder gives one: rows of cell boxes, None where a merged cell
    above or to the left covers the place."""

    bbox: Box
    rows: list[_Row]


def with_plain_rows(rects: list[dict[str, Any]], found: list[Any]) -> list[Any]:
    """The tables found, with each zebra table's bands (stacked tables whose cells all lie
    inside filled rectangles, with a plain row's gap under a shaded cell) made one table again,
    its plain rows in their places."""
    fills = [_box(r) for r in rects if r.get("fill") and not r.get("stroke")]
    if not fills:
        return found
    drawn = {_key(f) for f in fills}
    banded = [t for t in found if _filled_only(t, fills, drawn)]
    if not banded:
        return found
    out = [t for t in found if all(t is not b for b in banded)]
    for group in _stacked(banded):
        cells = [c for t in group for row in t.rows for c in row.cells if c is not None]
        if _gapped(cells):
            out.append(_grid(cells))
        else:
            out.extend(group)
    return sorted(out, key=lambda t: t.bbox[1])


def _box(rect: dict[str, Any]) -> Box:
    return (rect["x0"], rect["top"], rect["x1"], rect["bottom"])


def _inside(cell: Box, fill: Box) -> bool:
    return (cell[0] >= fill[0] - TOLERANCE and cell[1] >= fill[1] - TOLERANCE
            and cell[2] <= fill[2] + TOLERANCE and cell[3] <= fill[3] + TOLERANCE)


def _filled_only(table: Any, fills: list[Box], drawn: set[Box]) -> bool:
    """Whether every cell lies inside a filled rectangle: most are one (``drawn``, a set to
    look up, as a table of RAG fills has hundreds), a merged or a row's fill holds several."""
    cells = [c for row in table.rows for c in row.cells if c is not None]
    return bool(cells) and all(_key(c) in drawn or any(_inside(c, f) for f in fills)
                               for c in cells)


def _key(box: Box) -> Box:
    x0, top, x1, bottom = box
    return (round(x0), round(top), round(x1), round(bottom))


def _stacked(tables: list[Any]) -> list[list[Any]]:
    """The band tables in groups, one a table: each under the last with the same left and right
    edges and no more than a plain row's gap between."""
    groups: list[list[Any]] = []
    for table in sorted(tables, key=lambda t: t.bbox[1]):
        if groups:
            last = groups[-1][-1]
            height = min(r.bbox[3] - r.bbox[1] for r in last.rows)
            if (abs(table.bbox[0] - last.bbox[0]) <= TOLERANCE
                    and abs(table.bbox[2] - last.bbox[2]) <= TOLERANCE
                    and table.bbox[1] - last.bbox[3] <= BAND_GAP_ROWS * height):
                groups[-1].append(table)
                continue
        groups.append([table])
    return groups


def _gapped(cells: list[Box]) -> bool:
    """Whether some shaded cell has a plain cell's gap under it before the next shaded cell of
    its column (the next band down, or a merged cell's rest beside a plain row)."""
    for cell in cells:
        below = [c[1] for c in cells
                 if c[1] >= cell[3] - TOLERANCE and min(c[2], cell[2]) > max(c[0], cell[0])]
        if not below:
            continue
        gap = min(below) - cell[3]
        if BAND_GAP_MIN < gap <= BAND_GAP_ROWS * (cell[3] - cell[1]):
            return True
    return False


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOLERANCE:
            out.append(v)
    return out


def _grid(cells: list[Box]) -> _Grid:
    """The table the shaded cells belong to: a row between every two horizontal edges, a
    column between every two vertical ones; a shaded cell stands in the row and column where it
    starts (None where it spans on), a plain cell fills each place no shaded one covers."""
    xs = _edges([v for c in cells for v in (c[0], c[2])])
    ys = _edges([v for c in cells for v in (c[1], c[3])])
    rows = []
    for top, bottom in itertools.pairwise(ys):
        row: list[Box | None] = []
        for x0, x1 in itertools.pairwise(xs):
            place = (x0, top, x1, bottom)
            cover = next((c for c in cells if _inside(place, c)), None)
            if cover is None:
                row.append(place)
            elif abs(cover[0] - x0) <= TOLERANCE and abs(cover[1] - top) <= TOLERANCE:
                row.append(cover)
            else:
                row.append(None)
        # (a merged cell's row reaches as far down as it: its text is centred over its rows)
        deepest = max([c[3] for c in row if c is not None], default=bottom)
        rows.append(_Row((xs[0], top, xs[-1], deepest), row))
    return _Grid((xs[0], ys[0], xs[-1], ys[-1]), rows)

"""Zebra tables shaded in their filled cells only: a row's blank cells left white (Word shades
a cell only where it has a fill; exported tables often shade only the cells with text). An
item over three rows (its name, its result, its commentary), its code cell merged down across
them, shades its name and commentary rows only as far as the one cell they fill, its result
row across: pdfplumber gives pieces with other left and right edges, where a zebra table's
pieces otherwise end at one right edge (``zebra._continues``). Such pieces are one table when
each lies within the span of those above, its edges on their columns' edges, a row or two
below the last (``fits``); their bands shaded to the table's right edge are the ones shaded
across (``reaches_right``)."""

from __future__ import annotations

from typing import Any

Obj = dict[str, Any]
Bbox = tuple[float, float, float, float]

# Edges within this many points are one edge.
SNAP_POINTS = 1.0
# The pieces of one zebra table are at most this many of their own rows apart (the unshaded
# row between two shaded ones may wrap to more lines than either).
MAX_GAP_ROWS = 2.5
# A band shaded to the table's right edge from a cell's left edge is shaded across when it
# covers at least this share of the table's width.
MIN_ACROSS_SHARE = 0.5


def fits(chain: list[Any], piece: Any, fills: list[Obj]) -> bool:
    """Whether ``piece`` is the next piece of the zebra table whose pieces so far are
    ``chain``, shaded in its filled cells only: its edges on the columns' edges of the
    pieces above (the table's left edge or a column's start, a column's end or the table's
    right edge), within their span and reaching its left or right edge, a row or two below
    the last of them; the table's widest piece (its header, shaded across) sets the span."""
    last = chain[-1].bbox
    x0, top, x1, _ = piece.bbox
    left, right = min(t.bbox[0] for t in chain), max(t.bbox[2] for t in chain)
    if top <= last[3] or x0 < left - SNAP_POINTS or x1 > right + SNAP_POINTS:
        return False
    # a row shaded in its filled cells runs from the table's left edge or to its right edge
    # (its first cells filled, or its last ones): a piece reaching neither, however its edges
    # fall on the columns above, is another, narrower table under it
    if abs(x0 - left) > SNAP_POINTS and abs(x1 - right) > SNAP_POINTS:
        return False
    # (a piece at the last one's edges is joined or not by ``zebra._continues`` alone)
    if abs(x0 - last[0]) <= SNAP_POINTS and abs(x1 - last[2]) <= SNAP_POINTS:
        return False
    span = (left, chain[0].bbox[1], right, last[3])
    inside = [r for r in fills if _inside(r, span)]
    edges = sorted({v for r in inside for v in (r["x0"], r["x1"])})
    if not (_on(edges, x0) and _on(edges, x1)):
        return False
    # the piece's own columns start on the table's: no other table's grid
    own = [r for r in fills if _inside(r, piece.bbox)]
    if not all(_on(edges, r["x0"]) and _on(edges, r["x1"]) for r in own):
        return False
    row = max((r["bottom"] - r["top"] for r in inside if _one_row(r, inside)), default=0.0)
    return bool(top - last[3] <= MAX_GAP_ROWS * row)


def reaches_right(fills: list[Obj], top: float, bottom: float, box: Bbox) -> bool:
    """Whether the band is shaded across the table as such a table shades it: unbroken from
    a cell's left edge to the table's right edge (its cell merged down from above, at the
    left, unshaded), over at least half the table's width (a name shaded in one cell at the
    right is no row shaded across)."""
    band = sorted((r["x0"], r["x1"]) for r in fills
                  if r["top"] <= top + SNAP_POINTS and r["bottom"] >= bottom - SNAP_POINTS
                  and _inside(r, box))
    if not band or abs(max(x1 for _, x1 in band) - box[2]) > SNAP_POINTS:
        return False
    start, end = band[-1]
    for x0, x1 in reversed(band[:-1]):
        if x1 < start - SNAP_POINTS:
            break
        start = min(start, x0)
    return bool(end - start >= MIN_ACROSS_SHARE * (box[2] - box[0]))


def _one_row(r: Obj, fills: list[Obj]) -> bool:
    """Whether fill ``r`` is one row's (no cell merged down over several: a fill beside it
    starts where it does and ends where it does)."""
    return any(f is not r and abs(f["top"] - r["top"]) <= SNAP_POINTS
               and abs(f["bottom"] - r["bottom"]) <= SNAP_POINTS for f in fills)


def _on(edges: list[float], v: float) -> bool:
    return any(abs(e - v) <= SNAP_POINTS for e in edges)


def _inside(r: Obj, box: Bbox) -> bool:
    return bool(r["x0"] >= box[0] - SNAP_POINTS and r["x1"] <= box[2] + SNAP_POINTS
                and r["top"] >= box[1] - SNAP_POINTS and r["bottom"] <= box[3] + SNAP_POINTS)

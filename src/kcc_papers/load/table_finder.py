"""pdfplumber's ``TableFinder`` with its two quadratic steps done in near-linear time, for the
fast table path (``pdf_fast.FastPage``); the reference path keeps pdfplumber's own.

pdfplumber finds where rules cross by testing every vertical edge against every horizontal one
(sorting the horizontal edges again for each vertical one), and the cells by scanning, for each
crossing, every later crossing and rebuilding sets of edge boxes at each test. On a page of
KPI tables that is most of the finder's time. The same crossings and cells come out here, in
the same order: the horizontal edges are sorted once and only those within reach of a
vertical edge's span are tested, and each crossing's edge boxes are made into sets once.
``tests/test_fast_tables.py`` holds both to pdfplumber's functions on the corpus's pages."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any

from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables
from pdfplumber.utils.clustering import cluster_objects

Obj = dict[str, Any]
Point = tuple[float, float]
Bbox = tuple[float, float, float, float]
Intersections = dict[Point, dict[str, list[Obj]]]

_bbox = itemgetter("x0", "top", "x1", "bottom")
# Widens the bisection of the horizontal edges' tops: the exact test is made on each edge
# found, so a float rounded the other way at the ends of the range cannot lose a crossing.
_SLACK = 1e-6


class FastTableFinder(TableFinder):
    """``TableFinder(page, settings)``, the same tables, faster on many rules."""

    def __init__(self, page: Any, settings: Any = None):
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = ruled_edges(page, self.settings) if _ruled(self.settings) else self.get_edges()
        self.intersections = intersections(
            self.edges,
            self.settings.intersection_x_tolerance,
            self.settings.intersection_y_tolerance,
        )
        self.cells = cells(self.intersections)
        self.tables = [Table(self.page, group) for group in cells_to_tables(self.cells)]


def intersections(edges: list[Obj], x_tolerance: float = 1,
                  y_tolerance: float = 1) -> Intersections:
    """``pdfplumber.table.edges_to_intersections``: the same points, each with the same
    edges in the same order."""
    found: Intersections = {}
    verticals = sorted((e for e in edges if e["orientation"] == "v"),
                       key=itemgetter("x0", "top"))
    horizontals = sorted((e for e in edges if e["orientation"] == "h"),
                         key=itemgetter("top", "x0"))
    tops = [h["top"] for h in horizontals]
    for v in verticals:
        # pdfplumber's test on the tops: v.top <= h.top + tol and v.bottom >= h.top - tol
        lo = bisect_left(tops, v["top"] - y_tolerance - _SLACK)
        hi = bisect_right(tops, v["bottom"] + y_tolerance + _SLACK)
        for h in horizontals[lo:hi]:
            if (
                v["top"] <= h["top"] + y_tolerance
                and v["bottom"] >= h["top"] - y_tolerance
                and v["x0"] >= h["x0"] - x_tolerance
                and v["x0"] <= h["x1"] + x_tolerance
            ):
                vertex = (v["x0"], h["top"])
                if vertex not in found:
                    found[vertex] = {"v": [], "h": []}
                found[vertex]["v"].append(v)
                found[vertex]["h"].append(h)
    return found


def cells(found: Intersections) -> list[Bbox]:
    """``pdfplumber.table.intersections_to_cells``: for each crossing in sorted order, the
    smallest cell it is the top-left corner of, tried in pdfplumber's order (the crossings
    below it nearest first, and for each the crossings to its right nearest first)."""
    v_sets = {p: {_bbox(e) for e in edges["v"]} for p, edges in found.items()}
    h_sets = {p: {_bbox(e) for e in edges["h"]} for p, edges in found.items()}

    def connects(p1: Point, p2: Point) -> bool:
        if p1[0] == p2[0] and not v_sets[p1].isdisjoint(v_sets[p2]):
            return True
        return p1[1] == p2[1] and not h_sets[p1].isdisjoint(h_sets[p2])

    points = sorted(found)
    by_x: dict[float, list[Point]] = {}
    by_y: dict[float, list[Point]] = {}
    for p in points:  # each list in sorted order: by_x by y, by_y by x
        by_x.setdefault(p[0], []).append(p)
        by_y.setdefault(p[1], []).append(p)
    out = []
    for pt in points:
        column, row = by_x[pt[0]], by_y[pt[1]]
        below = column[column.index(pt) + 1 :]
        right = row[row.index(pt) + 1 :]
        cell = _smallest(pt, below, right, found, connects)
        if cell is not None:
            out.append(cell)
    return out


def _smallest(pt: Point, below: list[Point], right: list[Point], found: Intersections,
              connects: Any) -> Bbox | None:
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in found and connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _ruled(settings: Any) -> bool:
    """Settings ``ruled_edges`` follows: rules of both directions, none given explicitly."""
    return bool(settings.vertical_strategy == settings.horizontal_strategy == "lines"
                and not settings.explicit_vertical_lines
                and not settings.explicit_horizontal_lines)


def ruled_edges(page: Any, settings: Any) -> list[Obj]:
    """``TableFinder.get_edges`` for the "lines" strategy: the same edges, in the same order
    and with the same coordinates, but as small dicts of the keys the finder reads. pdfplumber
    copies every rect's dict (a score of keys) into four edges, then again when it snaps each
    edge and when it joins two, which on a page of KPI tables costs more than the finding."""
    base = _edges(page)
    low = settings.edge_min_length_prefilter
    v = [e for e in base if e["orientation"] == "v" and e["height"] >= low]
    h = [e for e in base if e["orientation"] == "h" and e["width"] >= low]
    if settings.snap_x_tolerance > 0 or settings.snap_y_tolerance > 0:
        v = _snapped(v, "x0", "x1", settings.snap_x_tolerance)
        h = _snapped(h, "top", "bottom", settings.snap_y_tolerance)
    merged = []
    for (orientation, _), group in groupby(sorted(v + h, key=_line_of), key=_line_of):
        if orientation == "h":
            merged += _joined(list(group), "x0", "x1", "width", settings.join_x_tolerance)
        else:
            merged += _joined(list(group), "top", "bottom", "height", settings.join_y_tolerance)
    return [e for e in merged
            if e["height" if e["orientation"] == "v" else "width"] >= settings.edge_min_length]


def _edge(x0: float, top: float, x1: float, bottom: float, width: float, height: float,
          orientation: str | None) -> Obj:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "width": width,
            "height": height, "orientation": orientation}


def _edges(page: Any) -> list[Obj]:
    """``page.edges`` (pdfplumber's ``line_to_edge``, ``rect_to_edges``, ``curve_to_edges``
    in its order: lines, rects, curves), only the keys the finder reads."""
    out = [_edge(ln["x0"], ln["top"], ln["x1"], ln["bottom"], ln["width"], ln["height"],
                 "h" if ln["top"] == ln["bottom"] else "v") for ln in page.lines]
    for r in page.rects:
        x0, top, x1, bottom, width, height = _shape(r)
        out.append(_edge(x0, top, x1, top, width, 0, "h"))
        out.append(_edge(x0, top + height, x1, bottom, width, 0, "h"))
        out.append(_edge(x0, top, x0, bottom, 0, height, "v"))
        out.append(_edge(x1, top, x1, bottom, 0, height, "v"))
    for c in page.curves:
        for (ax, ay), (bx, by) in pairwise(c["pts"]):
            orientation = "v" if ax == bx else ("h" if ay == by else None)
            out.append(_edge(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), abs(ax - bx),
                             abs(ay - by), orientation))
    return out


_shape = itemgetter("x0", "top", "x1", "bottom", "width", "height")


def _line_of(edge: Obj) -> tuple[str, float]:
    """pdfplumber's ``merge_edges`` grouping: edges along one line."""
    if edge["orientation"] == "h":
        return ("h", edge["top"])
    return ("v", edge["x0"])


def _snapped(edges: list[Obj], start: str, end: str, tolerance: float) -> list[Obj]:
    """``utils.snap_objects``: each cluster of positions moved to its mean (the same sums, in
    the same order, so the same floats)."""
    out = []
    for cluster in cluster_objects(edges, itemgetter(start), tolerance):
        mean = sum(e[start] for e in cluster) / len(cluster)
        for e in cluster:
            shift = mean - e[start]
            out.append({**e, start: e[start] + shift, end: e[end] + shift})
    return out


def _joined(edges: list[Obj], start: str, end: str, length: str, tolerance: float
            ) -> list[Obj]:
    """``join_edge_group``: edges along one line that touch or overlap made one, as
    ``utils.resize_object`` extends them."""
    edges.sort(key=itemgetter(start))
    joined = [edges[0]]
    for e in edges[1:]:
        last = joined[-1]
        if e[start] <= last[end] + tolerance:
            if e[end] > last[end]:
                grown = dict(last)
                grown[end] = e[end]
                grown[length] = (e[end] - last[start] if length == "width"
                                 else last[length] + (e[end] - last[end]))
                joined[-1] = grown
        else:
            joined.append(e)
    return joined

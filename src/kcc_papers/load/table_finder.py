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
from operator import itemgetter
from typing import Any

from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables

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
        self.edges = self.get_edges()
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

"""Geometry of the report's inline SVG charts: where each cell, point, bar and marker goes.
The templates (``templates/charts.html``) draw them; keeping the arithmetic here lets it be
tested without parsing SVG."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kcc_papers.report.data import GRID, on_grid

# Risk score bands (likelihood x impact), as Kent's registers print them: 1-6 low, 8-15
# medium, 16-25 high.
HIGH_FROM = 16
MEDIUM_FROM = 8

# Heat map: a cell's size, the room for the axis labels, and how many markers a cell lists
# before it says "+N more".
CELL_W, CELL_H = 104, 78
AXIS = 44
MARKER_LINE = 14
MAX_MARKERS_PER_CELL = 4

# Trend sparkline size and inner padding.
SPARK_W, SPARK_H, SPARK_PAD = 132, 36, 5

# Exposure bars: label column, longest bar, bar height and gap.
BAR_LABEL_W, BAR_MAX_W, BAR_H, BAR_GAP = 150, 320, 20, 8


def band(score: int) -> str:
    if score >= HIGH_FROM:
        return "high"
    return "medium" if score >= MEDIUM_FROM else "low"


@dataclass
class Cell:
    likelihood: int
    impact: int
    x: int
    y: int
    markers: list[dict[str, Any]]
    more: int

    @property
    def score(self) -> int:
        return self.likelihood * self.impact

    @property
    def band(self) -> str:
        return band(self.score)


def heatmap(placed: list[dict[str, Any]], targets: list[dict[str, Any]]) -> dict[str, Any]:
    """The 25 cells (impact 5 at the top, likelihood 1 at the left), each listing the risks
    placed in it and, as ghosts, the risks whose target is there; arrows from a risk's cell to
    its target's."""
    content: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for r in placed:
        content.setdefault((r["likelihood"], r["impact"]), []).append(
            {"risk_id": r["risk_id"], "title": r.get("title"), "ghost": False})
    for r in targets:
        content.setdefault((r["target_likelihood"], r["target_impact"]), []).append(
            {"risk_id": r["risk_id"], "title": r.get("title"), "ghost": True})
    cells = []
    for impact in reversed(GRID):
        for likelihood in GRID:
            x, y = cell_origin(likelihood, impact)
            items = content.get((likelihood, impact), [])
            shown = items[:MAX_MARKERS_PER_CELL]
            for n, marker in enumerate(shown):
                marker["y"] = y + MARKER_LINE * (n + 2)
            cells.append(Cell(likelihood, impact, x, y, shown, len(items) - len(shown)))
    arrows = []
    for r in targets:
        here, there = (r["likelihood"], r["impact"]), (r["target_likelihood"], r["target_impact"])
        if on_grid(*here) and here != there:
            arrows.append({"risk_id": r["risk_id"],
                           "from": cell_centre(r["likelihood"], r["impact"]),
                           "to": cell_centre(r["target_likelihood"], r["target_impact"])})
    return {"cells": cells, "arrows": arrows, "width": AXIS + CELL_W * len(GRID) + 8,
            "height": CELL_H * len(GRID) + AXIS, "cell_w": CELL_W, "cell_h": CELL_H,
            "axis": AXIS, "grid_bottom": CELL_H * len(GRID)}


def cell_origin(likelihood: int, impact: int) -> tuple[int, int]:
    return AXIS + (likelihood - 1) * CELL_W, (len(GRID) - impact) * CELL_H


def cell_centre(likelihood: int, impact: int) -> tuple[int, int]:
    x, y = cell_origin(likelihood, impact)
    return x + CELL_W // 2, y + CELL_H // 2


def sparkline(points: list[dict[str, Any]], target: float | None,
              floor: float | None) -> dict[str, Any] | None:
    """A KPI's values over time, with its target (and floor) as lines; None without values."""
    values: list[float] = [p["value"] for p in points if p["value"] is not None]
    if not values:
        return None
    scale = [*values, *(v for v in (target, floor) if v is not None)]
    low, high = min(scale), max(scale)
    span = (high - low) or 1.0
    steps = max(len(values) - 1, 1)

    def y(v: float) -> float:
        return round(SPARK_H - SPARK_PAD - (v - low) / span * (SPARK_H - 2 * SPARK_PAD), 1)

    dots = []
    for n, p in enumerate(p for p in points if p["value"] is not None):
        x = SPARK_PAD + n * (SPARK_W - 2 * SPARK_PAD) / steps if len(values) > 1 else SPARK_W / 2
        dots.append({"x": round(x, 1), "y": y(p["value"]), "rag": p["rag"],
                     "label": f"{p['value_text'] or p['value']} ({(p['rag'] or '-').upper()})"})
    return {"width": SPARK_W, "height": SPARK_H, "dots": dots,
            "line": " ".join(f"{d['x']},{d['y']}" for d in dots),
            "target": y(target) if target is not None else None,
            "floor": y(floor) if floor is not None else None}


def bars(exposure: list[tuple[str, float]]) -> dict[str, Any] | None:
    """Horizontal bars of annual exposure by directorate, longest first."""
    if not exposure:
        return None
    top = max(v for _, v in exposure) or 1.0
    rows = [{"label": name, "value": value, "y": n * (BAR_H + BAR_GAP),
             "width": max(round(value / top * BAR_MAX_W), 1)}
            for n, (name, value) in enumerate(exposure)]
    return {"rows": rows, "label_w": BAR_LABEL_W, "bar_h": BAR_H,
            "width": BAR_LABEL_W + BAR_MAX_W + 90, "height": len(rows) * (BAR_H + BAR_GAP)}

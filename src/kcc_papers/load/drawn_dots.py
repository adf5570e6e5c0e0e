"""RAG dots drawn as shapes in a table printed with no rules: a scorecard's "Status" column
whose cells hold a filled circle and no text. The unruled reader (``unruled``) knows columns
and cells by words, and a symbol font's dot by a word given its colour (``unruled.MARK``); a
drawn dot is given to it the same way, as a word of no text set on the line of the row it
rates, so that its column starts where its heading does and its cell takes its colour."""

from __future__ import annotations

from typing import Any

from kcc_papers.load.cell_marks import MARK_MAX_ASPECT, MARK_MAX_POINTS, coloured
from kcc_papers.load.unruled import LINE_TOLERANCE, MARK

Obj = dict[str, Any]


def drawn_dots(shapes: list[Obj], words: list[Obj], weight: str) -> list[Obj]:
    """A mark word for each filled dot drawn in colour beside a line of words: its middle on
    that line's middle (the row's cells and its dot are set in the middle of the row alike),
    its place its own, its top, size and weight (``weight``: the words' key for it) the
    line's, so that it joins that line. A dot on no line of words (a chart's, a legend's
    apart from its words) is no cell's."""
    from kcc_papers.load.pdf_layout import to_hex

    out: list[Obj] = []
    for shape in shapes:
        colour = to_hex(shape.get("non_stroking_color")) if shape.get("fill") else None
        if not _dot(shape) or not coloured(colour):
            continue
        beside = _line_word(shape, words)
        if beside is not None:
            out.append({"text": "", "x0": shape["x0"], "x1": shape["x1"], "top": beside["top"],
                        "bottom": beside["bottom"], "size": beside["size"],
                        weight: beside.get(weight), MARK: colour})
    return out


def _dot(shape: Obj) -> bool:
    """Whether a shape is a dot: no taller than a line of text, about as wide as tall."""
    w: float = shape["x1"] - shape["x0"]
    h: float = shape["bottom"] - shape["top"]
    return 0 < h <= MARK_MAX_POINTS and 0 < w <= MARK_MAX_ASPECT * h and h <= MARK_MAX_ASPECT * w


def _line_word(shape: Obj, words: list[Obj]) -> Obj | None:
    """The nearest word to the left of the dot whose middle is the dot's, within a line's
    tolerance; else the nearest to its right."""
    middle = (shape["top"] + shape["bottom"]) / 2
    level = [w for w in words
             if abs((w["top"] + w["bottom"]) / 2 - middle) < LINE_TOLERANCE]
    left = [w for w in level if w["x1"] <= shape["x0"]]
    if left:
        return max(left, key=lambda w: w["x1"])
    right = [w for w in level if w["x0"] >= shape["x1"]]
    return min(right, key=lambda w: w["x0"]) if right else None

"""RAG dots drawn as shapes in a table printed with no rules: a scorecard's "Status" column
whose cells hold a filled circle and no text. The unruled reader (``unruled``) knows columns
and cells by words, and a symbol font's dot by a word given its colour (``unruled.MARK``); a
drawn dot is given to it the same way, as a word of no text set on the line of the row it
rates, so that its column starts where its heading does and its cell takes its colour."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from kcc_papers.load.cell_marks import MARK_MAX_ASPECT, MARK_MAX_POINTS, coloured
from kcc_papers.load.unruled import LINE_TOLERANCE, MARK

Obj = dict[str, Any]
ToHex = Callable[[Any], str | None]


def drawn_dots(shapes: list[Obj], words: list[Obj], weight: str) -> list[Obj]:
    """A mark word for each filled dot drawn in colour beside a line of words: its middle on
    that line's middle (the row's cells and its dot are set in the middle of the row alike),
    its place its own, its top, size and weight (``weight``: the words' key for it) the
    line's, so that it joins that line. A dot on no line of words (a chart's, a legend's
    apart from its words) is no cell's."""
    from kcc_papers.load.pdf_layout import to_hex

    dots = [(shape, colour) for shape in shapes
            if _dot(shape) and coloured(colour := _fill(shape, to_hex))]
    if not dots:
        return []
    # the words in order of their middles, so each dot finds its line's words by bisection
    # (a map's or a chart's thousands of small shapes on a page of words, each against every
    # word, took seconds a page)
    by_middle = sorted(words, key=_middle)
    middles = [_middle(w) for w in by_middle]
    out: list[Obj] = []
    for shape, colour in dots:
        beside = _line_word(shape, by_middle, middles)
        if beside is not None:
            out.append({"text": "", "x0": shape["x0"], "x1": shape["x1"], "top": beside["top"],
                        "bottom": beside["bottom"], "size": beside["size"],
                        weight: beside.get(weight), MARK: colour})
    return out


def _fill(shape: Obj, to_hex: ToHex) -> str | None:
    """The colour a shape is filled with, if it is filled."""
    return to_hex(shape.get("non_stroking_color")) if shape.get("fill") else None


def _middle(obj: Obj) -> float:
    return (float(obj["top"]) + float(obj["bottom"])) / 2


def _dot(shape: Obj) -> bool:
    """Whether a shape is a dot: no taller than a line of text, about as wide as tall."""
    w: float = shape["x1"] - shape["x0"]
    h: float = shape["bottom"] - shape["top"]
    return 0 < h <= MARK_MAX_POINTS and 0 < w <= MARK_MAX_ASPECT * h and h <= MARK_MAX_ASPECT * w


def _line_word(shape: Obj, by_middle: list[Obj], middles: list[float]) -> Obj | None:
    """The nearest word to the left of the dot whose middle is the dot's, within a line's
    tolerance; else the nearest to its right (``by_middle``: the words in order of their
    middles, ``middles``)."""
    middle = _middle(shape)
    level = by_middle[bisect_right(middles, middle - LINE_TOLERANCE):
                      bisect_left(middles, middle + LINE_TOLERANCE)]
    left = [w for w in level if w["x1"] <= shape["x0"]]
    if left:
        return max(left, key=lambda w: w["x1"])
    right = [w for w in level if w["x0"] >= shape["x1"]]
    return min(right, key=lambda w: w["x0"]) if right else None

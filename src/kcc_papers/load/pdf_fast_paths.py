"""The fast table path's vector objects (``pdf_fast``): every painted path of a page read from
PDFium, descending into form XObjects, as pdfminer saw it, and split into pdfplumber's rects,
lines and curves by pdfminer's rules. The same walk notes the text objects of no width
(``pdf_fast_chars._lost_blanks``)."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from typing import Any

import pypdfium2.raw as raw

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.pdf_fast_types import Obj, Point

_SHAPE_LINE = {"mlh", "ml"}
_SHAPE_RECT = {"mlllh", "mllll"}


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _paths(page: Any, outer: Matrix, blanks: list[Point] | None = None
           ) -> Iterator[tuple[list[tuple[str, Point]], Obj]]:
    """(pdfminer-style path, paint attributes) for every painted path, in content order,
    descending into form XObjects. With ``blanks``, the (left, bottom) of each text object of
    no width on the page itself (see ``_lost_blanks``) is added to it in the same walk."""
    out = _Outputs()
    for i in range(calls.count_objects(page)):
        obj = calls.page_object(page, i)
        if blanks is not None and calls.object_type(obj) == raw.FPDF_PAGEOBJ_TEXT:
            out.blank(obj, blanks)
            continue
        yield from _object(obj, outer, out)


def _object(obj: Any, outer: Matrix, out: _Outputs
            ) -> Iterator[tuple[list[tuple[str, Point]], Obj]]:
    # bare calls (``pdfium_calls``): a table page has thousands of objects, mostly text
    kind = calls.object_type(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        matrix = _compose(out.matrix(obj), outer)
        for i in range(calls.count_form_objects(obj)):
            yield from _object(calls.form_object(obj, ctypes.c_ulong(i)), matrix, out)
        return
    if kind != raw.FPDF_PAGEOBJ_PATH:
        return
    fillmode, stroke = out.draw_mode(obj)
    if fillmode == 0 and not stroke:
        return
    paint = {
        "fill": fillmode != 0,
        "stroke": bool(stroke),
        "evenodd": fillmode == raw.FPDF_FILLMODE_ALTERNATE,
        "non_stroking_color": out.colour(obj, calls.fill_colour),
        "stroking_color": out.colour(obj, calls.stroke_colour),
        "linewidth": out.stroke_width(obj),
    }
    yield _segments(obj, _compose(out.matrix(obj), outer)), paint


class _Outputs:
    """PDFium's out-parameters for one walk over a page's objects, made once: the calls are
    bare (``pdfium_calls``), so each argument is ``byref`` of a ctypes value."""

    def __init__(self) -> None:
        self.ints = (ctypes.c_int(), ctypes.c_int())
        self.int_refs = tuple(map(ctypes.byref, self.ints))
        self.rgba = tuple(ctypes.c_uint() for _ in range(4))
        self.rgba_refs = tuple(map(ctypes.byref, self.rgba))
        self.floats = tuple(ctypes.c_float() for _ in range(4))
        self.float_refs = tuple(map(ctypes.byref, self.floats))
        self.m = raw.FS_MATRIX()
        self.m_ref = ctypes.byref(self.m)

    def draw_mode(self, obj: Any) -> tuple[int, int]:
        calls.draw_mode(obj, *self.int_refs)
        return self.ints[0].value, self.ints[1].value

    def colour(self, obj: Any, getter: Any) -> tuple[float, float, float] | None:
        if not getter(obj, *self.rgba_refs):
            return None
        r, g, b, _ = self.rgba
        return (r.value / 255, g.value / 255, b.value / 255)

    def stroke_width(self, obj: Any) -> float:
        width = self.floats[0]
        return width.value if calls.stroke_width(obj, self.float_refs[0]) else 1.0

    def matrix(self, obj: Any) -> Matrix:
        if not calls.object_matrix(obj, self.m_ref):
            return _IDENTITY
        m = self.m
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def blank(self, obj: Any, blanks: list[Point]) -> None:
        """Adds the text object's (left, bottom) when it has no width."""
        if not calls.object_bounds(obj, *self.float_refs):
            return
        left, bottom, right, _ = self.floats
        if abs(right.value - left.value) < 1e-4:
            blanks.append((left.value, bottom.value))


def _segments(obj: Any, m: Matrix) -> list[tuple[str, Point]]:
    """The path as pdfminer saw it: 'm', 'l', 'c' (end point only) and 'h' (back to the
    subpath's start). PDFium closes a subpath with a flagged point at its start (adding one
    when the path had not returned there), which is what pdfminer's 'h' means."""
    a, b, c, d, e, f = m
    out: list[tuple[str, Point]] = []
    start: Point = (0.0, 0.0)
    curve = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    # (bound once a path: a table page's paths have thousands of segments)
    path_segment, segment_point = calls.path_segment, calls.segment_point
    segment_type, segment_close = calls.segment_type, calls.segment_close
    moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    for i in range(calls.count_segments(obj)):
        seg = path_segment(obj, i)
        segment_point(seg, x_ref, y_ref)
        xv, yv = x.value, y.value
        pt = (xv * a + yv * c + e, xv * b + yv * d + f)
        kind = segment_type(seg)
        closes = bool(segment_close(seg))
        if kind == moveto:
            start = pt
            out.append(("m", pt))
            continue
        if kind == bezierto:
            curve += 1
            if curve < 3:
                continue  # control points: pdfminer keeps only a curve's end point
            curve = 0
            out.append(("c", pt))
            if closes:
                out.append(("h", start))
            continue
        if closes and pt == start:
            out.append(("h", start))
        else:
            out.append(("l", pt))
            if closes:
                out.append(("h", start))
    return out


def _classify(path: list[tuple[str, Point]], paint: Obj) -> Iterator[tuple[str, Obj]]:
    """pdfminer's ``PDFLayoutAnalyzer.paint_path``: one object per subpath; two points make
    a line, an axis-aligned closed four-sided one a rect, anything else a curve."""
    shape = "".join(op for op, _ in path)
    for m in re.finditer(r"m[^m]+", shape):
        sub = path[m.start() : m.end()]
        sub_shape = shape[m.start() : m.end()]
        pts = [pt for _, pt in sub]
        if len(sub_shape) > 3 and sub_shape[-2:] == "lh" and pts[-2] == pts[0]:
            sub_shape = sub_shape[:-2] + "h"
            pts.pop()
        if sub_shape in _SHAPE_LINE:
            yield "line", _item(pts[:2], paint)
        elif sub_shape in _SHAPE_RECT and _is_rect(pts):
            yield "rect", _item(pts, paint)
        else:
            yield "curve", _item(pts, paint)


def _is_rect(pts: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
    return pts[0] == pts[4] and (
        (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
        or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
    )


def _item(pts: list[Point], paint: Obj) -> Obj:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {**paint, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0,
            "height": y1 - y0, "pts": pts}

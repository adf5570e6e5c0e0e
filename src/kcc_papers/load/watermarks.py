"""Watermarks: text a PDF writer prints across a page ("DRAFT", "OFFICIAL", "COMMITTEE COPY")
as very large type turned on the page, usually light grey and written before the page's own
text. PDFium and pdfminer extract its letters like any others, so they land among the lines
and table cells it crosses ("Worsening" beside an "L", a likelihood of "C 4"). A glyph is a
watermark's by its layout alone: turned off the horizontal and far larger than any text a
paper sets. Body text is upright; text a table turns on its side (a column heading) is small;
a heading is large but upright. The same rule serves the text pass (``pdf``), the fast table
reader (``pdf_fast``) and pdfplumber's (the reference), so every reader sees the same page."""

from __future__ import annotations

import ctypes
import math
from typing import Any

import pypdfium2.raw as raw

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.turned import upright_direction

# A glyph at least this tall (points) and turned is a watermark's: papers set body text at
# 8-12 pt and headings up to ~24 pt, while a watermark spans the page (40-120 pt).
WATERMARK_MIN_PT = 30.0
# sin of the angle under which a glyph counts as upright (about 1 degree): a scanned-looking
# skew of a fraction of a degree is still upright text.
UPRIGHT_SIN = 0.02


def turned_large(a: float, b: float, font_size: float) -> bool:
    """Whether a glyph whose matrix starts (a, b) (its baseline's direction and scale) and whose
    font size is ``font_size`` is a watermark's: turned off the horizontal and large."""
    scale = math.hypot(a, b)
    if scale == 0:
        return False
    return abs(b) / scale > UPRIGHT_SIN and font_size * scale >= WATERMARK_MIN_PT


class WatermarkGlyphs:
    """The watermark test for one PDFium text page's glyphs (bare calls: one matrix read per
    run of the text pass)."""

    def __init__(self, handle: Any, rotation: int = 0):
        self.handle = handle
        self.rotation = rotation  # the page's /Rotate: upright is upright as shown
        self._m = raw.FS_MATRIX()
        self._m_ref = ctypes.byref(self._m)

    def __call__(self, index: int) -> bool:
        if not calls.char_matrix(self.handle, index, self._m_ref):
            return False
        a, b = upright_direction(self._m.a, self._m.b, self.rotation)
        if b == 0:  # upright as shown, as nearly every run is: no font size to read
            return False
        return turned_large(a, b, calls.font_size(self.handle, index))


def plumber_char_is_watermark(obj: dict[str, Any]) -> bool:
    """The same test on a pdfplumber char. pdfminer's char has no font size: its "matrix" is
    the text space's (no font size in it) and its "size" the glyph box's height, which for a
    turned glyph is near its font size (a watermark is far over the threshold either way).
    pdfminer calls a glyph turned less than 90 degrees "upright", so the matrix decides."""
    if obj.get("object_type") != "char":
        return False
    a, b = obj["matrix"][:2]
    scale = math.hypot(a, b)
    return scale > 0 and turned_large(a / scale, b / scale, obj["size"])


def without_watermarks(page: Any) -> Any:
    """A pdfplumber page without its watermarks' chars (the page itself when it has none)."""
    if not any(plumber_char_is_watermark(c) for c in page.chars):
        return page
    return page.filter(lambda obj: not plumber_char_is_watermark(obj))

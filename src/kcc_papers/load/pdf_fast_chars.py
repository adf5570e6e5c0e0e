"""The fast table path's chars (``pdf_fast``): pdfminer's char boxes read from PDFium's text
page, refused (None) where PDFium's boxes would differ from pdfminer's, and the blanks PDFium
skips put back."""

from __future__ import annotations

import ctypes
import math
import re
import struct
from operator import itemgetter
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.cell_marks import SYMBOL_FONT
from kcc_papers.load.pdf_fast_types import Bbox, Obj, Point
from kcc_papers.load.watermarks import turned_large

# Points around a table inside which chars are read: loose boxes and pdfminer's differ by
# well under this.
_MARGIN = 5.0
# PDFium marks a hyphen it saw at a line end (\x02, or U+FFFE in page text); pdfminer reports
# the glyph's own text.
_PDFIUM_HYPHEN = ("\x02", "\ufffe")
_MAYBE_GENERATED = frozenset(" \r\n")


def _chars(textpage: pdfium.PdfTextPage, height: float, doctop: float,
           region: list[Bbox] | None = None) -> list[Obj] | None:
    """pdfminer's char boxes: x from the glyph origin, bottom from the font's descent (the
    loose box's bottom; for a glyph scaled unevenly, which PDFium's loose box scales by its
    width, the font's descent read apart: ``_uneven_drop``), and a box one (scaled) font size
    tall. None when a glyph is rotated or mirrored (PDFium's loose box then differs from
    pdfminer's), or scaled unevenly in a font whose descent PDFium cannot give. A
    watermark's glyphs (``watermarks``) are left out, as the pdfplumber path leaves them.

    The hottest loop of a table page, hence bare C calls (``pdfium_calls``) bound to locals,
    the matrix and font size read once per text object (PDFium gives every glyph of an object
    the object's own), and each output struct's fields read in one unpacking instead of a
    ctypes attribute look-up each."""
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: index by char instead
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    handle = textpage.raw
    x_min, y_min, x_max, y_max = _area(region, height) if region else _EVERYWHERE
    box, m = raw.FS_RECTF(), raw.FS_MATRIX()
    origin = (ctypes.c_double * 2)()
    box_ref, m_ref = ctypes.byref(box), ctypes.byref(m)
    ox_ref, oy_ref = ctypes.byref(origin), ctypes.byref(origin, ctypes.sizeof(ctypes.c_double))
    read_box, read_origin = _RECT_FIELDS.unpack_from, _POINT_FIELDS.unpack_from
    is_generated, loose_char_box = calls.is_generated, calls.loose_char_box
    text_object, char_origin = calls.text_object, calls.char_origin
    out: list[Obj] = []
    append = out.append
    last: int | None = None
    size = 0.0
    glyphs, bold = calls.Glyphs(textpage), False
    watermark = False
    drop: float | bool | None = None
    for i in range(count):
        ch = text[i]
        # PDFium adds spaces and line breaks of its own; only those can be "generated"
        if ch in _MAYBE_GENERATED and is_generated(handle, i) == 1:
            continue
        if ch in _PDFIUM_HYPHEN:
            ch = "-"
        loose_char_box(handle, i, box_ref)
        left, top, right, bottom = read_box(box)
        if region and not (x_min <= (left + right) / 2 <= x_max
                           and y_min <= (top + bottom) / 2 <= y_max):
            continue
        obj = text_object(handle, i)
        if obj is None or obj != last:
            calls.char_matrix(handle, i, m_ref)
            # a watermark's glyphs are in no cell (``watermarks``): left out, not refused
            font_size = calls.font_size(handle, i)
            watermark = turned_large(m.a, m.b, font_size)
            if not watermark and (m.b != 0 or m.c != 0 or m.d <= 0):
                return None
            size = font_size * m.d
            # PDFium's loose box of a glyph scaled unevenly (a table pasted in and shrunk)
            # is not pdfminer's: its bottom is then the font's descent below the baseline (a
            # watermark's glyphs, left out, need none)
            drop = None if watermark else _uneven_drop(m, obj, font_size)
            if drop is False:
                return None
            # a word's weight, for tables without rules whose first cells are bold
            name = glyphs.font_name(i)
            if SYMBOL_FONT_NAME.search(name):
                return None  # a RAG glyph: its font and colour are pdfplumber's (cell_marks)
            bold = glyphs.weight(i) >= calls.BOLD_WEIGHT or b"bold" in name.lower()
            last = obj
        if watermark:
            continue
        char_origin(handle, i, ox_ref, oy_ref)
        x0, baseline = read_origin(origin)
        char_bottom = height - (bottom if drop is None else baseline + drop)
        char_top = char_bottom - size
        append({
            "text": ch,
            "x0": x0,
            "x1": right,
            "top": char_top,
            "bottom": char_bottom,
            "doctop": doctop + char_top,
            "width": right - x0,
            "height": size,
            "size": size,
            "upright": True,
            "bold": bold,
            "object_type": "char",
            "_baseline": baseline,
        })
    return out


# How far a glyph's scales across and up may differ before its box is not PDFium's loose one.
UNEVEN_SCALE = 1e-3


def _uneven_drop(m: Any, obj: int | None, font_size: float) -> float | bool | None:
    """For a glyph scaled unevenly (``m``, its matrix), how far its box's bottom lies below
    the baseline, as pdfminer puts it (the font's descent at the glyph's size), negative; None
    for an evenly scaled glyph (the loose box's bottom is pdfminer's); False where the font's
    descent cannot be read."""
    if abs(m.a - m.d) <= UNEVEN_SCALE * m.d:
        return None
    drop = calls.descent(obj, font_size) if obj is not None else None
    return False if drop is None else drop * m.d


# A symbol font's name (``cell_marks.SYMBOL_FONT``) as PDFium gives it.
SYMBOL_FONT_NAME = re.compile(SYMBOL_FONT.pattern.encode(), re.I)


# FS_RECTF's fields (left, top, right, bottom) and a point's (x, y), as ctypes reads them.
_RECT_FIELDS = struct.Struct("4f")
_POINT_FIELDS = struct.Struct("2d")
# The area of a whole page's read (never compared: every char is kept).
_EVERYWHERE = (-math.inf, -math.inf, math.inf, math.inf)


def _area(region: list[Bbox], height: float) -> Bbox:
    """The bboxes' union with a margin, in PDF space (x0, y0, x1, y1): a char whose loose box
    has its middle outside is in no table (the exact test is made later, on pdfminer's box,
    which is within a point or two of the loose one)."""
    x0 = min(b[0] for b in region) - _MARGIN
    x1 = max(b[2] for b in region) + _MARGIN
    y0 = height - max(b[3] for b in region) - _MARGIN
    y1 = height - min(b[1] for b in region) + _MARGIN
    return (x0, y0, x1, y1)


def _lost_blanks(blanks: list[Point], chars: list[Obj], doctop: float) -> list[Obj]:
    """PDFium's text page skips text objects of no width: a space set as a run of its own
    (common in Word's PDFs). pdfminer keeps it, and pdfplumber splits words at it, so it is
    put back: at the object's position, as tall as a glyph on the same baseline (a blank with
    no glyph beside it separates nothing and is left out). Its width is a quarter em: only its
    middle is ever read (to place it in a cell). ``blanks``: the (left, bottom) of the page's
    text objects of no width, in content order (``_paths``)."""
    if not blanks:
        return []
    # the last char on each baseline, rounded: found by exact baseline first (a line's
    # chars share one), which rounds each baseline once instead of each char's
    last = {c["_baseline"]: i for i, c in enumerate(chars)}
    lines = {round(baseline, 2): chars[i]
             for baseline, i in sorted(last.items(), key=itemgetter(1))}
    out = []
    for x0, bottom in blanks:
        beside = lines.get(round(bottom, 2))
        if beside is None:
            continue
        out.append({**beside, "text": " ", "x0": x0, "x1": x0 + beside["size"] / 4,
                    "width": beside["size"] / 4, "doctop": doctop + beside["top"]})
    return out

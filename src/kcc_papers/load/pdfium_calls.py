"""PDFium's per-glyph text calls, without ctypes' per-argument conversion.

pypdfium2's raw functions declare their argument types, so every call converts and checks each
argument in Python: for the one-word getters read once per glyph (boxes, origins, font sizes)
that costs more than PDFium's own work, and pages are read glyph by glyph (a dense table page
has thousands). The same C functions, called with arguments that are already ctypes objects
(the text page handle, ``byref`` of a struct made once), skip that step: about twice as fast
for the same values (``tests/test_pdfium_calls.py`` holds them to pypdfium2's own results).

Never pass a plain Python int where C expects a pointer here: without declared types ctypes
would pass it as a C int."""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

FONT_NAME_BYTES = 96
# C unsigned long: a plain int would be passed as a C int.
_NAME_BYTES = ctypes.c_ulong(FONT_NAME_BYTES)


def _bare(fn: Any, restype: Any = ctypes.c_int) -> Any:
    """``fn``'s C function with no declared argument types."""
    bare = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)
    bare.restype = restype
    return bare


is_generated = _bare(raw.FPDFText_IsGenerated)
loose_char_box = _bare(raw.FPDFText_GetLooseCharBox)
char_box = _bare(raw.FPDFText_GetCharBox)
char_matrix = _bare(raw.FPDFText_GetMatrix)
char_origin = _bare(raw.FPDFText_GetCharOrigin)
font_size = _bare(raw.FPDFText_GetFontSize, ctypes.c_double)
font_weight = _bare(raw.FPDFText_GetFontWeight)
font_info = _bare(raw.FPDFText_GetFontInfo, ctypes.c_ulong)
text_object = _bare(raw.FPDFText_GetTextObject, ctypes.c_void_p)
_object_font = _bare(raw.FPDFTextObj_GetFont, ctypes.c_void_p)
_font_descent = _bare(raw.FPDFFont_GetDescent)
# Path segments: the segment handle stays a ctypes pointer (its declared return type), never
# a plain int.
path_segment = _bare(raw.FPDFPath_GetPathSegment, raw.FPDFPath_GetPathSegment.restype)
segment_point = _bare(raw.FPDFPathSegment_GetPoint)
segment_type = _bare(raw.FPDFPathSegment_GetType)
segment_close = _bare(raw.FPDFPathSegment_GetClose)
# Page objects: handles stay ctypes pointers (their declared return type).
count_objects = _bare(raw.FPDFPage_CountObjects)
page_object = _bare(raw.FPDFPage_GetObject, raw.FPDFPage_GetObject.restype)
object_type = _bare(raw.FPDFPageObj_GetType)
count_form_objects = _bare(raw.FPDFFormObj_CountObjects)
form_object = _bare(raw.FPDFFormObj_GetObject, raw.FPDFFormObj_GetObject.restype)
object_bounds = _bare(raw.FPDFPageObj_GetBounds)
# A path's paint: every argument after the object is ``byref`` of a ctypes value.
draw_mode = _bare(raw.FPDFPath_GetDrawMode)
fill_colour = _bare(raw.FPDFPageObj_GetFillColor)
stroke_colour = _bare(raw.FPDFPageObj_GetStrokeColor)
stroke_width = _bare(raw.FPDFPageObj_GetStrokeWidth)
object_matrix = _bare(raw.FPDFPageObj_GetMatrix)
count_segments = _bare(raw.FPDFPath_CountSegments)
# Form XObjects nested deeper than this are taken to hold paths (without looking).
FORM_DEPTH = 8


def descent(text_object: int, size: float) -> float | None:
    """The descent (negative) of a text object's font at ``size``, from the font's descriptor
    as pdfminer reads it; None where PDFium has no font for the object."""
    out = ctypes.c_float()
    font = _object_font(ctypes.c_void_p(text_object))
    if not font or not _font_descent(ctypes.c_void_p(font), ctypes.c_float(size),
                                     ctypes.byref(out)):
        return None
    return out.value


def has_paths(page: Any) -> bool:
    """Whether the page (a raw FPDF_PAGE handle) holds a path object, in its forms too. A
    text-heavy page has hundreds of objects, hence the bare calls."""
    return any(_holds_path(page_object(page, i), FORM_DEPTH) for i in range(count_objects(page)))


def _holds_path(obj: Any, depth: int) -> bool:
    kind = object_type(obj)
    if kind == raw.FPDF_PAGEOBJ_PATH:
        return True
    if kind != raw.FPDF_PAGEOBJ_FORM:
        return False
    if depth == 0:
        return True
    # the index is a C unsigned long here: a plain int would be passed as a C int
    return any(_holds_path(form_object(obj, ctypes.c_ulong(i)), depth - 1)
               for i in range(count_form_objects(obj)))


# Font weights from this up are bold (400 is regular, 700 bold; Word's "Bold" faces report ~776).
BOLD_WEIGHT = 600


class Glyphs:
    """Boxes and fonts of one text page's characters, reusing one output struct per kind
    (values are copied out before the next call). A glyph's boxes are kept once read: the
    text pass asks for half of its loose boxes again (a run's first and last glyph are read
    by the line cut, the run itself, the stamp cut and the cell gaps) and for a third of its
    digits' boxes again (a table row's cells read as the run was), and a page's glyphs do
    not change while its text page is open."""

    def __init__(self, textpage: pdfium.PdfTextPage):
        self.handle = textpage.raw
        self._rect = raw.FS_RECTF()
        self._rect_ref = ctypes.byref(self._rect)
        self._lbrt = [ctypes.c_double() for _ in range(4)]
        self._lbrt_refs = [ctypes.byref(v) for v in self._lbrt]
        self._name = ctypes.create_string_buffer(FONT_NAME_BYTES)
        self._loose: dict[int, tuple[float, float, float, float]] = {}
        self._tight: dict[int, tuple[float, float, float, float]] = {}

    def loose_box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the font's box: ``PdfTextPage.get_charbox(loose=True)``."""
        found = self._loose.get(index)
        if found is not None:
            return found
        if not loose_char_box(self.handle, index, self._rect_ref):
            raise pdfium.PdfiumError("Failed to get charbox.")
        r = self._rect
        found = self._loose[index] = (r.left, r.bottom, r.right, r.top)
        return found

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the glyph itself: ``get_charbox(loose=False)``."""
        found = self._tight.get(index)
        if found is not None:
            return found
        left_ref, bottom_ref, right_ref, top_ref = self._lbrt_refs
        # PDFium's order: left, right, bottom, top
        if not char_box(self.handle, index, left_ref, right_ref, bottom_ref, top_ref):
            raise pdfium.PdfiumError("Failed to get charbox.")
        left, bottom, right, top = self._lbrt
        found = self._tight[index] = (left.value, bottom.value, right.value, top.value)
        return found

    def weight(self, index: int) -> int:
        return int(font_weight(self.handle, index))

    def bold(self, index: int) -> bool:
        """Bold by the font's weight, or by its name ("TimesNewRomanPS-BoldMT") where a font
        reports no weight."""
        return self.weight(index) >= BOLD_WEIGHT or b"bold" in self.font_name(index).lower()

    def font_name(self, index: int) -> bytes:
        """The font's name, or b"" when PDFium has none or it is longer than the buffer (PDFium
        then writes nothing: the buffer would still hold the previous glyph's font)."""
        needed = font_info(self.handle, index, self._name, _NAME_BYTES, None)
        return self._name.value if 0 < needed <= FONT_NAME_BYTES else b""

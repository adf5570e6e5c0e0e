"""A pdfplumber-compatible page built from pypdfium2, for pdfplumber's own table finder.

pdfplumber spends nearly all of a table page's time in pdfminer's pure-Python content-stream
interpreter. PDFium has already parsed the page in C, so the objects pdfplumber's
``TableFinder``, ``Table.extract`` and ``WordExtractor`` read (chars, rects, lines, curves and
their edges) are rebuilt here from PDFium, following pdfminer's rules for what counts as a
rectangle, a line or a curve. The table algorithm itself stays pdfplumber's.

``fast_page`` returns None, and the caller uses pdfplumber, where PDFium's view differs from
pdfminer's in a way that is not repaired here: a rotated page or one whose boxes are not at the
origin, and text that is rotated, mirrored or scaled unevenly (PDFium's loose glyph boxes then
differ from pdfminer's). Blanks PDFium skips (a space set as a text run of its own) are put
back. Fill colours are checked separately (``pdf_colours``)."""

from __future__ import annotations

import ctypes
import math
import re
import struct
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate, chain, groupby, pairwise
from operator import itemgetter
from typing import Any, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber.table import TableSettings
from pdfplumber.utils import geometry
from pdfplumber.utils import text as plumber_text

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.cell_marks import SYMBOL_FONT
from kcc_papers.load.glyphs import FOOTNOTE_RISE, FOOTNOTE_SIZE, SUPERSCRIPT
from kcc_papers.load.table_finder import FastTableFinder
from kcc_papers.load.watermarks import turned_large

Point = tuple[float, float]
Bbox = tuple[float, float, float, float]
# Points around a table inside which chars are read: loose boxes and pdfminer's differ by
# well under this.
_MARGIN = 5.0
Obj = dict[str, Any]
# PDFium marks a hyphen it saw at a line end (\x02, or U+FFFE in page text); pdfminer reports
# the glyph's own text.
_PDFIUM_HYPHEN = ("\x02", "\ufffe")
_MAYBE_GENERATED = frozenset(" \r\n")
_SHAPE_LINE = {"mlh", "ml"}
_SHAPE_RECT = {"mlllh", "mllll"}


class _Unsupported(Exception):
    """The page holds text whose boxes PDFium and pdfminer compute differently."""


class FastPage:
    """The subset of ``pdfplumber.Page`` that table finding and word extraction read."""

    def __init__(self, page: pdfium.PdfPage, number: int, doctop: float,
                 textpage: pdfium.PdfTextPage | None = None):
        self.page_number = number
        self.width, self.height = page.get_size()
        self.bbox = self.mediabox = self.cropbox = (0.0, 0.0, self.width, self.height)
        self.initial_doctop = doctop
        self.rects: list[Obj] = []
        self.lines: list[Obj] = []
        self.curves: list[Obj] = []
        self._blanks: list[Point] = []
        for obj in _paths(page.raw, _IDENTITY, self._blanks):
            for kind, item in _classify(*obj):
                getattr(self, kind + "s").append(self._finish(kind, item))
        self._edges: list[Obj] | None = None
        self._page: pdfium.PdfPage | None = page
        self._textpage = textpage  # the text pass's, when it kept the page loaded
        self._chars: list[Obj] | None = None

    @property
    def chars(self) -> list[Obj]:
        if self._chars is None and not self.load_chars():
            raise _Unsupported
        return self._chars or []

    def load_chars(self, region: list[Bbox] | None = None) -> bool:
        """Read the chars (only those near ``region``, top-left bboxes, when given: a table
        reads nothing else). False when their boxes would not be pdfminer's."""
        if self._page is None:
            raise ValueError("the page is closed")
        textpage = self._textpage or self._page.get_textpage()
        self._textpage = None
        try:
            chars = _chars(textpage, self.height, self.initial_doctop, region)
        finally:
            textpage.close()
        if chars is not None:
            blanks = _lost_blanks(self._blanks, chars, self.initial_doctop)
            self._chars = with_word_gaps(chars) + blanks
        self._release()
        return chars is not None

    def _release(self) -> None:
        if self._textpage is not None:
            self._textpage.close()
            self._textpage = None
        if self._page is not None:
            self._page.close()
            self._page = None

    def _finish(self, kind: str, item: Obj) -> Obj:
        """pdfplumber's field names and top-left coordinates."""
        item["object_type"] = kind
        item["page_number"] = self.page_number
        item["top"] = self.height - item["y1"]
        item["bottom"] = self.height - item["y0"]
        item["doctop"] = self.initial_doctop + item["top"]
        item["pts"] = [(x, self.height - y) for x, y in item["pts"]]
        return item

    @property
    def edges(self) -> list[Obj]:
        if self._edges is None:
            line_edges = [geometry.line_to_edge(line) for line in self.lines]
            rect_edges = chain.from_iterable(geometry.rect_to_edges(r) for r in self.rects)
            curve_edges = chain.from_iterable(geometry.curve_to_edges(c) for c in self.curves)
            self._edges = line_edges + list(rect_edges) + list(curve_edges)
        return self._edges

    def find_tables(self, table_settings: Any = None) -> list[Any]:
        finder = FastTableFinder(self, TableSettings.resolve(table_settings))
        return finder.tables

    def extract_words(self, **kwargs: Any) -> list[Obj]:
        if set(kwargs) <= _WORD_OPTIONS and not kwargs.get("keep_blank_chars"):
            return words(self.chars, kwargs.get("extra_attrs") or [])
        return plumber_text.extract_words(self.chars, **kwargs)

    def close(self) -> None:
        self._release()


def fast_page(doc: pdfium.PdfDocument, index: int, eager: bool = True,
              loaded: tuple[pdfium.PdfPage, pdfium.PdfTextPage] | None = None) -> FastPage | None:
    """The page as a FastPage, or None when its geometry or text needs pdfplumber. Not
    ``eager``: the chars are left to ``load_chars`` (which may then refuse them). ``loaded``:
    the page and its text page, already loaded (the FastPage closes them)."""
    page, textpage = loaded if loaded is not None else (doc[index], None)
    try:
        plain = _plain(page)
    except BaseException:
        _close(page, textpage)
        raise
    if not plain:
        _close(page, textpage)
        return None
    fast = FastPage(page, index + 1, _doctop(doc, index), textpage)
    if eager and not fast.load_chars():
        return None
    return fast


# Each document's page tops in the whole document (pdfplumber's doctop): the sum of the pages'
# heights above, made once a document instead of once a table page (a 70-page report asked
# for ~2 000 page sizes).
_DOCTOPS: weakref.WeakKeyDictionary[pdfium.PdfDocument, list[float]] = (
    weakref.WeakKeyDictionary())


def _doctop(doc: pdfium.PdfDocument, index: int) -> float:
    tops = _DOCTOPS.get(doc)
    if tops is None:
        # (summed from 0 in page order, as sum() over the pages above adds them)
        heights = (doc.get_page_size(i)[1] for i in range(len(doc)))
        tops = _DOCTOPS[doc] = list(accumulate(heights, initial=0))
    return tops[index]


def _close(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage | None) -> None:
    if textpage is not None:
        textpage.close()
    page.close()


def _plain(page: pdfium.PdfPage) -> bool:
    """No rotation, and every box (MediaBox, CropBox, the effective bounding box) spans
    (0, 0, width, height): then PDFium's page space is pdfplumber's, flipped. A box PDFium
    cannot see on the page itself (inherited) must still agree with the effective box."""
    width, height = page.get_size()
    want = (0.0, 0.0, width, height)
    boxes = [page.get_bbox(), page.get_mediabox(fallback_ok=False),
             page.get_cropbox(fallback_ok=False)]
    return page.get_rotation() == 0 and all(
        box is None or all(abs(a - b) < 1e-3 for a, b in zip(box, want, strict=True))
        for box in boxes
    )


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


# A word break set as a gap with no space character (each word its own text object, or words
# placed by TJ offsets): a gap this share of the font size or wider between two glyphs written
# one after the other on one line. The spaces of text faces are 0.22 em (Calibri) to 0.35 em
# (Verdana); the gaps inside a word (kerning, a little tracking) are hundredths of an em.
WORD_GAP_EM = 0.15
# Two glyphs whose tops differ by less than this share of the font size sit on one line.
SAME_LINE_EM = 0.1


def with_word_gaps(chars: list[Obj]) -> list[Obj]:
    """The chars with a space put in each word break that is only a gap. pdfplumber parts
    words at a gap wider than its x tolerance (3 points) whatever the type size, so words
    set apart by the width of a space at 9 or 10 points (under 3 points) and no space
    character run together ("year(%)"). A space char is what every reader of the chars
    (cell text, ``extract_words``) already parts words at; it goes right after the glyph
    before the gap, since ``extract_words`` reads the chars in their order.
    A gap is measured beyond its run's tracking: letter-spaced capitals ("R E F" at 0.17 em)
    space every pair of glyphs alike, and a word break there is wider still."""
    out: list[Obj] = []
    append = out.append
    base: Obj | None = None  # the last glyph of full size: a marker's digits follow one
    marking = False
    for run in _runs(chars):
        tracking: float | None = None  # measured only where a gap might part words
        prev: Obj | None = None
        for char in run:
            if char["text"].isdigit() and base is not None and _marker(base, char, marking):
                char = {**char, "text": char["text"].translate(SUPERSCRIPT)}
                marking = True
            else:
                base, marking = char, False
            # most glyphs abut the one before: one subtraction settles them
            if prev is not None and char["x0"] - prev["x1"] > WORD_GAP_EM * char["size"] and (
                    _gap_is_word_break(
                        prev, char,
                        tracking := _tracking(run) if tracking is None else tracking)):
                append({**prev, "text": " ", "x0": prev["x1"], "x1": char["x0"],
                        "width": char["x0"] - prev["x1"]})
            append(char)
            prev = char
    return out


def _marker(before: Obj, char: Obj, going_on: bool) -> bool:
    """Whether the digit is (``going_on``: still) a footnote marker printed right after the
    glyph ``before``: smaller and raised, which pdfplumber's words would glue to the value
    it follows ("87.5%1"); it is given as a superscript digit ("87.5%¹"), as printed."""
    return (char["size"] < FOOTNOTE_SIZE * before["size"]
            and before["bottom"] - char["bottom"] > FOOTNOTE_RISE * before["size"]
            and (going_on or abs(char["x0"] - before["x1"]) <= _X_TOLERANCE))


def _runs(chars: list[Obj]) -> list[list[Obj]]:
    """The chars cut into runs written one after the other on one line, no gap in a run
    wider than pdfplumber's x tolerance (which parts words itself)."""
    runs: list[list[Obj]] = []
    run: list[Obj] = []
    if not chars:
        return runs
    # (the test of two glyphs written out, the last glyph's values kept: a function call per
    # glyph of a table page cost more than the test)
    tolerance, same_line = _X_TOLERANCE, SAME_LINE_EM
    prev_x1, prev_top, prev_size = chars[0]["x1"], chars[0]["top"], chars[0]["size"]
    for char in chars:
        top, size = char["top"], char["size"]
        if run and not (-tolerance <= char["x0"] - prev_x1 <= tolerance
                        and abs(top - prev_top) < same_line * min(prev_size, size)):
            runs.append(run)
            run = []
        run.append(char)
        prev_x1, prev_top, prev_size = char["x1"], top, size
    runs.append(run)
    return runs



# Tracking is told from a run's gaps only where it has this many between glyphs (a word of
# three letters): two glyphs' one gap may as well be a word break.
TRACKED_GAPS_MIN = 2


def _tracking(run: list[Obj]) -> float:
    """The gap a run sets between the glyphs of a word: the lower median of its gaps between
    glyphs (most gaps are inside words), none where the gaps are too few to tell."""
    gaps = sorted(max(0.0, b["x0"] - a["x1"]) for a, b in pairwise(run)
                  if not a["text"].isspace() and not b["text"].isspace())
    return gaps[(len(gaps) - 1) // 2] if len(gaps) >= TRACKED_GAPS_MIN else 0.0


def _gap_is_word_break(prev: Obj, char: Obj, tracking: float) -> bool:
    return (char["x0"] - prev["x1"] - tracking > WORD_GAP_EM * min(prev["size"], char["size"])
            and prev["upright"] and char["upright"]
            and not prev["text"].isspace() and not char["text"].isspace())


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


class CharIndex:
    """``pdfplumber.table.Table.extract()`` with the same result, without testing every char
    of the page against every row: the page's chars are indexed by vertical middle once."""

    def __init__(self, chars: list[Obj]):
        self.chars = chars
        self.mids = sorted(
            ((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, i)
            for i, c in enumerate(chars)
        )
        self.keys = [m[0] for m in self.mids]

    def texts(self, found: Any, mend: bool = False) -> list[list[str | None]]:
        """The cells' texts; ``mend``: with the words a narrow cell broke across lines joined
        again (``mended``), which pdfplumber leaves broken."""
        return [[None if mine is None or cell is None else cell_words(mine, cell, mend)
                 for cell, mine in zip(row.cells, row_chars, strict=True)]
                for row, row_chars in zip(found.rows, self.cell_chars(found), strict=True)]

    def cell_chars(self, found: Any) -> list[list[list[Obj] | None]]:
        """Each row's cells' chars (None for a cell the row does not have)."""
        out = []
        for row in found.rows:
            x0, top, x1, bottom = row.bbox
            lo, hi = bisect_left(self.keys, top), bisect_left(self.keys, bottom)
            # pdfplumber keeps the page's char order inside a cell; its text depends on it
            in_row = sorted(
                (i, v, h) for v, h, i in self.mids[lo:hi] if x0 <= h < x1 and top <= v < bottom
            )
            cells: list[list[Obj] | None] = []
            for cell in row.cells:
                if cell is None:
                    cells.append(None)
                    continue
                cx0, ctop, cx1, cbottom = cell
                cells.append([self.chars[i] for i, v, h in in_row
                              if cx0 <= h < cx1 and ctop <= v < cbottom])
            out.append(cells)
        return out


def cell_words(chars: list[Obj], cell: Bbox, mend: bool = False) -> str:
    """A cell's text from its chars; ``mend``: its broken words joined (``mended``)."""
    text = cell_text(chars)
    return mended(text, chars, cell) if mend and "\n" in text else text


def mended(text: str, chars: list[Obj], cell: Bbox) -> str:
    """The cell's text with each word the cell broke inside rejoined ("CC/2024/" above
    "031", "01/04/202" above "4", "Extensio" above "n option"). A word wider than its cell
    is cut where the line is full, whatever the font: a line of one word, starting where the
    next line starts, that reaches so near the cell's right edge (its right padding taken to
    be its left one) that the next line's first glyph would not have fitted, was cut there.
    A word that wrapped whole leaves the line short of the edge by about that word's width."""
    lines = _clusters(chars, _top, _Y_TOLERANCE)
    texts = text.split("\n")
    if len(lines) != len(texts):
        return text  # the lines are not the text's (a glyph of no text): leave it
    out = texts[0]
    for line, below, below_text in zip(lines, lines[1:], texts[1:], strict=False):
        joined = ((_inside_a_word(out[-1], below_text) and not _listed(out, below_text))
                  or _in_a_name(out[-1], below_text, text)
                  or _no_word_start(out[-1], below_text)) and _cut(out, line, below, cell)
        out += ("" if joined else "\n") + below_text
    return out


# A line that is one word ending in one of these was cut after it ("CC/2024/" + "031",
# "HR-2025-" + "00017", "Whole-" + "life"): the word goes on, with no space.
_JOINERS = frozenset("/-")
# The single letters that are English words: a line ending in a word and the next starting
# with one of these may be a wrap between two words.
_ONE_LETTER_WORDS = frozenset("aAI")


def _inside_a_word(before: str, after: str) -> bool:
    """Whether the text could not have been wrapped between these two characters: a line
    wraps between words, so never inside a number ("01/04/202" + "4"), after a slash or a
    hyphen ending a one-word line ("CC/2024/" + "031"), or before a lone letter that is no
    word ("Extensio" + "n option").
    A long word that filled its line and wrapped the next whole ("Affordable" + "housing")
    fits the cut's geometry too; only these characters tell the two apart."""
    word = after.split(" ", 1)[0]
    if before.isdigit() and (word[:1].isdigit() or _joins(word)):
        return True  # inside a number or a reference ("HR-2025" + "-00017")
    if before in _JOINERS and word[:1].isalnum():
        return True
    return before.islower() and len(word) == 1 and word.islower() and word not in _ONE_LETTER_WORDS


def _listed(text: str, below: str) -> bool:
    """Whether a line and the next line's first word are each a whole date or a whole grouped
    figure ("01/04/2024" over "31/03/2027", "186,400" over "22,000"): two entries of a column
    fitted to its widest one, which fills its line as a cut word does. A cut leaves a head
    that is no whole figure ("01/04/202" over "4", "1,240,00" over "0")."""
    last_line = text.rsplit("\n", 1)[-1]
    return bool(_WHOLE_FIGURE.fullmatch(last_line)
                and _WHOLE_FIGURE.fullmatch(below.split(" ", 1)[0]))


# A date in full ("31/03/2027", "31.03.2027") or a figure grouped in thousands ("1,240,000.50").
_WHOLE_FIGURE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d\d|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


# Words a name in title case leaves in lower case ("Bank of England", "Smith and Sons").
_NAME_PARTICLES = frozenset({"and", "of", "for", "the", "in", "on", "at", "to", "by", "de",
                             "du", "la", "le", "van", "von", "der", "den", "y", "e"})
# A cell in title case has at least this many capitalised words besides the one cut (a name:
# "Ledgerpoint Software Ltd"), not one capital starting a sentence.
_NAME_WORDS = 2


def _in_a_name(before: str, after: str, cell: str) -> bool:
    """Whether the text could not have been wrapped between these two characters of a name
    in title case ("Greenstaff Landscap" + "es Ltd"): every word of it starts with a capital
    but the particles, so a line going on in lower case goes on with the word the line before
    ended with. A cell in sentence case ("Affordable" + "housing legal advice") wraps between
    words so."""
    word = after.split(" ", 1)[0]
    if not (before.isalpha() and word[:1].islower()) or word.lower() in _NAME_PARTICLES:
        return False
    others = [w for w in cell.split() if w != word and w[:1].isalpha()
              and w.lower() not in _NAME_PARTICLES]
    return len(others) > _NAME_WORDS and all(w[:1].isupper() for w in others)


# The pairs of consonants a word may start with: English's ("street", "school", "psalm",
# "tsar"), and Welsh's, mutated ones too ("ffordd", "llyfrgell", "ddoe", "nghyngor",
# "mhlant", "gwasanaeth", "chwaraeon"). A line of a cell in sentence case going on with a
# pair not here ("Environme" / "ntal enforcement", "maintena" / "nce") goes on inside the word
# the line before was cut in; one going on with a pair here, or a vowel ("Occupation" /
# "al health"), is read as printed, as no word list says "al" is no word.
_WORD_ONSETS = frozenset({
    "bl", "br", "ch", "cl", "cr", "cw", "cz", "dd", "dj", "dr", "dw", "dz", "ff", "fl", "fr",
    "gh", "gl", "gn", "gr", "gw", "hw", "kh", "kl", "kn", "kr", "kv", "kw", "ll", "mh", "mn",
    "ng", "nh", "ph", "pl", "pn", "pr", "ps", "pt", "rh", "sc", "sf", "sh", "sk", "sl",
    "sm", "sn", "sp", "sq", "st", "sv", "sw", "sz", "th", "tr", "ts", "tw", "tz", "vl", "vr",
    "wh", "wr", "xh", "zh", "zw"
})
_VOWELS = frozenset("aeiouy")


def _no_word_start(before: str, after: str) -> bool:
    """Whether a line of lower-case letters goes on inside a word: the next line's first word,
    in lower case, starts with two consonants no word starts with ("ntal", "nce"). A word of
    consonants alone is an abbreviation ("vs", "km", "hrs"), whole."""
    word = after.split(" ", 1)[0]
    head = word[:2]
    return (before.isalpha() and before.islower() and len(head) == 2 and head.isalpha()
            and head.islower() and not _VOWELS & set(head) and head not in _WORD_ONSETS
            and bool(_VOWELS & set(word.lower())))


# Lines of a cell starting within this many points of each other are set flush left.
_FLUSH = 0.5


def _joins(word: str) -> bool:
    """A word going on from a slash or hyphen ("-00017"), not a lone dash."""
    return word[:1] in _JOINERS and word[1:2].isalnum()


def _cut(text: str, line: list[Obj], below: list[Obj], cell: Bbox) -> bool:
    last_line = text.rsplit("\n", 1)[-1]
    if " " in last_line:
        return False  # a line of words ends at a word break
    left = min(c["x0"] for c in line)
    right = max(c["x1"] for c in line)
    first = min(below, key=_x0)
    if abs(first["x0"] - left) > _FLUSH:
        return False  # centred or right-aligned text: its padding is not known
    padding = left - cell[0]
    return bool(cell[2] - padding - right < first["x1"] - first["x0"])


# pdfplumber's defaults for extract_text: chars this near in x make one word, this near in
# top one line.
_X_TOLERANCE = plumber_text.DEFAULT_X_TOLERANCE
_Y_TOLERANCE = plumber_text.DEFAULT_Y_TOLERANCE


def cell_text(chars: list[Obj]) -> str:
    """``pdfplumber.utils.text.extract_text(chars)`` (its defaults), a few times faster for
    the small char lists of table cells: the same lines, words and joins, without building a
    word dict and a text map per call. Text that is not upright, or a char without text, is
    left to pdfplumber."""
    if not chars:
        return ""
    if not all(c["upright"] and c["text"] for c in chars):
        return str(plumber_text.extract_text(chars))
    words: list[tuple[float, str]] = []  # (top, text) in pdfplumber's order
    for line in _clusters(chars, _top, _Y_TOLERANCE):
        line.sort(key=_x0)
        for word in _split_words(line):
            _word(word, words)
    lines = _clusters(words, _first, _Y_TOLERANCE)
    return "\n".join(" ".join(text for _, text in line) for line in lines)


# The options of ``extract_words`` that ``words`` follows (others go to pdfplumber).
_WORD_OPTIONS = frozenset({"extra_attrs", "keep_blank_chars"})


def words(chars: list[Obj], extra_attrs: list[str]) -> list[Obj]:
    """``pdfplumber.utils.text.extract_words(chars, extra_attrs=extra_attrs)`` (its other
    defaults), without its generators and per-word bbox helpers: a budget register page has
    thousands of words. Text that is not upright, or a char without text, is left to
    pdfplumber."""
    if not all(c["upright"] and c["text"] for c in chars):
        return list(plumber_text.extract_words(chars, extra_attrs=extra_attrs))
    out: list[Obj] = []
    # pdfplumber groups consecutive chars sharing the extra attributes, then lines, then words
    for _, group in groupby(chars, itemgetter("upright", *extra_attrs)):
        for line in _clusters(list(group), _top, _Y_TOLERANCE):
            line.sort(key=_x0)
            for word in _split_words(line):
                _merged(word, extra_attrs, out)
    return out


def _split_words(line: list[Obj]) -> list[list[Obj]]:
    """A line's chars (sorted by x0) as pdfplumber's words, left to right: parted at a blank
    and where a char begins a new word (``char_begins_new_word``: left of the last char's x0,
    past its x1 by more than the x tolerance, or off its top by more than the y tolerance).
    (The test is written out: a call per char of a budget register's 26,000 cost more.)"""
    words: list[list[Obj]] = []
    current: list[Obj] = []
    x_tolerance, y_tolerance = _X_TOLERANCE, _Y_TOLERANCE
    for char in line:
        if char["text"].isspace():
            if current:
                words.append(current)
                current = []
            continue
        if current:
            prev, x = current[-1], char["x0"]
            if (x < prev["x0"] or x > prev["x1"] + x_tolerance
                    or abs(char["top"] - prev["top"]) > y_tolerance):
                words.append(current)
                current = []
        current.append(char)
    if current:
        words.append(current)
    return words


def _merged(chars: list[Obj], extra_attrs: list[str], out: list[Obj]) -> None:
    """pdfplumber's ``WordExtractor.merge_chars`` for left-to-right text (same keys, order
    and arithmetic)."""
    if not chars:
        return
    first = chars[0]
    # (lists, not generators, for min and max: a word is a few chars, made thousands of times)
    x0, top = min([c["x0"] for c in chars]), min([c["top"] for c in chars])
    x1, bottom = max([c["x1"] for c in chars]), max([c["bottom"] for c in chars])
    ligatures: dict[str, str] = plumber_text.LIGATURES
    word = {
        "text": "".join([ligatures.get(c["text"]) or c["text"] for c in chars]),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for key in extra_attrs:
        word[key] = first[key]
    out.append(word)


# Sort and cluster keys as C look-ups (``itemgetter``), not a Python call per char: the
# clusters and sorts of a corpus pass asked them 250,000 times.
_top: Callable[[Obj], float] = itemgetter("top")
_x0: Callable[[Obj], float] = itemgetter("x0")
_first: Callable[[tuple[float, str]], float] = itemgetter(0)


def _word(chars: list[Obj], words: list[tuple[float, str]]) -> None:
    if chars:
        ligatures: dict[str, str] = plumber_text.LIGATURES
        text = "".join([ligatures.get(c["text"]) or c["text"] for c in chars])
        words.append((min([c["top"] for c in chars]), text))


T = TypeVar("T")


def _clusters(items: list[T], key: Callable[[T], float], tolerance: float) -> list[list[T]]:
    """pdfplumber's ``cluster_objects``: sorted distinct keys chained while each is within
    ``tolerance`` of the one before; items keep their order inside a cluster."""
    index: dict[float, int] = {}
    count = 0
    last: float | None = None
    for value in sorted({key(item) for item in items}):
        if last is None or value > last + tolerance:
            count += 1
        index[value] = count - 1
        last = value
    clusters: list[list[T]] = [[] for _ in range(count)]
    for item in items:
        clusters[index[key(item)]].append(item)
    return clusters

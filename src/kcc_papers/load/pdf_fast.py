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
back. Fill colours are checked separately (``pdf_colours``).

This module builds the page (``FastPage``, ``fast_page``) from its parts: the painted paths
(``pdf_fast_paths``), the chars and the blanks PDFium skips (``pdf_fast_chars``), word breaks
set as gaps and footnote markers (``pdf_fast_gaps``), pdfplumber's words and cell text
(``pdf_fast_text``) and the cells' texts of a found table (``pdf_fast_cells``)."""

from __future__ import annotations

import weakref
from itertools import accumulate, chain
from typing import Any

import pypdfium2 as pdfium
from pdfplumber.table import TableSettings
from pdfplumber.utils import geometry
from pdfplumber.utils import text as plumber_text

from kcc_papers.load import pdfium_calls as calls  # noqa: F401  (re-exported, see below)
from kcc_papers.load.pdf_fast_cells import CharIndex as CharIndex
from kcc_papers.load.pdf_fast_cells import _in_a_name as _in_a_name
from kcc_papers.load.pdf_fast_cells import _no_word_start as _no_word_start
from kcc_papers.load.pdf_fast_cells import cell_words as cell_words
from kcc_papers.load.pdf_fast_chars import _chars as _chars
from kcc_papers.load.pdf_fast_chars import _lost_blanks as _lost_blanks
from kcc_papers.load.pdf_fast_gaps import with_word_gaps as with_word_gaps
from kcc_papers.load.pdf_fast_paths import _IDENTITY as _IDENTITY
from kcc_papers.load.pdf_fast_paths import _classify as _classify
from kcc_papers.load.pdf_fast_paths import _paths as _paths
from kcc_papers.load.pdf_fast_text import _WORD_OPTIONS
from kcc_papers.load.pdf_fast_text import cell_text as cell_text
from kcc_papers.load.pdf_fast_text import words as words
from kcc_papers.load.pdf_fast_types import Bbox, Obj, Point
from kcc_papers.load.table_finder import FastTableFinder

# The readers' names imported from here by other modules and tests are defined in the modules
# this one was split into (``pdf_fast_*``) and imported ``as`` themselves, which re-exports
# them (``calls`` too: tests patch the bare PDFium calls through it).


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

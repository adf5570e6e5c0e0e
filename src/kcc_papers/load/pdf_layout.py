"""A PDF's page geometry and tables, read only for the pages an extractor asks about: through
PDFium's objects (``pdf_fast``) or, KCC_PAPERS_TABLES=pdfplumber, pdfplumber's own parse; the
pages the text pass kept loaded handed on (``KeptPages``); cells with their text and fill.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium

from kcc_papers.errors import (
    CorruptPdfError,
)
from kcc_papers.load import zebra, zebra_rows
from kcc_papers.load.glyphs import (
    clean,
)
from kcc_papers.load.model import Cell, Table
from kcc_papers.load.pdfium_calls import has_paths
from kcc_papers.load.stamp_chars import without_stamps
from kcc_papers.load.stamps import Stamp
from kcc_papers.load.watermarks import without_watermarks

if TYPE_CHECKING:  # (pdfminer, which pdf_colours imports, only where a page needs it)
    from kcc_papers.load.pdf_colours import PageFills

TABLES_ENV = "KCC_PAPERS_TABLES"
# A fill that is a pattern, as the fast table path marks it (pdfplumber gives the pattern's
# name: any string reads as no colour).
PATTERN_FILL = "pattern"


def table_engine() -> str:
    """'pdfium' (default): pdfplumber's table finder over objects read by PDFium;
    'pdfplumber': pdfplumber's own pdfminer parse, the slow reference path."""
    engine = os.environ.get(TABLES_ENV, "pdfium").strip().lower()
    return "pdfplumber" if engine == "pdfplumber" else "pdfium"


# Pages the text pass keeps loaded for their tables, at most: each costs PDFium's parse of
# the page and its text page (about 0.4 MB), so a long pack reloads the pages past this.
MAX_KEPT_PAGES = 160


class KeptPages:
    """Pages (with their text pages) the text pass loaded that may hold a table, handed to
    the table reader so it does not load them again; and the pages known to hold none."""

    def __init__(self, limit: int = MAX_KEPT_PAGES):
        self.limit = limit
        self.ruleless: set[int] = set()  # 0-based indexes of pages without a path
        self._pages: dict[int, tuple[pdfium.PdfPage, pdfium.PdfTextPage]] = {}

    def keep(self, index: int, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> bool:
        """Whether the page was kept (else the caller closes it). A page with no path object
        has no ruling, so pdfplumber's line-based finder can find no table there."""
        if not has_paths(page.raw):
            self.ruleless.add(index)
            return False
        if len(self._pages) >= self.limit:
            return False
        self._pages[index] = (page, textpage)
        return True

    def take(self, index: int) -> tuple[pdfium.PdfPage, pdfium.PdfTextPage] | None:
        """The kept page, now the caller's to close."""
        return self._pages.pop(index, None)

    def close(self) -> None:
        for page, textpage in self._pages.values():
            textpage.close()
            page.close()
        self._pages.clear()


class LayoutPages:
    """Page geometry for table finding, opened on first use. Each page is a pdfplumber page
    or a pdfplumber-compatible ``FastPage`` (same objects, read by PDFium). ``doc`` (and
    ``kept``): the text pass's open document (and pages), closed with this."""

    def __init__(self, path: Path, engine: str | None = None, *,
                 doc: pdfium.PdfDocument | None = None, kept: KeptPages | None = None):
        self.path = path
        self.engine = engine or table_engine()
        self._pdf: Any = None
        self._doc: pdfium.PdfDocument | None = doc
        self._kept = kept
        self._file: Any = None
        self._tree: Any = None
        self._page_objs: list[Any] = []
        self._file_plain: bool | None = None  # every fill of the file RGB or grey
        self._fills: dict[int, PageFills | None] = {}

    def page(self, number: int, eager: bool = True) -> Any:
        """Not ``eager``: a FastPage's chars wait for ``load_chars`` (see ``_LazyTables``)."""
        if self.engine == "pdfium":
            try:
                fast = self._fast(number, eager) if self._plain_fills(number) else None
            except Exception:  # an oddity of the fast reader costs speed, never tables
                fast = None
            if fast is not None:
                return fast
        return self._plumber_page(number)

    def layout_page(self, number: int) -> Any:
        """The page for a reader of its rules and words only (``model.LayoutReader``). The
        colour check stays: it is also where a damaged file (one pdfminer cannot walk) is
        sent to pdfplumber, which reports it."""
        return self.page(number)

    def _fast(self, number: int, eager: bool) -> Any:
        """The page as a FastPage, or None (see ``pdf_fast.fast_page``); its fill colours
        are not checked here."""
        from kcc_papers.load.pdf_fast import fast_page

        if self._doc is None:
            self._doc = pdfium.PdfDocument(str(self.path))
        loaded = self._kept.take(number - 1) if self._kept is not None else None
        return fast_page(self._doc, number - 1, eager, loaded)

    def _plumber_page(self, number: int) -> Any:
        from kcc_papers.load.pdf_fast import with_word_gaps

        try:
            page = without_watermarks(self._plumber().pages[number - 1])
            # the word breaks set as gaps only, put in as the fast page's chars have them
            chars = page.objects.get("char")
            if chars:
                chars[:] = with_word_gaps(chars)
            return page
        except Exception as exc:  # pdfminer may see fewer pages of a damaged file than PDFium
            raise CorruptPdfError(
                f"cannot read the page layout ({type(exc).__name__}: {str(exc)[:120]})",
                path=self.path, page=number,
            ) from exc

    def _page_obj(self, number: int) -> Any:
        """pdfminer's page dictionary, walking the page tree only as far as needed."""
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        if self._tree is None:
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed in close()
            self._tree = PDFPage.create_pages(PDFDocument(PDFParser(self._file)))
        while len(self._page_objs) < number:
            self._page_objs.append(next(self._tree))
        return self._page_objs[number - 1]

    def _plain_fills(self, number: int) -> bool:
        """Whether the page's fills are all RGB or grey: for the whole file at once where its
        streams show it (no pdfminer), else page by page through pdfminer."""
        from kcc_papers.load.pdf_colours import file_plain_fills

        if self._file_plain is None:
            try:
                self._file_plain = file_plain_fills(self.path.read_bytes())
            except OSError:
                self._file_plain = False
        if self._file_plain:
            return True
        fills = self._page_fills(number)
        return fills is not None and fills.plain

    def _pattern_fills(self, number: int) -> bool:
        """Whether the page's fills are RGB, grey or patterns (through pdfminer's page)."""
        fills = self._page_fills(number)
        return fills is not None and fills.pattern_ok

    def _page_fills(self, number: int) -> PageFills | None:
        """The page's fills through pdfminer, scanned once for both questions above."""
        from kcc_papers.load.pdf_colours import page_fills

        if number not in self._fills:
            try:
                self._fills[number] = page_fills(self._page_obj(number))
            except Exception:  # pdfminer cannot walk the pages: pdfplumber judges the page
                self._fills[number] = None
        return self._fills[number]

    def _plumber(self) -> Any:
        import pdfplumber

        if self._pdf is None:
            self._pdf = pdfplumber.open(self.path)
        return self._pdf

    def close(self) -> None:
        pdf, self._pdf = self._pdf, None
        if pdf is not None:
            # pdfplumber parses pages again while closing; a damaged file, already reported
            # by read(), must not raise a second, untyped error from a cleanup.
            with contextlib.suppress(Exception):
                pdf.close()
        if self._kept is not None:
            self._kept.close()
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        if self._file is not None:
            self._file.close()
            self._file, self._tree, self._page_objs = None, None, []

    def __enter__(self) -> LayoutPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _LazyTables(LayoutPages):
    """Tables of one page at a time, on request. ``stamps``: each page's stamps' boxes (the
    text pass's), whose chars are in no cell."""

    stamps: dict[int, list[Stamp]] = {}  # noqa: RUF012 - replaced per document, never mutated

    def read(self, number: int) -> list[Table]:
        """Tables of page ``number``. A table whose cells pdfplumber reads differently from
        PDFium (coloured in CMYK, text PDFium boxes otherwise) is read by pdfplumber, which
        is stricter than PDFium: a file whose text reads may still have a table layer it
        cannot parse, which is a typed error here."""
        try:
            return self._read(number)
        except Exception as exc:
            raise CorruptPdfError(
                f"cannot read the tables ({type(exc).__name__}: {str(exc)[:120]})", path=self.path,
                page=number,
            ) from exc

    def _read(self, number: int) -> list[Table]:
        from kcc_papers.load.pdf_fast import CharIndex, FastPage

        page = self._first_look(number)
        try:
            found = page.find_tables()  # from the page's rules: no chars needed yet
            if not found:
                return []
            found = zebra.joined(page, found)
            if isinstance(page, FastPage) and not self._fast_reads(page, found, number):
                page.close()
                page = self._plumber_page(number)
                found = zebra.joined(page, page.find_tables())
            index = CharIndex(without_stamps(page.chars, self.stamps.get(number)))
            found = [zebra_rows.trimmed(table, index.chars) for table in found]
            return [_table(page, table, number, index) for table in found]
        finally:
            page.close()

    def _first_look(self, number: int) -> Any:
        """A FastPage without its chars where the engine and the page allow, else pdfplumber's."""
        if self.engine == "pdfium":
            try:
                fast = self._fast(number, eager=False)
            except Exception:  # as in page(): costs speed, never tables
                fast = None
            if fast is not None:
                return fast
        return self._plumber_page(number)

    def _fast_reads(self, page: Any, found: list[Any], number: int) -> bool:
        """Whether the FastPage reads these tables as pdfplumber would: the fill colours of
        their cells (checked in the content stream only when a cell has one) and their text."""
        if _filled_cells(page, found) and not self._plain_fills(number):
            if not self._pattern_fills(number):
                return False
            _as_patterns(page)
        # (a zebra table's last row is read down over the lines its cells wrap to)
        return _loaded(page, [zebra_rows.reach(t) for t in found])


def _as_patterns(page: Any) -> None:
    """A FastPage's fills in PDFium's pattern colour as pdfplumber gives them: the pattern,
    which is no colour (``to_hex`` gives None)."""
    from kcc_papers.load.pdf_colours import PDFIUM_PATTERN_FILL

    for shape in (*page.rects, *page.curves):
        if shape.get("fill") and shape.get("non_stroking_color") == PDFIUM_PATTERN_FILL:
            shape["non_stroking_color"] = PATTERN_FILL


def _filled_cells(page: Any, found: list[Any]) -> bool:
    """Whether a filled rectangle lies under the centre of any cell of the tables."""
    fills = _fills(page)
    return bool(fills) and any(
        _fill_at(fills, bbox) is not None
        for table in found for row in table.rows for bbox in row.cells if bbox is not None
    )


def _loaded(page: Any, region: list[Any]) -> bool:
    try:
        return bool(page.load_chars(region))
    except Exception:  # as in LayoutPages.page: pdfplumber reads the page instead
        return False


def _table(page: Any, found: Any, number: int, index: Any = None) -> Table:
    """Rows of cells with text and fill, the text as pdfplumber's ``Table.extract()`` gives it,
    less what marks a cell beyond its words (``cell_marks``): a RAG dot's or symbol glyph's
    colour is the cell's fill, footnote markers are superscripts, turned text reads along its turn,
    and a merged cell's text and fill go to every row it spans."""
    from kcc_papers.load.pdf_fast import CharIndex

    fills = _fills(page)
    shapes = [c for c in page.curves if c.get("fill") and c.get("non_stroking_color") is not None]
    chars = (index or CharIndex(page.chars)).cell_chars(found)
    rows: list[list[Cell]] = []
    # each column's last cell, with the bottom of its box: a merged cell spans the rows above it
    above: dict[int, tuple[float, Cell]] = {}
    for row, row_chars in zip(found.rows, chars, strict=True):
        cells = []
        for j, (bbox, mine) in enumerate(zip(row.cells, row_chars, strict=True)):
            if bbox is None or mine is None:
                spanning = above.get(j)
                if spanning is not None and spanning[0] > (row.bbox[1] + row.bbox[3]) / 2:
                    cells.append(Cell(spanning[1].text, spanning[1].fill))
                continue
            cell = _cell(mine, bbox, fills, shapes)
            above[j] = (bbox[3], cell)
            cells.append(cell)
        rows.append(cells)
    return Table(rows, number, tuple(found.bbox), columns=zebra_rows.text_starts(found, chars))


def _cell(chars: list[Any], bbox: tuple[float, float, float, float], fills: list[Fill],
          shapes: list[dict[str, Any]]) -> Cell:
    """A cell's text and fill: a RAG mark's colour (a symbol glyph's, a drawn dot's) over the
    background's."""
    from kcc_papers.load.cell_marks import (
        coloured,
        drawn_mark,
        marked_footnotes,
        symbol_glyphs,
        turned_text,
    )
    from kcc_papers.load.pdf_fast import cell_words

    words, glyphs = symbol_glyphs(chars)
    words = marked_footnotes(words)
    turned = turned_text(words)
    text = turned if turned is not None else cell_words(words, bbox, mend=True)
    mark = glyphs[0] if glyphs else (drawn_mark(shapes, bbox) if shapes else None)
    colour = to_hex(mark.get("non_stroking_color")) if mark is not None else None
    # a black or white icon on a filled cell (an arrow, a tick) leaves the cell's fill its own
    return Cell(clean(text or ""), colour if coloured(colour) else _fill_at(fills, bbox))


# A filled rectangle: (x0, x1, top, bottom, fill colour).
Fill = tuple[float, float, float, float, Any]


def _fills(page: Any) -> list[Fill]:
    """The page's filled rectangles that have a colour, in the page's order: read out of their
    dicts once a table, not once a cell (``_fill_at`` looks at every one for each cell)."""
    return [(r["x0"], r["x1"], r["top"], r["bottom"], r["non_stroking_color"])
            for r in page.rects if r.get("fill") and r.get("non_stroking_color") is not None]


def _fill_at(fills: list[Fill], bbox: tuple[float, float, float, float]) -> str | None:
    """Colour of the smallest filled rectangle under the centre of the cell."""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    best = None
    for x0, x1, top, bottom, colour in fills:
        if x0 <= cx <= x1 and top <= cy <= bottom:
            area = (x1 - x0) * (bottom - top)
            if best is None or area < best[0]:
                best = (area, colour)
    return to_hex(best[1]) if best else None


def to_hex(color: Any) -> str | None:
    """pdfplumber colours are grey, RGB or CMYK tuples of 0-1 floats."""
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, tuple | list) or not all(isinstance(c, int | float) for c in color):
        return None
    if len(color) == 1:
        rgb = (color[0],) * 3
    elif len(color) == 3:
        rgb = tuple(color)
    elif len(color) == 4:
        c, m, y, k = color
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in rgb)

"""PDF loader: the text layer of every page through pypdfium2 (fast); tables through
pdfplumber's table finder, only for the pages an extractor asks about (lazy, ``pdf_layout``).
The finder reads objects built from PDFium (``pdf_fast``); KCC_PAPERS_TABLES=pdfplumber selects
pdfplumber's own pdfminer parse instead (slow; the reference the fast path is tested against).
A page's runs are read in ``pdf_runs``, their cells in ``pdf_run_cells``, joined into lines in
``pdf_lines``."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kcc_papers.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    FileUnreadableError,
    NoTextLayerError,
)
from kcc_papers.load import ocr as ocr_engine
from kcc_papers.load.columns import side_by_side
from kcc_papers.load.glyphs import (
    LINE_END_HYPHEN,
    unbroken,
    vocabulary,
)
from kcc_papers.load.model import Line, Page, Source
from kcc_papers.load.ocr import INSTALL_HINT, OcrMode
from kcc_papers.load.pdf_layout import KeptPages, _LazyTables, table_engine
from kcc_papers.load.pdf_lines import (
    LINE_TOLERANCE,
    _cutter,
    _group_lines,
    _joined_line,
    _line_of,
    _rows,
    _with_stamps,
)
from kcc_papers.load.pdf_run_cells import (
    _with_cells,
    _with_heading_beside,
    _with_lead,
    with_tight_gutters,
)
from kcc_papers.load.pdf_runs import Run, _one_line_pieces, _run
from kcc_papers.load.pdfium_calls import Glyphs
from kcc_papers.load.stamps import (
    known_stamps,
    missed_stamp,
    run_pieces,
    stamp_boxes,
    stamps_apart,
)
from kcc_papers.load.straddled import parted
from kcc_papers.load.turned import QUARTER_TURNS, TurnedGlyphs
from kcc_papers.load.watermarks import WatermarkGlyphs

RUN = re.compile(r"[^\r\n]+")
# A complete PDF ends with "%%EOF" within its last 1024 bytes (PDF 1.7, Annex H). PDFium
# rebuilds a file cut short without complaint, silently losing its last pages or objects.
EOF_WINDOW = 1024
# pdfminer (under pdfplumber) logs every oddity of a damaged file on stderr, which must carry
# one line per failed file and nothing else; a damaged table layer is reported by its caller.
logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
# PDFium's load error codes (FPDF_ERR_*) that are not damage.
ERR_FILE, ERR_PASSWORD, ERR_SECURITY = 2, 4, 5


def load_pdf(path: Path, sha256: str, ocr: OcrMode = "auto") -> Source:
    """``ocr``: "auto" reads the pages without a usable text layer with OCR (when Tesseract
    is installed), "always" every page, "never" none."""
    _check_complete(path)
    try:
        doc = pdfium.PdfDocument(str(path))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileUnreadableError(f"cannot read the file ({reason})", path=path) from exc
    except pdfium.PdfiumError as exc:
        raise _load_error(path, exc) from exc
    engine = table_engine()
    # The fast table path reads tables from this document, and from the pages the text pass
    # loaded already where they hold rules (``KeptPages``); the reference path reads its own.
    kept = KeptPages() if engine == "pdfium" else None
    tables = _LazyTables(path, engine, doc=doc if kept is not None else None, kept=kept)
    try:
        pages = [_read_page(doc, i, kept) for i in range(len(doc))]
        _restamped(doc, pages)
        scanned = _to_ocr(doc, pages, ocr)
        if scanned and ocr_engine.available():
            for i in scanned:
                pages[i] = ocr_engine.ocr_page(doc, i)
        if not pages:
            raise CorruptPdfError("the PDF has no pages", path=path)
        _rejoin_words(pages)
        # A scan OCR read and found nothing in (noise, a blank sheet) is a document with no
        # text, which its findings report; only a file nothing could read is an error.
        read = any(page.ocr_confidence is not None for page in pages)
        if not read and not any(line.text.strip() for page in pages for line in page.lines):
            raise NoTextLayerError(_no_text_message(ocr), path=path)
    except pdfium.PdfiumError as exc:
        tables.close()
        doc.close()
        raise CorruptPdfError(f"corrupt PDF page ({_reason(exc)})", path=path) from exc
    except BaseException:
        tables.close()
        doc.close()
        raise
    if kept is None:
        doc.close()
    for i, page in enumerate(pages):
        if kept is not None and i in kept.ruleless:
            page._tables = []  # no path on the page: no rule, so no table to find
        else:
            page._reader = tables.read
    tables.stamps = stamp_boxes(pages)
    return Source(str(path), sha256, "pdf", pages, closer=tables.close, layout=tables.layout_page)


def _restamped(doc: pdfium.PdfDocument, pages: list[Page]) -> None:
    """The pages where a stamp the file prints on its other pages was read into a line
    (``stamps.missed_stamp``), read again knowing the stamps' words (a few pages at most)."""
    known = known_stamps(pages)
    for i, page in enumerate(pages):
        if missed_stamp(page, known):
            # (not kept again for its tables: the first reading's page is kept, if it was)
            pages[i] = _read_page(doc, i, None, known)


def _rejoin_words(pages: list[Page]) -> None:
    """Each word PDFium joined across a hyphenated line end read whole or as a compound
    (``glyphs.unbroken``), judged by the words of the whole document."""
    if not any(LINE_END_HYPHEN in run for page in pages for run in page.stream or ()):
        return
    words = vocabulary("\n".join(line.text for page in pages for line in page.lines))
    for page in pages:
        for line in page.lines:
            if LINE_END_HYPHEN in line.text:
                line.text = unbroken(line.text, words)
                line.spans = [(x, unbroken(text, words)) for x, text in line.spans]
        if page.stream is not None:
            page.stream = [unbroken(run, words) if LINE_END_HYPHEN in run else run
                           for run in page.stream]


def _to_ocr(doc: pdfium.PdfDocument, pages: list[Page], mode: OcrMode) -> list[int]:
    """Indexes of the pages to read with OCR: in a mixed PDF (a typed report and a scanned
    signed appendix) only the scanned ones. A page is scanned when it carries an image and
    no usable text; a blank page ("intentionally left blank" aside) has nothing to read."""
    if mode == "never":
        return []
    if mode == "always":
        return list(range(len(pages)))
    return [i for i, page in enumerate(pages)
            if ocr_engine.is_garbage(page) and _has_image(doc, i)]


def _has_image(doc: pdfium.PdfDocument, index: int) -> bool:
    page = doc[index]
    try:
        return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    finally:
        page.close()


def _no_text_message(mode: OcrMode) -> str:
    if mode == "never":
        return "the PDF has no text layer: it looks scanned and needs OCR first (--ocr never)"
    if not ocr_engine.available():
        return f"the PDF has no text layer: it looks scanned and needs OCR first; {INSTALL_HINT}"
    return "the PDF has no text layer, and no scanned image on its pages for OCR to read"


def _check_complete(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            size = f.seek(0, 2)
            f.seek(max(0, size - EOF_WINDOW))
            tail = f.read()
    except OSError as exc:
        raise FileUnreadableError(f"cannot read the file ({exc.strerror})", path=path) from exc
    if b"%%EOF" not in tail:
        raise CorruptPdfError("truncated PDF: the end-of-file marker is missing", path=path)


def _load_error(path: Path, exc: pdfium.PdfiumError) -> Exception:
    code = getattr(exc, "err_code", None)
    if code == ERR_PASSWORD or (code is None and "password" in str(exc).lower()):
        return EncryptedPdfError("the PDF is encrypted: a password is needed to read it", path=path)
    if code == ERR_SECURITY:
        return EncryptedPdfError("the PDF is encrypted with an unsupported scheme", path=path)
    if code == ERR_FILE:
        return FileUnreadableError("cannot read the file", path=path)
    return CorruptPdfError(f"corrupt or truncated PDF ({_reason(exc)})", path=path)


def _reason(exc: Exception) -> str:
    """PDFium's own words ("Data format error") without the wrapper's."""
    text = str(exc)
    if "PDFium: " in text:
        return text.split("PDFium: ", 1)[1].rstrip(".)")
    return text.rstrip(".")


def _read_page(doc: pdfium.PdfDocument, index: int, kept: KeptPages | None = None,
               known: frozenset[str] = frozenset()) -> Page:
    """Text runs in content order from pypdfium2, positioned by their first and last glyph
    (two char boxes a run: much cheaper than bounded-text calls per rectangle). With
    ``kept``, a page that holds paths stays loaded for its tables; ``known``: the stamps the
    file prints on its other pages (``stamps.run_pieces``)."""
    page = doc[index]
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        text = textpage.get_text_range()
        chars = textpage.count_chars()
        rotation = page.get_rotation() % 360
        glyphs = (TurnedGlyphs(textpage, rotation, page.get_bbox()) if rotation in QUARTER_TURNS
                  else Glyphs(textpage))
        watermark = WatermarkGlyphs(textpage.raw, rotation)
        runs, cut_stamps, stream = _page_runs(glyphs, text, chars, watermark, width, height,
                                              known)
        lines = _page_lines(glyphs, text, runs, cut_stamps, width, height)
        result = Page(index + 1, lines, width=width, height=height, stream=stream)
    except BaseException:
        textpage.close()
        page.close()
        raise
    if kept is None or not kept.keep(index, page, textpage):
        textpage.close()
        page.close()
    return result


def _page_runs(glyphs: Glyphs, text: str, chars: int, watermark: WatermarkGlyphs,
               width: float, height: float,
               known: frozenset[str]) -> tuple[list[Run], list[Run], list[str]]:
    """The page's runs, each of one printed line, a watermark's letters left out: the runs
    of its text, the stamps PDFium joined to a line's run (cut off it by
    ``stamps.run_pieces``), and each run's text as read (``Page.stream``), in content order."""
    runs: list[Run] = []
    cut_stamps: list[Run] = []  # stamps PDFium joined to a line's run
    stream: list[str] = []
    for m in RUN.finditer(text):
        if m.end() > chars or watermark(m.end() - 1):
            continue
        for start, end in _one_line_pieces(glyphs, text, *m.span()):
            run = _run(glyphs, text, start, end, height)
            if run is None:
                continue
            run = _with_cells(glyphs, text, start, end, run)
            stream.append(run.text)
            run = _with_heading_or_lead(glyphs, text, start, end, run)
            pieces = run_pieces(glyphs, text, start, end, width, height, known)
            if pieces is None:
                runs.append(run)
                continue
            for piece_start, piece_end, stamp in pieces:
                piece = _run(glyphs, text, piece_start, piece_end, height)
                if piece is not None:
                    (cut_stamps if stamp else runs).append(piece)
    return with_tight_gutters(glyphs, text, runs), cut_stamps, stream


def _with_heading_or_lead(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """A run that holds no table row's cells, with the bold heading beside its text if it is
    one; failing that, with its bold run-in if it opens with one (a run is read as one of the
    three at most)."""
    if not run.cells:
        run = _with_heading_beside(glyphs, text, start, end, run)
    if not run.beside:
        run = _with_lead(glyphs, text, start, end, run)
    return run


def _page_lines(glyphs: Glyphs, text: str, runs: list[Run], cut_stamps: list[Run],
                width: float, height: float) -> list[Line]:
    """The page's runs as its visual lines: its stamps apart, a run whose gap holds another
    run of its line parted there (``straddled``), columns side by side read one after the
    other (``columns.side_by_side``), and each stamp a line of its own."""
    runs, stamps = stamps_apart(runs, width, height, LINE_TOLERANCE)
    rows = _rows(runs)
    apart = parted(runs, rows, glyphs, text,
                   lambda a, z: _run(glyphs, text, a, z, height))
    if apart is not None:
        runs = apart
        rows = _rows(runs)
    lines = side_by_side(runs, rows, width, _cutter(glyphs, text, height), _group_lines)
    if lines is None:
        lines = [_line_of(row[0]) if len(row) == 1 else _joined_line(row) for row in rows]
    return _with_stamps(lines, cut_stamps + stamps)



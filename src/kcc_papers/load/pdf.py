"""PDF loader: the text layer of every page through pypdfium2 (fast); tables through
pdfplumber's table finder, only for the pages an extractor asks about (lazy). The finder reads
objects built from PDFium (``pdf_fast``); KCC_PAPERS_TABLES=pdfplumber selects pdfplumber's own
pdfminer parse instead (slow; the reference the fast path is tested against)."""

from __future__ import annotations

import bisect
import contextlib
import itertools
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kcc_papers.errors import (
    CorruptPdfError,
    EncryptedPdfError,
    FileUnreadableError,
    NoTextLayerError,
)
from kcc_papers.load import ocr as ocr_engine
from kcc_papers.load import zebra
from kcc_papers.load.columns import EDGE_TOLERANCE, GUTTER_EMS, side_by_side
from kcc_papers.load.glyphs import (
    FOOTNOTE_RISE,
    FOOTNOTE_SIZE,
    LINE_END_HYPHEN,
    SUPERSCRIPT,
    clean,
    letter_spaced,
    unbroken,
    vocabulary,
)
from kcc_papers.load.model import Cell, Line, Page, Source, Table
from kcc_papers.load.ocr import INSTALL_HINT, OcrMode
from kcc_papers.load.pdfium_calls import Glyphs, has_paths
from kcc_papers.load.stamps import (
    Stamp,
    known_stamps,
    missed_stamp,
    run_pieces,
    stamp_boxes,
    stamps_apart,
    without_stamps,
)
from kcc_papers.load.straddled import parted, spaces
from kcc_papers.load.turned import QUARTER_TURNS, TurnedGlyphs
from kcc_papers.load.watermarks import WatermarkGlyphs, without_watermarks

RUN = re.compile(r"[^\r\n]+")
SPACE = re.compile(" ")
DIGITS = re.compile(r"\d{2,}")
# Runs whose tops differ by less than this many points belong to one visual line.
LINE_TOLERANCE = 2.5
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
                if not run.cells:
                    run = _with_heading_beside(glyphs, text, start, end, run)
                if not run.beside:
                    run = _with_lead(glyphs, text, start, end, run)
                pieces = run_pieces(glyphs, text, start, end, width, height, known)
                if pieces is None:
                    runs.append(run)
                    continue
                for piece_start, piece_end, stamp in pieces:
                    piece = _run(glyphs, text, piece_start, piece_end, height)
                    if piece is not None:
                        (cut_stamps if stamp else runs).append(piece)
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
        lines = _with_stamps(lines, cut_stamps + stamps)
        result = Page(index + 1, lines, width=width, height=height, stream=stream)
    except BaseException:
        textpage.close()
        page.close()
        raise
    if kept is None or not kept.keep(index, page, textpage):
        textpage.close()
        page.close()
    return result


def _run(glyphs: Glyphs, text: str, start: int, end: int, height: float) -> Run | None:
    """The run ``text[start:end]``, positioned by its first and last glyph; None when it holds
    no text."""
    raw_run = text[start:end]
    run = _run_text(glyphs, raw_run, start)
    if not run:
        return None
    left, bottom, _, top = glyphs.loose_box(start)
    _, bottom2, right, _ = glyphs.loose_box(_last_on_line(raw_run, start, end))
    first = end - len(raw_run.lstrip())
    return Run(height - top, left, right, height - min(bottom, bottom2), run,
               round(top - bottom, 1), glyphs.bold(first), start, end)


def _run_text(glyphs: Glyphs, raw_run: str, offset: int) -> str:
    """The text of ``raw_run`` (at ``offset`` in the page's text) as read: letter spacing
    undone, footnote markers given as superscripts."""
    if letter_spaced(raw_run):
        return _unspaced(glyphs, raw_run, offset)
    return clean(_split_superscripts(glyphs, _raised_markers(glyphs, raw_run, offset), offset))


def _last_on_line(run: str, start: int, end: int) -> int:
    """The run's last glyph on its first line: its last, or the hyphen ending the line when
    it ends in a word joined across the line end (``_one_line_pieces``)."""
    if LINE_END_HYPHEN in run:
        mark = run.rfind(LINE_END_HYPHEN)
        if not any(ch.isspace() for ch in run[mark:]):
            return start + mark
    return end - 1


def _cutter(glyphs: Glyphs, text: str, height: float) -> Callable[[Run, float],
                                                                  tuple[Run, Run] | None]:
    """A run parted at a space followed by a gutter's width of gap and a word starting at x
    (``columns.side_by_side``): PDFium joins two columns' runs on one baseline into one run,
    with a space of its own between them. The words of a line run left to right, so the
    space is found by bisection (a few glyph boxes a run)."""
    def cut(run: Run, x: float) -> tuple[Run, Run] | None:
        spaces = [m.start() for m in SPACE.finditer(text, run.start + 1, run.end - 1)]
        at = bisect.bisect_left(spaces, x, key=lambda i: glyphs.loose_box(i + 1)[0])
        for i in spaces[max(0, at - 1) : at + 1]:
            word = glyphs.loose_box(i + 1)[0]
            if (abs(word - x) <= EDGE_TOLERANCE
                    and word - glyphs.loose_box(i - 1)[2] >= GUTTER_EMS * run.size):
                left = _run(glyphs, text, run.start, i, height)
                right = _run(glyphs, text, i + 1, run.end, height)
                return (left, right) if left is not None and right is not None else None
        return None
    return cut


def _with_stamps(lines: list[Line], stamps: list[Run]) -> list[Line]:
    """Each stamp (``stamps``) a line of its own, before the line whose band it shares (the
    first reaching down to the stamp: a larger heading on its baseline starts higher), so
    first after the page's running header, where stamps and furniture are looked for."""
    for stamp in stamps:
        at = next((i for i, line in enumerate(lines)
                   if (line.bottom or 0.0) > stamp.top + LINE_TOLERANCE), len(lines))
        line = _line_of(stamp)
        line.stamp = True
        lines.insert(at, line)
    return lines
# A run's next glyph is on another line when its baseline moved by at least this share of the
# smaller glyph's height (a superscript or a larger word on one line moves less).
LINE_JUMP_SHARE = 0.9
# PDFium's marks of a word it joined across a line break on purpose ("sub\ufffecategories"):
# its hyphen and a soft hyphen; the run is kept whole as ever.
JOINED_WORD = "\ufffe\u00ad"
# A word's second part sits on the next line down, its baseline lower by about a line's pitch;
# one higher up, or lower by this many glyph heights or more, is another line's word that
# PDFium joined on only because its writer drew the text out of reading order (the word's true
# end is elsewhere).
MAX_JOINED_DROP_SHARE = 2.0


def _one_line_pieces(glyphs: Glyphs, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run's pieces, one per printed line. PDFium joins into one run the text objects it
    sees no line break between (a writer drawing each word apart, out of reading order): a
    heading and the first line of the paragraph under it, read as one line. Such a run's last
    glyph sits on another baseline than its first (the glyphs are looked at only then); a
    piece starts where a glyph goes back left and to another line; a word PDFium joined
    across a hyphenated line break stays whole on the line it starts on, the next line
    starting after it, unless what it joined on sits above or lines further down (out of
    reading order: another line's word). A rotated watermark's letters climb, each right of
    the last: one piece."""
    left, bottom, _, top = glyphs.loose_box(start)
    _, bottom2, _, top2 = glyphs.loose_box(end - 1)
    if abs(bottom - bottom2) < LINE_JUMP_SHARE * min(top - bottom, top2 - bottom2):
        return [(start, end)]
    pieces, piece = [], start
    prev = (left, bottom, top)
    broken = False  # in a word joined across a line end: its line ends after the word
    for i in range(start + 1, end):
        if text[i].isspace():
            if broken:
                pieces.append((piece, i))
                piece, broken = i + 1, False
            continue
        x0, b, _, t = glyphs.loose_box(i)
        jump = abs(b - prev[1]) >= LINE_JUMP_SHARE * min(t - b, prev[2] - prev[1])
        if jump and x0 < prev[0]:
            if (text[i - 1] in JOINED_WORD
                    and 0 < prev[1] - b < MAX_JOINED_DROP_SHARE * (prev[2] - prev[1])):
                broken = True
            else:
                pieces.append((piece, i))
                piece = i
        prev = (x0, b, t)
    pieces.append((piece, end))
    return [(a, z) for a, z in pieces if text[a:z].strip()]


class Run(NamedTuple):
    """A text run: its box (from the top of the page), text, font height and weight; and the
    cells of a table row it holds whole (see ``_with_cells``)."""

    top: float
    x0: float
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    # where its text is in the page's text (to cut it again, ``_cutter``)
    start: int = 0
    end: int = 0
    cells: tuple[tuple[float, str], ...] = ()
    # a bold heading and the regular text beside it (see ``_with_heading_beside``)
    beside: tuple[tuple[float, str], ...] = ()
    # the two pieces of a run parted by one column's gap (see ``_with_cells``)
    parts: tuple[tuple[float, str], ...] = ()
    # its bold run-in, where it goes on in regular type (see ``_with_lead``)
    lead: str | None = None


# PDFium keeps in one run the cells of a table row its writer drew as one text object (an
# unruled or zebra table: "PB2 Minutes of the meeting held on 18 June 2026      2 - 4"), a
# space where the next cell starts. A gap this many font heights wide parts two cells (a
# word space is about 0.3 of the height, a justified line's a little more).
COLUMN_GAP_SHARE = 1.0
# Only a run wider than its characters print at this share of the font's height each, with a
# column's gap besides, is looked into (most runs: their two glyph boxes, already read).
MAX_CHAR_SHARE = 0.45
# A row of at least this many cells: a label and its value at a tab stop are no table's row.
MIN_CELLS = 3


def _no_room_for_a_gap(run: Run, chars: int) -> bool:
    """Whether the run is no wider than its ``chars`` characters print at MAX_CHAR_SHARE of
    its font's height each with a column's gap besides (or has no height): only a wider run
    is looked into."""
    return run.size <= 0 or run.x1 - run.x0 <= (
        MAX_CHAR_SHARE * chars + COLUMN_GAP_SHARE) * run.size


def _gap_width(glyphs: Glyphs, space: int, after: int) -> float:
    """How wide the space is that opens at ``space`` (its first character) and closes before
    ``after`` (the next word's first glyph): from the last glyph's right edge to the next's
    left edge, as ``spaces`` gives the pair."""
    return glyphs.loose_box(after)[0] - glyphs.loose_box(space - 1)[2]


def _with_cells(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """The run with the cells of the table row it holds, if it holds one (MIN_CELLS or more
    pieces parted by a column's gap); or with its two pieces (``Run.parts``) where one
    column's gap parts it."""
    height = run.size
    if _no_room_for_a_gap(run, end - start):
        return run
    gaps: list[tuple[int, int, float]] = []  # the wide gaps: where they start, end, width
    for i, after in spaces(text, start, end):
        if (width := _gap_width(glyphs, i, after)) >= COLUMN_GAP_SHARE * height:
            gaps.append((i, after, width))
    cuts = _column_gaps(gaps, text, WIDE_GAP_SHARE * height)
    if not cuts:
        return run
    bounds = [start, *(b for gap in cuts for b in gap[:2]), end]
    # each cell read as the run is (``_run_text``): a footnote marker in it a superscript
    cells = tuple((glyphs.loose_box(a)[0], _run_text(glyphs, text[a:z], a))
                  for a, z in zip(bounds[::2], bounds[1::2], strict=True))
    if len(cells) < MIN_CELLS:
        # two pieces are no table's row, but may be two cards' lines side by side
        return run._replace(parts=cells) if all(t for _, t in cells) else run
    return run._replace(cells=tuple(c for c in cells if c[1]))


def _with_heading_beside(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """The run with its two pieces (``Run.beside``) where it is a bold heading and regular
    text beside it across a column's gap, drawn as one text object (a minute's heading in a
    left-hand gutter, its text in the column right of it); any other run as it is."""
    height = run.size
    if not run.bold or _no_room_for_a_gap(run, end - start):
        return run
    for i, after in spaces(text, start, end):
        if _gap_width(glyphs, i, after) >= COLUMN_GAP_SHARE * height:
            if glyphs.bold(after):
                return run
            pieces = ((run.x0, _run_text(glyphs, text[start:i], start)),
                      (glyphs.loose_box(after)[0], _run_text(glyphs, text[after:end], after)))
            return run._replace(beside=pieces) if all(t for _, t in pieces) else run
    return run


# A word's first glyph, after the space before it.
_WORD_START = re.compile(r"\s\S")


def _with_lead(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """The run with its bold run-in (``Run.lead``) where it opens in bold and goes on in
    regular type: a title run into its text ("Action log The Committee noted the action
    log."), as a table's cell prints an item's title. Only a run whose first glyph is bold is
    looked into, or one whose second word is, a column's gap before it: a record's row of one
    line, its number cell and its record cell drawn on one baseline and read as one run
    ("2.   Budget The Panel noted ..."), whose title opens the second cell."""
    lead = (_lead_at(glyphs, text, start, end) if run.bold
            else _lead_after_number_cell(glyphs, text, start, end, run.size))
    return run._replace(lead=lead) if lead else run


def _lead_after_number_cell(glyphs: Glyphs, text: str, start: int, end: int,
                            height: float) -> str | None:
    """The bold run-in of the cell after a run's first word, where a column's gap parts them
    (a table's number cell is one word: "2.", "A/12"). The second word's first glyph is asked
    first: most regular runs go on in regular type, a glyph asked and no box read."""
    second = next(spaces(text, start, end), None)
    if second is None or not glyphs.bold(second[1]):
        return None
    wide = _gap_width(glyphs, *second) >= COLUMN_GAP_SHARE * height
    return _lead_at(glyphs, text, second[1], end) if wide else None


def _lead_at(glyphs: Glyphs, text: str, start: int, end: int) -> str | None:
    """The bold words ``text[start:end]`` opens with (its first glyph bold) where it goes on in
    regular type. The first word whose first glyph is regular ends the run-in, whatever comes
    after it (words after it may be bold again, an emphasised "AGREED", and the run may end
    on one): a glyph asked a word, not every one."""
    regular = next((m.end() - 1 for m in _WORD_START.finditer(text, start, end)
                    if not glyphs.bold(m.end() - 1)), None)
    if regular is None:
        return None
    last = regular - 1
    while last > start and text[last].isspace():
        last -= 1
    # a whole word or more in bold: not a bold letter or two (an initial) set in a regular word
    if not glyphs.bold(last):
        return None
    return _run_text(glyphs, text[start:regular], start).strip() or None


# Word gaps of a line justified in a narrow cell are wide too, but all alike: neighbouring wide
# gaps within this share of each other's width are a justified line's, not columns'.
EVEN_GAP_SHARE = 0.1
# A gap this many font heights wide parts columns however alike its neighbours: a justified
# line stretches its word spaces a little, never to a table's gutters ("No.   Item   Presenter",
# a borderless table's header of one-word labels drawn as one run, its gaps ten heights wide).
WIDE_GAP_SHARE = 6.0


def _column_gaps(gaps: list[tuple[int, int, float]], text: str = "",
                 wide: float | None = None) -> list[tuple[int, int, float]]:
    """The wide gaps that part columns: not those as wide as a neighbouring one. A justified
    line widens every word space on it alike: two gaps with a plain word space between them in
    ``text`` (the run's text the gaps index) are two columns' however alike ("A4   Revenue and
    Capital ... Quarter 1   Head of Finance": the title's words spaced plainly), and so is
    one at least ``wide`` points wide."""
    def even(a: tuple[int, int, float], b: tuple[int, int, float]) -> bool:
        return (abs(a[2] - b[2]) <= EVEN_GAP_SHARE * max(a[2], b[2])
                and not any(c.isspace() for c in text[a[1] : b[0]]))
    return [gap for k, gap in enumerate(gaps)
            if (wide is not None and gap[2] >= wide)
            or (not (k > 0 and even(gaps[k - 1], gap))
            and not (k + 1 < len(gaps) and even(gap, gaps[k + 1])))]



# A letter-spaced heading: the letters of a word sit closer than this share of the font's
# height (a table row of one-letter cells sits wider), and a gap this many times the usual one
# parts two words.
SPACED_LETTER_GAP = 0.5
WORD_GAP_RATIO = 1.6


def _unspaced(glyphs: Glyphs, run: str, offset: int) -> str:
    """A letter-spaced run ("P e r f o r m a n c e R e p o r t") as its words, parted where
    the gap between two letters is wider than between the letters of a word. PDFium prints
    one space between every two letters, so the words are told apart by the glyphs' places."""
    at = [offset + i for i, ch in enumerate(run) if not ch.isspace()]
    boxes = [glyphs.loose_box(i) for i in at]
    gaps = [nxt[0] - prev[2] for prev, nxt in itertools.pairwise(boxes)]
    usual = sorted(gaps)[len(gaps) // 2]
    height = max(top - bottom for _, bottom, _, top in boxes)
    if usual > SPACED_LETTER_GAP * height:
        return clean(run)  # letters far apart: cells of a table row, not a spaced word
    text = run.strip()[0]
    for gap, ch in zip(gaps, [run[i - offset] for i in at[1:]], strict=True):
        text += (" " if gap > WORD_GAP_RATIO * max(usual, 0.1) else "") + ch
    return clean(text)


# A digit right after a letter, a per cent sign or a bracket: maybe a footnote marker
# ("87.5%1", "£4.2m1", "(see note)2"), looked at only there.
MARKER_AFTER = re.compile(r"(?:[^\W\d_]|[%)\]])(\d)")
DIGIT = re.compile(r"\d")


def _raised_markers(glyphs: Glyphs, run: str, offset: int) -> str:
    """The run with each footnote marker after a word or a value as superscript digits
    ("87.5%¹", as ``pdf_fast`` gives it in table cells): a digit set smaller than the glyph
    before it (by its font's box) and raised above its baseline. Same length as ``run``."""
    if DIGIT.search(run) is None:  # most runs: no digit at all
        return run
    m = MARKER_AFTER.search(run)
    if m is None:
        return run
    out = list(run)
    while m is not None:
        at = m.start(1)
        _, bottom, _, top = glyphs.loose_box(offset + at - 1)
        _, d_bottom, _, d_top = glyphs.loose_box(offset + at)
        size = top - bottom
        if d_top - d_bottom < FOOTNOTE_SIZE * size and d_bottom - bottom > FOOTNOTE_RISE * size:
            end = at
            while end < len(run) and run[end].isdigit():
                out[end] = run[end].translate(SUPERSCRIPT)
                end += 1
        m = MARKER_AFTER.search(run, at + 1)
    return "".join(out)


def _split_superscripts(glyphs: Glyphs, run: str, offset: int) -> str:
    """Footnote markers print as small raised digits glued to a number ("38" + "1" reads as
    "381"). Only digit groups are examined, so this costs a few glyph boxes per number."""
    m = DIGITS.search(run)
    if m is None:  # most runs: no number to look at
        return run
    pieces = []
    last = 0
    while m is not None:
        boxes = [glyphs.box(offset + i) for i in range(m.start(), m.end())]
        heights = [top - bottom for _, bottom, _, top in boxes]
        full, base = max(heights), boxes[0][1]
        for k in range(1, len(boxes)):
            small = heights[k] < 0.75 * full and boxes[k][1] > base + 0.2 * full
            if small:
                pieces.append(run[last : m.start() + k] + " ")
                last = m.start() + k
                break
        m = DIGITS.search(run, m.end())
    return "".join(pieces) + run[last:]


def _group_lines(runs: list[Run]) -> list[Line]:
    """Group text runs into visual lines, top to bottom, left to right. A line's size is its
    largest run's; it is bold when its first run is (a bold heading, then plain text after it,
    is still a heading)."""
    return [_line_of(row[0]) if len(row) == 1 else _joined_line(row) for row in _rows(runs)]


def _rows(runs: list[Run]) -> list[list[Run]]:
    """The runs of each visual line, top to bottom, each line's left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=_reading_order):
        if lines and abs(lines[-1][0].top - run.top) <= LINE_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
    for line in lines:
        if len(line) > 1:
            line.sort(key=lambda r: r.x0)
    return lines


def _reading_order(run: Run) -> tuple[float, float]:
    return round(run.top, 1), run.x0


def _line_of(run: Run) -> Line:
    """A line of one run (most lines). Its text was cleaned as a run: cleaning it again
    changes it only where removing a tag joined the pieces of another ("<<b>i>")."""
    text = clean(run.text) if "<" in run.text else run.text
    return Line(text, run.x0, run.top, run.x1, run.bottom, [(run.x0, run.text)], run.size,
                run.bold, cells=list(run.cells) if run.cells else None,
                beside=list(run.beside) if run.beside else None,
                parts=list(run.parts) if run.parts else None, lead=run.lead)


def _joined_line(group: list[Run]) -> Line:
    group.sort(key=lambda r: r.x0)
    return Line(
        text=clean(" ".join(r.text for r in group)),
        x0=group[0].x0,
        top=min(r.top for r in group),
        x1=max(r.x1 for r in group),
        bottom=max(r.bottom for r in group),
        spans=_spans(group),
        size=max(r.size for r in group),
        bold=group[0].bold,
        cells=([cell for r in group for cell in (r.cells or ((r.x0, r.text),))]
               if any(r.cells for r in group) else None),
        parts=([part for r in group for part in (r.parts or ((r.x0, r.text),))]
               if any(r.parts for r in group) else None),
        lead=_line_lead(group),
    )


def _line_lead(group: list[Run]) -> str | None:
    """The bold run-in of a line of runs (left to right): its first run's, or where that
    is in regular type and a column's gap parts them, the second's (a record's row of one
    line drawn as two text objects: the number cell, then the record cell opening with its
    title; see ``_lead_after_number_cell``)."""
    first = group[0]
    if first.lead or first.bold or len(group) < 2:
        return first.lead
    return group[1].lead if group[1].x0 - first.x1 >= COLUMN_GAP_SHARE * first.size else None


# PDFium starts a new run at a short word drawn on its own (a writer drawing each word apart:
# "Item" "1" "- Declarations"), its gap a word space, not a column's: at most this share of
# the font's height (a word space is about 0.3 of it, stretched a little in a justified line;
# two table cells' padding parts their text by 0.54 of a 10.5 point font and more).
WORD_GAP_SHARE = 0.45
# A word this short beside such a gap is one PDFium parted from its line.
SHORT_WORD = 2


def _spans(group: list[Run]) -> list[tuple[float, str]]:
    """A line's runs as its spans (its columns), a run parted from its neighbour only by a
    word space at a short word joined to it."""
    spans = [(group[0].x0, group[0].text)]
    for prev, run in itertools.pairwise(group):
        short = min(len(prev.text.split()[-1]), len(run.text.split()[0])) <= SHORT_WORD
        if short and run.x0 - prev.x1 <= WORD_GAP_SHARE * min(prev.size, run.size):
            spans[-1] = (spans[-1][0], f"{spans[-1][1]} {run.text}")
        else:
            spans.append((run.x0, run.text))
    return spans


TABLES_ENV = "KCC_PAPERS_TABLES"


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
        from kcc_papers.load.pdf_colours import file_plain_fills, plain_fills

        if self._file_plain is None:
            try:
                self._file_plain = file_plain_fills(self.path.read_bytes())
            except OSError:
                self._file_plain = False
        if self._file_plain:
            return True
        try:
            return plain_fills(self._page_obj(number))
        except Exception:  # pdfminer cannot walk the pages: pdfplumber judges the page
            return False

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
            found = [zebra.trimmed(table, index.chars) for table in found]
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
            return False
        # (a zebra table's last row is read down over the lines its cells wrap to)
        return _loaded(page, [zebra.reach(t) for t in found])


def _filled_cells(page: Any, found: list[Any]) -> bool:
    """Whether a filled rectangle lies under the centre of any cell of the tables."""
    fills = [r for r in page.rects if r.get("fill") and r.get("non_stroking_color") is not None]
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

    fills = [r for r in page.rects if r.get("fill") and r.get("non_stroking_color") is not None]
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
    return Table(rows, number, tuple(found.bbox), columns=zebra.text_starts(found, chars))


def _cell(chars: list[Any], bbox: tuple[float, float, float, float], fills: list[dict[str, Any]],
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


def _fill_at(fills: list[dict[str, Any]], bbox: tuple[float, float, float, float]) -> str | None:
    """Colour of the smallest filled rectangle under the centre of the cell."""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    best = None
    for r in fills:
        if r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]:
            area = (r["x1"] - r["x0"]) * (r["bottom"] - r["top"])
            if best is None or area < best[0]:
                best = (area, r["non_stroking_color"])
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

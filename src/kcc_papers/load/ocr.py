"""OCR of scanned pages with Tesseract: a page rendered by PDFium, read by Tesseract's hOCR
output, becomes the same page model a text layer gives (lines with positions in PDF points,
font size and a bold guess), so segmentation and the extractors run unchanged.

Tesseract is optional (the ``[ocr]`` extra and the Debian packages ``tesseract-ocr`` and
``tesseract-ocr-eng``); without it scanned files stay ``no_text_layer`` errors."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from kcc_papers.load.glyphs import clean
from kcc_papers.load.model import Line, Page

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    import pypdfium2 as pdfium

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")
# Render resolution. Measured on scanned copies of real minutes and agendas (README, "OCR"):
# 300 DPI read no more records than 200 and took about twice as long per page.
DPI = 200
POINTS_PER_INCH = 72
# Pages whose mean word confidence (Tesseract's 0-100) is below this get an
# ``ocr_low_confidence`` finding: clean typed scans read at 85-95, noise and smudges far lower.
CONFIDENCE_FLOOR = 70.0
INSTALL_HINT = ("install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng) and "
                "pip install 'kcc-papers[ocr]' to read it with OCR")
# A text layer is a scanner's garbage when fewer than this share of its tokens read as words
# or numbers; real pages, tables of figures included, are far above it.
GARBAGE_WORD_SHARE = 0.4
# Pages with fewer tokens than this are judged by emptiness alone (a cover with one word).
GARBAGE_MIN_TOKENS = 8
WORDLIKE = re.compile(
    r"^[(\[\"'‘“]*(?:[A-Za-z][A-Za-z'’-]*|[£$]?\d[\d,.:/%-]*[a-z]{0,2})[)\]\"'’”.,;:!?%]*$"
)
# Tesseract's lines of one visual row (a minute number and its title are often two) are
# merged when their deskewed tops differ by less than this share of the line's height.
ROW_TOLERANCE = 0.5
# A gap between words wider than this many line heights starts a new run (a new column).
RUN_GAP = 1.5
# Tesseract's x_size is the line's height from ascender to descender; the text layer's size
# (PDFium's loose glyph box) is about this multiple of it, measured on the same pages.
SIZE_PER_XSIZE = 1.24
# Line sizes within this share of the page's body size are the body size: OCR's estimates
# wobble by a point where the printed size does not change.
SIZE_SNAP = 0.12
# A line is bold when its strokes are this much thicker (relative to its size) than the body's.
BOLD_STROKE_RATIO = 1.3
# Tesseract's page segmentation mode 6 (the page as one block of text): its automatic modes
# (3, and 4, 11, 12) drop item and paragraph numbers ("1.") standing apart from their text,
# which agendas and minutes are numbered by. Rows are regrouped, and split into runs at wide
# gaps, here anyway, as the text layer's are.
PAGE_SEGMENTATION = "--psm 6"
# Words a line's weight is judged on, and the length of a leading number judged by its title's.
LEAD_WORDS = 3
SHORT_LEAD = 4
DARK = 128  # grey level below which a pixel is ink
LINE_CLASSES = {"ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption"}
# What Tesseract reads ruling lines, cell borders and leader strokes as ("A3___", "A2 = Apologies",
# "C1 ~~ Performance"): never text in a committee paper.
STRAY_STROKES = re.compile(r"[_~=|]+")
# An item ref whose "1" read as a letter ("Al", "Bi", "Di"), standing apart from its title.
MISREAD_REF = re.compile(r"^([A-Z])[lIi|]$")
# A field's name opens at its word's first letter: from a later one it would have been read from
# there, so a long word with no value after it is read once, not from each letter.
TITLE_FIELD = re.compile(r"(?<!\w)(\w+)\s+([^;]+)")
INK_RUN = re.compile(rb"[\x00-\x7f]+")


def available() -> bool:
    """Whether the binding and the ``tesseract`` program are both installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


def is_garbage(page: Page) -> bool:
    """A page with no text, or a text layer mostly of non-word glyphs (what some scanners
    write under the image)."""
    tokens = page.text.split()
    if not tokens:
        return True
    if len(tokens) < GARBAGE_MIN_TOKENS:
        return False
    # Counted only until there are enough: a page of prose is known to be text at once.
    enough = GARBAGE_WORD_SHARE * len(tokens)
    words = 0
    for token in tokens:
        if WORDLIKE.match(token):
            words += 1
            if words >= enough:
                return False
    return True


@dataclass(slots=True)
class _Run:
    """Words of one Tesseract line between wide gaps, in image pixels."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    xsize: float
    stroke: float
    lead: float  # stroke of its first words: a line is bold when its start is


def ocr_page(doc: pdfium.PdfDocument, index: int, dpi: int | None = None) -> Page:
    """Render page ``index`` at ``dpi`` (default ``DPI``) and read it with Tesseract. The
    page's ``ocr_confidence`` is the mean confidence of its words (0 when none was found)."""
    dpi = dpi or DPI
    import pytesseract
    from PIL import ImageFilter

    # Workers already read one file per core: Tesseract's own threads would only compete.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    page = doc[index]
    try:
        width, height = page.get_size()
        image = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True).to_pil().convert("L")
        image = image.filter(ImageFilter.MedianFilter(3))
    finally:
        page.close()
    hocr = pytesseract.image_to_pdf_or_hocr(image, extension="hocr", config=PAGE_SEGMENTATION)
    runs, slope, confidences = _read_hocr(hocr, image)
    points = POINTS_PER_INCH / dpi
    lines = _lines(runs, slope, points)
    confidence = round(statistics.fmean(confidences), 1) if confidences else 0.0
    return Page(index + 1, lines, width=width, height=height, ocr_confidence=confidence)


def _title(element: Element) -> dict[str, str]:
    return {k: v.strip() for k, v in TITLE_FIELD.findall(element.get("title", ""))}


def _read_hocr(hocr: bytes, image: Any) -> tuple[list[_Run], float, list[float]]:
    """Runs of every line, the page's skew (median baseline slope) and word confidences."""
    # Imported here: only a page read by OCR parses hOCR, and this module is imported by the
    # workers' server before the first page of every run (ElementTree ~5 ms of that start).
    from xml.etree.ElementTree import fromstring

    root = fromstring(hocr)
    runs: list[_Run] = []
    slopes: list[float] = []
    confidences: list[float] = []
    for element in root.iter():
        if element.get("class") not in LINE_CLASSES:
            continue
        fields = _title(element)
        words = []
        for word in element.iter():
            if word.get("class") != "ocrx_word":
                continue
            text = clean(STRAY_STROKES.sub("", "".join(word.itertext())))
            if not text:
                continue
            wf = _title(word)
            confidences.append(float(wf.get("x_wconf", 0)))
            words.append((tuple(float(v) for v in wf["bbox"].split()), text))
        if not words:
            continue
        baseline = fields.get("baseline", "0 0").split()
        slopes.append(float(baseline[0]))
        _, y0, _, y1 = (float(v) for v in fields["bbox"].split())
        xsize = float(fields.get("x_size", y1 - y0))
        runs.extend(_split_runs(words, xsize, image))
    slope = statistics.median(slopes) if slopes else 0.0
    return runs, slope, confidences


def _split_runs(words: list[tuple[tuple[float, ...], str]], xsize: float, image: Any) -> list[_Run]:
    groups: list[list[tuple[tuple[float, ...], str]]] = []
    for box, text in words:
        if groups and box[0] - groups[-1][-1][0][2] <= RUN_GAP * xsize:
            groups[-1].append((box, text))
        else:
            groups.append([(box, text)])
    if len(groups) > 1 and len(groups[0]) == 1:
        box, text = groups[0][0]
        groups[0] = [(box, MISREAD_REF.sub(r"\g<1>1", text))]
    out = []
    for group in groups:
        boxes = [b for b, _ in group]
        out.append(_Run(
            min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes), " ".join(t for _, t in group), xsize,
            _stroke(image, boxes), _stroke(image, boxes[:LEAD_WORDS]),
        ))
    return out


def _stroke(image: Any, boxes: list[tuple[float, ...]]) -> float:
    """Mean width in pixels of the horizontal ink runs inside the word boxes: bold type's
    strokes are thicker."""
    total = count = 0
    for x0, y0, x1, y1 in boxes:
        crop = image.crop((int(x0), int(y0), int(x1) + 1, int(y1) + 1))
        data, w = crop.tobytes(), crop.width
        for row in range(crop.height):
            for m in INK_RUN.finditer(data, row * w, row * w + w):
                total += m.end() - m.start()
                count += 1
    return total / count if count else 0.0


def _lines(runs: list[_Run], slope: float, points: float) -> list[Line]:
    """Runs grouped into visual rows in the deskewed frame, top to bottom, in PDF points."""
    runs = [_deskew(r, slope) for r in runs]
    rows: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        if rows and abs(rows[-1][0].top - run.top) <= ROW_TOLERANCE * run.xsize:
            rows[-1].append(run)
        else:
            rows.append([run])
    body_xsize, body_stroke = _body(runs)
    body_size = body_xsize * SIZE_PER_XSIZE * points if body_xsize else None
    out = []
    for row in rows:
        row.sort(key=lambda r: r.x0)
        size = max(r.xsize for r in row) * SIZE_PER_XSIZE * points
        if body_size and abs(size - body_size) <= SIZE_SNAP * body_size:
            size = body_size
        # A number standing apart ("1", "84.", "A1") is too few strokes to judge: its title's
        lead = row[1] if len(row) > 1 and len(row[0].text) <= SHORT_LEAD else row[0]
        ratio = lead.lead / lead.xsize if lead.xsize else 0.0
        out.append(Line(
            text=clean(" ".join(r.text for r in row)),
            x0=row[0].x0 * points,
            top=min(r.top for r in row) * points,
            x1=max(r.x1 for r in row) * points,
            bottom=max(r.bottom for r in row) * points,
            spans=[(r.x0 * points, r.text) for r in row],
            size=round(size, 1),
            bold=bool(body_stroke) and ratio >= body_stroke * BOLD_STROKE_RATIO,
        ))
    return out


def _deskew(run: _Run, slope: float) -> _Run:
    """The run's box on the page turned back by the page's skew (a slightly rotated scan):
    rows level again, and a margin's lines start at one left edge. ``slope`` is dy/dx of the
    baselines in image pixels; for such small angles sin is the slope and cos is 1."""
    shift_x, shift_y = run.top * slope, run.x0 * slope
    return dataclasses.replace(run, x0=run.x0 + shift_x, x1=run.x1 + shift_x,
                               top=run.top - shift_y, bottom=run.bottom - shift_y)


def _body(runs: list[_Run]) -> tuple[float | None, float]:
    """The body's line height (pixels) and stroke-to-height ratio: medians over runs weighted
    by their length, since body text has the most characters."""
    if not runs:
        return None, 0.0
    xsize = _weighted_median([(r.xsize, len(r.text)) for r in runs])
    stroke = _weighted_median([(r.stroke / r.xsize, len(r.text)) for r in runs if r.xsize])
    return xsize, stroke


def _weighted_median(values: list[tuple[float, int]]) -> float:
    """The value at half the total weight (0 for none)."""
    values = sorted(values)
    half, seen = sum(n for _, n in values) / 2, 0
    for value, n in values:
        seen += n
        if seen >= half:
            return value
    return 0.0

"""Regression tests for the round 10 text-layer misses of the spacing family: word breaks set
as gaps with no space character (each word its own text object) and papers set in a TrueType
font with ligatures. Small papers in several forms (not copies of the held-out ones), with
guards for what the rules must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kcc_papers.load.pdf import load_pdf
from kcc_papers.load.pdf_fast import with_word_gaps

fpdf = pytest.importorskip("fpdf")

CELL_PAD = 2.0
ROW_HEIGHT = 16.0
FACES = ("Helvetica", "Times", "Courier")


def _words_apart(pdf: Any, x: float, y: float, text: str) -> None:
    """The line drawn word by word, each word its own text object, no space character:
    the words parted by the width of a space only, as some PDF writers leave them."""
    space = pdf.get_string_width(" ")
    for word in text.split():
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + space


def _ruled_table(path: Path, rows: list[list[str]], face: str, size: float,
                 widths: list[float]) -> Path:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font(face, size=size)
    top = 80.0
    for r, row in enumerate(rows):
        x = 50.0
        y = top + r * ROW_HEIGHT
        for width, text in zip(widths, row, strict=True):
            pdf.rect(x, y, width, ROW_HEIGHT)
            _words_apart(pdf, x + CELL_PAD, y + ROW_HEIGHT - 4.5, text)
            x += width
    pdf.output(str(path))
    return path


KPI_ROWS = [
    ["Ref", "Measure", "Q3 2025/26", "Q4 2025/26", "RAG"],
    ["PI 1", "Repairs done in year (%)", "61.2", "68.4", "Red"],
    ["PI 2", "Calls answered (per day)", "1,552", "1,536", "Green"],
    ["PI 3", "Plans issued within 20 weeks", "38.5", "44.7", "No change"],
]
KPI_WIDTHS = [50.0, 180.0, 70.0, 70.0, 60.0]


def _cells(path: Path) -> list[list[str]]:
    with load_pdf(path, "x") as source:
        return [row for page in source.pages for table in page.tables
                for row in table.texts()]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("face", FACES)
@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_table_cells_part_words_set_apart_by_a_gap_only(tmp_path, monkeypatch, engine, face,
                                                        size):
    """The width of a space at 8 to 10.5 points is under pdfplumber's 3-point tolerance, so
    words drawn apart without a space character ran together ("year(%)", "Q32025/26")."""
    monkeypatch.setenv("KCC_PAPERS_TABLES", engine)
    path = _ruled_table(tmp_path / "kpis.pdf", KPI_ROWS, face, size, KPI_WIDTHS)
    assert _cells(path) == KPI_ROWS


def test_words_of_an_unruled_page_part_at_a_gap_only(tmp_path):
    """``extract_words`` (unruled tables, risk grids) reads the same chars: a gap the width
    of a space parts two words there too."""
    from kcc_papers.load.pdf_layout import LayoutPages

    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    _words_apart(pdf, 50, 100, "Likelihood of loss (score)")
    pdf.line(50, 120, 300, 120)  # a rule: the page is read through the fast layout
    path = tmp_path / "words.pdf"
    pdf.output(str(path))
    with LayoutPages(path, "pdfium") as pages:
        page = pages.page(1)
        words = [w["text"] for w in page.extract_words(extra_attrs=["size"])]
    assert words == ["Likelihood", "of", "loss", "(score)"]


def _chars(gaps: list[float], size: float = 9.0, width: float = 5.0) -> Iterator[dict[str, Any]]:
    x = 50.0
    for i, gap in enumerate([0.0, *gaps]):
        x += gap
        yield {"text": "abcdefghij"[i], "x0": x, "x1": x + width, "top": 100.0,
               "bottom": 100.0 + size, "size": size, "upright": True}
        x += width


def test_a_gap_inside_a_word_is_no_word_break():
    """Kerning and a little tracking (hundredths of an em) leave the word whole; a gap of a
    space's width (a quarter em) parts it; a space char already there is not doubled."""
    tight = list(_chars([0.0, 0.3, -0.4, 0.9]))  # 0.1 em at most
    assert with_word_gaps(tight) == tight
    parted = with_word_gaps(list(_chars([0.0, 2.3, 0.0])))
    assert "".join(c["text"] for c in parted) == "ab cd"
    spaced = list(_chars([0.0, 2.3, 0.0]))
    spaced[2:2] = [{**spaced[1], "text": " ", "x0": spaced[1]["x1"], "x1": spaced[2]["x0"]}]
    assert with_word_gaps(spaced) == spaced


def test_a_gap_between_lines_or_wider_than_pdfplumbers_tolerance_adds_nothing():
    wide = list(_chars([0.0, 3.5]))  # pdfplumber parts these itself
    assert with_word_gaps(wide) == wide
    lower = list(_chars([0.0, 2.3]))
    lower[2] = {**lower[2], "top": 112.0, "bottom": 121.0}  # the next line's first glyph
    assert with_word_gaps(lower) == lower


# ------------------------------------------------------- words a narrow cell broke in two

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _narrow_table(path: Path, rows: list[list[str]], widths: list[float],
                  face: str) -> Path:
    """Ruled cells that wrap their text (fpdf's ``multi_cell``, which cuts a word wider than
    the cell where the line is full, as word processors do)."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    if face == "DejaVu":
        pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.set_font(face, size=10)
    y = 80.0
    for row in rows:
        x = 50.0
        bottom = y
        for width, text in zip(widths, row, strict=True):
            pdf.set_xy(x, y)
            pdf.multi_cell(width, 12, text, border=0)
            bottom = max(bottom, pdf.get_y())
            x += width
        x = 50.0
        for width in widths:
            pdf.rect(x, y, width, bottom - y)
            x += width
        y = bottom
    pdf.output(str(path))
    return path


BROKEN_ROWS = [
    ["Ref", "Start", "Extension option", "Value"],
    ["CC/2024/031", "01/04/2024", "1 + 1 years", "186,400"],
    ["HR-2025-00017", "31/03/2027", "None", "1,240,000"],
]
# where each face cuts "Extension" (a cut leaving more than one letter inside a word of
# letters is not told from a wrap, and stays a space)
CUT_HEADING = {"Helvetica": "Extensi on option", "Times": "Extension option",
               "DejaVu": "Extensi on option"}


@pytest.mark.parametrize("face", ["Helvetica", "Times", "DejaVu"])
def test_a_word_cut_by_a_narrow_cell_is_joined_again(tmp_path, face):
    """A reference, a date or a heading word wider than its column is cut where the line is
    full ("CC/2024/" above "031", "Extensio" above "n option"): the cell reads it whole. The
    wider the face (DejaVu Sans), the more words are cut."""
    if face == "DejaVu" and not DEJAVU.exists():
        pytest.skip("fonts-dejavu-core is not installed")
    path = _narrow_table(tmp_path / "narrow.pdf", BROKEN_ROWS, [48.0, 46.0, 44.0, 80.0], face)
    with load_pdf(path, "x") as source:
        (table,) = source.pages[0].tables
    assert table.texts()[1:] == BROKEN_ROWS[1:]
    assert table.texts()[0] == ["Ref", "Start", CUT_HEADING[face], "Value"]


def test_a_long_word_that_wrapped_the_next_whole_stays_two_words(tmp_path):
    """A word that fills its line and pushes the next word down leaves the same geometry
    as a cut; between two letters of words ("Affordable" above "housing") it is read as a
    wrap, and so is a lone word "a" or "I"."""
    rows = [["Contract", "Note"], ["Affordable housing", "Dreadnought a tug"]]
    pdf_path = _narrow_table(tmp_path / "wrap.pdf", rows, [52.0, 66.0], "Helvetica")
    with load_pdf(pdf_path, "x") as source:
        (table,) = source.pages[0].tables
    assert table.texts() == rows


def test_regression_stacked_dates_in_a_fitted_cell_stay_two_lines(tmp_path):
    """A column fitted to its widest entry ("Term": start over end, each date filling its
    line) leaves the geometry of a cut; two lines of one shape ("01/04/2024" over
    "31/03/2027", "186,400" over "22,000") are a list, not one figure cut in two."""
    sizer = fpdf.FPDF(unit="pt", format="A4")
    sizer.set_font("Helvetica", size=10)
    fitted = [sizer.get_string_width(text) + 2 * sizer.c_margin
              for text in ("CC/01", "01/04/2024", "186,400")]
    rows = [["Ref", "Term", "Value"],
            ["CC/01", "01/04/2024 31/03/2027", "186,400 22,000"]]
    path = _narrow_table(tmp_path / "fitted.pdf", rows, fitted, "Helvetica")
    with load_pdf(path, "x") as source:
        (table,) = source.pages[0].tables
    assert table.texts()[1] == ["CC/01", "01/04/2024 31/03/2027", "186,400 22,000"]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_regression_letter_spaced_header_cells_stay_words(tmp_path, monkeypatch, engine):
    """Capitals tracked 0.17 em apart ("REF | INDICATOR | RAG" set with a letter-spacing of
    1.5 points at 9) space every pair of glyphs alike: no gap there is a word break, and the
    words of a tracked run without space chars still part where the gap outgrows the
    tracking."""
    monkeypatch.setenv("KCC_PAPERS_TABLES", engine)
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    rows = [["REF", "INDICATOR", "TARGET DATE", "RAG"], ["PI 1", "Calls answered", "80", "Red"]]
    widths = [50.0, 200.0, 90.0, 60.0]
    for r, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
        pdf.set_char_spacing(1.5 if r == 0 else 0)
        x, y = 50.0, 80.0 + r * ROW_HEIGHT
        for width, text in zip(widths, row, strict=True):
            pdf.rect(x, y, width, ROW_HEIGHT)
            _words_apart(pdf, x + CELL_PAD, y + ROW_HEIGHT - 4.5, text)
            x += width
    path = tmp_path / "tracked.pdf"
    pdf.output(str(path))
    assert _cells(path) == rows

"""Regression tests for the round 10 text-layer misses of the spacing family: word breaks set
as gaps with no space character (each word its own text object) and papers set in a TrueType
font with ligatures. Small papers in several forms (not copies of the held-out ones), with
guards for what the rules must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kcc_papers.load.pdf import load_pdf
from kcc_papers.load.pdf_fast import with_word_gaps

fpdf = pytest.importorskip("fpdf")

CELL_PAD = 2.0
ROW_HEIGHT = 16.0
FACES = ("Helvetica", "Times", "Courier")


def _words_apart(pdf: fpdf.FPDF, x: float, y: float, text: str) -> None:
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
    from kcc_papers.load.pdf import LayoutPages

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


def _chars(gaps: list[float], size: float = 9.0, width: float = 5.0) -> Iterator[dict]:
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

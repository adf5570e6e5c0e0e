"""Regression tests for round 11's page-model misses (``load``): pages stored turned (/Rotate),
side-by-side columns, hyphenated line ends and footnote markers. Small papers in several forms
(not copies of the held-out ones), with guards for what the rules must leave alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from kcc_papers.load.pdf import load_pdf

fpdf = pytest.importorskip("fpdf")

A4_WIDTH, A4_HEIGHT = 595.28, 841.89


# --- pages stored turned --------------------------------------------------------------------

# Where a point shown at (x, top) of the turned page lies on the portrait page fpdf draws
# (x, y from its top), and the angle fpdf turns text by (counter-clockwise), per /Rotate.
def _drawn_at(rotation: int, x: float, top: float) -> tuple[float, float, float]:
    if rotation == 90:
        return top, A4_HEIGHT - x, 90.0
    if rotation == 270:
        return A4_WIDTH - top, x, -90.0
    return A4_WIDTH - x, A4_HEIGHT - top, 180.0


def _turned_paper(path: Path, rotation: int, lines: list[tuple[float, float, str, float]],
                  portrait_first: bool = True) -> Path:
    """A paper whose page 2 (page 1 without ``portrait_first``) is stored turned: drawn on its
    side on a portrait A4 page that /Rotate ``rotation`` shows upright. ``lines``: (x, top of
    the baseline, text, size) as shown."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_font("Helvetica", size=11)
    if portrait_first:
        pdf.add_page()
        pdf.text(60, 80, "Cabinet - 3 March 2026")
    pdf.add_page()
    for x, top, text, size in lines:
        pdf.set_font("Helvetica", size=size)
        fx, fy, angle = _drawn_at(rotation, x, top)
        with pdf.rotation(angle, x=fx, y=fy):
            pdf.text(fx, fy, text)
    doc = pdfium.PdfDocument(bytes(pdf.output()))
    doc[len(doc) - 1].set_rotation(rotation)
    doc.save(str(path))
    doc.close()
    return path


REGISTER = [
    (60.0, 60.0, "Appendix A: Strategic Risk Register", 16.0),
    (60.0, 100.0, "SR1", 10.0),
    (120.0, 100.0, "Funding gap in 2026/27 exceeds reserves", 10.0),
    (560.0, 100.0, "Likelihood 4", 10.0),
    (680.0, 100.0, "Impact 5", 10.0),
    (60.0, 120.0, "SR2", 10.0),
    (120.0, 120.0, "Loss of key ICT systems", 10.0),
    (560.0, 120.0, "Likelihood 2", 10.0),
    (680.0, 120.0, "Impact 4", 10.0),
]


def _page_lines(path: Path, number: int) -> list[Any]:
    with load_pdf(path, "x") as source:
        return source.pages[number - 1].lines


@pytest.mark.parametrize("rotation", [90, 270, 180])
def test_a_turned_page_reads_as_a_viewer_shows_it(tmp_path: Path, rotation: int) -> None:
    path = _turned_paper(tmp_path / f"r{rotation}.pdf", rotation, REGISTER)
    lines = _page_lines(path, 2)
    texts = [line.text for line in lines]
    assert texts == [
        "Appendix A: Strategic Risk Register",
        "SR1 Funding gap in 2026/27 exceeds reserves Likelihood 4 Impact 5",
        "SR2 Loss of key ICT systems Likelihood 2 Impact 4",
    ]
    heading, first, second = lines
    assert heading.size is not None and first.size is not None
    assert heading.size > first.size  # the heading's type is larger, as shown
    assert first.x0 == pytest.approx(60, abs=1) and (first.x1 or 0) > 700  # across the page
    assert first.top is not None and second.top is not None and first.top < second.top
    assert all(0 <= (line.top or 0) <= A4_WIDTH for line in lines)  # a landscape page


def test_the_upright_pages_around_a_turned_one_are_unchanged(tmp_path: Path) -> None:
    path = _turned_paper(tmp_path / "mixed.pdf", 90, REGISTER)
    first = _page_lines(path, 1)
    assert [line.text for line in first] == ["Cabinet - 3 March 2026"]
    assert first[0].x0 == pytest.approx(60, abs=1)


def test_a_large_heading_on_a_turned_page_is_no_watermark(tmp_path: Path) -> None:
    """Upright as shown is upright: a 32 point heading drawn on its side on a turned page is
    a heading, not a watermark's turned large type."""
    lines = [(60.0, 80.0, "Risk Heat Map", 32.0), (60.0, 120.0, "SR1 Funding gap", 10.0)]
    path = _turned_paper(tmp_path / "big.pdf", 90, lines, portrait_first=False)
    assert [line.text for line in _page_lines(path, 1)] == ["Risk Heat Map", "SR1 Funding gap"]


# --- side-by-side columns -------------------------------------------------------------------

LEFT_X, RIGHT_X, COLUMN_W, MARGIN_W = 56.0, 310.0, 230.0, 480.0
ENGLISH = ("The Council considered the annual review of its allotment sites and the waiting "
           "list, which now stands at forty households across the two wards of the town.")
WELSH = ("Ystyriodd y Cyngor yr adolygiad blynyddol o'i safleoedd rhandiroedd a'r rhestr aros, "
         "sydd bellach yn ddeugain o aelwydydd ar draws dwy ward y dref.")


def _two_columns(path: Path, rows: list[tuple[str, str]], before: str = "",
                 after: str = "", size: float = 11) -> Path:
    """Rows of two columns side by side, each pair starting on one baseline, with a line
    across the page before and a heading after them."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    pdf.set_xy(LEFT_X, 60)
    if before:
        pdf.multi_cell(MARGIN_W, size * 1.3, before)
    for left, right in rows:
        top = pdf.get_y() + 4
        pdf.set_xy(LEFT_X, top)
        pdf.multi_cell(COLUMN_W, size * 1.3, left)
        bottom = pdf.get_y()
        pdf.set_xy(RIGHT_X, top)
        pdf.multi_cell(COLUMN_W, size * 1.3, right)
        pdf.set_y(max(bottom, pdf.get_y()))
    if after:
        pdf.set_font("Helvetica", "B", size + 3)
        pdf.set_xy(LEFT_X, pdf.get_y() + 14)
        pdf.multi_cell(MARGIN_W, size * 1.5, after)
    pdf.output(str(path))
    return path


def _texts(path: Path) -> list[str]:
    return [line.text for line in _page_lines(path, 1)]


def _words(lines: list[str]) -> str:
    return " ".join(lines)


def test_bilingual_columns_read_english_then_welsh(tmp_path: Path) -> None:
    rows = [("Allotments", "Rhandiroedd"), (ENGLISH, WELSH),
            ("RESOLVED: that the review be noted.", "PENDERFYNWYD: nodi'r adolygiad.")]
    texts = _texts(_two_columns(tmp_path / "cy.pdf", rows, before="Minutes of the meeting "
                                "of the Town Council held on 9 March 2026 at the Town Hall."))
    welsh_from = texts.index("Rhandiroedd")
    english, welsh = texts[:welsh_from], texts[welsh_from:]
    assert _words(english).endswith(f"Allotments {ENGLISH} RESOLVED: that the review be noted.")
    assert _words(welsh) == f"Rhandiroedd {WELSH} PENDERFYNWYD: nodi'r adolygiad."


def test_an_action_column_is_read_after_the_minute_text(tmp_path: Path) -> None:
    rows = [("4. Budget monitoring", "Action"),
            ("The Chief Finance Officer presented the report, which projected an overspend "
             "on care packages and set out a recovery plan for the rest of the year.",
             "Chief Finance Officer"),
            ("Decision: the Board noted the overspend and approved the recovery plan set out "
             "in Appendix 2 of the report.", "Head of Finance")]
    texts = _texts(_two_columns(tmp_path / "act.pdf", rows,
                                after="5. Date of next meeting"))
    assert texts[-4:] == ["Action", "Chief Finance Officer", "Head of Finance",
                          "5. Date of next meeting"]
    assert "Decision: the Board noted the overspend" in _words(texts)
    assert not any("Officer" in t and "report" in t for t in texts)  # never a joined line


def test_label_lines_and_tables_keep_their_lines(tmp_path: Path) -> None:
    """Labels with their values at one x, and a table with a number column, are no columns
    of prose: their lines stay whole."""
    labels = [("Report to:", "Cabinet"), ("Date:", "18 March 2026"),
              ("Report of:", "Director of Place"), ("Wards:", "All wards")]
    texts = _texts(_two_columns(tmp_path / "labels.pdf", labels))
    assert texts == [f"{a} {b}" for a, b in labels]


def test_an_unruled_table_keeps_its_rows(tmp_path: Path) -> None:
    """A table without rules (number, wrapped title, pages at one x) is no pair of columns:
    each row's number, title and pages stay on one line."""
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    y = 60.0
    for n in range(1, 6):
        pdf.text(LEFT_X, y + 11, f"{n}.")
        pdf.set_xy(LEFT_X + 40, y)
        pdf.multi_cell(200, 14, f"Report {n}: applications for planning permission received "
                                 "in the quarter and decided under delegated powers")
        pdf.text(RIGHT_X, y + 11, f"{n * 10} - {n * 10 + 6}")
        y = pdf.get_y() + 6
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    texts = _texts(path)
    for n in range(1, 6):
        assert any(t.startswith(f"{n}. Report {n}:") and t.endswith(f"{n * 10} - {n * 10 + 6}")
                   for t in texts), texts


def test_prose_across_the_page_is_not_split(tmp_path: Path) -> None:
    prose = " ".join([ENGLISH] * 4)
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(LEFT_X, 60)
    pdf.multi_cell(MARGIN_W, 14, prose, align="J")
    path = tmp_path / "prose.pdf"
    pdf.output(str(path))
    texts = _texts(path)
    assert _words(texts) == prose


# --- hyphenated line ends -------------------------------------------------------------------

def _lines_paper(path: Path, lines: list[str]) -> Path:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, text in enumerate(lines):
        pdf.text(LEFT_X, 80 + 14 * i, text)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(("first", "second", "whole", "rest"), [
    ("Members approved the recommen-", "dation of the Director.", "recommendation",
     "of the Director."),
    ("The risk of failure is now Possi-", "ble under the revised scoring.", "Possible",
     "under the revised scoring."),
    ("The Board agreed the domicili-", "ary care contracts for 2026/27.", "domiciliary",
     "care contracts for 2026/27."),
])
def test_a_word_hyphenated_at_a_line_end_is_read_whole(tmp_path: Path, first: str,
                                                       second: str, whole: str,
                                                       rest: str) -> None:
    texts = _texts(_lines_paper(tmp_path / "hy.pdf", [first, second, "End of report."]))
    assert texts[0].endswith(whole) and "\ufffe" not in texts[0]
    assert texts[1] == rest  # the next line keeps its own words, after the word
    assert texts[2] == "End of report."


@pytest.mark.parametrize(("first", "second", "kept"), [
    ("We recruited ten part-", "time staff for the libraries.", "part-time"),
    ("The report of the Vice-", "Chair was received.", "Vice-Chair"),
    ("The authorities agreed cross-", "border working with the county.", "cross-border"),
])
def test_a_real_hyphen_at_a_line_end_is_kept(tmp_path: Path, first: str, second: str,
                                             kept: str) -> None:
    texts = _texts(_lines_paper(tmp_path / "real.pdf", [first, second]))
    assert kept in " ".join(texts) and "\ufffe" not in " ".join(texts)


def test_the_papers_own_words_decide_a_line_end_hyphen(tmp_path: Path) -> None:
    """Two words the paper uses on their own ("father", "inclusive") make a compound; a word
    it prints unbroken elsewhere ("sponsorship") is one word."""
    lines = ["Every father matters; the service is inclusive.",
             "The sponsorship of banners was discussed.",
             "The team wrote a father-", "inclusive practice guide and asked for sponsors-",
             "hip of the guide."]
    text = " ".join(_texts(_lines_paper(tmp_path / "own.pdf", lines)))
    assert "father-inclusive" in text and "sponsorship of the guide" in text


# --- footnote markers -----------------------------------------------------------------------

def _marked(pdf: Any, x: float, y: float, value: str, marker: str, size: float = 11) -> float:
    """``value`` then ``marker`` as a small raised digit right after it; the x after both."""
    pdf.set_font("Helvetica", size=size)
    pdf.text(x, y, value)
    x += pdf.get_string_width(value)
    pdf.set_font("Helvetica", size=size * 0.6)
    pdf.text(x, y - size * 0.35, marker)
    return float(x + pdf.get_string_width(marker))


@pytest.mark.parametrize(("value", "marker", "read"), [
    ("Rate of 87.5%", "1", "Rate of 87.5%\u00b9"),
    ("Contract value £4.2m", "2", "Contract value £4.2m\u00b2"),
    ("Plans issued (see note)", "3", "Plans issued (see note)\u00b3"),
])
def test_a_raised_marker_after_a_value_does_not_join_it(tmp_path: Path, value: str,
                                                        marker: str, read: str) -> None:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    _marked(pdf, LEFT_X, 80, value, marker)
    pdf.set_font("Helvetica", size=11)
    pdf.text(LEFT_X, 110, "Q3 2025/26 target KPI12 met")  # digits after letters, full size
    path = tmp_path / "fn.pdf"
    pdf.output(str(path))
    assert _texts(path) == [read, "Q3 2025/26 target KPI12 met"]


def test_a_raised_marker_in_a_table_cell_does_not_join_the_value(tmp_path: Path) -> None:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.add_page()
    rows = [("Measure", "Q3", "Q4"), ("Posts filled (%)", "71.9", "70.4"),
            ("Plans on time (%)", "41.2", "43.7")]
    for r, row in enumerate(rows):
        x = LEFT_X
        for c, text in enumerate(row):
            width = 200.0 if c == 0 else 80.0
            pdf.rect(x, 60 + 20 * r, width, 20)
            if r and c == 2:
                _marked(pdf, x + 3, 60 + 20 * r + 14, text, str(r))
            else:
                pdf.set_font("Helvetica", size=11)
                pdf.text(x + 3, 60 + 20 * r + 14, text)
            x += width
    path = tmp_path / "cells.pdf"
    pdf.output(str(path))
    with load_pdf(path, "x") as source:
        cells = [[c.text for c in row] for row in source.pages[0].tables[0].rows]
    assert cells[1:] == [["Posts filled (%)", "71.9", "70.4\u00b9"],
                         ["Plans on time (%)", "41.2", "43.7\u00b2"]]

"""The table path's cheaper steps against what they replace: the ruled edges of the table
finder and the words of the budget grid (pdfplumber's ``get_edges`` and ``extract_words``), the
colour check made once per file (pdfminer's page by page), and the budget grid reading through
the loader's open document."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.text import extract_words

from char_strategies import chars
from conftest import CORPUS, ROOT, corpus_file
from kcc_papers.load.pdf_colours import file_plain_fills, plain_fills
from kcc_papers.load.pdf_fast import FastPage, words
from kcc_papers.load.pdf_layout import LayoutPages
from kcc_papers.pipeline import process_file

SAMPLE = ROOT / "data" / "raw" / "sample_agenda_pack.pdf"
QPR = "pdfs/kent_cabinet_2025-03-04_quarterly_performance_report_Q3_2024-25.pdf"
BUDGET = "pdfs/kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf"
WECA = "pdfs/weca_committee_2026-06-05_budget_outturn_report.pdf"


@pytest.mark.parametrize("relative", [QPR, BUDGET])
def test_words_are_pdfplumbers_extract_words_on_the_corpus_pages(relative):
    checked = 0
    path = corpus_file(relative)
    with LayoutPages(path, "pdfium") as pages:
        for number in range(1, 72 if relative == QPR else 12):
            page = pages.page(number)
            assert isinstance(page, FastPage)
            for extra in ([], ["size"]):
                got = page.extract_words(extra_attrs=extra, keep_blank_chars=False)
                assert got == extract_words(page.chars, extra_attrs=extra), number
                checked += len(got)
            page.close()
    assert checked > 5000


@given(chars(max_count=16, sizes=[8.0, 8.0, 10.0], upright=[True, True, False],
             doctop_offset=700), st.sampled_from([[], ["size"]]))
@settings(max_examples=400, deadline=None)
def test_words_match_pdfplumber_on_any_chars(glyphs, extra):
    assert words(glyphs, extra) == extract_words(glyphs, extra_attrs=extra)


def test_words_options_it_does_not_follow_go_to_pdfplumber():
    with LayoutPages(SAMPLE, "pdfium") as pages:
        page = pages.page(1)
        assert isinstance(page, FastPage)
        kept = page.extract_words(keep_blank_chars=True)
        assert kept == extract_words(page.chars, keep_blank_chars=True)


def _filled_table(path: Path, cmyk: bool) -> Path:
    from fpdf import FPDF
    from fpdf.drawing import DeviceCMYK

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for c in range(2):
        if cmyk:
            pdf.set_fill_color(DeviceCMYK(0, 1, 1, 0))
        else:
            pdf.set_fill_color(200, 30, 30)
        pdf.rect(50 + 100 * c, 100, 100, 30, style="DF")
        pdf.text(55 + 100 * c, 120, f"cell {c}")
    pdf.output(str(path))
    return path


def test_file_colour_check_sees_cmyk_fills_and_passes_rgb_ones(tmp_path):
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    rgb = _filled_table(tmp_path / "rgb.pdf", cmyk=False).read_bytes()
    cmyk = _filled_table(tmp_path / "cmyk.pdf", cmyk=True).read_bytes()
    assert file_plain_fills(rgb)
    assert not file_plain_fills(cmyk)


def _with_xref(body: bytes, shift: int = 0) -> bytes:
    """``body`` with a cross-reference section its "startxref" points at (``shift`` bytes
    off, as in a file that lost bytes before it)."""
    xref = b"xref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\n"
    return body + xref + b"startxref\n%d\n%%%%EOF\n" % (len(body) + shift)


def test_file_colour_check_refuses_what_it_cannot_decode():
    # a content stream under a filter it does not decode, a colour space it cannot see
    # defined, a cross-reference not where the file says: all left to the page-by-page check
    encoded = (b"1 0 obj\n<</Length 8/Filter/LZWDecode>>stream\n\x80\x0b\x60\x50\x22\x0c\x0c"
               b"\x85\nendstream\nendobj\n")
    assert not file_plain_fills(_with_xref(encoded))
    undefined = b"1 0 obj\n<</Length 10>>stream\n/CS7 cs f \nendstream\nendobj\n"
    assert not file_plain_fills(_with_xref(undefined))
    device = b"1 0 obj\n<</Length 16>>stream\n/DeviceRGB cs f \nendstream\nendobj\n"
    assert file_plain_fills(_with_xref(device))
    assert not file_plain_fills(_with_xref(device, shift=-1))
    assert not file_plain_fills(device)



def _cmyk_stream(number: int, extra: bytes = b"", rows: bytes | None = None) -> bytes:
    """An object whose Flate content stream fills in CMYK ("0 0 0 1 k")."""
    data = zlib.compress(rows if rows is not None else b"0 0 0 1 k 10 10 50 50 re f\n")
    return (b"%d 0 obj\n<</Length %d/Filter/FlateDecode%s>>stream\n" % (number, len(data), extra)
            + data + b"\nendstream\nendobj\n")


def test_regression_file_colour_check_word_stream_in_a_string():
    # "stream" ending a line inside a string is no stream's keyword: read as one, it swallowed
    # the CMYK content stream after it undecoded, and the file passed
    title = b"1 0 obj\n<</Title (Income stream\n)>>\nendobj\n"
    assert not file_plain_fills(_with_xref(_cmyk_stream(2)))
    assert not file_plain_fills(_with_xref(title + _cmyk_stream(2)))


def test_regression_file_colour_check_encrypted_file():
    # an encrypted file's unfiltered stream is ciphertext here: its CMYK fill went unseen
    content = bytes(b ^ 0x5A for b in b"0 0 0 1 k 10 10 50 50 re f\n")
    body = (b"1 0 obj\n<</Filter/Standard/V 2/R 3/O <00>/U <00>/P -4>>\nendobj\n"
            b"2 0 obj\n<</Length %d>>stream\n" % len(content) + content
            + b"\nendstream\nendobj\n")
    xref = b"xref\n0 1\n0000000000 65535 f \ntrailer\n<</Encrypt 1 0 R>>\n"
    assert not file_plain_fills(body + xref + b"startxref\n%d\n%%%%EOF\n" % len(body))


def test_regression_file_colour_check_predictor():
    # a Flate stream under a PNG predictor inflates to its rows, each after its filter byte
    # (0: none): "0 0 0 1 k" followed by a row's filter byte read as no operator
    rows = b"\x00 0 0 0 1 k" + b"\x00 1 1 re f"
    assert not file_plain_fills(_with_xref(
        _cmyk_stream(1, b"/DecodeParms<</Predictor 12/Columns 10>>", rows)))

def test_file_colour_check_agrees_with_the_page_check_on_the_corpus():
    """Where the file-level check passes a file, pdfminer's check passes every page of it;
    the one report with CMYK-filled pages is refused."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    corpus_file(QPR)
    passed = 0
    for path in [*sorted((CORPUS / "pdfs").glob("*.pdf")), SAMPLE]:
        if not file_plain_fills(path.read_bytes()):
            continue
        with open(path, "rb") as f:
            pages = list(PDFPage.create_pages(PDFDocument(PDFParser(f))))
            assert all(plain_fills(page) for page in pages), path.name
        passed += 1
    assert passed >= 20
    assert file_plain_fills(corpus_file(QPR).read_bytes())
    assert not file_plain_fills(corpus_file(WECA).read_bytes())


def test_qpr_tables_are_read_without_pdfminer(monkeypatch):
    """The report's every fill is RGB: its colours are checked once for the file, and no page
    is parsed by pdfminer."""
    path = corpus_file(QPR)

    def parsed(self: LayoutPages, number: int) -> None:
        raise AssertionError(f"page {number} parsed by pdfminer")

    monkeypatch.setattr(LayoutPages, "_page_obj", parsed)
    result = process_file(str(path))
    assert result.error is None and len(result.records) > 50


def test_budget_grid_reads_the_loaders_document(monkeypatch):
    """The budget register's grid is read from the document the text pass opened."""
    import pypdfium2 as pdfium

    opened: list[str] = []
    init = pdfium.PdfDocument.__init__

    def counted(doc: pdfium.PdfDocument, source: object, *args: object, **kw: object) -> None:
        opened.append(str(source))
        init(doc, source, *args, **kw)

    monkeypatch.setattr(pdfium.PdfDocument, "__init__", counted)
    result = process_file(str(corpus_file(BUDGET)))
    assert result.error is None
    assert sum(r.__class__.__name__ == "Risk" for r in result.records) >= 10
    assert len(opened) == 1


@pytest.mark.parametrize("relative", [QPR, BUDGET, None])
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_ruled_edges_are_pdfplumbers_get_edges(relative, engine):
    import pypdfium2 as pdfium
    from pdfplumber.table import TableFinder, TableSettings

    from kcc_papers.load.table_finder import ruled_edges

    path = corpus_file(relative) if relative else SAMPLE
    count = len(pdfium.PdfDocument(str(path)))
    settings = TableSettings.resolve(None)
    key = lambda e: tuple(e[k] for k in ("x0", "top", "x1", "bottom", "width", "height",  # noqa: E731
                                         "orientation"))
    checked = 0
    with LayoutPages(path, engine) as pages:
        for number in range(1, count + 1):
            page = pages.page(number, eager=False)
            want = TableFinder(page, settings).edges
            assert [key(e) for e in ruled_edges(page, settings)] == [key(e) for e in want]
            checked += len(want)
            page.close()
    assert checked > 20


def test_lost_blank_takes_the_last_glyph_on_its_rounded_baseline():
    from kcc_papers.load.pdf_fast import _lost_blanks

    chars = [{"_baseline": b, "size": 8.0, "top": float(n), "text": "x"}
             for n, b in enumerate([100.001, 100.004, 100.001, 200.0])]
    [blank] = _lost_blanks([(5.0, 100.0), (9.0, 300.0)], chars, 1000.0)
    # both baselines round to 100.0: the glyph read last (index 2) stands beside the blank
    assert (blank["top"], blank["x0"], blank["x1"], blank["doctop"]) == (2.0, 5.0, 7.0, 1002.0)
    assert _lost_blanks([], chars, 0.0) == []

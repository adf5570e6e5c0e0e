"""OCR of scanned papers (issue 16). Scanned copies are built at test time from text papers
(tests/scanned.py); the records read from a copy must match the original's. The samples in
data/raw stand in where the corpus is absent; Tesseract-less machines skip the OCR runs and
still test that scans fail as before, with a message that says how to install it."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pypdfium2 as pdfium
import pytest
from typer.testing import CliRunner

from conftest import corpus_file
from kcc_papers import pipeline
from kcc_papers.cli import app
from kcc_papers.load import load, ocr
from kcc_papers.load.model import Line, Page, Source
from kcc_papers.load.ocr_provenance import ocr_findings, text_source
from kcc_papers.models import Document, Minute
from scanned import f1, record_keys, scan_copy, text_copy

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
MIN_F1 = 0.9
# The scanner's faults on the rotated copy: degrees, and the share of pixels flipped.
SKEW_DEGREES = 0.7
SPECKLE = 0.005
needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
runner = CliRunner()


def _compare(src: Path, pages: list[int], tmp: Path, *, rotate: float = 0.0,
             noise: float = 0.0) -> tuple[
        pipeline.FileResult, pipeline.FileResult]:
    original = pipeline.process_file(str(text_copy(src, tmp / "original.pdf", pages)))
    scanned = pipeline.process_file(str(scan_copy(src, tmp / "scanned.pdf", pages,
                                                  rotate=rotate, noise=noise)))
    assert original.error is None and scanned.error is None
    return original, scanned


def _assert_matches(original: pipeline.FileResult, scanned: pipeline.FileResult) -> None:
    expected, found = record_keys(original.records), record_keys(scanned.records)
    assert expected, "the original gave no records to compare with"
    assert f1(expected, found) >= MIN_F1, (sorted(expected - found), sorted(found - expected))
    assert {d.text_source for d in scanned.documents} == {"ocr"}
    assert all(r.ocr_confidence is not None for r in scanned.records)
    assert all(r.ocr_confidence is None for r in original.records)


# ---------------------------------------------------------------------- scanned samples


@needs_tesseract
def test_scanned_sample_minutes_match_the_original(tmp_path: Path) -> None:
    original, scanned = _compare(RAW / "sample_printed_minutes.pdf", [0, 1], tmp_path)
    _assert_matches(original, scanned)
    assert scanned.ocr_pages == 2 and original.ocr_pages == 0


@needs_tesseract
def test_regression_item_numbers_standing_apart_are_read(tmp_path: Path) -> None:
    """Tesseract's automatic page segmentation dropped "A1"-style numbers set apart from
    their titles: the scanned agenda had no items."""
    original, scanned = _compare(RAW / "sample_agenda_pack.pdf", [0, 1], tmp_path)
    _assert_matches(original, scanned)
    refs = [k[1] for k in record_keys(scanned.records) if k[0] == "item"]
    assert sorted(refs) == sorted(k[1] for k in record_keys(original.records) if k[0] == "item")


def test_fixture_scans_have_no_text_layer(tmp_path: Path) -> None:
    scan = scan_copy(RAW / "sample_printed_minutes.pdf", tmp_path / "s.pdf", [0],
                     rotate=SKEW_DEGREES, noise=SPECKLE)
    doc = pdfium.PdfDocument(str(scan))
    try:
        assert len(doc) == 1 and doc[0].get_textpage().get_text_range().strip() == ""
    finally:
        doc.close()
    error = pipeline.process_file(str(scan), ocr="never").error
    assert error is not None and error.error_kind == "no_text_layer"


# ---------------------------------------------------------------------- scanned corpus papers


@needs_tesseract
@pytest.mark.corpus
def test_scanned_corpus_minutes_rotated_and_speckled_match_the_original(tmp_path: Path) -> None:
    """The first three pages of real minutes, a little rotated and speckled: minute
    numbers, titles and resolutions as from the text layer."""
    src = corpus_file("pdfs/kent_cabinet_2025-01-09_minutes.pdf")
    original, scanned = _compare(src, [0, 1, 2], tmp_path, rotate=SKEW_DEGREES, noise=SPECKLE)
    _assert_matches(original, scanned)
    numbers = [r.minute_number for r in scanned.records if isinstance(r, Minute)]
    assert numbers == [r.minute_number for r in original.records if isinstance(r, Minute)]


@needs_tesseract
@pytest.mark.corpus
def test_scanned_corpus_agenda_matches_the_original(tmp_path: Path) -> None:
    src = corpus_file("pdfs/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    original, scanned = _compare(src, [0, 1], tmp_path)
    _assert_matches(original, scanned)


# ---------------------------------------------------------------------- noise, mixed, garbage


def _noise_pdf(path: Path, size: tuple[int, int] = (600, 800), share: float = 0.05) -> Path:
    from PIL import Image

    rnd = random.Random(16)
    pixels = bytes(0 if rnd.random() < share else 255 for _ in range(size[0] * size[1]))
    Image.frombytes("L", size, pixels).save(path, "PDF", resolution=ocr.DPI)
    return path


@needs_tesseract
def test_a_page_of_noise_yields_no_records_only_a_finding(tmp_path: Path) -> None:
    result = pipeline.process_file(str(_noise_pdf(tmp_path / "noise.pdf")))
    assert result.error is None and result.records == []
    assert [f.check for f in result.findings] == ["ocr_low_confidence"]
    assert result.documents[0].kind == "other" and result.documents[0].text_source == "ocr"


def _mixed_pdf(tmp: Path) -> Path:
    """A typed page followed by a scanned one, as a report with a signed appendix."""
    typed = text_copy(RAW / "sample_printed_minutes.pdf", tmp / "typed.pdf", [0])
    scan = scan_copy(RAW / "sample_printed_minutes.pdf", tmp / "scan.pdf", [1])
    out = pdfium.PdfDocument.new()
    for part in (typed, scan):
        doc = pdfium.PdfDocument(str(part))
        out.import_pages(doc)
        doc.close()
    out.save(str(tmp / "mixed.pdf"))
    out.close()
    return tmp / "mixed.pdf"


@needs_tesseract
def test_a_mixed_pdf_ocrs_only_its_scanned_page(tmp_path: Path) -> None:
    mixed = _mixed_pdf(tmp_path)
    with load(mixed) as source:
        assert [p.ocr_confidence is not None for p in source.pages] == [False, True]
        assert "Highways Asset Management Plan" in source.pages[1].text
    result = pipeline.process_file(str(mixed))
    assert result.ocr_pages == 1 and result.documents[0].text_source == "mixed"
    numbers = {r.minute_number for r in result.records if isinstance(r, Minute)}
    assert {"84", "88", "89"} <= numbers  # 84 from the typed page, 88 and 89 from the scan


def test_is_garbage_tells_a_scanner_layer_from_real_text() -> None:
    def page(text: str) -> Page:
        return Page(1, [Line(t) for t in text.split("\n")])

    garbage = "¤¥ ¦§¨ ©ª« ¬®¯ °±² ³´µ ¶·¸ ¹º» ¼½¾ ¿×÷ ØÞß ðþ ÆÐ ¦¦ §§"
    assert ocr.is_garbage(page(garbage))
    assert ocr.is_garbage(page(""))
    assert not ocr.is_garbage(page("Apologies were received from Mr L Hawthorne and others."))
    assert not ocr.is_garbage(page("CS01 96.0% 95 90 GREEN ↑ 88.0 £1,234 (3.2) 12/24 n/a"))
    assert not ocr.is_garbage(page("¤¥"))  # too little to judge; it has text


@needs_tesseract
def test_a_garbage_text_layer_over_a_scan_is_replaced_by_ocr(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) writes the layer")
    scan = scan_copy(RAW / "sample_printed_minutes.pdf", tmp_path / "s.pdf", [0])
    image = tmp_path / "page.png"
    doc = pdfium.PdfDocument(str(scan))
    doc[0].render(scale=ocr.DPI / 72).to_pil().save(image)
    doc.close()
    pdf = fpdf.FPDF(unit="pt", format=(595, 842))
    pdf.add_page()
    pdf.image(str(image), x=0, y=0, w=595, h=842)
    pdf.set_font("helvetica", size=10)
    for row in range(10):
        pdf.text(40, 60 + row * 20, "¤¥ ¦§¨ ©ª« ¬®¯ °±² ³´µ ¶·¸ ¹º»")
    out = tmp_path / "garbage.pdf"
    pdf.output(str(out))
    with load(out, ocr="never") as source:
        assert ocr.is_garbage(source.pages[0])
    with load(out) as source:
        assert source.pages[0].ocr_confidence is not None
        assert "KENT COUNTY COUNCIL" in source.pages[0].text


# ---------------------------------------------------------------------- without OCR


def test_without_tesseract_a_scan_says_how_to_install_it(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    scan = scan_copy(RAW / "sample_printed_minutes.pdf", tmp_path / "s.pdf", [0])
    error = pipeline.process_file(str(scan)).error
    assert error is not None and error.error_kind == "no_text_layer"
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in error.message
    assert "kcc-papers[ocr]" in error.message


def test_a_blank_page_is_not_read_by_ocr(tmp_path: Path) -> None:
    """Page 2 of the summons sample is empty and has no image: nothing to OCR."""
    with load(RAW / "sample_full_council_summons.pdf") as source:
        assert all(p.ocr_confidence is None for p in source.pages)


# ---------------------------------------------------------------------- provenance


def _source(*confidences: float | None, words: str = "some words here") -> Source:
    pages = [Page(n, [Line(words)], ocr_confidence=c) for n, c in enumerate(confidences, 1)]
    return Source("x.pdf", "0" * 64, "pdf", pages)


def _doc(n: int, page_from: int, page_to: int, parent: str | None = "p") -> Document:
    return Document(document_id=f"d{n}", path="x.pdf", sha256="0" * 64, kind="minutes",
                    format="pdf", pages=page_to - page_from + 1, page_from=page_from,
                    page_to=page_to, parent_id=parent)


def test_text_source_of_pages() -> None:
    source = _source(None, 91.0, 88.0)
    assert text_source(source.pages) == "mixed"
    assert text_source(source.pages[1:]) == "ocr"
    assert text_source(source.pages[:1]) == "text_layer"


def test_pages_below_the_floor_give_a_finding_on_their_document() -> None:
    source = _source(None, ocr.CONFIDENCE_FLOOR - 20, ocr.CONFIDENCE_FLOOR + 5)
    docs = [_doc(0, 1, 3, None), _doc(1, 1, 1), _doc(2, 2, 3)]
    findings = ocr_findings(source, docs)
    assert [(f.check, f.page, f.document_id) for f in findings] == [
        ("ocr_low_confidence", 2, "d2")]
    assert f"floor {ocr.CONFIDENCE_FLOOR:.0f}" in findings[0].message


# ---------------------------------------------------------------------- CLI


@needs_tesseract
def test_cli_ingest_ocr_modes(tmp_path: Path) -> None:
    """--ocr never fails the scan as before; the next run (auto) reads the same unchanged
    file with OCR rather than naming the old failure again."""
    folder = tmp_path / "in"
    folder.mkdir()
    scan_copy(RAW / "sample_printed_minutes.pdf", folder / "scan.pdf", [0])
    db = str(tmp_path / "t.duckdb")
    never = runner.invoke(app, ["ingest", str(folder), "--db", db, "--ocr", "never", "-q"])
    assert never.exit_code == 1 and "needs OCR" in never.output
    auto = runner.invoke(app, ["ingest", str(folder), "--db", db, "-q"])
    assert auto.exit_code == 0, auto.output
    assert "1 read by OCR" in auto.output
    with duckdb.connect(db, read_only=True) as con:
        assert con.execute("SELECT text_source FROM documents").fetchall() == [("ocr",)]
        assert con.execute("SELECT count(*) FROM ingest_errors").fetchone() == (0,)
        confidences = con.execute("SELECT DISTINCT ocr_confidence FROM minutes").fetchall()
    assert confidences and all(c is not None and c > ocr.CONFIDENCE_FLOOR for (c,) in confidences)


def test_cli_rejects_an_unknown_ocr_mode(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(RAW), "--db", str(tmp_path / "t"), "--ocr", "x"])
    assert result.exit_code == 2

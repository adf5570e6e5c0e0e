"""Loaders: one page model from PDF, text and HTML; the format is sniffed from content."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, corpus_file
from kcc_papers.load import load, sniff
from kcc_papers.load.glyphs import clean, letter_spaced
from kcc_papers.load.pdf_layout import to_hex
from kcc_papers.load.pdf_lines import _group_lines
from kcc_papers.load.pdf_runs import Run
from kcc_papers.load.text import split_pages

RAW = ROOT / "data" / "raw"


@pytest.mark.parametrize(
    ("head", "suffix", "kind"),
    [
        (b"%PDF-1.7\n...", ".txt", "pdf"),  # content wins over the extension
        (b"<!DOCTYPE html><html>", ".txt", "html"),
        (b"<p>Issue details</p>", ".html", "html"),
        (b"AGENDA\nCABINET", ".pdf", "text"),
        (b"PK\x03\x04zip", ".docx", "binary"),
        (b"", ".pdf", "empty"),
    ],
)
def test_sniff_reads_content_not_extension(head: bytes, suffix: str, kind: str) -> None:
    assert sniff(head, suffix) == kind


def test_text_pages_split_on_form_feeds_and_markers() -> None:
    pages = split_pages("first\fsecond\n===== PAGE 3 =====\nthird\nmore")
    assert [p.text for p in pages] == ["first", "second", "third\nmore"]


def test_text_tab_runs_become_tables_with_their_line() -> None:
    pages = split_pages("Intro\nRef\tIndicator\tRAG\nPI01\tCalls\tGREEN\nPI02\tEmails\tAMBER\nEnd")
    (table,) = pages[0].tables
    assert table.texts() == [["Ref", "Indicator", "RAG"], ["PI01", "Calls", "GREEN"],
                             ["PI02", "Emails", "AMBER"]]
    assert table.first_line == 1


def test_regression_cyrillic_lookalikes_in_report_header() -> None:
    # Seed 001 prints "То:" with Cyrillic Te and o; the header block must still be found.
    assert clean("То:\tPolicy and Resources") == "To: Policy and Resources"


def test_html_page_lines_and_tables() -> None:
    source = load(RAW / "sample_issue_details.html")
    assert source.format == "html"
    page = source.pages[0]
    assert "Issue details" in page.text
    assert page.tables and len(page.tables[0].rows) == 3


def test_pdf_lines_have_positions_and_printed_page_numbers() -> None:
    with load(RAW / "sample_agenda_pack.pdf") as source:
        assert source.format == "pdf" and len(source.pages) == 16
        first = source.pages[0].lines[0]
        assert first.text == "AGENDA" and first.top is not None and first.x0 is not None
        assert source.pages[2].printed_number == 1
        assert source.pages[0].printed_number is None


def test_pdf_tables_are_read_lazily_with_cell_fills() -> None:
    with load(RAW / "sample_agenda_pack.pdf") as source:
        page = next(p for p in source.pages if "Floor" in p.text and "RAG" in p.text)
        assert page._tables is None  # nothing read until asked
        fills = {c.fill for t in page.tables for row in t.rows for c in row if c.fill}
        assert {"#92d050", "#ffc000", "#ff5050"} <= fills


@pytest.mark.parametrize(
    ("colour", "expected"),
    [((1, 0, 0), "#ff0000"), ((0.5,), "#808080"), (0, "#000000"), ((0, 0, 0, 1), "#000000"),
     ("pattern", None), ((1, 2), None)],
)
def test_pdf_colours_to_hex(colour: object, expected: str | None) -> None:
    assert to_hex(colour) == expected


def test_corpus_frontsheet_text_layer() -> None:
    with load(corpus_file("pdfs/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")) as source:
        texts = [line.text for line in source.pages[0].lines]
        assert "3. Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)" in texts


def test_seed_text_loads_as_one_page(tmp_path: Path) -> None:
    source = load(corpus_file("seeds/004_778a0aec62e25c92.txt"))
    assert source.format == "text" and len(source.pages) == 1


def test_regression_ligatures_and_symbol_font_bullets_are_plain_text() -> None:
    # Text and HTML copies of typeset papers carry "ﬁ"/"ﬂ" ligatures, narrow spaces in figures
    # and Wingdings bullets (PDFium and pdfminer already undo ligatures in a PDF's text):
    # "Ofﬁcer" must read as "Officer" for every label and heading that names one.
    assert clean("Chief Ofﬁcer\u2019s ﬁnal ﬂood report") == (
        "Chief Officer\u2019s final flood report")
    assert clean("£1\u202f250\u2007000") == "£1 250 000"
    assert clean("\uf0b7 Risk owner") == clean("\u25aa Risk owner") == "• Risk owner"



@pytest.mark.parametrize(
    "text",
    ["P E R F O R M A N C E", "  A B C D", "A\tB C D", "A B C", "AB C D E F", "A B C DE",
     "a\u2003b c d", "", "A", "A B C D E F G", "1 2 3 4"],
)
def test_letter_spaced_first_letter_test_agrees_with_its_words(text: str) -> None:
    """The shortcut on the first word (every run of every page is asked) must answer as the
    words do: at least four, each one character."""
    tokens = text.split()
    assert letter_spaced(text) == (len(tokens) >= 4 and all(len(t) == 1 for t in tokens))


def _run(text: str, x0: float, top: float = 100.0) -> Run:
    return Run(top, x0, x0 + 10 * len(text), top + 10, text, 10.0, False)


def test_group_lines_one_run_line_is_read_as_a_joined_line_would_be() -> None:
    """A line of one run skips the join and second clean; a run's text is clean already,
    except where a tag's removal glued another tag together."""
    one, glued = _group_lines([_run("Agenda", 50), _run(clean("<<b>i>Minutes"), 50, 200)])
    assert (one.text, one.x0, one.top, one.x1, one.bottom, one.spans) == (
        "Agenda", 50, 100.0, 110, 110.0, [(50, "Agenda")])
    assert glued.text == "Minutes" and glued.spans == [(50, "<i>Minutes")]
    two = _group_lines([_run("Date:", 200, 100.5), _run("Venue", 50)])[0]
    assert (two.text, two.x0, two.top, two.x1) == ("Venue Date:", 50, 100.0, 250)


def test_clean_translates_every_homoglyph_it_looks_for():
    """``clean`` translates a run only where it finds one of the table's characters: each
    must be found, alone and among other non-ASCII text."""
    from kcc_papers.load.glyphs import _HOMOGLYPHS, clean

    for code in _HOMOGLYPHS:
        text = f"Cost – {chr(code)}x £5"
        assert clean(text) == " ".join(text.translate(_HOMOGLYPHS).split())

"""Round 9's renderer marks: landscape pages and tables printed without rules, as agenda
packs' appendices and word-processed reports print them."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from heldout_support import heldout_accuracy

PACK = """## Report
Body text on a portrait page.
--- page landscape ---
|- Ref | Measure | Target | Actual | RAG |
| P1 | Planning applications decided in time | 85% | 91% | Green |
| P2 | Invoices paid within 30 days | 95% | 88% | Amber |
--- page ---
Back to portrait.
"""


def _rendered(tmp_path: Path) -> Path:
    paper = tmp_path / "pack.pdfsrc"
    paper.write_text(PACK)
    return heldout_accuracy.render_pdf(paper, tmp_path)


def test_renderer_turns_a_landscape_page_and_back(tmp_path):
    with pdfplumber.open(_rendered(tmp_path)) as pdf:
        shapes = [(page.width > page.height) for page in pdf.pages]
    assert shapes == [False, True, False]


def test_renderer_runs_a_landscape_table_on_over_a_landscape_page(tmp_path):
    paper = tmp_path / "split.pdfsrc"
    paper.write_text("--- page landscape ---\n| Ref | Measure |\n| P1 | One |\n"
                     "| --- page --- |\n| P2 | Two |\n")
    with pdfplumber.open(heldout_accuracy.render_pdf(paper, tmp_path)) as pdf:
        shapes = [(page.width > page.height) for page in pdf.pages]
    assert shapes == [False, True, True]


def test_renderer_prints_an_unruled_table_with_no_rules_but_its_text(tmp_path):
    with pdfplumber.open(_rendered(tmp_path)) as pdf:
        page = pdf.pages[1]
        text = page.extract_text()
        assert not page.lines and not page.rects and not page.curves
        header = [w for w in page.extract_words(extra_attrs=["fontname"]) if w["text"] == "Measure"]
    assert "P2 Invoices paid within 30 days 95% 88% Amber" in text
    assert header and header[0]["fontname"].endswith("Bold")

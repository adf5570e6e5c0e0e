"""Contracts from a PDF built in the test: bordered table, label block, wrapped sentences."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conftest import contexts
from kcc_papers.extract import contracts
from kcc_papers.extract.contracts.contract_cue import CONTRACT_CUE, CUE_WORDS
from kcc_papers.extract.contracts.contract_pages import CONTRACT_LABEL, LABEL_WORDS, contract_page
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.extract.contracts.text import INLINE_PROVIDER, _names_a_party
from kcc_papers.normalise.needles import holds_any

fpdf = pytest.importorskip("fpdf")


def _pdf(path: Path) -> Path:
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for text in [
        "From: Jane Officer, Director of Infrastructure",
        "To: Policy and Resources Cabinet Committee",
        "Subject: Cleaning Services Contracts",
        "Classification: Unrestricted",
        "",
        "1. Introduction",
        "",
        "1.1 The Council entered into a new three-year cleaning contract with",
        "Sparkle Services Ltd at a total cost of GBP_AMOUNT from 1 April 2023",
        "to 31 March 2026.",
        "",
    ]:
        pdf.cell(0, 7, text.replace("GBP_AMOUNT", "\u00a3450,000"), new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 7, "2. Current contracts", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(40, 40, 50, 50)) as table:
        for row in [
            ("Provider", "Area", "Contract End Date", "Contract value per Annum"),
            ("Brite Ltd", "North", "31/03/2025", "\u00a3120,000.00"),
            ("Shine plc", "South", "31/03/2026", "\u00a380,000.00"),
            ("Totals", "", "", "\u00a3200,000.00"),
        ]:
            r = table.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(5)
    for text in [
        "East Area",
        "Contractor - Gleam Ltd",
        "Contract Signature - 3rd May 2022",
        "Contract Start Date - 1st June 2022",
        "",
        "3. Recommendations",
    ]:
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    out = path / "cleaning.pdf"
    pdf.output(str(out))
    return out


def test_pdf_report_contracts(tmp_path):
    (ctx,) = [c for c in contexts(_pdf(tmp_path)) if c.document.kind in contracts.KINDS]
    rows = [
        (
            r.page,
            r.service,
            r.provider,
            r.area,
            r.start_date,
            r.end_date,
            r.signed_date,
            r.term_years,
            r.value_gbp,
            r.value_period,
        )
        for r in contracts.extract(ctx)
    ]
    service = "Cleaning Services Contracts"
    assert rows == [
        (2, service, "Brite Ltd", "North", None, "2025-03-31", None, None, 120_000, "annual"),
        (2, service, "Shine plc", "South", None, "2026-03-31", None, None, 80_000, "annual"),
        (
            2,
            service,
            "Gleam Ltd",
            "East Area",
            "2022-06-01",
            None,
            dt.date(2022, 5, 3),
            None,
            None,
            None,
        ),
        (
            1,
            "cleaning",
            "Sparkle Services Ltd",
            None,
            "2023-04-01",
            "2026-03-31",
            None,
            3,
            450_000,
            "total",
        ),
    ]
    assert [f.check for f in ctx.findings] == []


def test_contract_page_reads_each_line_on_its_own() -> None:
    """The page's lines are searched as one text: a label must not be found across two of
    them ("Provider" / ": ACME Ltd"), as it never was line by line."""
    assert not contract_page(["Provider", ": ACME Ltd", "Total £1,000"])
    assert contract_page(["Cabinet", "Provider: ACME Ltd"])
    assert contract_page(["Provider", "Contract value", "£12,000"])
    assert not contract_page(["Provider", "Contract value", "12,000"])
    # column words in a long line are prose
    assert not contract_page(["The provider named in the report has agreed the contract value "
                              "with the Director of Finance", "£12,000"])


def test_contract_cue_skips_a_paragraph_only_when_no_sentence_has_it() -> None:
    """sentence_drafts looks for the cue in the whole paragraph first: exact only while the
    cue's spaces are ``\\s+`` (a line break reads as a space) and it looks at nothing around
    its match (a sentence's edges are a paragraph's spaces)."""
    pattern = CONTRACT_CUE.pattern
    assert " " not in pattern and not re.search(r"\\s(?![+*])|\(\?<?[=!]", pattern)
    paragraphs = ["The Council awarded the\ncontract to Alpha Ltd. It starts in May.",
                  "Grants were awarded. The\nquotation from Festive Ltd was accepted.",
                  "Members noted the update. No further action."]
    for paragraph in paragraphs:
        assert bool(CONTRACT_CUE.search(paragraph)) == any(
            CONTRACT_CUE.search(s) for s in sentences(paragraph))


def test_inline_provider_needs_its_party_word_as_printed() -> None:
    assert not INLINE_PROVIDER.flags & re.IGNORECASE
    line = "Cleaning  Provider: DUCL Contract Period: 2014-2020"
    assert INLINE_PROVIDER.search(line) and _names_a_party(line)
    assert not _names_a_party(line.replace("Provider", "provider"))


def test_contract_cue_and_label_words_are_in_every_match() -> None:
    """Paragraphs and pages without these words are not scanned for the cue or the label: every
    match in the held-out papers and these lines must hold one."""
    papers = sorted((Path(__file__).parents[1] / "heldout" / "papers").iterdir())
    texts = [p.read_text(errors="replace") for p in papers] + [
        "the CONTRACTS were let", "following a Tender", "procured through", "commissioned the "
        "two providers", "award of the minibus Framework", "the QUOTATION from Acme Ltd",
        "bid from Beta Ltd", "Contractor: Acme", "Contract  Term - 3 years", "Supplier –"]
    checked = 0
    for pattern, words in ((CONTRACT_CUE, CUE_WORDS), (CONTRACT_LABEL, LABEL_WORDS)):
        for text in texts:
            for m in pattern.finditer(text):
                assert holds_any(m.group(), words), m.group()
                checked += 1
    assert checked > 100

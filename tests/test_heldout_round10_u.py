"""Round 10 fixes of blind batch U: small papers in several writers' forms (not copies of a
held-out paper), each failing before its fix, with guards for what a rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from heldout_support import contract_rows, decisions_in
from kcc_papers.load import load
from kcc_papers.pipeline import process_file

# ------------------------------------------------------- a stamp over a table's header row

HEADER = ("Ref", "Supplier", "Start", "Annual value", "Total value")
ROWS = [("C-101", "Acme Cleaning Ltd", "01/04/2026", "12,000", "36,000"),
        ("C-102", "Borough Print Ltd", "01/05/2026", "8,500", "17,000")]
WIDTHS = (80.0, 230.0, 110.0, 150.0, 210.0)


def _stamped_register(stamp: str, stamp_font: tuple[str, float],
                      header_font: tuple[str, float]) -> Callable[[FPDF], None]:
    """A ruled register reaching the right margin, a stamp printed over its header row's last
    cell (its words set right, under the stamp) on the row's baseline: the top right of the
    page, where a publisher stamps."""
    def draw(pdf: FPDF) -> None:
        pdf.set_xy(20, 56)
        for row in [HEADER, *ROWS]:
            pdf.set_font("helvetica", *(header_font if row is HEADER else ("", 9.0)))
            for text, width in zip(row, WIDTHS, strict=True):
                # figures and their heading set right, as registers set values
                pdf.cell(width, 16, text, border=1, align="R" if width == WIDTHS[-1] else "L")
            pdf.ln(16)
            pdf.set_x(20)
        pdf.set_font("helvetica", *stamp_font)
        pdf.text(20 + sum(WIDTHS) - 4 - pdf.get_string_width(stamp), 67, stamp)
    return draw


STAMPED_HEADERS = {
    "larger bold item stamp over a bold header": ("Agenda Item 5", ("B", 11.0), ("B", 9.0)),
    "plain marking over a bold header, one size": ("OFFICIAL", ("", 9.0), ("B", 9.0)),
    "bold pack reference over a plain header": ("Pack Page 12", ("B", 10.0), ("", 8.5)),
}


def _pdf(tmp_path: Path, draw: Callable[[FPDF], None]) -> Path:
    pdf = FPDF(unit="pt", format="A4", orientation="L")
    pdf.add_page()
    draw(pdf)
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("form", list(STAMPED_HEADERS))
def test_stamp_over_a_header_cell_leaves_the_cell_whole(form, engine, tmp_path, monkeypatch):
    """The stamp is no cell's text, and the header cell under it keeps its own words (which
    name the column a register's value is read from)."""
    stamp, stamp_font, header_font = STAMPED_HEADERS[form]
    monkeypatch.setenv("KCC_PAPERS_TABLES", engine)
    with load(_pdf(tmp_path, _stamped_register(stamp, stamp_font, header_font))) as source:
        assert [x.text for x in source.pages[0].lines if x.stamp] == [stamp]
        (table,) = source.pages[0].tables
        assert table.texts() == [list(HEADER), *map(list, ROWS)]


# ------------------------------------------- a quotation accepted, its sum printed in pence

MINUTES = """Anyvillage Parish Council
Minutes of the meeting held on Tuesday 12 May 2026
{number} {title}
{body}
"""

ACCEPTED_IN_PENCE = {
    "sum and an aside before the verb": (
        "45/26", "Replacement bench",
        "It was RESOLVED that the quotation from Oakwood Benches Ltd of £1,185.00, including "
        "delivery and installation, be accepted.",
        [("Oakwood Benches Ltd", 1185.0)]),
    "a quote priced for the season": (
        "46/26", "Grass cutting",
        "RESOLVED: that the quote of Greenway Grounds for £2,430.50 for the season be accepted.",
        [("Greenway Grounds", 2430.5)]),
    "a tender in the sum of": (
        "47/26", "Bus shelter repair",
        "That the tender of Shelter Care Ltd in the sum of £640.75 for the glazing be approved.",
        [("Shelter Care Ltd", 640.75)]),
    "after the list of quotations received": (
        "48/26", "Noticeboard",
        "Two quotations were received: Hall Joinery £865.00 and Signs Direct Ltd £1,020.00. "
        "It was RESOLVED that the quotation of Hall Joinery of £865.00 be accepted.",
        [("Hall Joinery", 865.0)]),
}


@pytest.mark.parametrize("form", list(ACCEPTED_IN_PENCE))
def test_quotation_accepted_with_pence_names_its_bidder(form, tmp_path):
    """A full stop inside a sum ("£1,185.00") does not end the clause that accepts the bid."""
    number, title, body, want = ACCEPTED_IN_PENCE[form]
    text = MINUTES.format(number=number, title=title, body=body)
    assert contract_rows(text, tmp_path) == want


def test_quotation_not_accepted_is_no_contract(tmp_path):
    """Guard: a bid whose sentence ends before an acceptance in the next one is no contract."""
    text = MINUTES.format(number="49/26", title="Play area", body=(
        "A quotation from Swings Ltd of £1,200.00 was considered. The matter was deferred; "
        "the item will be accepted onto the next agenda."))
    assert contract_rows(text, tmp_path) == []


# ------------------------------------ a notice of decisions numbered by their own reference

NOTICE = """Borsetshire District Council
Notice of Decisions Taken by the Executive
Date of meeting: Wednesday 2 September 2026
Date of publication: Thursday 3 September 2026
Call-in deadline: 5.00 pm on Thursday 10 September 2026
{first} Garden Waste Charges
Portfolio Holder: Councillor A Archer
Decision: That the garden waste charge of £52 a year be approved.
Reasons for the decision: Costs have risen since 2024.
Key decision: Yes
{second} Town Centre Car Parks
Portfolio Holder: Councillor B Grundy
Decision: That the car park at Mill Lane be closed from 1 January 2027.
Reasons for the decision: It is little used.
Key decision: No
"""

DECISION_REFS = {
    "body code, dot and year": ("EXE.14/26", "EXE.15/26"),
    "slashes": ("EX/2026/045", "EX/2026/046"),
    "hyphen, no year": ("CM-12", "CM-13"),
    "letters run into the number": ("KD107", "KD108"),
}


@pytest.mark.parametrize("form", list(DECISION_REFS))
def test_notice_of_decisions_headed_by_their_references(form, tmp_path):
    """Each decision under its own reference and title is a decision of its own."""
    first, second = DECISION_REFS[form]
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE.format(first=first, second=second), encoding="utf-8")
    found = [(d.title, d.decision_text[:40]) for d in decisions_in(process_file(str(path)).records)]
    assert found == [("Garden Waste Charges", "That the garden waste charge of £52 a ye"),
                     ("Town Centre Car Parks", "That the car park at Mill Lane be closed")]


def test_notice_of_one_decision_under_a_reference_stays_one(tmp_path):
    """Guard: one decision, its reference and title heading it, is one decision."""
    text = NOTICE.split("Key decision: Yes")[0].format(first="EXE.14/26", second="")
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    found = [d.decision_text[:40] for d in decisions_in(process_file(str(path)).records)]
    assert found == ["That the garden waste charge of £52 a ye"]

"""Regression tests for the contract misses of held-out round 28's batches I and J (an
RTF-to-text contracts register among tab-numbered paragraphs, an outgoing operator named in an
aside before its contract's start and end): each named after what was misread, on small
papers in the layouts that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from heldout_support import contract_rows
from kcc_papers.extract.contracts.tab_paragraphs import parted_runs
from kcc_papers.load.model import Cell, Table

# ------------ a contracts register in an RTF-to-text pack (r28j unitary audit committee)

# A word processor's text export: a tab after every paragraph number and label, CRLF line
# ends, one cell wrapped onto the next line, a totals row, a hyperlink field's leftover text.
RTF_REPORT = "\r\n".join([
    "Report to:\tAudit Committee",
    "Subject:\tContracts Register: Quarter 2",
    "",
    "1.\tRECOMMENDATION",
    "1.1\tThat the Committee notes the contracts awarded in the quarter.",
    "",
    "2.\tBACKGROUND",
    "2.1\tThe register is published on HYPERLINK \"https://www.contractsfinder.service.gov.uk/\""
    " Contracts Finder.",
    "",
    "3.\tCONTRACTS AWARDED",
    "",
    "Ref\tContract\tSupplier\tStart\tEnd\tValue (£)\tRoute",
    "C1-01\tStreet lighting maintenance\tBrightway Lighting Ltd\t01/07/2028\t30/06/2031"
    "\t912,000\tOpen procedure",
    "C1-04\tSpecial educational needs transport:",
    "\tnorth routes\tMoorside Travel CIC\t01/09/2028\t31/07/2030\t415,500\tOpen procedure",
    "Total\t\t\t\t\t1,327,500\t",
    "",
    "4.\tWAIVERS",
    "4.1\tThree waivers were approved in the quarter, with a total value of £84,000.",
    "",
])


def test_register_among_tab_numbered_paragraphs_is_read(tmp_path):
    assert contract_rows(RTF_REPORT, tmp_path) == [("Brightway Lighting Ltd", 912000.0),
                                                   ("Moorside Travel CIC", 415500.0)]


def _table(*rows: list[str]) -> Table:
    return Table([[Cell(c) for c in row] for row in rows], 1, first_line=4)


def test_tab_run_parts_around_its_wide_rows():
    run = _table(["1.", "Purpose"], ["Supplier", "Service", "Value"], ["A Ltd", "x", "1"],
                 ["B Ltd", "wrapped:"], ["", "y", "2"], ["2.", "Background"])
    parts = parted_runs([run])
    assert [(len(p.rows), p.first_line) for p in parts] == [(1, 4), (4, 5), (1, 9)]


def test_tab_run_of_a_table_alone_or_of_paragraphs_alone_is_whole():
    # the guard: a run with no paragraph lines around its table, or with no table, is kept
    table = _table(["Supplier", "Service", "Value"], ["A Ltd", "x", "1"])
    paragraphs = _table(["1.", "Purpose"], ["2.", "Background"])
    assert parted_runs([table, paragraphs]) == [table, paragraphs]


# ------------ the outgoing operator named in an aside (r28j ModernGov cabinet text pack)

OUTGOING = """LEISURE MANAGEMENT CONTRACT: AWARD

3.    BACKGROUND

3.1   The current contract, with Parkgate Leisure Trust, started in July 2017
      and expires on 30 June 2029. It cannot be extended further.
"""


def test_contract_in_place_named_in_an_aside_before_its_start_and_end(tmp_path):
    assert contract_rows(OUTGOING, tmp_path) == [("Parkgate Leisure Trust", None)]


def test_aside_without_the_contracts_end_names_no_party(tmp_path):
    # the guard: an aside and a start alone say nothing of a contract held to its end
    text = OUTGOING.replace("and expires on 30 June 2029", "and was retendered in 2028")
    assert contract_rows(text, tmp_path) == []

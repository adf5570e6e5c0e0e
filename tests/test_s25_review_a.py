"""Regression tests for defects found reviewing session 25's limits work (tables and misc)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from heldout_support import contract_rows
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.load.unruled import read_words

# pdfplumber-like words: each character CHAR_WIDTH wide, words of a cell a SPACE apart
CHAR_WIDTH = 5.0
SPACE = 2.5
SIZE = 9.0
COLUMN_XS = [50.0, 150.0, 260.0, 370.0]


def _words(top: float, cells: list[str], weights: list[list[bool]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for text, x, bolds in zip(cells, COLUMN_XS, weights, strict=True):
        for token, bold in zip(text.split(), bolds, strict=True):
            out.append({"text": token, "x0": x, "x1": x + CHAR_WIDTH * len(token), "top": top,
                        "bottom": top + SIZE, "size": SIZE, "bold": bold})
            x += CHAR_WIDTH * len(token) + SPACE
    return out


def _plain(cells: list[str]) -> list[list[bool]]:
    return [[False] * len(c.split()) for c in cells]


BUDGET_ROWS = [["Adult Social Care", "120,000", "118,500", "-1,500"],
               ["Highways", "45,200", "47,900", "2,700"],
               ["Libraries", "6,100", "6,050", "-50"]]


def _budget_table(header_weights: list[list[bool]]) -> list[list[str]]:
    header = ["Service", "Budget (£000)", "Actual (£000)", "Variance"]
    words = _words(100.0, header, header_weights)
    for i, row in enumerate(BUDGET_ROWS):
        words += _words(115.0 + 14.0 * i, row, _plain(row))
    return [[c.text for c in row] for table in read_words(words, [100.0], 1)
            for row in table.rows]


def test_regression_bold_header_with_a_plain_unit_is_still_a_header() -> None:
    # a bold header whose units are set plain ("Budget (£000)") is of both weights, and was
    # taken for a row with a bold first cell: no header, so no table (read before session 25)
    rows = _budget_table([[True], [True, False], [True, False], [True]])
    assert rows == [["Service", "Budget (£000)", "Actual (£000)", "Variance"], *BUDGET_ROWS]


def test_a_row_whose_first_cell_alone_is_bold_is_still_a_row() -> None:
    header = ["Ref", "Risk", "Owner", "Score"]
    first = ["CR01", "Loss of data", "Head of IT", "12"]
    words = _words(100.0, header, [[True]] * 4)
    words += _words(115.0, first, [[True], *_plain(first[1:])])
    words += _words(129.0, ["CR02", "Fraud", "Director", "8"], [[True], [False], [False], [False]])
    tables = read_words(words, [100.0, 115.0, 129.0], 1)
    assert [[c.text for c in row] for t in tables for row in t.rows] == [
        header, first, ["CR02", "Fraud", "Director", "8"]]


# ------------------------------------------ a semicolon before a report's part, not an award's

LOTS_REPORT = """Report to Cabinet
Subject: Award of the highways maintenance contract
{award}
"""


def test_regression_semicolon_before_a_reports_part_still_ends_the_sentence(
        tmp_path: Path) -> None:
    # "Part 2 of the report" (or "Section 4") after a semicolon is the report's part, not the
    # next lot of an award: read as one sentence, the firm took a bidder's price
    award = ("The contract was awarded to Acme Ltd; Part 2 of the report sets out the tenders: "
             "Beta plc at a price of £80,000 and Gamma Ltd at a price of £95,000.")
    rows = contract_rows(LOTS_REPORT.format(award=award), tmp_path)
    assert ("Acme Ltd", 80_000.0) not in rows
    assert ("Acme Ltd", None) in rows


def test_a_semicolon_before_the_next_lot_let_to_a_firm_joins_the_parts() -> None:
    assert sentences("Lot 1 to Acme Ltd (£120,000); Lot 2 (South) to Beta plc (£80,000).") == [
        "Lot 1 to Acme Ltd (£120,000); Lot 2 (South) to Beta plc (£80,000)."]
    assert sentences("Acme Ltd was appointed; Lot 2 was not let; Part 3 follows.") == [
        "Acme Ltd was appointed;", "Lot 2 was not let;", "Part 3 follows."]

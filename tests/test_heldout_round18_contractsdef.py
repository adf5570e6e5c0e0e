"""Regression tests for the contract misses of held-out round 18's blind batches D-F: each
named after the misreading, on small papers in the layouts that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ an insurance contract's "premium of £612,000" was no price

PREMIUM = """MINUTES
** 12. INSURANCE CONTRACT
RESOLVED: That the contract for the Council's insurance programme be awarded to Ashcombe Mutual Insurance Ltd for three years from 1st April 2027 at a premium of £508,000 over the three years.
"""  # noqa: E501


def test_regression_insurance_premium_not_read_as_the_contract_price(tmp_path):
    assert _rows(PREMIUM, tmp_path) == [("Ashcombe Mutual Insurance Ltd", 508_000.0)]


# ------------ an extension's "original contract value" read as a contract of its own

EXTENSION = """Agenda Item 6
Telephony Services: Extension of Call-Off Contract
1.1 That Cabinet approves the extension of the call-off contract for telephony services with Brindle Communications Ltd for twelve months from 1 June 2027 at an additional cost of £212,000.
1.2 The original contract value was £840,000. The extension is priced at the current rates.
"""  # noqa: E501

ORIGINAL_ALONE = """Agenda Item 6
Telephony Services Contract
1.1 The original contract value was £840,000.
"""


def test_regression_original_value_of_an_extended_contract_read_as_another_contract(tmp_path):
    # the value the contract was first let for, beside the extension priced: no second row
    assert _rows(EXTENSION, tmp_path) == [("Brindle Communications Ltd", 212_000.0)]


def test_original_value_alone_is_still_a_value(tmp_path):
    # no firm's contract priced beside it: the paper's one value, kept
    assert _rows(ORIGINAL_ALONE, tmp_path) == [(None, 840_000.0)]


# ------------ "the total management fee payable over the term" was no contract value

FEE_OVER_TERM = """Agenda Item 7
Leisure Management Contract Award
2.1 That Cabinet awards the Leisure Management Contract to Ferncliffe Leisure Ltd for an initial term of ten years from 1 April 2028.
3.1 The current contract, held by Marram Leisure Ltd, expires on 31 March 2028.
4.2 The total management fee payable over the initial ten-year term is £3,720,000, an average of £372,000 a year.
"""  # noqa: E501


def test_regression_total_fee_payable_over_the_term_not_read_as_the_award_value(tmp_path):
    assert _rows(FEE_OVER_TERM, tmp_path) == [
        ("Ferncliffe Leisure Ltd", 3_720_000.0), ("Marram Leisure Ltd", None)]

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

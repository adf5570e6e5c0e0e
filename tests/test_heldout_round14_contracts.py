"""Regression tests for the contract misses of held-out round 14's blind batches (and the
round-11 ones left): each named after the bug, on small papers in the layouts that showed it,
with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------- the incumbent's contract took the price its holder bid for the contract to come

INCUMBENT_BIDS = """## Ashcombe County Council
!! Street Cleansing Contract 2027-2034: Award
** 1. Background
1.1 The current contract with Marlow Ltd expires on 31 March 2027. Cabinet agreed to procure a new contract in June 2026.
** 2. Evaluation
2.1 Tenders were evaluated on 60% quality and 40% price.
|~ Bidder | Quality (60%) | Price (40%) | Total | Seven-year estimated value |
| Tidewell Services Ltd | 52.1 | 37.0 | 89.1 | £48.2m |
| Marlow Ltd | 47.3 | 40.0 | 87.3 | £46.9m |
| Hensall Civils Ltd | 41.0 | 38.2 | 79.2 | £49.0m |
** 3. Recommendation
3.1 Cabinet is recommended to award the contract to Tidewell Services Ltd.
"""  # noqa: E501


def test_regression_incumbent_took_its_bid_for_the_next_contract(tmp_path):
    # the outgoing contract (no value printed) was priced by its holder's losing bid; the
    # winner's bid still prices the award
    assert sorted(_pdf_rows(INCUMBENT_BIDS, tmp_path), key=str) == [
        ("Marlow Ltd", None), ("Tidewell Services Ltd", 48_200_000.0)]

"""Held-out round 29, the papers left of batch B (forms, cover sheets and templates with
boxes): the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows_of, rendered

# A waiver form's "For Procurement use only" box tallies the year's waivers by count and sum:
# the sum is the count's total, not a second contract beside the one the form awards.
WAIVER_FORM = """## Harrowfield County Council
** REQUEST FOR A WAIVER OF CONTRACT PROCEDURE RULES (FORM W2)
Waiver reference:	W/2031/044
Date of request:	9 June 2031
| 1. Title of requirement | Replacement of the stair lifts at Mere House day centre |
| 2. Name of supplier | Thornby Access Lifts Ltd |
| 3. Estimated total value (excluding VAT) | £48,900 |
** 9. Decision of the Chief Officer
Decision: The waiver is approved and a contract is to be awarded to Thornby Access Lifts Ltd from 1 July 2031 at a total value of £48,900.
** 10. For Procurement use only
Entered on waiver register:	Yes
Number of waivers approved this financial year (to date):	11, total value £612,750
"""  # noqa: E501


def test_a_tally_fields_count_and_total_is_no_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(WAIVER_FORM, tmp_path)))
    assert rows == [("Thornby Access Lifts Ltd", 48900.0)]

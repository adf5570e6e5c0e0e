"""Held-out round 32, contracts: the misses fixed, each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows_of, rendered, source_lines
from conftest import contexts

# An implementation executive's schedule of contracts to novate or split: a row whose
# provider cell counts its holders and names none ("Various (14 operators)") is many
# contracts, no one of them.
SCHEDULE_WITH_VARIOUS_HOLDERS = source_lines(
    "## Eastmarch Implementation Executive",
    "** Contracts: novation and disaggregation",
    "--- page landscape ---",
    "** Appendix A: Schedule of contracts",
    "|# Ref | Predecessor council | Contract | Provider | Route | Expires | Contract value (£) |",
    "| C01 | Tollbridge BC | Household waste collection | Brightway Environmental Services Ltd"
    " | Novate | 31/03/2031 | 28,640,000 |",
    "| C02 | ^ | Home to school transport | Various (14 operators) | Disaggregate | Various"
    " | 41,300,000 |",
    "| C03 | ^ | Grounds maintenance | Greenfold Landscapes Ltd | Novate | 30/09/2028"
    " | 1,740,000 |",
)


def test_a_schedule_row_held_by_various_operators_is_no_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(SCHEDULE_WITH_VARIOUS_HOLDERS, tmp_path)))
    assert rows == [("Brightway Environmental Services Ltd", 28640000.0),
                    ("Greenfold Landscapes Ltd", 1740000.0)]

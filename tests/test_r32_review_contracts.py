"""Review of held-out round 32's contracts fixes: papers another council would publish, which
the fixes read wrong, each mended."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines


def _register(provider_cell: str) -> str:
    """A district's contracts register whose second row's provider cell is the one given."""
    return source_lines(
        "## Westvale District Council",
        "** Appendix B: Contracts register",
        "|# Ref | Contract | Provider | Expires | Value (£) |",
        "| 1 | Waste collection | Brightway Environmental Services Ltd | 31/03/2031"
        " | 28,640,000 |",
        f"| 2 | Minor works | {provider_cell} | 31/03/2029 | 400,000 |",
        "| 3 | Grounds maintenance | Greenfold Landscapes Ltd | 30/09/2028 | 1,740,000 |",
    )


def test_regression_various_local_firms_with_a_pointer_is_no_contract(tmp_path: Path) -> None:
    # The fix read only "Various" with an aside or one noun: "local firms" kept the row, the
    # group's sum as one firm's contract.
    rows = contract_rows_of(contexts(rendered(
        _register("Various local firms (see Appendix C)"), tmp_path)))
    assert rows == [("Brightway Environmental Services Ltd", 28640000.0),
                    ("Greenfold Landscapes Ltd", 1740000.0)]


def test_regression_various_then_named_firms_keeps_the_row(tmp_path: Path) -> None:
    # "Various - <names>" names its holders: the fix dropped the row, and the firms with it.
    rows = contract_rows_of(contexts(rendered(
        _register("Various - Bevan Brittan LLP, Sharpe Pritchard LLP"), tmp_path)))
    assert len(rows) == 3
    assert "Bevan Brittan LLP" in (rows[1][0] or "")
    assert rows[1][1] == 400000.0


# A county's highways award: the contract let named by its title before "for", priced "at a
# total contract value of" (the fixer's noted residual: AWARD_PART took the title as a bidder).
HIGHWAYS_CONTRACT_TITLED = """Report to Cabinet
1.1 That Cabinet approves the award of the Highways Maintenance Contract for seven years from \
1 April 2027 to Alpha Highways Ltd, at a total contract value of £12,000,000.
"""


def test_regression_a_contract_s_own_title_is_no_bidder(tmp_path: Path) -> None:
    assert contract_rows(HIGHWAYS_CONTRACT_TITLED, tmp_path) == [
        ("Alpha Highways Ltd", 12000000.0)]


def test_regression_work_done_by_officers_under_a_call_off_is_no_contract(
        tmp_path: Path) -> None:
    text = """Report
2.1 The condition survey was done by Highways Officers under a call-off from the framework.
"""
    assert contract_rows(text, tmp_path) == []


def test_regression_work_done_by_a_council_under_a_contract_names_no_firm(
        tmp_path: Path) -> None:
    # "done" is the verb of any work: only a firm by its legal form holds a contract by it.
    text = """Report
2.1 The condition survey was done by Westvale District Council under a contract let by the \
County Council.
"""
    assert contract_rows(text, tmp_path) == []

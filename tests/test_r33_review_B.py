"""Review of held-out round 33's fixes to minutes and text mastheads, decision lists, tables of
business, annual reports and joined asks: papers another council would publish, which the
fixes read wrong, each mended."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from test_heldout_round33_B import MEMBER_COLUMN_FRONT


def test_regression_a_members_column_named_in_the_plural_heads_the_table(
        tmp_path: Path) -> None:
    # The fix read "Cabinet Member" and "Portfolio Holder" only: a table of business whose
    # last column is "Cabinet Member(s)" or "Portfolio Holders" lost the pack's agenda.
    for column in ("Cabinet Member(s)", "Portfolio Holders", "Lead Officer(s)"):
        front = MEMBER_COLUMN_FRONT.replace("| Cabinet Member |", f"| {column} |")
        assert pack_documents(front, tmp_path)[:2] == [
            ("agenda", "2026-07-06", "Cabinet"), ("minutes", "2026-06-08", "Cabinet")], column

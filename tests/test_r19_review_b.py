"""Review of round 19's segmentation, classification and meeting fixes (part B):
counter-examples to the round's rules on small papers of other councils. Each test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# ------------------------------- a report's dated masthead repeated atop the next report

REPORTS_PACK = """** Report to Cabinet - 14 July 2027
** Library Opening Hours
Lead officer: Director of Communities
** 1. Recommendation
1.1 That Cabinet approves the revised opening hours set out in Appendix A.
** 2. Background
2.1 The consultation on library opening hours ran for twelve weeks.
--- page ---
** Report to Cabinet - 14 July 2027
** Highways Maintenance Contract
Lead officer: Director of Place
** 1. Recommendation
1.1 That Cabinet awards the highways maintenance contract to Roadcare Ltd.
** 2. Background
2.1 The current contract ends in March 2028.
"""


def test_regression_report_masthead_repeated_atop_the_next_report_starts_it(
        tmp_path: Path) -> None:
    # round 19 read a dated heading repeated word for word at a page's top as the running
    # head of the document it started: every report to one meeting prints the same dated
    # masthead, and the second report was read into the first
    assert pack_kinds(REPORTS_PACK, tmp_path) == [("report", 1, 1), ("report", 2, 2)]
    # the guard: one meeting's minutes repeat their dated heading as every page's running head
    minutes = """** Minutes of the Borough Council - 9th December 2027
Present: Councillors A Ash, B Birch and C Cedar.
** 1. Apologies
There were no apologies.
--- page ---
** Minutes of the Borough Council - 9th December 2027
** 2. Premises licence, The Anchor
RESOLVED that the licence be granted.
"""
    assert pack_kinds(minutes, tmp_path) == [("minutes", 1, 2)]

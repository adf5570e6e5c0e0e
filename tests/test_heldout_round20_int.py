"""Regression tests for what held-out round 20's integration found after the fixers: a
report whose recommendation is headed "2. Officer recommendation" (a small r after
"Officer"). On a small report written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, rendered
from kcc_papers.pipeline import process_file

TPO_REPORT = """** Agenda Item 10
** WEXBURY DISTRICT COUNCIL
** Report to: Planning Committee
** Date of meeting: 14th April 2027
** Report of: Senior Arboricultural Officer
** Title: Confirmation of Tree Preservation Order WDC/TPO/27/05 - Land at Mill Copse
** 1. Summary
1.1 A provisional Tree Preservation Order was made on 2nd November 2026 to protect a group
of oak trees at Mill Copse. A provisional Order lapses unless confirmed within six months.
** 2. Officer recommendation
That Tree Preservation Order WDC/TPO/27/05 be confirmed without modification.
** 3. Assessment
3.1 An inspection found the trees in good condition.
Contact: Jo Penrose, Senior Arboricultural Officer
"""


def test_officer_recommendation_heading_in_small_r_missed(tmp_path: Path) -> None:
    # "Officer Recommendation" was read; with its r small the heading was taken for prose
    # (a small r guards sentences running on, which never open with "Officer")
    result = process_file(str(rendered(TPO_REPORT, tmp_path)))
    assert [d.decision_text for d in decisions_in(result.records)] == [
        "That Tree Preservation Order WDC/TPO/27/05 be confirmed without modification."
    ]

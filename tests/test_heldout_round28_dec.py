"""Regression tests for held-out round 28's misses in decisions: a police and crime
commissioner's accountability board minuting what the Commissioner approved, noted or deferred.
Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

# ------------------------------------ the Commissioner deciding alone at his own board

ACCOUNTABILITY_MINUTES = """WETHERDALE POLICE AND CRIME COMMISSIONER
ACCOUNTABILITY AND PERFORMANCE BOARD
Minutes of the meeting held on 16 April 2029 at 10.00 am
Present: Commissioner J Hart (Chair), Chief Constable R Ames

APB/29/09  PERFORMANCE REPORT
           The Chief Constable presented the report.
           The Commissioner noted the quarter 3 performance report and asked
           for a rural attendance plan at the May meeting.

APB/29/10  DRONE CAPABILITY BUSINESS CASE
           The Commissioner approved the business case for the expansion of the
           drone unit from four to seven aircraft.

APB/29/11  SALE OF POLICE HOUSE
           The Chief Finance Officer reported an offer of £265,000.
           The Commissioner deferred a decision on the sale until an independent
           valuation had been received.
"""


def test_commissioner_approves_notes_and_defers(tmp_path: Path) -> None:
    # the bodies whose own sentences were read as decisions were committees, boards and
    # members: the Commissioner, who alone decides at his board, was none of them
    got = decision_rows(ACCOUNTABILITY_MINUTES, tmp_path)
    assert ("The Commissioner approved the business case for the expansion of the drone unit "
            "from four to seven aircraft.", "approved") in got
    assert ("The Commissioner noted the quarter 3 performance report and asked for a rural "
            "attendance plan at the May meeting.", "noted") in got
    assert ("The Commissioner deferred a decision on the sale until an independent valuation "
            "had been received.", "deferred") in got

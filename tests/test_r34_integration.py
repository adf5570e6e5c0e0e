"""Round 34's integration: defects found when the fixers' branches met, each a regression test
named after what it read wrong (the whole held-out set and the clean-clone CI run found them)."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.pipeline import process_file

REPORT = """NORTHFELL LICENSING JOINT BOARD

MEETING OF THE BOARD: 3 MARCH 2026

REPORT BY THE CLERK TO THE BOARD

ANNUAL REVIEW OF LICENCE FEES

1   PURPOSE OF REPORT

1.1 To set out the board's licence fees for 2026/27 for the board's approval.

2   RECOMMENDATION

2.1 The Board is invited to approve the fees set out in the Appendix.

3   BACKGROUND

3.1 Fees were last reviewed in March 2025 and are set to recover the board's costs.
"""


def test_regression_capitals_meeting_of_the_board_line_is_no_labelled_body(tmp_path: Path) -> None:
    """A report's "MEETING OF THE BOARD: <date>" line set in capitals under the board's name is
    a heading's words: round 34's "Meeting | <committee>, <date>" cell reading (a capitalised
    name before the date) took "OF THE BOARD" for the body (held-out r8k)."""
    paper = tmp_path / "fees.txt"
    paper.write_text(REPORT, encoding="utf-8")
    documents = process_file(str(paper)).documents
    assert [(d.kind, str(d.meeting_date), d.committee) for d in documents] == [
        ("report", "2026-03-03", "Northfell Licensing Joint Board")]

"""Regression tests for held-out round 24's misses in decisions: minutes printed as a table
"No. | Item | Discussion | Decision", each decision bare in its own column ("That the minutes
... be approved"). Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pdf_minutes, source_lines

# ------------------------------------------------------------ a table's decision column

TABLE_MINUTES = source_lines(
    "** WEALDMOOR FIRE AND RESCUE AUTHORITY",
    "** MINUTES OF THE AUDIT COMMITTEE HELD ON 9 MARCH 2028",
    "Present: Councillors A. Brent (Chair), C. Dace and E. Fell",
    "|% 1 3 4 3",
    "| No. | Item | Discussion | Decision |",
    "| AC/28/01 | Apologies | Apologies were received from Councillor G. Hale. | None. |",
    "| AC/28/02 | Minutes | The minutes were considered. | That the minutes of the meeting"
    " held on 8 December 2027 be approved as a correct record. |",
    "| AC/28/03 | Treasury Report | The Treasurer presented the report. | That the treasury"
    " report be noted. |",
    "| AC/28/04 | Audit Plan | Members asked about the fee. | RESOLVED that the audit plan be"
    " approved. |",
    "The meeting closed at 11.02 am.",
)


def test_bare_decision_in_a_decision_column_missed(tmp_path: Path) -> None:
    # the Decision column's cells print the decision bare, no "RESOLVED" (read as no
    # decision); "None." records none, and a cell marking its own is read as before
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(TABLE_MINUTES,
                                                                          tmp_path))]
    assert got == [
        ("Decision: That the minutes of the meeting held on 8 December 2027 be approved as a "
         "correct record.", "approved"),
        ("Decision: That the treasury report be noted.", "noted"),
        ("RESOLVED that the audit plan be approved.", "approved"),
    ]

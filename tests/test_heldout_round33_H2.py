"""Held-out round 33, lost motions' records (continuing round 33 H's moved-before-lost rule):
the rule's mends found re-reading older tests, each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, source_lines

# A board's PDF minutes: the motion moved and seconded, its defeat's opening ("On being") at the
# end of the line above the line holding the rest of the defeat.
PDF_MINUTES_DEFEAT_OPENS_ON_THE_LINE_ABOVE = source_lines(
    "** ORMSBY HARBOUR BOARD",
    "** MINUTES OF THE BOARD HELD ON 3 MARCH 2026",
    "Present: Captain R Tulley (Chair); Mrs J Askew and Mr P Dacre",
    "** 21. Slipway Charges",
    "Mr Dacre moved that the slipway charge be waived for residents. Mrs Askew seconded. On being",
    "put to the vote the motion was lost.",
    "** 22. Harbour Plan",
    "RESOLVED: That the Harbour Plan 2026-2030 be adopted.",
)


def test_a_defeat_opening_on_the_line_above_is_read_once(tmp_path: Path) -> None:
    # the words of the defeat's opening were taken twice, once with the motion's sentences and
    # once as the defeat's own head ("On being On being put to the vote ...")
    rows = source_decision_rows(PDF_MINUTES_DEFEAT_OPENS_ON_THE_LINE_ABOVE, "minutes", tmp_path)
    assert rows[0] == (
        "Mr Dacre moved that the slipway charge be waived for residents. Mrs Askew seconded. On"
        " being put to the vote the motion was lost.", "rejected")


# Negative: a motion moved, an amendment moved and lost between it and the motion's defeat;
# and a motion moved, amended and carried, then a later motion lost with no moving sentence.
TEXT_MINUTES_AMENDMENT_BETWEEN = """WENDLEBURY DISTRICT COUNCIL

Minutes of the meeting of the Council held on 16th February 2026

Present: Councillors D Fairlie (Chairman), E Gorst and F Hanley

31. NOTICE OF MOTION - BUS SHELTERS
It was moved by Councillor Gorst that this Council replaces every bus shelter by 2028.
Councillor Hanley moved an amendment to read 2030. On being put to the vote the amendment
was LOST. On being put to the vote the motion was LOST.

32. NOTICE OF MOTION - VERGES
Councillor Fairlie moved that verges be cut twice a year. The motion was amended to read
three times a year and, on being put to the vote, was CARRIED. On being put to the vote the
motion to cut verges monthly was LOST.
"""


def test_an_amendment_or_a_vote_between_keeps_the_defeat_alone(tmp_path: Path) -> None:
    rows = decision_rows(TEXT_MINUTES_AMENDMENT_BETWEEN, tmp_path)
    # the amended motion carried is never part of a refused record; the amendment neither
    assert rows == [
        ("On being put to the vote the motion was LOST.", "rejected"),
        ("On being put to the vote the motion to cut verges monthly was LOST.", "rejected"),
    ]

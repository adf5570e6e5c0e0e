"""Held-out round 33, decisions of papers with printed mistakes, unusual packs and audit packs:
the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    source_decision_rows,
    source_lines,
)
from kcc_papers.normalise.outcomes import classify_outcome

# A town council's text minutes: a member's motion moved in one sentence, its defeat in the
# next naming it only "the motion", wrapped over the lines of a narrow column; then the
# committee's own deferral.
TEXT_MINUTES_MOTION_MOVED_THEN_LOST = """HARROWDEN TOWN COUNCIL

MINUTES of a meeting of the Amenities Committee held on Monday, 9 March 2026 at 7.00 pm

PRESENT:  Cllr A Pell (Chairman), Cllr B Quint, Cllr C Rowe

AM/12   ALLOTMENT RENTS

        Councillor Quint moved that allotment rents be frozen for the
        2026/27 season. On being put to the vote the motion
        was lost.

        RESOLVED - That consideration of allotment rents be deferred until
        the water charges for 2026/27 are known.
"""


def test_a_motion_moved_then_lost_as_the_motion_is_its_words(tmp_path: Path) -> None:
    rows = decision_rows(TEXT_MINUTES_MOTION_MOVED_THEN_LOST, tmp_path)
    assert rows == [
        ("Councillor Quint moved that allotment rents be frozen for the 2026/27 season. On being"
         " put to the vote the motion was lost.", "rejected"),
        ("RESOLVED - That consideration of allotment rents be deferred until the water charges"
         " for 2026/27 are known.", "deferred"),
    ]


# A PDF minute: the motion moved and seconded, then lost in capitals, the sentence before it
# the discussion's; the motion's words say "be approved" and yet it was refused.
PDF_MINUTES_MOTION_SECONDED_THEN_LOST = source_lines(
    "## Governance Committee",
    "** Minutes of the meeting held on Tuesday 3 February 2026",
    "Present:\tCouncillors D. Ames (Chair), E. Burr, F. Cole",
    "** GC/7 Members' Allowances Scheme",
    "The Monitoring Officer explained that the panel's report had been delayed.",
    "It was moved by Councillor Burr and seconded by Councillor Cole that the panel's scheme be"
    " approved without waiting for its report. On being put to the vote the motion was LOST.",
    "RESOLVED that the allowances scheme be considered at the meeting on 3 March 2026.",
)


def test_a_seconded_motion_lost_keeps_its_words_and_is_refused(tmp_path: Path) -> None:
    rows = source_decision_rows(PDF_MINUTES_MOTION_SECONDED_THEN_LOST, "minutes", tmp_path)
    assert rows[0] == (
        "It was moved by Councillor Burr and seconded by Councillor Cole that the panel's scheme"
        " be approved without waiting for its report. On being put to the vote the motion was"
        " LOST.", "rejected")


# Negative: an amendment moved before a lost motion is no motion's words, and a defeat naming
# its proposal in full needs nothing from the sentence before it.
TEXT_MINUTES_AMENDMENT_AND_NAMED_PROPOSAL = """HARROWDEN TOWN COUNCIL

MINUTES of a meeting of the Amenities Committee held on Monday, 13 April 2026 at 7.00 pm

PRESENT:  Cllr A Pell (Chairman), Cllr B Quint, Cllr C Rowe

AM/20   CEMETERY FEES

        Councillor Rowe moved an amendment that the fees be raised by 2%.
        On being put to the vote the motion was lost.

AM/21   PLAY AREA

        Councillor Quint moved that the play area be fenced. On being put to
        the vote the proposal to fence the play area was lost (1 for, 2 against).
"""


def test_an_amendment_or_a_proposal_named_in_full_takes_nothing_before(tmp_path: Path) -> None:
    rows = decision_rows(TEXT_MINUTES_AMENDMENT_AND_NAMED_PROPOSAL, tmp_path)
    assert rows == [
        ("On being put to the vote the motion was lost.", "rejected"),
        ("On being put to the vote the proposal to fence the play area was lost (1 for, 2"
         " against).", "rejected"),
    ]


def test_a_resolution_that_a_proposal_not_be_agreed_refuses_it() -> None:
    assert classify_outcome(
        "RESOLVED that the proposal to close the depot on Saturdays not be agreed.") == "rejected"
    # (a modal before it tells of what could not be settled: no refusal)
    assert classify_outcome(
        "RESOLVED that it be noted that the terms could not be agreed.") == "noted"


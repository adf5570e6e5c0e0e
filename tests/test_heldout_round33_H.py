"""Held-out round 33, decisions of papers with printed mistakes, unusual packs and audit packs:
the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    minutes_of,
    numbers,
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


# A parish clerk's text minutes: headings in a number/year scheme, titles in capitals, the
# numbers jumping where a minute was left out (12/27 to 14/27).
PARISH_TEXT_MINUTES_NUMBER_JUMP = """NETHERBY PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 2 MARCH 2027

Present:     Cllr H. Ormerod (Chairman), Cllr J. Pryce, Cllr K. Quarmby

11/27  APOLOGIES FOR ABSENCE
       There were no apologies.

12/27  MINUTES OF THE LAST MEETING
       RESOLVED; that the minutes of the meeting held on 2 February 2027 be
       approved as a true record.

14/27  BUS SHELTER
       The Clerk reported that the shelter glass had been replaced.

15/27  PLANNING
       No applications had been received.

16/27  FINANCE
       RESOLVED; that the payments listed be approved.

17/27  DATE OF NEXT MEETING
       Tuesday 6 April 2027.
"""


def test_capital_headings_of_a_number_year_scheme_vouch_for_a_jump(tmp_path: Path) -> None:
    assert numbers(minutes_of(PARISH_TEXT_MINUTES_NUMBER_JUMP, tmp_path)) == [
        ("11/27", "APOLOGIES FOR ABSENCE"), ("12/27", "MINUTES OF THE LAST MEETING"),
        ("14/27", "BUS SHELTER"), ("15/27", "PLANNING"), ("16/27", "FINANCE"),
        ("17/27", "DATE OF NEXT MEETING")]


def test_titles_in_small_letters_vouch_for_no_jump(tmp_path: Path) -> None:
    # (negative: the same minutes titled in small letters, nothing says the jump is a
    # heading's: the longer run is kept, as before)
    text = PARISH_TEXT_MINUTES_NUMBER_JUMP
    for title in ("APOLOGIES FOR ABSENCE", "MINUTES OF THE LAST MEETING", "BUS SHELTER",
                  "PLANNING", "FINANCE", "DATE OF NEXT MEETING"):
        text = text.replace(title, title.capitalize())
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == [
        "14/27", "15/27", "16/27", "17/27"]

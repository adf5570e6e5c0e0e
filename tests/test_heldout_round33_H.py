"""Held-out round 33, decisions of papers with printed mistakes, unusual packs and audit packs:
the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    minutes_of,
    numbers,
)
from kcc_papers.normalise.outcomes import classify_outcome


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

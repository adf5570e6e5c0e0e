"""Regression (session 51): the reader of a motion carried on a vote in the sentence after it
(minutes/carried_votes) knew a narrower moving sentence than the reader of one lost
(minutes/moved_before_lost): "moved, and Councillor B seconded, that ..." and "It was moved by
... and seconded by ... that ..." were read when the motion was lost and missed when it was
carried. Both now read one pattern (minutes/moving_sentence)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows
from kcc_papers.extract.minutes.moving_sentence import MOVES, PROPOSED

MINUTES = """ASHWORTH PARISH COUNCIL

MINUTES OF THE MEETING OF THE AMENITIES COMMITTEE HELD ON TUESDAY, 9 MARCH 2027 AT 7.00 PM

PRESENT:    Councillor A Ames (Chair), Councillors B Bell, C Cole and D Dunn

21.   HALL HIRE CHARGES

The Clerk introduced the schedule of charges. Councillor Cole asked about the cost of heating.
Councillor Ames moved, and Councillor Bell seconded, that hall hire charges be held at 2026
levels. On being put to the vote, the motion was carried.

22.   PLAY AREA

It was moved by Councillor Dunn and seconded by Councillor Cole that the play area fencing be
replaced before the summer. Following a vote, the motion was carried unanimously.

24.   NOTICE BOARD

The Clerk reported that at full Council on 5 March Councillor Cole had moved, and Councillor
Bell seconded, that a new notice board be bought. On a vote, the motion was carried.
"""


def test_regression_carried_motion_moved_with_its_seconder(tmp_path: Path) -> None:
    """The seconder named inside the moving sentence, in either order, leaves the motion's
    words the decision carried; one told as moved at another meeting stays none."""
    assert decision_rows(MINUTES, tmp_path) == [
        ("Councillor Ames moved, and Councillor Bell seconded, that hall hire charges be held at "
         "2026 levels. On being put to the vote, the motion was carried.", "approved"),
        ("It was moved by Councillor Dunn and seconded by Councillor Cole that the play area "
         "fencing be replaced before the summer. Following a vote, the motion was carried "
         "unanimously.", "approved"),
    ]


def test_regression_one_moving_sentence_for_lost_and_carried() -> None:
    """What the lost reader takes as a moving sentence, the carried reader takes too; only the
    carried reader takes a report's recommendation, and neither an amendment."""
    for sentence in ("Councillor A moved, and Councillor B seconded, that the hall be let.",
                     "It was moved by Councillor A and seconded by Councillor B that the hall "
                     "be let.",
                     "Councillor A proposed, seconded by Councillor B, that the hall be let.",
                     "Councillor A moved the following motion: That the hall be let."):
        assert MOVES.match(sentence) and PROPOSED.search(sentence), sentence
    recommended = "The report recommended that the hall be let."
    assert PROPOSED.search(recommended) and not MOVES.match(recommended)
    for amendment in ("Councillor A moved an amendment that the hall be sold.",
                      "Councillor A moved, as an amendment, that the hall be sold.",
                      "Councillor A had moved that the hall be sold."):
        assert not MOVES.match(amendment) and not PROPOSED.search(amendment), amendment

"""Regression tests for round 18's document misses of blind batches A, B and C (each
document's kind, meeting date and committee): a board's "Notes of the meeting held on ..."
over "Attendees:", lost in the agenda before it. Each runs on small papers written here, not
on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# --------------------------------------- a board's notes of its meeting over its attendees

ATTENDEES_PACK = """%% header Wexcombe County Council and NHS Wexcombe ICB
## Inclusion Improvement Board
** Agenda
Tuesday 9th May 2028, 10.00 am, Room 4, County Hall, Wexcombe
1. Welcome and apologies
2. Notes and actions from the meeting of 14th February 2028
3. Inclusion action plan
--- page ---
## Inclusion Improvement Board
** Notes of the meeting held on 14th February 2028
{label}: Jane Arlott (Independent Chair), Cllr Ben Cole (Cabinet Member), Dr Eve Dyer (ICB)
** 1. Welcome and apologies
Apologies from Sam Ford.
** 2. Exclusions
The Board agreed that a report on exclusions be brought to the next meeting.
"""


def test_notes_of_the_meeting_over_attendees_read_as_minutes(tmp_path: Path) -> None:
    # A board keeping notes lists who came as "Attendees:" where others print "Present:":
    # before, its notes were no start at all, read as the agenda's second page, and (their
    # heading alone naming them) as no paper either
    board = "Inclusion Improvement Board"
    for label in ("Attendees", "Present"):
        assert pack_documents(ATTENDEES_PACK.format(label=label), tmp_path) == [
            ("agenda", "2028-05-09", board),
            ("minutes", "2028-02-14", board),
        ]

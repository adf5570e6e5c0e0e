"""Regression tests for round 17's document misses of blind batches A, B and C (each
document's kind, meeting date and committee): a panel's "Notes of the meeting held on ..."
over who was present, not read as its minutes. Each runs on small papers written here, not on
the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# ------------------------------------------------ a panel's notes of its meeting: its minutes

NOTES_PACK = """## {council}
!! {panel}
Date:	Tuesday 13 June 2028
Time:	2.00pm
Venue:	Meeting Room 2, Civic Offices
** AGENDA
1. Apologies
2. Notes of the meeting held on 14th March 2028
3. Void Turnaround Update
--- page ---
** {council}
** {panel}
{notes} held on 14th March 2028
Present: Cllr A Reed (Chair), Cllr B Shaw, Mr C Tait (tenant representative)
** 1 Apologies
None.
** 2 Void turnaround
The Panel agreed that a void turnaround report be brought to the next meeting.
--- page ---
Agenda Item 3
** Void Turnaround Update
Report of: Head of Housing Management
** Recommendation
That the Panel notes the void turnaround times for the quarter.
"""

NOTES_ALONE = """%% header {council} - Housing Services
## {panel}
** Notes of the meeting held on Wednesday 17th May 2028, 6.00pm, Community Room, Ash Court
Present:	Ann Reed (Chair), Bob Shaw, Cal Tait
Apologies:	Dee Urwin
** 1. Welcome and apologies
Apologies were noted as above.
** 2. Repairs
The Panel agreed to carry out a mystery shopping exercise on repairs in June.
** 3. Date of next meeting
Wednesday 19th July 2028, 6.00pm.
"""


def test_notes_of_the_meeting_held_on_read_as_minutes(tmp_path: Path) -> None:
    # A panel keeping notes heads its record of the meeting "Notes of the meeting held on ..."
    # over "Present:", as others print "Minutes of the meeting held on ...": before, the
    # notes were read as the agenda's second page (a pack) and as no paper at all (alone)
    council, panel = "Marrowfield District Council", "Housing Safety Panel"
    for notes in ("Notes of the meeting", "Minutes of the meeting"):
        assert pack_documents(NOTES_PACK.format(council=council, panel=panel, notes=notes),
                              tmp_path) == [
            ("agenda", "2028-06-13", panel),
            ("minutes", "2028-03-14", panel),
            ("report", "2028-06-13", panel),
        ]
    panel = "Tenant and Leaseholder Forum"
    assert pack_documents(NOTES_ALONE.format(council=council, panel=panel), tmp_path) == [
        ("minutes", "2028-05-17", panel)]

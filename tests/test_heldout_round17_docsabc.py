"""Regression tests for round 17's document misses of blind batches A, B and C (each
document's kind, meeting date and committee): a panel's "Notes of the meeting held on ..."
over who was present, not read as its minutes. Each runs on small papers written here, not on
the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents

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


# ------------------------------------ a body named by its kind alone, in full on other papers

BOARD_TEXT_PACK = """{company}
(an arm's length management organisation owned by Westmere Borough Council)

BOARD MEETING

Thursday 22nd June 2028 at 4.00pm
Boardroom, 4 Mill Street, Westmere WM2 3LP

                                  AGENDA

  1.  Apologies and declarations of interest
  2.  Minutes of the Board meeting held on 20th April 2028
  3.  Annual Report on Complaints

                       {board} - 22 June 2028 - Page 1
\f{company}
MINUTES OF THE BOARD MEETING HELD ON THURSDAY 20TH APRIL 2028

Present:  Ann Reed (Chair), Cllr Bob Shaw, Cal Tait

B28/11  APOLOGIES AND DECLARATIONS OF INTEREST
        Apologies were received from Dee Urwin.

B28/12  OFFICE MOVE
        RESOLVED that the office move be deferred.

                       {board} - 22 June 2028 - Page 2
\fAGENDA ITEM 3

{board_caps}                                     22 June 2028
ANNUAL REPORT ON COMPLAINTS
Author: Eve Frost, Customer Insight Manager

1. RECOMMENDATION
1.1 That the Board notes the complaints received in 2027/28.

2. COMPLAINTS
2.1 The company received 412 stage 1 complaints in 2027/28.

                       {board} - 22 June 2028 - Page 3
"""


def _text_documents(text: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [d for d in documents_of(path) if d[0] != "pack"]


def test_board_named_by_its_kind_alone_beside_its_full_name(tmp_path: Path) -> None:
    # The agenda is headed "BOARD MEETING" under the company's name and the minutes "the
    # Board meeting"; the report and every page's foot print the body's name in full: one
    # pack, one body. Before, the agenda's committee was "Board Meeting", the minutes' "Board"
    pack = BOARD_TEXT_PACK.format(company="WESTMERE HOMES LIMITED", board="Westmere Homes Board",
                                  board_caps="WESTMERE HOMES BOARD")
    assert _text_documents(pack, tmp_path) == [
        ("agenda", "2028-06-22", "Westmere Homes Board"),
        ("minutes", "2028-04-20", "Westmere Homes Board"),
        ("report", "2028-06-22", "Westmere Homes Board"),
    ]

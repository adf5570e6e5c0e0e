"""Held-out round 33, documents of packs of unusual structure (batch g): the rules the round's
misses showed, each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered

# A parish council's committee pack (r33g): the agenda lists its items in a table; each report
# starts on a page of its own headed "Item 6: <title>" as the agenda lists it, over "Report of
# the Clerk" in body type; no publisher's stamp, no "Report" heading.
TABLED_AGENDA_THEN_TITLED_ITEMS = """%% header ELMSWORTH PARISH COUNCIL
%% footer Amenities Committee - 9 March 2028 - Page {page}
## Amenities Committee
** Notice of Meeting
Members of the Amenities Committee are summoned to a meeting at the Village Hall,\
 Elmsworth, on Thursday 9 March 2028 at 7.30 pm.
** Agenda
|~ Item | Business |
| 1 | To receive apologies for absence |
| 2 | To approve the minutes of the meeting held on 9 February 2028 |
| 3 | Playground safety surfacing replacement |
| 4 | Allotment rents 2028-29 |
--- page ---
** Item 3: Playground safety surfacing replacement
Report of the Parish Clerk
The wet-pour surface under the swings has failed its annual inspection and must be\
 replaced before the summer.
Recommendation: That the Committee approves the replacement of the surface at a\
 cost of £7,800.
--- page ---
** Item 4: Allotment rents 2028-29
Report of the Parish Clerk
Rents have not risen since 2024. The Committee is asked to set the rent for a full plot at £42.
"""


def test_items_titled_as_the_tabled_agenda_lists_them_start_reports(tmp_path: Path) -> None:
    docs = documents_of(rendered(TABLED_AGENDA_THEN_TITLED_ITEMS, tmp_path))
    assert docs[1:] == [("agenda", "2028-03-09", "Amenities Committee"),
                        ("report", "2028-03-09", "Amenities Committee"),
                        ("report", "2028-03-09", "Amenities Committee")]


# The negative: an agenda that heads its own items "Item 1: ..." goes on over its pages with
# them; its item's heading at the next page's top is no paper.
AGENDA_HEADING_ITS_ITEMS = """%% header ELMSWORTH PARISH COUNCIL
%% footer Amenities Committee - 9 March 2028 - Page {page}
## Amenities Committee
** Agenda
Members of the Amenities Committee are summoned to a meeting at the Village Hall,\
 Elmsworth, on Thursday 9 March 2028 at 7.30 pm.
** Item 1: Apologies for absence
To receive apologies for absence.
** Item 2: Minutes
To approve the minutes of the meeting held on 9 February 2028.
--- page ---
** Item 3: Playground safety surfacing replacement
To consider replacing the wet-pour surface under the swings, which has failed its\
 inspection.
** Item 4: Allotment rents 2028-29
To set the rent for a full plot for 2028-29.
"""


def test_an_agenda_heading_its_own_items_goes_on_over_its_pages(tmp_path: Path) -> None:
    docs = documents_of(rendered(AGENDA_HEADING_ITS_ITEMS, tmp_path))
    assert docs == [("agenda", "2028-03-09", "Amenities Committee")]


# A trust board's pack (r33e): the agenda names the board, the last meeting's minutes are
# headed "Minutes of the Board of Directors Meeting in Public held on ...": the session, not
# part of the board's name.
MINUTES_OF_A_MEETING_IN_PUBLIC = """%% header Hollowmere Community Health NHS Foundation Trust
## Finance and Investment Committee
** Agenda
Meeting to be held on Tuesday 11 July 2028 at 2.00 pm in the Boardroom, Hollowmere House.
|~ Item | Business |
| 1 | Welcome and apologies |
| 2 | Minutes of the meeting held on 9 May 2028 |
--- page ---
** Minutes of the Finance and Investment Committee Meeting in Public held on Tuesday 9 May 2028 at 2.00 pm
Present: Dr R. Okafor (Chair), Ms L. Brennan, Mr T. Ashworth
1. Welcome and apologies
Apologies were received from Mr D. Pryce.
"""


def test_a_meeting_in_public_is_the_session_not_the_name(tmp_path: Path) -> None:
    docs = documents_of(rendered(MINUTES_OF_A_MEETING_IN_PUBLIC, tmp_path))
    assert docs[1:] == [("agenda", "2028-07-11", "Finance and Investment Committee"),
                        ("minutes", "2028-05-09", "Finance and Investment Committee")]

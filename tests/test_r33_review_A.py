"""Review of round 33's fix A (packs' starts: agenda-titled items, foreign mastheads,
reference strips; minutes' body names): the cases the review found read wrong, each on a small
paper a council or a health body could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_kinds, rendered

# A trust board's pack: the agenda, then the last meeting's minutes on a page of their own.
BOARD_FRONT = """%% header Fenwick Valley NHS Trust | Trust Board | 3 May 2029
## Fenwick Valley NHS Trust
** Trust Board - Meeting in Public
Thursday 3 May 2029 at 10.00am, Boardroom
** Agenda
| No. | Item | Ref |
| 29/51 | Minutes of the Previous Meeting | A |
| 29/52 | Estates Strategy Refresh | B |
| 29/53 | Nurse Staffing Review | C |
--- page ---
## Fenwick Valley NHS Trust
** Minutes of the Trust Board held on Thursday 1 March 2029
Present: Ms A. Grove (Chair), Mr B. Idris (Chief Executive)
** 29/31 Apologies
None.
--- page ---
"""

# The paper starts by its "Report of" heading, its strip printed under the title on its first
# page and over its next page: one paper, not two.
PAPER_BY_ITS_HEADING_STRIP_REPEATED = BOARD_FRONT + """## Estates Strategy Refresh
** Report of the Director of Estates
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Summary
The refresh sets out how the Trust will reduce its backlog maintenance over five years and
what it will cost the Trust in each of those years.
--- page ---
## Estates Strategy Refresh
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Next steps
The Board is asked to approve the refresh for consultation with staff, and to note the
costs set out in the summary.
"""


def test_regression_a_papers_own_strip_under_its_heading_starts_nothing_again(
        tmp_path: Path) -> None:
    kinds = pack_kinds(PAPER_BY_ITS_HEADING_STRIP_REPEATED, tmp_path)
    assert [(k[1], k[2]) for k in kinds] == [(1, 1), (2, 2), (3, 4)]


# A committee's strip cell spaced on one page and not on the next ("QC 2", "QC2"): the same
# reference.
STRIP_SPACED_OTHERWISE = BOARD_FRONT + """## Estates Strategy Refresh
Quality Committee, 16 May 2029 | Agenda item QC 2
** Summary
The refresh sets out how the Trust will reduce its backlog maintenance over five years and
what it will cost the Trust in each of those years.
--- page ---
## Estates Strategy Refresh
Quality Committee, 16 May 2029 | Agenda item QC2
** Next steps
The Board is asked to approve the refresh for consultation with staff.
"""


def test_regression_a_strip_reference_spaced_otherwise_is_the_same_paper(
        tmp_path: Path) -> None:
    kinds = pack_kinds(STRIP_SPACED_OTHERWISE, tmp_path)
    assert [(k[1], k[2]) for k in kinds] == [(1, 1), (2, 2), (3, 4)]


# A joint committee's councils under its name, one of them with "and" in its own name: the
# line still names councils only, and the joint committee met.
JOINT_COMMITTEE_OF_A_CITY_WITH_AND = """%% header Downland Joint Waste Committee
## Downland Joint Waste Committee
Brighton and Hove City Council and East Sussex County Council
** Minutes of the meeting held on Monday 6 March 2028 at Hove Town Hall
Present: Councillors J. Hale (Chair), R. Moyo, S. Quirke
** DJW/1/28 Apologies
None.
** DJW/2/28 Fees and charges 2028/29
RESOLVED that the gate fee be set at £104 from 1 April 2028.
"""


def test_regression_a_partner_council_named_with_and_is_still_a_council(
        tmp_path: Path) -> None:
    docs = documents_of(rendered(JOINT_COMMITTEE_OF_A_CITY_WITH_AND, tmp_path))
    assert docs == [("minutes", "2028-03-06", "Downland Joint Waste Committee")]


# The agenda tables its items and then heads them "Item 1: ..." over its pages: its item
# headed so at the next page's top is the agenda going on (this exercises the guard the fix's
# own negative test does not).
AGENDA_TABLING_THEN_HEADING_ITS_ITEMS = """%% header ELMSWORTH PARISH COUNCIL
## Amenities Committee
** Agenda
Members of the Amenities Committee are summoned to a meeting at the Village Hall,\
 Elmsworth, on Thursday 9 March 2028 at 7.30 pm.
|~ Item | Business |
| 1 | Apologies for absence |
| 2 | Minutes of the last meeting |
| 3 | Playground safety surfacing replacement |
| 4 | Allotment rents 2028-29 |
** Item 1: Apologies for absence
To receive apologies for absence.
** Item 2: Minutes of the last meeting
To approve the minutes of the meeting held on 9 February 2028.
--- page ---
** Item 3: Playground safety surfacing replacement
To consider replacing the wet-pour surface under the swings, which has failed its\
 inspection.
** Item 4: Allotment rents 2028-29
To set the rent for a full plot for 2028-29.
"""


def test_an_agenda_tabling_then_heading_its_items_goes_on_over_its_pages(
        tmp_path: Path) -> None:
    kinds = pack_kinds(AGENDA_TABLING_THEN_HEADING_ITS_ITEMS, tmp_path)
    assert kinds == [("agenda", 1, 2)]

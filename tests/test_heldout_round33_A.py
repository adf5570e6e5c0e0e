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
** Minutes of the Finance and Investment Committee Meeting in Public held on Tuesday 9 May 2028
Present: Dr R. Okafor (Chair), Ms L. Brennan, Mr T. Ashworth
1. Welcome and apologies
Apologies were received from Mr D. Pryce.
"""


def test_a_meeting_in_public_is_the_session_not_the_name(tmp_path: Path) -> None:
    docs = documents_of(rendered(MINUTES_OF_A_MEETING_IN_PUBLIC, tmp_path))
    assert docs[1:] == [("agenda", "2028-07-11", "Finance and Investment Committee"),
                        ("minutes", "2028-05-09", "Finance and Investment Committee")]


# A committee's pack binding in a partner's paper (r33g): after the minutes, a page headed by
# the fire service's own masthead over the title the agenda lists for item 4; no stamp, no
# "Report of" head. A later page of the minutes under the committee's masthead is no paper.
PARTNER_PAPER_AFTER_MINUTES = """%% header Oakhurst District Council
## Safer Communities Panel
Date:	Wednesday 5 April 2028, 6.30 pm
** Agenda
|# Item | Title | Page |
| 1 | Apologies | - |
| 2 | Minutes of the Previous Meeting | 2 |
| 3 | Flood Resilience Plan | 3 |
| 4 | Home Fire Safety Visits Update | 5 |
--- page ---
## Safer Communities Panel
** Minutes of the meeting held on Wednesday 1 March 2028
Present: Councillors A. Rowe (Chair), B. Singh, C. Tait
** 12. Apologies
None.
--- page ---
## Safer Communities Panel
** Flood Resilience Plan
** 13. Flood Resilience Plan
RESOLVED - That the Panel notes the draft plan.
--- page ---
## WESTSHIRE FIRE AND RESCUE SERVICE
** Home Fire Safety Visits Update: Oakhurst
Prepared by Station Manager P. Lowe, Oakhurst Fire Station, for Oakhurst District Council's
Safer Communities Panel, 5 April 2028.
** Purpose of the report
This report updates the Panel on the service's home fire safety visits in the district.
** Incidents in Oakhurst, 2027
| Incident type | 2026 | 2027 | Change |
| Accidental dwelling fires | 41 | 36 | -12.2% |
| Deliberate fires | 88 | 95 | +8.0% |
** Visits in 2027
In 2027 the service made 1,240 home fire safety visits in the district, most of them to
households referred by the Council's housing team and by adult social care.
** Next steps
The service asks the Panel to note the review and to support joint visits with the Council's
housing officers in 2028.
"""


def test_a_partners_masthead_over_a_listed_title_starts_its_paper(tmp_path: Path) -> None:
    docs = documents_of(rendered(PARTNER_PAPER_AFTER_MINUTES, tmp_path))
    assert docs[1:] == [("agenda", "2028-04-05", "Safer Communities Panel"),
                        ("minutes", "2028-03-01", "Safer Communities Panel"),
                        ("report", "2028-04-05", "Safer Communities Panel")]


# A joint committee's minutes (r33g): its name as the masthead, its councils on a line under
# it, then "Minutes of the meeting held on ...": the joint committee met, not the councils.
JOINT_COMMITTEE_MINUTES = """%% header Marlowe Joint Crematorium Committee
## Marlowe Joint Crematorium Committee
Ashby Borough Council and Tenfold District Council
** Minutes of the meeting held on Monday 6 March 2028 at Ashby Town Hall
Present: Councillors J. Hale (Chair, Ashby), R. Moyo (Tenfold), S. Quirke (Ashby)
** MJC/1/28 Apologies
None.
** MJC/2/28 Fees and charges 2028/29
RESOLVED that the cremation fee be set at £1,040 from 1 April 2028.
"""


def test_a_joint_committees_councils_under_its_name_are_not_the_committee(
        tmp_path: Path) -> None:
    docs = documents_of(rendered(JOINT_COMMITTEE_MINUTES, tmp_path))
    assert docs == [("minutes", "2028-03-06", "Marlowe Joint Crematorium Committee")]


# A health board's pack (r33e): after the minutes, each paper is headed by its title in the
# pack's largest type over a strip "Paper C | <board> <date> | Lead: ..."; the same strip over
# a paper's later page is no new paper.
PAPERS_OVER_REFERENCE_STRIPS = """%% header Fenwick Valley NHS Trust | Trust Board | 3 May 2029
## Fenwick Valley NHS Trust
** Trust Board - Meeting in Public
Thursday 3 May 2029 at 10.00am, Boardroom
** Agenda
| No. | Item | Paper |
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
## Estates Strategy Refresh
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Summary
The refresh sets out how the Trust will reduce its backlog maintenance over five years.
--- page ---
## Estates Strategy Refresh
Paper B | Trust Board 3 May 2029 | Lead: Director of Estates
** Next steps
The Board is asked to approve the refresh for consultation with staff.
--- page ---
## Nurse Staffing Review
Paper C | Trust Board 3 May 2029 | Lead: Chief Nurse
** Summary
This report sets out the six-monthly review of nurse staffing on the Trust's wards.
** Recommendation
The Board is asked to note the report and the staffing establishment for each ward.
"""


def test_a_title_over_a_reference_strip_starts_the_paper_it_names(tmp_path: Path) -> None:
    docs = documents_of(rendered(PAPERS_OVER_REFERENCE_STRIPS, tmp_path))
    assert docs[1:] == [("agenda", "2029-05-03", "Trust Board"),
                        ("minutes", "2029-03-01", "Trust Board"),
                        ("report", "2029-05-03", "Trust Board"),
                        ("report", "2029-05-03", "Trust Board")]

"""Session 44's mends (A): the rule starting a paper at a page titled as an item the agenda
lists (segment_starts.titled_pages) read three older held-out papers wrong; each cause on a
small pack written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# A sub-committee's pack (held-out r13c): each paper titled as the agenda lists it, the
# forward plan's paper too, "Procurement Forward Plan 2028/29" over its header block. Its
# title names the kind of paper it is: a forward plan, not a report titled as its item.
FORWARD_PLAN_PACK = """%% footer Contracts and Procurement Sub-Committee - 4 November 2027 - {page}
## Glenalmond and Strathcarron Council
!! Contracts and Procurement Sub-Committee
A meeting of the Contracts and Procurement Sub-Committee will be held in the Council Chamber, Carronbridge on Thursday, 4 November 2027 at 10.00am.
** BUSINESS
1. Declarations of Interest
2. Minute of Meeting of 9 September 2027
3. Supply of School Meals Provisions
4. Procurement Forward Plan 2028/29
--- page ---
** MINUTE of MEETING of the CONTRACTS AND PROCUREMENT SUB-COMMITTEE held in the COUNCIL CHAMBER, CARRONBRIDGE on 9 SEPTEMBER 2027
Present:	Councillor Isla MacRitchie (Convener); Councillors Fraser Duthie and Hamish Lorimer
** 1 DECLARATIONS OF INTEREST
There were no declarations of interest.
** 2 ROADS MAINTENANCE
The Sub-Committee agreed to award the contract to Carron Surfacing Ltd.
--- page ---
!! Supply of School Meals Provisions
Report by:	Head of Commercial and Procurement Services
Committee:	Contracts and Procurement Sub-Committee
Date:	4 November 2027
** 1. RECOMMENDATION
1.1 The Sub-Committee is asked to approve the award of the school meals provisions contract to Highland Fine Foods Ltd.
--- page ---
!! Procurement Forward Plan 2028/29
Report by:	Head of Commercial and Procurement Services
Committee:	Contracts and Procurement Sub-Committee
Date:	4 November 2027
** 1. RECOMMENDATION
1.1 The Sub-Committee is asked to approve the procurement forward plan for 2028/29 at Appendix 1, which lists regulated procurements expected to begin in the year.
** Appendix 1: Regulated procurements expected to start in 2028/29
|- Subject | Estimated value | Route | Expected start | Service |
| Waste transfer haulage | £3.4m over 4 years | Open procedure | May 2028 | Environment |
| Care at home (framework) | £22m over 4 years | Open procedure | June 2028 | HSCP |
"""  # noqa: E501


def test_regression_a_page_titled_as_its_item_naming_its_kind_is_that_kind(
        tmp_path: Path) -> None:
    kinds = pack_kinds(FORWARD_PLAN_PACK, tmp_path)
    assert kinds[-1] == ("forward_plan", 4, 4)


# A trust committee's pack (held-out r28h): its last page is the agenda's last item, "Date of
# next meeting" over the date alone, titled as the agenda lists it after the risk register's
# report. No paper is printed for that item: the page goes on with the report before it.
NEXT_MEETING_PACK = """%% footer Alderman Pryce Trust Committee - 27 January 2031 - {page}
## KESTWICK BOROUGH COUNCIL
** ALDERMAN PRYCE TRUST COMMITTEE
Date:	Monday, 27 January 2031
Time:	6.00 pm
Venue:	Committee Room 3, Kestwick Town Hall
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 21 October 2030
3. Charity risk register
4. Date of next meeting
--- page ---
## KESTWICK BOROUGH COUNCIL
** ALDERMAN PRYCE TRUST COMMITTEE
** Minutes of the meeting held on Monday, 21 October 2030 at 6.00 pm in Committee Room 3, Kestwick Town Hall
Present: Councillors I Blackwood (Chair), D Crane and S Kitto
** TC.17 Apologies for absence
Apologies were received from Councillor Farouk.
** TC.18 Pavilion lettings
RESOLVED: That the lettings charges for 2031 be increased by 3%.
--- page ---
## KESTWICK BOROUGH COUNCIL
** Report to the Alderman Pryce Trust Committee
Date of meeting:	27 January 2031
Report of:	Charity Finance Officer
Title:	Charity risk register
** 1. Recommendation
1.1 That the Committee reviews the Charity's risk register and agrees the scores.
| Ref | Risk | Likelihood | Impact | Score | Level |
| PT1 | Pavilion unusable through roof failure before works | 3 | 3 | 9 | High |
| PT2 | Income from lettings falls short of budget | 2 | 2 | 4 | Low |
--- page ---
** Date of next meeting
Monday 28 April 2031 at 6.00 pm.
"""  # noqa: E501


def test_regression_the_next_meetings_page_titled_as_its_item_is_no_paper(
        tmp_path: Path) -> None:
    kinds = pack_kinds(NEXT_MEETING_PACK, tmp_path)
    assert kinds[-1][1:] == (3, 4)
    assert [kind for kind, _, _ in kinds].count("other") == 0

"""Regression tests for round 21's document misses (each document's kind, meeting date and
committee): a shuffled report's "Report to the ..." masthead, a call-in meeting's bracketed
name, a programme board's register under a "Board meeting:" label, a stamp overprinted over
an item's stamp, a Northern Ireland report's "Reporting Officer", minutes whose numbered
headings name a performance report, a summons "of a meeting ... to be held", a report title's
cell wrapped about its label, a capital programme's budget monitor, a business plan that
includes measures, a panel's "Notes of Meeting", a bilingual notice of decisions set side by
side, a decision sheet run onto a second page, a decision record appended to a pack, a record
of decisions dated by its "Meeting:" label, a running head naming the council then its
committee. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered
from kcc_papers.extract.meetings.mastheads import masthead_pair

# ------------------------------------------ a shuffled report's "Report to the ..." masthead


def test_report_to_the_committee_masthead_read_with_its_article() -> None:
    # a report read in another order than its page's (shuffled, its head after its body), its
    # masthead "Report to the Audit and Standards Committee" over "Date of meeting:" names the
    # meeting: before, its article was kept ("the Audit and Standards Committee")
    assert masthead_pair(["WEXCOMBE DISTRICT COUNCIL",
                          "Report to the Audit and Standards Committee",
                          "Date of meeting: Monday 12th October 2026",
                          "Report title: Internal Audit Progress Report"]) == {
        "committee": "Audit and Standards Committee", "meeting_date": dt.date(2026, 10, 12)}


# ---------------------------------------------------- a call-in meeting's bracketed name

CALL_IN_PACK = """%% header Dunhaven City Council
%% footer Scrutiny Board (Call-In) | 2nd December 2027 | {page}
## Scrutiny Board (Call-In)
A meeting of the Scrutiny Board will be held in Committee Room 1, Dunhaven Guildhall, on \
Thursday, 2nd December 2027 at 10.00 am, to consider the call-in of a decision of the Cabinet.
Chair:	Councillor Ruth Allingham
** Agenda
|- No. | Item | Paper |
| 1. | Apologies for absence | |
| 2. | Declarations of interest | |
| 3. | Call-in of Cabinet decision: Dunhaven Museum opening hours | A |
"""


def test_call_in_meeting_named_with_its_masthead_bracket(tmp_path: Path) -> None:
    # "A meeting of the Scrutiny Board will be held" under the masthead "Scrutiny Board
    # (Call-In)": the meeting is the call-in's, as the masthead names it; before, the
    # sentence's name without the bracket was kept
    assert pack_documents(CALL_IN_PACK, tmp_path) == [
        ("agenda", "2027-12-02", "Scrutiny Board (Call-In)")]


# ------------------------------------------ a programme board's register under its date label

PROGRAMME_BOARD_PACK = """%% header Kelmouth Council | Harbourside Regeneration Programme Board
## Harbourside Regeneration Programme Board
** Agenda
Date:	Monday 8th March 2027, 10.00am
Venue:	Meeting Room 3, Kelmouth Town Hall
1. Welcome and apologies
2. Notes of the previous meeting
3. Programme risk register
--- page ---
** Item 3
## Harbourside Regeneration Programme - Risk Register
Board meeting:	8th March 2027
Scoring: likelihood (L) and impact (I) each 1 (very low) to 5 (very high); score = L x I.
|# Ref | Risk description | Owner | L x I | Trend |
| HRP01 | Construction costs exceed the appraisal | Head of Delivery | 4 x 4 = 16 | Stable |
| HRP02 | Grant funding not confirmed in time | Director of Place | 3 x 5 = 15 | Falling |
"""


def test_register_under_board_meeting_label_keeps_the_board(tmp_path: Path) -> None:
    # "Board meeting: 8th March 2027" is a label dating the register under its title, not a
    # "BOARD MEETING - <date>" masthead under the organisation's name: before, the register's
    # title was read as the body ("Harbourside Regeneration Programme - Risk Register")
    board = "Harbourside Regeneration Programme Board"
    assert pack_documents(PROGRAMME_BOARD_PACK, tmp_path) == [
        ("agenda", "2027-03-08", board), ("risk_register", "2027-03-08", board)]


# ------------------------------------------------- a stamp overprinted over an item's stamp

IJB_PACK = """%% header Glenmor Integration Joint Board
%% footer IJB 14.04.2027 | {page}
%% overprint Agenda Pack
## Glenmor Integration Joint Board
** Agenda
Date:	Wednesday 14th April 2027 at 2.00pm
Venue:	Boardroom, Glenmor House
1. Welcome and Apologies
2. Declarations of Interest
3. Community Rehabilitation Strategy
4. Carers Support Services
--- page ---
## Glenmor Integration Joint Board
Agenda Item 3
|% 30 70
| Meeting date | 14th April 2027 |
| Title | Community Rehabilitation Strategy |
| Report by | Head of Allied Health Professions |
| Action | For decision |
** 1. Purpose
1.1 To seek approval of the Community Rehabilitation Strategy 2027-2030.
** 2. Recommendation
2.1 The Integration Joint Board is asked to approve the strategy.
--- page ---
## Glenmor Integration Joint Board
Agenda Item 4
|% 30 70
| Meeting date | 14th April 2027 |
| Title | Carers Support Services |
| Report by | Chief Officer |
| Action | For decision |
** 1. Purpose
1.1 To seek agreement to extend the carers support services for one year.
** 2. Recommendation
2.1 The Integration Joint Board is asked to agree the extension.
"""


def test_item_stamp_under_overprinted_stamp_starts_its_paper(tmp_path: Path) -> None:
    # "Agenda Item 3" under the masthead is the item's stamp: the "Agenda Pack" stamp
    # overprinted across the page's top is no line of its head; before, the stamp was read
    # too far down the page and the two reports ran into one
    board = "Glenmor Integration Joint Board"
    assert pack_documents(IJB_PACK, tmp_path) == [
        ("agenda", "2027-04-14", board), ("report", "2027-04-14", board),
        ("report", "2027-04-14", board)]


# ---------------------------------------- a Northern Ireland report's "Reporting Officer" label

NI_PACK = """%% header Lough Carran District Council
%% footer Environment Committee | 16/03/2027 | {page}
## LOUGH CARRAN DISTRICT COUNCIL
Dear Councillor
You are requested to attend a meeting of the Environment Committee to be held in the \
Council Chamber on Tuesday 16 March 2027 at 7.00 pm.
** AGENDA
1. Apologies
2. Minutes of Environment Committee held on 16/02/2027
3. Household Recycling Centre Opening Hours
--- page ---
** LOUGH CARRAN DISTRICT COUNCIL
Minutes of a meeting of the Environment Committee held on Tuesday 16 February 2027 at 7.00 pm
In the Chair: Councillor D Maguire
Members Present: Councillors M Boyle, S Devlin and T Quinn
** 1. Apologies
None.
** 2. Street Cleansing
Proposed by Councillor Quinn, seconded by Councillor Boyle and agreed that the report be noted.
The meeting ended at 8.40 pm.
--- page ---
** LOUGH CARRAN DISTRICT COUNCIL
|- Report Title | Household Recycling Centre Opening Hours: Outcome of the Consultation on \
Winter Hours |
| Committee | Environment Committee |
| Date of Meeting | 16 March 2027 |
| Reporting Officer | Director of Environmental Services |
| Contact Officer | Waste Manager |
** 1.0 Purpose of Report
1.1 To report the outcome of the consultation on winter opening hours.
** 2.0 Recommendation
2.1 The Committee is asked to agree the winter opening hours.
"""


def test_reporting_officer_labels_a_report_header(tmp_path: Path) -> None:
    # "Report Title", "Committee", "Date of Meeting" and "Reporting Officer" rows head a report
    # of its own: before, "Reporting Officer" was no label and the report ran on in the minutes
    committee = "Environment Committee"
    assert pack_documents(NI_PACK, tmp_path) == [
        ("agenda", "2027-03-16", committee), ("minutes", "2027-02-16", committee),
        ("report", "2027-03-16", committee)]


# ------------------------------------- minutes whose numbered headings name a performance report

FIRE_MINUTES_PACK = """%% header Page {page}
## NORTHWOLD FIRE AND RESCUE AUTHORITY
** RESOURCES COMMITTEE
** AGENDA
Date:	Thursday 14th October 2027 at 10.30 hrs
1. Apologies
2. Minutes
3. Budget Monitoring
--- page ---
## NORTHWOLD FIRE AND RESCUE AUTHORITY
** RESOURCES COMMITTEE
Minutes of the meeting held on Thursday 8th July 2027 at Service Headquarters
Present: Councillors Ashby (Chair), Rowe and Tennant
** 11. APOLOGIES FOR ABSENCE
None.
** 12. SERVICE PERFORMANCE REPORT: QUARTER 4 2026/27
RESOLVED: That the Quarter 4 performance report be noted.
** 13. FLEET REPLACEMENT
RESOLVED: That the fleet replacement programme be approved.
"""


def test_minutes_titled_by_their_minutes_not_a_performance_report(tmp_path: Path) -> None:
    # the minutes' numbered headings ("12. SERVICE PERFORMANCE REPORT ...") are bold like
    # their masthead, so among their title lines: an item the meeting took, not what the
    # paper is; before, the minutes were read as a performance report
    committee = "Resources Committee"
    assert pack_documents(FIRE_MINUTES_PACK, tmp_path) == [
        ("agenda", "2027-10-14", committee), ("minutes", "2027-07-08", committee)]


# ---------------------------------------------------- a summons "of a meeting ... to be held"

NOTICE_OF_MEETING_PACK = """%% font serif
%% header ASHLOW BOROUGH COUNCIL - CABINET - 11/05/2027
%% footer {page}
## Ashlow Borough Council
** Cabinet
Notice is hereby given of a meeting of the Cabinet to be held on Tuesday, 11 May 2027 at \
6.00 p.m. in the Committee Room, Ashlow Town Hall.
Cabinet:	Councillors Priya Ferris (Leader), Dominic Hale and Una Kerr
** Business
|- Item | | Wards |
| 1. | Apologies for Absence | |
| 2. | Minutes - 13 April 2027 | |
| 3. | Car Parking Strategy | All |
"""


def test_notice_of_a_meeting_to_be_held_is_an_agenda(tmp_path: Path) -> None:
    # "Notice is hereby given of a meeting of the Cabinet to be held on ..." summons the
    # meeting as "Notice is hereby given that a meeting ... will be held" does: before, the
    # paper had no evidence of its kind ("other")
    assert pack_documents(NOTICE_OF_MEETING_PACK, tmp_path) == [
        ("agenda", "2027-05-11", "Cabinet")]


# ------------------------------------------------ a report title's cell wrapped about its label

WRAPPED_TITLE_REPORT = """%% hyphenate
## KILBRACKEN BOROUGH COUNCIL
|% 30 70
| Report Title | Performance Improvement: Statutory Performance Indicators and Standards, \
Outturn 2026/27 |
| Committee | Audit Committee |
| Date | Thursday 17th June 2027 |
| Reporting Officer | Head of Performance |
| For decision or noting | For noting |
** 1.0 Purpose of Report
1.1 To report the Council's outturn against the statutory indicators and standards for 2026/27.
** 2.0 Recommendation
2.1 The Committee is asked to note the outturn.
** 3.0 Outturn
3.1 Each statutory indicator and standard was met in 2026/27 but the processing of major \
planning applications, which fell short of its standard by four weeks.
"""


def test_report_title_wrapped_about_its_label_read_whole(tmp_path: Path) -> None:
    # the title's cell wrapped about its label ("Performance Improvement: ..." over "Report
    # Title" over "Outturn 2026/27") titles a performance report: before, only the line under
    # the bare label was read as the title ("Outturn 2026/27") and the paper was a report
    assert documents_of(rendered(WRAPPED_TITLE_REPORT, tmp_path)) == [
        ("performance_report", "2027-06-17", "Audit Committee")]


# --------------------------------------------------------- a capital programme's budget monitor

CAPITAL_MONITOR = """## Exbridge Council
## Highways Capital Programme 2027/28: Quarter 2 Monitoring
Meeting:	Cabinet
Date of meeting:	7 December 2027
Report of:	Director of Place
Wards affected:	All
** 1. Purpose
1.1 To report spending and delivery on the highways capital programme at Quarter 2.
** 2. Recommendations
Cabinet is recommended to:
(a) note the position of the 2027/28 highways capital programme at Quarter 2;
(b) approve the re-profiling of £1.20m from 2027/28 to 2028/29.
** 3. Programme by scheme (£000)
|% 9 37 11 11 11 10 16
|~ Code | Scheme | Budget 2027/28 | Spend to Q2 | Forecast outturn | Variance | RAG status |
| HCP01 | Resurfacing programme | 9,200 | 4,880 | 9,200 | 0 | {dot#00b050}On track |
| HCP02 | Footway renewal | 2,600 | 1,045 | 2,600 | 0 | {dot#00b050}On track |
| HCP03 | Bridge strengthening | 3,100 | 412 | 1,900 | -1,200 | {dot#ff0000}Delayed |
"""


def test_capital_programme_budget_monitor_is_a_report(tmp_path: Path) -> None:
    # a header naming each scheme's budget, spend, forecast and variance with a RAG column
    # monitors money, not a service's measures: before, it was read as a KPI table's header
    # and the report as a performance report
    assert documents_of(rendered(CAPITAL_MONITOR, tmp_path)) == [
        ("report", "2027-12-07", "Cabinet")]


# ---------------------------------------------------------- a business plan that includes measures

BUSINESS_PLAN_PACK = """## Thornwick Borough Council
** Shareholder Committee
Date:	Thursday, 9th March, 2028	Time: 5.30 pm
** AGENDA
1 Apologies for Absence
2 Thornwick Homes Ltd: Business Plan 2028/29 to 2032/33
--- page ---
!! Agenda Item 2
!! Thornwick Homes Ltd: Business Plan 2028/29 to 2032/33
Report of: Shareholder Representative
** 1. Purpose
1.1 The company's business plan requires the approval of the Council as sole shareholder.
** 2. Recommendation
2.1 That the Shareholder Committee approves the Thornwick Homes Ltd Business Plan 2028/29 \
to 2032/33, including the revised key performance indicators at Appendix 2.
** 3. Performance in 2027/28
|- Ref | Indicator | Target 2027/28 | Actual to Q3 | Status |
| TH1 | Homes completed (cumulative) | 105 | 96 | {dot#ffc000}Amber |
| TH2 | Rent collected as % of rent due | 98.5% | 97.2% | {dot#ffc000}Amber |
"""


def test_business_plan_including_measures_is_a_report(tmp_path: Path) -> None:
    # the decision asked is on the business plan its verb names first ("approves the ...
    # Business Plan ..., including the revised key performance indicators"): a decision's
    # report; before, the measures it includes made it a performance report
    committee = "Shareholder Committee"
    assert pack_documents(BUSINESS_PLAN_PACK, tmp_path) == [
        ("agenda", "2028-03-09", committee), ("report", "2028-03-09", committee)]


# ------------------------------------------------------------------ a panel's "Notes of Meeting"

PANEL_NOTES = """HALBURY COUNCIL
RESIDENTS' HOUSING PANEL

NOTES OF MEETING
Tuesday 9th March 2027, 6.00pm to 8.00pm
The Community Room, Westgate Court

Panel members present: Irene Cole (Chair), Sam Pryor, Lena Ward
Officers: Resident Engagement Manager

Item 1 - Welcome and apologies

The Chair welcomed everyone.

Item 2 - Repairs performance

The Panel discussed repairs completed within target and asked for a report in June.
"""


def test_panel_notes_of_meeting_are_minutes(tmp_path: Path) -> None:
    # "NOTES OF MEETING" under the panel's name titles its minutes (as "Record of Meeting"
    # does): before, nothing said what the paper was ("other")
    path = tmp_path / "notes.txt"
    path.write_text(PANEL_NOTES)
    assert documents_of(path) == [("minutes", "2027-03-09", "Residents' Housing Panel")]


# -------------------------------------------- a bilingual notice of decisions set side by side

BILINGUAL_NOTICE = """%% header Cyngor Sir Bryn Tawel | Bryn Tawel County Council
## CYNGOR SIR BRYN TAWEL
## BRYN TAWEL COUNTY COUNCIL
<> HYSBYSIAD O BENDERFYNIADAU'R CABINET || NOTICE OF CABINET DECISIONS
<> Cyfarfod: Cabinet || Meeting: Cabinet
<> Dyddiad: Dydd Mercher, 10fed Mawrth 2027 || Date: Wednesday, 10th March 2027
<> Cyhoeddwyd: 12fed Mawrth 2027 || Published: 12th March 2027
** Eitem 4 / Item 4: Polisi Llyfrgelloedd / Library Policy
<> Penderfyniad: Cymeradwyo'r polisi. || Decision: That the revised Library Policy be approved.
** Eitem 5 / Item 5: Ffioedd / Fees and Charges
<> Penderfyniad: Cymeradwyo'r ffioedd. || Decision: That the fees and charges for 2027/28 be \
approved.
"""


def test_bilingual_notice_of_decisions_side_by_side_read(tmp_path: Path) -> None:
    # "NOTICE OF CABINET DECISIONS" alone on its line, in the body's type in the English
    # column, says what the paper is; "Cyfarfod: Cabinet Meeting: Cabinet" and the date read
    # as one line give the meeting from the English label: before, the notice was "other",
    # of no meeting
    assert documents_of(rendered(BILINGUAL_NOTICE, tmp_path)) == [
        ("decision", "2027-03-10", "Cabinet")]


# ------------------------------------------------------ a decision sheet run onto a second page

DECISION_SHEET_PACK = """%% header Wendover County Council - Cabinet - 13 April 2027
%% footer Page {page} of {pages}
## WENDOVER COUNTY COUNCIL
** CABINET
Date: Tuesday 13 April 2027
Time: 10.00 am
** AGENDA
1. Apologies
2. Decision sheet of the meeting of 9 March 2027
--- page ---
## CABINET - DECISION SHEET
** Meeting: Cabinet
** Date: 9 March 2027
The decisions below were taken at the meeting.
** Issue details: Fees and Charges 2027/28
|% 30 70
| Item No. | 5 |
| Decision Maker: | Cabinet |
| Decision Made: | That the fees and charges for 2027/28 be approved. |
| Reason for decision: | To recover the cost of discretionary services. |
| Date decision effective: | 19/03/2027 |
--- page ---
** Issue details: Library Opening Hours
|% 30 70
| Item No. | 6 |
| Decision Maker: | Cabinet |
| Decision Made: | That a decision on library opening hours be deferred to the meeting in May. |
| Reason for decision: | To consider the consultation responses. |
| Date decision effective: | 19/03/2027 |
** Issue details: Allotment Rents
|% 30 70
| Item No. | 7 |
| Decision Maker: | Cabinet |
| Decision Made: | That allotment rents be held at 2026/27 levels. |
| Reason for decision: | To support food growing. |
| Date decision effective: | 19/03/2027 |
"""


def test_decision_sheet_entries_on_its_next_page_go_on_with_it(tmp_path: Path) -> None:
    # the sheet's next entries on its next page ("Issue details" over "Item No. 6",
    # "Decision Maker:", "Decision Made:") records a decision: the sheet goes on; before, it
    # was read as a report's head and split off as a paper of its own ("other")
    assert pack_documents(DECISION_SHEET_PACK, tmp_path) == [
        ("agenda", "2027-04-13", "Cabinet"), ("decision", "2027-03-09", "Cabinet")]


# ------------------------------------------------------------ a decision record appended to a pack

URGENT_RECORD_PACK = """%% header Redwick District Council
## REDWICK DISTRICT COUNCIL
** CABINET
Date:	Thursday 9th December 2027 at 6.00 pm
** AGENDA
1. Apologies
2. Urgent decisions taken by the Chief Executive
--- page ---
!! Agenda Item 2
## Urgent Decisions taken under the Urgency Procedure Rules
Report of: Chief Executive
Report to: Cabinet, 9 December 2027
** 1. Recommendation
1.1 That Cabinet notes the urgent decision at Appendix 1.
** 2. Background
2.1 One urgent decision was taken since the last meeting.
--- page ---
## APPENDIX 1 - RECORD OF URGENT DECISION
|% 35 65
| Decision reference | UD/2027/05 |
| Subject | Emergency repairs to the Market Street retaining wall |
| Decision taken by | Chief Executive |
| Date of decision | 3 November 2027 |
** Decision
To approve emergency repairs to the Market Street retaining wall at a cost of up to £85,000.
** Reasons for urgency
The wall was at risk of collapse onto the highway.
Signed:	Chief Executive	Date: 03/11/2027
"""


def test_urgent_decision_record_appended_keeps_no_meeting(tmp_path: Path) -> None:
    # an appendix titled "RECORD OF URGENT DECISION" is that record, and a decision one person
    # took appended to a pack was taken at no meeting of the pack's: before, it was a report
    # of the Cabinet's meeting
    assert pack_documents(URGENT_RECORD_PACK, tmp_path) == [
        ("agenda", "2027-12-09", "Cabinet"), ("report", "2027-12-09", "Cabinet"),
        ("decision", None, None)]


# --------------------------------------------- a record of decisions dated by its "Meeting:" label

GRANTS_PANEL_PACK = """%% header Ashby Vale City Council
%% footer Community Grants Panel - 7 June 2027                                     {page}
## Ashby Vale City Council
## Community Grants Panel
Notice is given that a meeting of the Community Grants Panel will be held on Monday 7th June \
2027 at 2.00 pm in the Mayor's Parlour.
** Business
|% 8 70 22
| No. | Item | Lead officer |
| 1 | Apologies | |
| 2 | Record of decisions of the meeting held on 8th March 2027 | Grants Officer |
--- page ---
## Ashby Vale City Council
** COMMUNITY GRANTS PANEL - RECORD OF DECISIONS
Meeting:	Monday 8th March 2027, Mayor's Parlour, Guildhall
Present:	Councillors A. Reid (Chair), J. Obi and P. Lund
|% 12 30 30 28
| Ref | Applicant | Project | Decision |
| CGP/27/01 | Vale Youth Club | Summer activities | Approved: a grant of £2,000 is awarded |
| CGP/27/02 | Lund Allotments | New water supply | Declined: the project is not in the district |
"""


def test_record_of_decisions_dated_by_its_meeting_label(tmp_path: Path) -> None:
    # "Meeting: Monday 8th March 2027, Mayor's Parlour" under the panel's "- RECORD OF
    # DECISIONS" masthead dates the record: before, it had no meeting of its own
    panel = "Community Grants Panel"
    assert pack_documents(GRANTS_PANEL_PACK, tmp_path) == [
        ("agenda", "2027-06-07", panel), ("decision", "2027-03-08", panel)]


# ------------------------------------------- a running head naming the council then its committee

COUNCIL_THEN_COMMITTEE_PACK = """%% header Marlow Vale District Council - Licensing Committee
%% footer Page {page} of {pages}
## MARLOW VALE DISTRICT COUNCIL
** LICENSING COMMITTEE
Date:	Thursday 9 September 2027
Time:	7.00 pm
** AGENDA
1. Apologies
2. Taxi Licensing Policy
--- page ---
** Agenda Item 2
** Taxi Licensing Policy 2028
Date of meeting: 9 September 2027
Report of: Licensing Manager
** 1. Purpose of report
1.1 To seek approval of the revised taxi licensing policy.
** 2. Recommendation
2.1 That the Committee approves the revised policy.
"""


def test_running_head_council_then_committee_names_the_committee(tmp_path: Path) -> None:
    # the running head "Marlow Vale District Council - Licensing Committee" over a report
    # dated by its label names the committee after the council: before, the council was read
    # as the meeting's body
    committee = "Licensing Committee"
    assert pack_documents(COUNCIL_THEN_COMMITTEE_PACK, tmp_path) == [
        ("agenda", "2027-09-09", committee), ("report", "2027-09-09", committee)]

"""Regression tests for round 22's document misses (each document's kind, meeting date and
committee): a pack's last page moving the exclusion of the press and public over an exempt
item not published, an agenda's table of business whose last column is "Report", minutes
"OF THE MEETING HELD ON" in capitals, a report addressed "<Council> - Report to <committee>",
a joint committee's masthead ("PARTNERSHIP" over "Joint Committee", its councils listed), a
page headed as ModernGov heads one under a pack's running head, a forward plan's title under
its label, "is recommended:" over numbered asks, a "Meeting:" label naming an authority, a
decision notice's masthead under a running head, the notes of a members' briefing, a
letter-spaced "M I N U T E S" title, a masthead's name wrapped in capitals, a mayor's decision
in a board's pack. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import documents_of, pack_documents
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.extract.meetings.minutes_heading import MinutesHeading, minutes_heading

# ------------------------------- an exempt item's stand-in page at the end of a pack

EXEMPT_PACK = """%% header Brindlecombe County Council | Cabinet | 18 May 2028
%% footer Page {page}
## Cabinet
Date:	Thursday 18 May 2028
Time:	10.00 am
Venue:	Council Chamber, Shire Hall
** AGENDA
1. Apologies for absence
2. Library Service Review
3. Exclusion of the Press and Public
4. Disposal of the Former Depot, Mill Lane
--- page ---
Agenda Item 2
** Library Service Review
Report to: Cabinet, 18 May 2028
Report of: Director of Communities
** 1. Recommendation
1.1 That Cabinet approves the library service model set out in section 3 for consultation.
** 2. Background
2.1 The review looked at opening hours, the mobile library and the use of volunteers.
--- page ---
** Agenda Item 3 - Exclusion of the Press and Public
RECOMMENDED - that the press and public be excluded from the meeting for item 4 on the \
grounds that it involves the likely disclosure of exempt information.
** Agenda Item 4 - Disposal of the Former Depot, Mill Lane
NOT FOR PUBLICATION
"""


def test_exempt_item_stand_in_page_is_no_document(tmp_path: Path) -> None:
    # the last page only moves the exclusion of the public over an exempt item whose paper
    # is not published: before, it was read as a one-page report of the pack's meeting
    assert pack_documents(EXEMPT_PACK, tmp_path) == [
        ("agenda", "2028-05-18", "Cabinet"), ("report", "2028-05-18", "Cabinet")]


# --------------------------------------- an agenda's table of business under "Report"

BUSINESS_REPORT_AGENDA = """FENWORTH DISTRICT COUNCIL
THE EXECUTIVE
Thursday, 4 October 2012 at 5.30 p.m. in the Council Chamber, Fenworth
Members of the Executive: Councillor A. Pollard (Leader), Councillor B. Croft, Councillor C. Dunn

No.  Business                                          Report
1    Apologies for Absence
2    Declarations of Interest
3    Minutes of the Meeting held on 6th September 2012   Pages 1 - 4
4    Waste Collection Round Review                        Pages 5 - 9

Graham Oakes, Chief Executive
"""

ITEM_REPORT_AGENDA = """WESTBRAY COUNTY COUNCIL
PENSIONS COMMITTEE
A meeting of the Pensions Committee will be held at County Hall, Westbray, on
Tuesday 9th November 2010 at 10.00 a.m.
BUSINESS
Item  Report
1.    Apologies for absence
2.    Minutes of the meeting held on 7th September 2010   Attached
3.    Fund Valuation 2010                                 Attached
4.    Investment Performance                              To follow
"""


def test_agenda_table_headed_business_report_is_an_agenda() -> None:
    # "No. Business Report" and "Item Report" head an agenda's table of items, "Report" its
    # papers' column ("Pages 5 - 9", "Attached"): before, neither was read as an agenda's
    # header and the agendas, printing no "Agenda", were classed "other"
    assert classify(BUSINESS_REPORT_AGENDA) == "agenda"
    assert classify(ITEM_REPORT_AGENDA) == "agenda"


# -------------------------------------- minutes "OF THE MEETING HELD ON" in capitals


def test_minutes_of_the_meeting_held_in_capitals_name_no_body() -> None:
    # "MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027" names no body: before, "Meeting
    # Held" was read as its name (the words "held on" were looked for in lower case only)
    assert minutes_heading(["MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027",
                            "Present: Councillors Salcombe (Chair), Doughty and Rackham"]) == (
        MinutesHeading(committee=None, meeting_date=dt.date(2027, 12, 7)))


# ----------------------------------------------- "<Council> - Report to <committee>"


def test_report_to_after_council_name_names_the_committee() -> None:
    # "Tarnbeck Council - Report to Housing and Communities Committee": the committee is the
    # one the report is to; before, the line was no "Report to" masthead and the council was
    # read as the meeting
    assert addressed_to(["Tarnbeck Council - Report to Housing and Communities Committee",
                         "Meeting date: 25th January 2028",
                         "Report author: Head of Housing Management"]) == {
        "committee": "Housing and Communities Committee", "meeting_date": dt.date(2028, 1, 25)}


# ------------------------------------------ a joint committee's masthead over its councils


def test_joint_committee_under_partnership_name_with_councils_listed() -> None:
    # The list of a joint committee's councils wraps "Council" onto a line of its own, the end
    # of a council's name: before, that "Council" was read as the body and its meeting given to
    # the clerk's council. The body is its kind under the partnership's name, whose full name
    # the pack's minutes print (round 18's rule gives it the document: the partnership's name
    # over "Joint Committee" need not be the committee's, "Kestrel Moor Trading Standards
    # Partnership" over a "Kestrel Moor Trading Standards Joint Committee", round 18 G/H)
    assert agenda_masthead([
        "ALDERMOUTH WASTE PARTNERSHIP",
        "Joint Committee",
        "Aldermouth City Council | Kestle District Council | Penmarrow Borough",
        "Council",
        "Date: Friday 10th December 2027",
        "Time: 10.00 am",
        "Clerk: Ann Peters, Democratic Services, Kestle District Council",
        "AGENDA",
    ])["committee"] == "Joint Committee"


# ------------------------------ minutes headed "MINUTES" over their meeting, under a running head

MINUTES_UNDER_HEAD_PACK = """\
%% header Harlowby Council - Resources Scrutiny Committee - 22nd September 2027
%% footer Page {page}
## Resources Scrutiny Committee
Date:	Wednesday 22nd September 2027
Time:	2.00 pm
Venue:	Lantern Room, Harlowby Civic Centre
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 21st July 2027
3. Work Programme
--- page ---
## HARLOWBY COUNCIL
** MINUTES
** Resources Scrutiny Committee, Wednesday 21st July 2027 at 2.00 pm, Lantern Room
Present: Councillors O Mannering (Chair), B Kerslake and A Okafor-Dunn
** 12/27 Apologies for Absence
Apologies were received from Councillor F Quayle.
** 13/27 Work Programme
RESOLVED that the work programme be agreed.
"""


def test_minutes_heading_read_below_the_packs_running_head(tmp_path: Path) -> None:
    # "MINUTES" over "Resources Scrutiny Committee, Wednesday 21st July 2027" heads the page as
    # ModernGov heads one: its meeting is that line's, not the running head's above it (the
    # pack's meeting): before, the minutes took the pack's date and the head's council
    assert pack_documents(MINUTES_UNDER_HEAD_PACK, tmp_path) == [
        ("agenda", "2027-09-22", "Resources Scrutiny Committee"),
        ("minutes", "2027-07-21", "Resources Scrutiny Committee")]


# ------------------------------------------------- a forward plan's title under its label

FORWARD_PLAN_REPORT = """Agenda Item 6
Report for: Cabinet, 24 January 2028
Item number: 6
Title: Procurement Forward Plan 2028/29
Report authorised by: Director of Finance
1. Describe the issue under consideration
1.1 Contract Standing Orders require Cabinet to approve a forward plan of procurements.
2. Recommendations
2.1 That Cabinet approves the Procurement Forward Plan 2028/29 at Appendix 1.
"""


def test_forward_plan_title_under_title_label_is_a_forward_plan() -> None:
    # "Title: Procurement Forward Plan 2028/29": the cover report of the plan is a forward
    # plan (round 13's r13c), though it asks Cabinet to approve the plan and its heading was
    # a report's; before, the title under its label was not read as the plan's
    assert classify(FORWARD_PLAN_REPORT, "report") == "forward_plan"


# ---------------------------------------- "is recommended:" over numbered asks

POLICY_REPORT = """Agenda item 4
Report to Licensing Committee
Date: 09/11/2027
Title: Street Trading Policy 2028-2033
Report of: Licensing Manager
1. Summary
1.1 The current policy expires on 31/03/2028 and a new policy was consulted on.
2. Recommendations
The Licensing Committee is recommended:
2.1 To approve the Street Trading Policy 2028-2033 at Appendix A, to take effect from 01/04/2028.
3. Risks
Ref Risk Likelihood Impact Score Mitigation
ST-R1 Traders leave the town centre 3 3 9 Phased fees
ST-R2 Challenge to the policy 2 4 8 Legal review
"""


def test_is_recommended_colon_over_numbered_ask_is_a_report() -> None:
    # "is recommended:" over "2.1 To approve the ... Policy" asks a decision on a policy:
    # the paper is its report, its risks table its evidence; before, the ask was not read
    # and the risks' table made it a risk register
    assert classify(POLICY_REPORT) == "report"


# ------------------------------------------------- a "Meeting:" label naming an authority


def test_meeting_label_naming_an_authority_names_the_meeting() -> None:
    # "Meeting: Stourvale Combined Fire Authority": the authority meets as a whole (as
    # round 6's fire and rescue authority); before, a name without a committee's word was
    # no meeting's
    assert addressed_to(["STOURVALE COMBINED FIRE AUTHORITY",
                         "Meeting: Stourvale Combined Fire Authority",
                         "Date: Thursday 11th May 2028",
                         "Subject: Award of Contract for Hose"]) == {
        "committee": "Stourvale Combined Fire Authority", "meeting_date": dt.date(2028, 5, 11)}


# ------------------------------------- a decision notice's masthead under a running head

NOTICE_UNDER_HEAD = """%% header Redbeck Metropolitan Borough Council - Licensing Service
%% footer Page {page}
## REDBECK METROPOLITAN BOROUGH COUNCIL
** LICENSING ACT 2003
** Licensing Sub-Committee - Notice of Decision
Application:	New premises licence (section 17)
Premises:	The Copper Kettle, 12 Mill Street, Redbeck
Date of hearing:	Thursday 20th May 2027
** Decision
The Sub-Committee has decided to grant the premises licence subject to the conditions \
agreed with the Police.
--- page ---
** Reasons
The Sub-Committee was satisfied that the conditions would promote the licensing objectives.
"""


def test_decision_notice_masthead_counted_below_the_running_head(tmp_path: Path) -> None:
    # the notice's masthead ("Licensing Sub-Committee - Notice of Decision") is within its
    # first lines below the running head: before, the head took one of the three lines its
    # masthead is looked for in, and the notice named no meeting
    assert pack_documents(NOTICE_UNDER_HEAD, tmp_path) == [
        ("decision", "2027-05-20", "Licensing Sub-Committee")]


# ------------------------------------------------------ the notes of a members' briefing

BRIEFING_NOTES = """                        ASHVALE DISTRICT COUNCIL

                          ALL MEMBER BRIEFING

       NOTES of the informal All Member Briefing held in the Council
       Chamber, Ashvale House, on Wednesday 18 November 2026 from 6.00 pm

Subject:      Climate Action Plan Refresh

Present:      Councillor R Caddick (Leader) (chairing); Councillors Alvey, Bunce and Gedge

1.  Welcome and purpose of the briefing

The Leader welcomed members and explained the purpose of the briefing.

2.  Emissions baseline

The Climate Officer explained the baseline and answered questions.
"""


def test_briefing_notes_are_the_briefings_minutes(tmp_path: Path) -> None:
    # "NOTES of the informal All Member Briefing held in ... on <date>": the record of who
    # met and what was said (as "Notes of Meeting" are minutes); before, nothing said what
    # the paper was ("other") and the briefing was no body
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING_NOTES)
    assert documents_of(path) == [("minutes", "2026-11-18", "All Member Briefing")]


# ------------------------------ a letter-spaced "M I N U T E S" title and a wrapped masthead

SPACED_TEXT_PACK = """\
Marlow County Council     Children and Young People Scrutiny Committee     14 March 2028

                              MARLOW COUNTY COUNCIL

            C H I L D R E N   A N D   Y O U N G   P E O P L E
                     S C R U T I N Y   C O M M I T T E E

Date:     Tuesday 14 March 2028
Time:     10.00 am
Venue:    Council Chamber, County Offices, Marlow

                                  A G E N D A

1.   Apologies and Substitutions
2.   Minutes of the Meeting held on 18 January 2028                        (Pages 2 - 3)
3.   Scrutiny Work Programme

                                                                          Page 1
Marlow County Council     Children and Young People Scrutiny Committee     14 March 2028

                              MARLOW COUNTY COUNCIL

                                  M I N U T E S

of a meeting of the Children and Young People Scrutiny Committee held on
Tuesday, 18th January 2028 at County Offices, Marlow

PRESENT: Councillors Ashcombe (Chair), Calloway and Minshull

CYP/28/1   Apologies and Substitutions

Apologies were received from Councillor Latimer.

CYP/28/2   Scrutiny Work Programme

RESOLVED that the work programme be approved.

                                                                          Page 2
"""


def test_letter_spaced_minutes_title_starts_the_minutes(tmp_path: Path) -> None:
    # "M I N U T E S" over "of a meeting of the ... Committee held on ...": the minutes'
    # heading, letter-spaced; and the masthead's "CHILDREN AND YOUNG PEOPLE" over "SCRUTINY
    # COMMITTEE" one name, which the running head prints whole: before, the minutes were
    # read as part of the agenda and the agenda's committee was "Scrutiny Committee"
    path = tmp_path / "pack.txt"
    path.write_text(SPACED_TEXT_PACK)
    committee = "Children and Young People Scrutiny Committee"
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2028-03-14", committee), ("minutes", "2028-01-18", committee)]


# --------------------------------------------- a mayor's decision in a board's pack

MAYORAL_PACK = """%% header Carrowby Combined Authority | Combined Authority Board | 26 March 2027
%% footer Page {page}
!! Combined Authority Board
Date:	Friday 26 March 2027
Time:	11.00 am
Venue:	The Boardroom, Quayside House
** AGENDA
1. Apologies for Absence
2. Mayor's Decision Notice MD/2027/04: Ferry Service
3. Date of Next Meeting
--- page ---
Agenda Item 2
## MAYOR'S DECISION NOTICE
|% 30 70
| Decision number | MD/2027/04 |
| Subject | Ferry Service: Award of Operating Contract |
| Decision maker | Rowena Tallis-Kemp, Mayor of Carrowby |
| Date of decision | 15 February 2027 |
** Decision
The Mayor approved the award of a contract for the ferry service to Tidewater Ferries Ltd \
for three years at a total cost of £960,000.
** Reasons
Tidewater Ferries Ltd submitted the most advantageous tender.
Signed: Rowena Tallis-Kemp, Mayor Date: 15 February 2027
"""


def test_mayors_decision_in_pack_takes_no_meeting_from_running_head(tmp_path: Path) -> None:
    # the Mayor decided alone on 15 February; the pack's running head names the board's
    # meeting of 26 March, to which the notice is reported: before, the head gave the notice
    # that meeting
    assert pack_documents(MAYORAL_PACK, tmp_path) == [
        ("agenda", "2027-03-26", "Combined Authority Board"), ("decision", None, None)]


def test_letter_spaced_minutes_title_read_as_the_word() -> None:
    # "M I N U T E S" over the sentence naming the meeting is read as "MINUTES of a meeting
    # of ...": before, the spaced word was no "Minutes of" and the heading named no body
    assert minutes_heading([
        "Marlow County Council     Children and Young People Scrutiny Committee     14 March 2028",
        "MARLOW COUNTY COUNCIL",
        "M I N U T E S",
        "of a meeting of the Children and Young People Scrutiny Committee held on",
        "Tuesday, 18th January 2028 at County Offices, Marlow",
        "PRESENT: Councillors Ashcombe (Chair), Calloway and Minshull"]) == MinutesHeading(
        committee="Children and Young People Scrutiny Committee",
        council="Marlow County Council", meeting_date=dt.date(2028, 1, 18))


NOTICE_OF_BODY_UNDER_HEAD = """%% header Ashbury Council - Licensing Service
%% footer Page {page}
## ASHBURY COUNCIL
** LICENSING ACT 2003
!! Notice of Determination of the Licensing Sub-Committee
Application:	Grant of a premises licence (section 17)
Hearing date:	Thursday 3 December 2026
** 1. The application
1.1 The applicant applied for a premises licence for the sale of alcohol.
--- page ---
** 2. Determination
2.1 The Sub-Committee granted the licence subject to conditions.
"""


def test_notice_title_naming_its_body_among_masthead_lines(tmp_path: Path) -> None:
    # read below the running head, the title "Notice of Determination of the Licensing
    # Sub-Committee" is among the masthead's first lines: its body is the one it names after
    # what it is, not the whole title (which, as a name ending in a body's word, was kept)
    assert pack_documents(NOTICE_OF_BODY_UNDER_HEAD, tmp_path) == [
        ("decision", "2026-12-03", "Licensing Sub-Committee")]

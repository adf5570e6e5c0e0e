"""Review of round 27's documents fixes (batches B-D): papers another council would plausibly
publish that the new rules misread, each written here (not a held-out paper)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered
from kcc_papers.pipeline import process_file

ENGLISH_PACK_FRONT = """## Ashmoor Borough Council
** {committee}
Notice is given that a meeting of the {committee} will be held on Tuesday 20 June 2028 at 7.00 pm.
** AGENDA
1. Apologies
2. Minutes of the meeting held on 25 April 2028
3. {first}
4. {second}
--- page ---
## Ashmoor Borough Council
** Minutes of the Meeting of the {committee} held on Tuesday 25 April 2028 at 7.00 pm
Present: Councillors J Hanna (Chair), A Carr and P Donaghy
** 1 Apologies
Apologies were received from Councillor Boyle.
** 2 Street cleansing
RESOLVED: That the report be noted.
The meeting ended at 8.10 pm.
"""

ENGLISH_REPORT = """--- page ---
## Report to the {committee}
Date of meeting:	20 June 2028
Report of:	Director of Place
Title:	{title}
Wards affected:	All
** 1. Purpose
1.1 To set out {title} for the Committee.
** 2. Recommendation
2.1 That the Committee {ask}.
** 3. Background
3.1 The background is set out in the paragraphs below and in the appendices to this report.
3.2 Officers have met partners across the borough through the spring to prepare it.
"""


# ------------------------------------------ a report's closing contacts table atop its page

CONTACTS_PAGE = """--- page ---
|% 35 65
| Contact Officer | Sarah Pike, Waste Strategy Manager, 01632 960 114 |
| Lead Officer | Director of Place |
| Portfolio Holder | Councillor M Youlden, Environment |
| Wards affected | All |
| Background papers | None |
** 4. Financial implications
4.1 The costs of the new rounds are met from the service's existing budget for 2028/29.
** 5. Legal implications
5.1 There are none arising from this report.
"""


def test_regression_contacts_table_atop_a_reports_page_starts_no_report(tmp_path: Path) -> None:
    # an English report's closing table of who to contact ("Contact Officer | ...", "Lead
    # Officer", "Portfolio Holder", "Wards affected") at its next page's top names people, not
    # the meeting: no cover table of a report of its own (a Northern Ireland cover table
    # names the meeting, "Date of Meeting")
    committee = "Environment Committee"
    source = ENGLISH_PACK_FRONT.format(committee=committee, first="Garden Waste",
                                       second="Bulky Waste")
    source += ENGLISH_REPORT.format(committee=committee, title="Garden Waste Collections",
                                    ask="approves the new collection rounds")
    source += CONTACTS_PAGE
    source += ENGLISH_REPORT.format(committee=committee, title="Bulky Waste Charges",
                                    ask="approves the new charges")
    assert [kind for kind, _, _ in pack_documents(source, tmp_path)] == [
        "agenda", "minutes", "report", "report"]


# ------------------------------------------ a town council's two agendas of one evening

TOWN_PACK = """## Ashby Parva Town Council
** Planning Committee
A meeting of the Planning Committee will be held on Monday 12 June 2028 at 6.30 pm.
** AGENDA
1. Apologies
2. Planning applications
3. Appeals
--- page ---
## Ashby Parva Town Council
** Meeting of the Town Council
A meeting of Ashby Parva Town Council will be held on Monday 12 June 2028 at 7.30 pm.
** AGENDA
1. Apologies
2. Chairman's announcements
3. Precept and accounts
4. Allotments
"""


def test_regression_council_agenda_beside_a_committees_keeps_the_councils_name(
        tmp_path: Path) -> None:
    # a town council's own agenda printed after its Planning Committee's of the same evening
    # is the council's meeting: the council's name is its own, no paper going to the
    # committee
    docs = pack_documents(TOWN_PACK, tmp_path)
    assert [committee for kind, _, committee in docs if kind == "agenda"] == [
        "Planning Committee", "Ashby Parva Town Council"]


# ------------------------------------------ minutes' running head over a minute's "Report of"

MINUTES_RUNNING_HEAD_PACK = """Public Document Pack

Tarnside Joint Highways Board

Date:   Wednesday, 14 June 2028
Time:   6.00 pm

AGENDA

1.   Apologies
2.   Minutes of the Previous Meeting (Pages 3 - 5)
3.   Traffic Regulation Orders (Pages 6 - 7)

Tarnside Joint Highways Board

Minutes of the meeting of the Tarnside Joint Highways Board held on Wednesday, 15 March 2028

Present: County Councillor A Moss (Chair), City Councillors B Lane and C Hart

JHB.40   APOLOGIES

There were none.

JHB.41   SPEED LIMITS

The Board considered the speed limit review and the objections made to it.

RESOLVED: That the report be noted.


                                                                     Page 3

Tarnside Joint Highways Board
15 March 2028

JHB.42   RESIDENTS' PARKING, NORTH WARD
Report of the Parking Services Manager, Tarnside City Council

RESOLVED: That the scheme be made as advertised.

The meeting ended at 7.10 pm.

Chair


                                                                     Page 5

Tarnside Joint Highways Board
14 June 2028

Report of the Head of Highways Network Management, Tarnshire County Council

TRAFFIC REGULATION ORDERS: CONSIDERATION OF OBJECTIONS

1.   Recommendation

1.1  That the orders be made as advertised.
"""


def test_regression_minutes_running_head_over_a_minutes_report_of_is_no_report(
        tmp_path: Path) -> None:
    # minutes printing the board's name and their own date at each page's head, a minute's
    # "Report of ..." under it: the minutes go on (their date, not the meeting's the pack is
    # for); the paper after the next footer, under the meeting's date, is a report
    path = tmp_path / "pack.txt"
    path.write_text(MINUTES_RUNNING_HEAD_PACK)
    assert [(kind, date) for kind, date, _ in documents_of(path) if kind != "pack"] == [
        ("agenda", "2028-06-14"), ("minutes", "2028-03-15"), ("report", "2028-06-14")]


# ------------------------------------------ a framework's consultation or adoption report

def test_regression_framework_consulted_on_or_adopted_is_a_report(tmp_path: Path) -> None:
    # a report asking its meeting to respond to a consultation on an outcomes framework, or to
    # adopt the council's own, decides on the framework; one noting a consultation on it is
    # about the framework: none reports performance against it
    committee = "Public Health and Wellbeing Committee"
    source = ENGLISH_PACK_FRONT.format(committee=committee, first="Consultation",
                                       second="Outcomes Framework")
    source += ENGLISH_REPORT.format(
        committee=committee,
        title="Consultation on the Draft Children and Young People's Outcomes Framework",
        ask="approves the Council's response to the consultation at Appendix A")
    source += ENGLISH_REPORT.format(
        committee=committee, title="Ashmoor Community Wellbeing Outcomes Framework 2028-2031",
        ask="adopts the Community Wellbeing Outcomes Framework 2028-2031")
    source += ENGLISH_REPORT.format(
        committee=committee, title="Adult Social Care Outcomes Framework: Consultation on 2029/30",
        ask="notes the consultation and comments on the measures it proposes")
    assert [kind for kind, _, _ in pack_documents(source, tmp_path)][2:] == [
        "report", "report", "report"]


# ------------------------------------------ an IJB cover table's "Title of report" row

IJB_PACK = """## Glenmoray Integration Joint Board
** Glenmoray Integration Joint Board
A meeting of the Glenmoray Integration Joint Board will be held on Thursday 24 June 2027.
** AGENDA
1. Apologies
2. Carers Strategy
--- page ---
## Glenmoray Integration Joint Board
Report No. IJB 31/2027
|% 30 70
| Date of meeting | 24 June 2027 |
| Title of report | Carers Strategy 2027-2030 |
| Report by | Chief Finance Officer |
| Direction required | No |
** 1. Recommendation
1.1 The Integration Joint Board is asked to note the report.
** 2. Background
2.1 The position is set out below for the Board's information and is reviewed each quarter.
"""


def test_regression_title_of_report_row_titles_the_report_whole(tmp_path: Path) -> None:
    # "Title of report | Carers Strategy 2027-2030" is the label "Title of report" over its
    # value: the report's title is the value, not "of report Carers Strategy 2027-2030"
    documents = process_file(str(rendered(IJB_PACK, tmp_path, "pack"))).documents
    assert [d.title for d in documents if d.kind == "report"] == ["Carers Strategy 2027-2030"]

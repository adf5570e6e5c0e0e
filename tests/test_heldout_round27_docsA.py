"""Regression tests for round 27's document misses, batches B-D (splitting packs into their
papers, each paper's kind, meeting date and committee): a Northern Ireland council's report
cover table ("Report on | ...") under the council's masthead, an integration joint board's
cover table ("Direction required"), a text pack's paper masthead after a page's footer, a
Scottish partnership's "MINUTE of MEETING held in <place> on <date>", and reports titled by an
outcomes framework or a performance self-assessment. Each runs on small papers written here,
not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents

AGENDA_PAGE = """## {council}
** {committee}
Notice is given that a meeting of the {committee} will be held on {date} at 7.00 pm.
** AGENDA
1. Apologies
2. Minutes of the meeting held on 10 May 2027
3. {first}
4. {second}
--- page ---
## {council}
** Minutes of the Meeting of the {committee} held on Monday 10 May 2027 at 7.00 pm
Present: Alderman J Hanna (Chair), Councillors A Carr and P Donaghy
** 1 Apologies
Apologies were received from Councillor Boyle.
** 2 Street cleansing
Proposed by Alderman Hanna, Seconded by Councillor Carr and RESOLVED - That the report be noted.
The meeting ended at 8.10 pm.
"""

# ------------------------------------------ a Northern Ireland council's report cover table

NI_REPORT_PAGE = """--- page ---
## Lisbane and Corran District Council
|% 35 65
| Report on | {title} |
| Date of Meeting | 7 June 2027 |
| Reporting Officer | Director of Environmental Services |
| Contact Officer | Head of Waste Management |
| Is this report restricted for confidential business? | No |
** 1.0 Purpose of Report
1.1 To report {title} to Members and to seek approval of the proposals below.
** 2.0 Recommendation
2.1 It is recommended that Members approve the proposals set out in section 3.
** 3.0 Main Report
3.1 The proposals were consulted on for eight weeks and received 212 responses.
"""


def test_ni_report_cover_table_starts_a_report_for_the_packs_committee(tmp_path: Path) -> None:
    # "Report on", "Date of Meeting", "Reporting Officer", "Contact Officer" rows under the
    # council's masthead start each report; before, two of the rows were no label and the
    # reports ran on in the minutes. Each goes to the pack's committee, not to the council its
    # masthead names
    source = AGENDA_PAGE.format(
        council="Lisbane and Corran District Council", committee="Environmental Services Committee",
        date="Monday 7 June 2027", first="Kerbside Glass Collection", second="Dog Control Orders")
    source += NI_REPORT_PAGE.format(title="Kerbside Glass Collection")
    source += NI_REPORT_PAGE.format(title="Dog Control Orders")
    body = "Environmental Services Committee"
    assert pack_documents(source, tmp_path) == [
        ("agenda", "2027-06-07", body), ("minutes", "2027-05-10", body),
        ("report", "2027-06-07", body), ("report", "2027-06-07", body)]


# ------------------------------------------ an integration joint board's cover table

IJB_REPORT_PAGE = """--- page ---
Paper {paper}
## Glenmoray Integration Joint Board
Report No. IJB {number}/2027
|% 30 70
| Date of meeting | 24 June 2027 |
| Title of report | {title} |
| Report by | Chief Finance Officer |
| Direction required | No |
** 1. Recommendation
1.1 The Integration Joint Board is asked to note the report.
** 2. Background
2.1 The position is set out below for the Board's information and is reviewed each quarter.
"""


def test_ijb_cover_table_with_direction_required_starts_a_report(tmp_path: Path) -> None:
    # "Date of meeting", "Title of report", "Report by", "Direction required": the fourth row
    # makes the cover table a report's; before, three labels were too few and the reports
    # ran on in the minutes
    # (under the board's running head and foot, as the pack prints them: the paper's stamp is
    # then no page's first line)
    source = "%% header Glenmoray Integration Joint Board\n"
    source += "%% footer Glenmoray IJB | 24 June 2027 | Page {page}\n"
    source += AGENDA_PAGE.format(
        council="Glenmoray Health and Social Care Partnership",
        committee="Glenmoray Integration Joint Board", date="Thursday 24 June 2027",
        first="Carers Strategy", second="Financial Monitoring")
    source += IJB_REPORT_PAGE.format(paper="C", number=31, title="Carers Strategy 2027-2030")
    source += IJB_REPORT_PAGE.format(paper="D", number=32, title="Financial Monitoring: Month 2")
    body = "Glenmoray Integration Joint Board"
    assert [kind for kind, _, _ in pack_documents(source, tmp_path)] == [
        "agenda", "minutes", "report", "report"]
    assert {(date, committee) for _, date, committee in pack_documents(source, tmp_path)[2:]} == {
        ("2027-06-24", body)}


# ------------------------------------------ a text pack's paper masthead after a page footer

TEXT_PACK = """Public Document Pack

Tarnside Joint Highways Board

Date:   Wednesday, 14 June 2028
Time:   6.00 pm

AGENDA

1.   Apologies
2.   Minutes of the Previous Meeting (Pages 3 - 4)
3.   Traffic Regulation Orders (Pages 5 - 6)
4.   Parking Services Annual Report (Pages 7 - 8)

Tarnside Joint Highways Board

Minutes of the meeting of the Tarnside Joint Highways Board held on Wednesday, 15 March 2028

Present: County Councillor A Moss (Chair), City Councillors B Lane and C Hart

JHB.40   APOLOGIES

There were none.

JHB.41   SPEED LIMITS

RESOLVED: That the report be noted.

The meeting ended at 7.10 pm.

Chair


                                                                     Page 3

Tarnside Joint Highways Board
14 June 2028

Report of the Head of Highways Network Management, Tarnshire County Council

TRAFFIC REGULATION ORDERS: CONSIDERATION OF OBJECTIONS

1.   Purpose of Report

1.1  To consider the objections received to three proposed orders.

2.   Recommendation

2.1  That the orders be made as advertised.


                                                                     Page 5

Tarnside Joint Highways Board
14 June 2028

Report of the Parking Services Manager, Tarnside City Council

PARKING SERVICES ANNUAL REPORT 2027/28

1.   Recommendation

1.1  That the Board approves the annual report for publication.
"""


def test_text_pack_masthead_after_page_footer_starts_a_report(tmp_path: Path) -> None:
    # "Page 3" closes a page; the board's name over "14 June 2028" over "Report of ..." opens
    # the next paper; before, with no "Agenda Item" stamp, both reports ran on in the minutes
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_PACK)
    body = "Tarnside Joint Highways Board"
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2028-06-14", body), ("minutes", "2028-03-15", body),
        ("report", "2028-06-14", body), ("report", "2028-06-14", body)]


# ------------------------------------------ "MINUTE of MEETING held in <place> on <date>"

CPP_PACK = """Strathbeg Community Planning Partnership Board
08 September 2027

AGENDA

 1.   Apologies
 2.   Minute of Previous Meeting
 3.   Community Wealth Building

                                                                              Page 1
                                                                     Agenda Item 2

STRATHBEG COMMUNITY PLANNING PARTNERSHIP BOARD

MINUTE of MEETING held in Strathbeg House, Portbeg on Wednesday 9 June 2027
at 2.00 pm

Present:       Councillor Eilidh Munro (Chair), Superintendent Ross Guthrie
Apologies:     Area Manager Fiona Rennie

1.   WELCOME AND APOLOGIES

     The Chair welcomed members.

2.   COMMUNITY JUSTICE

     The Board agreed to note the report.
"""


def test_minute_of_meeting_held_in_a_place_on_a_date_heads_minutes(tmp_path: Path) -> None:
    # the place before the date ("held in Strathbeg House, Portbeg on Wednesday ...") over who
    # was present heads the minutes, of their own date; before, only "held on" did and the
    # stamped paper was read as "other" on the pack's date
    path = tmp_path / "pack.txt"
    path.write_text(CPP_PACK)
    kinds = [(kind, date) for kind, date, _ in documents_of(path) if kind != "pack"]
    assert ("minutes", "2027-06-09") in kinds


# ------------------------------------------ a report titled by an outcomes framework

REPORT_HEAD = """--- page ---
## Report to the {committee}
Date of meeting:	20 June 2028
Report of:	Director of Public Health
Title:	{title}
Wards affected:	All
** 1. Purpose
1.1 To update the Committee on the borough's position against the indicators in Appendix A.
** 2. Recommendation
2.1 That the Committee {ask}.
** 3. Background
3.1 Each indicator is compared with England as better, similar or worse.
"""


def test_outcomes_framework_and_self_assessment_titles_are_performance_reports(
        tmp_path: Path) -> None:
    # a report titled by a national indicator set ("Public Health Outcomes Framework: Annual
    # Position") or a performance self-assessment (approved for publication, which asks a
    # decision) reports performance; before, both were read as plain reports
    committee = "Public Health and Wellbeing Committee"
    source = AGENDA_PAGE.format(
        council="Ashmoor Borough Council", committee=committee, date="Tuesday 20 June 2028",
        first="Public Health Outcomes Framework", second="Annual Self-Assessment")
    source += REPORT_HEAD.format(
        committee=committee, title="Public Health Outcomes Framework: Annual Position 2028",
        ask="notes the borough's position against the indicators")
    source += REPORT_HEAD.format(
        committee=committee, title="Performance Improvement: Annual Self-Assessment 2027/28",
        ask="approves the Annual Self-Assessment 2027/28 for publication")
    assert [kind for kind, _, _ in pack_documents(source, tmp_path)][2:] == [
        "performance_report", "performance_report"]

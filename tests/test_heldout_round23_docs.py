"""Regression tests for round 23's document misses (each document's kind, meeting date and
committee): an executive's decisions list headed "EXECUTIVE - DECISIONS LIST", a text pack's
erratum notice under a rule, a file of a report's appendices alone, a partnership named as the
body in its masthead, a web page's "Minutes" section under its minutes' title, a 2005 web
page's minutes heading below its site menu, a memo "To: Audit Committee (meeting <date>)", a
BVPI table, a text pack's report ending in labels over the next report's header, a text
agenda's long masthead (and its council's pension fund named over its board), a pension fund's
investment performance report. Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.addressed import addressed_to

# ------------------------------------------ an executive's decisions list, its body one word

DECISIONS_LIST = """%% header Ashwell City Council                                  DECISIONS LIST
%% footer Issued 19 January 2028. These are not the minutes of the meeting.   Page {page}
## ASHWELL CITY COUNCIL
!! EXECUTIVE - DECISIONS LIST
** Meeting held on Tuesday 18 January 2028
Date of publication:	Wednesday 19 January 2028
Call-in deadline:	5.00 pm on Wednesday 26 January 2028
This list records the decisions taken at the meeting. The formal minutes will be submitted \
to the next meeting for approval.
** Item 5 - Fees and Charges 2028/29
**DECISION:** That the fees and charges for 2028/29 at Appendix A be approved.
Key decision: No
** Item 6 - Quarter 3 Performance Report 2027/28
**DECISION:** That the performance report for Quarter 3 2027/28 be noted.
Key decision: No
--- page ---
** Item 7 - Review of Public Toilet Provision
**DECISION:** That a decision on the closure of the public toilets at Abbey Gardens be \
deferred.
Key decision: Yes - subject to call-in
"""


def test_executive_decisions_list_masthead_names_its_meeting(tmp_path: Path) -> None:
    # "EXECUTIVE - DECISIONS LIST" over "Meeting held on Tuesday 18 January 2028": the body
    # named by its one word, then what the paper is (as "Cabinet - Decision Sheet" is read);
    # before, the list named no meeting
    assert documents_of(rendered(DECISIONS_LIST, tmp_path)) == [
        ("decision", "2028-01-18", "Executive")]


# --------------------------------------------- a text pack's erratum notice under a rule

ERRATUM_PACK = """\
THORNBURY COUNTY COUNCIL

RESOURCES COMMITTEE

Tuesday 23rd November 2027 at 10.00 am
Committee Room 2, County Hall

                                 AGENDA

  1.  Apologies
  2.  Minutes of the meeting held on 28th September 2027           (Pages 3 - 6)
  3.  Capital Programme Monitoring 2027/28                          (Pages 7 - 12)

================================================================================

THORNBURY COUNTY COUNCIL

MINUTES of a meeting of the RESOURCES COMMITTEE held at County Hall, Thornbury
on Tuesday 28th September 2027 at 10.00 am

PRESENT: Councillor R Ashby (Chair); Councillors D Farrow, I Batty

RC/27/31  APOLOGIES

           None.

RC/27/32  BUDGET MONITORING

           RESOLVED that the report be noted.

The meeting ended at 11.52 am.

================================================================================

                                 ERRATUM

            RESOURCES COMMITTEE - 23RD NOVEMBER 2027

     Item 3: Capital Programme Monitoring 2027/28

Since the agenda was published an error has been found in Table 1 of the report
on Item 3. The total was £41.2m, not £42.1m as printed.

Issued by Democratic Services, 18th November 2027

================================================================================

                                                              Agenda Item 3

THORNBURY COUNTY COUNCIL

Report to:     Resources Committee
Date:          23rd November 2027
Report of:     Chief Finance Officer
Subject:       CAPITAL PROGRAMME MONITORING 2027/28

1.  RECOMMENDATION

1.1 That the Committee notes the capital programme position.
"""


def test_erratum_notice_in_text_pack_is_a_document_of_its_own(tmp_path: Path) -> None:
    # "ERRATUM" alone under the rule a text pack draws between its papers: a correction sheet,
    # its own document and no committee paper (as a PDF's titled at its page's top); before,
    # it was read as the end of the minutes
    path = tmp_path / "pack.txt"
    path.write_text(ERRATUM_PACK)
    committee = "Resources Committee"
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-11-23", committee), ("minutes", "2027-09-28", committee),
        ("other", "2027-11-23", committee), ("report", "2027-11-23", committee)]


# ---------------------------------------------------- a file of a report's appendices alone

APPENDICES_ONLY = """%% header Merrow Council - Cabinet 12 October 2027 - \
Agenda Item 8: Quarter 2 Appendices
%% footer Appendices A to C                                            Page {page}
## Appendix A
!! Corporate Performance Dashboard - Quarter 2 2027/28
The dashboard shows each corporate plan measure at the end of Quarter 2 against its target.
| Code | Measure | Q2 2027/28 | Q2 target | Status |
| CP01 | Household waste recycled (%) | 48.9 | 50.0 | AMBER |
| CP02 | Major planning applications decided in time (%) | 94.1 | 90.0 | GREEN |
| CP03 | Average days to re-let council homes | 38 | 30 | RED |
--- page ---
## Appendix B
!! Strategic Risk Register - Quarter 2 2027/28
Likelihood and impact are each scored 1 (low) to 5 (high).
| Risk ID | Risk | Owner | Likelihood | Impact | Score |
| SR1 | The medium term financial plan cannot be balanced | Director of Finance | 4 | 5 | 20 |
| SR2 | Cyber attack disrupts council services | Chief Digital Officer | 3 | 5 | 15 |
--- page ---
## Appendix C
!! Contracts Awarded over £250,000 - 1 July to 30 September 2027
| Contract | Provider | Term | Total value (£) |
| Leisure centre cleaning | Sparkbright Facilities Ltd | 3 years | 612,300 |
| School crossing patrol cover | Amberlight Staffing Solutions Ltd | 2 years | 268,750 |
"""


def test_appendices_only_pack_is_a_document_per_appendix(tmp_path: Path) -> None:
    # a file of a report's appendices alone, each headed "Appendix X" in its title type: each
    # is a document of its own, as appendices so headed are after their report; before, the
    # file was one performance report
    assert pack_documents(APPENDICES_ONLY, tmp_path) == [
        ("performance_report", "2027-10-12", "Cabinet"),
        ("risk_register", "2027-10-12", "Cabinet"),
        ("report", "2027-10-12", "Cabinet")]


ONE_APPENDIX_TWO_PAGES = """%% footer Page {page}
## Appendix J: Budget Risks Register 2027-28
| Ref | Risk | Owner | Likelihood | Impact | Score |
| BR1 | Pay award above the budgeted 3% | Director of Finance | 4 | 4 | 16 |
| BR2 | Income from parking below budget | Director of Place | 3 | 3 | 9 |
--- page ---
## Appendix J: Budget Risks Register 2027-28
| Ref | Risk | Owner | Likelihood | Impact | Score |
| BR3 | Children's placements above budget | Director of Children's Services | 4 | 5 | 20 |
| BR4 | Energy prices above the budgeted rates | Director of Resources | 2 | 3 | 6 |
"""


def test_appendix_title_repeated_atop_its_next_page_goes_on(tmp_path: Path) -> None:
    # the same appendix's title atop each of its pages ("Appendix J: ..." again) prints it
    # again, as a running title: one register (the corpus's budget risk registers), not a
    # document per page
    assert [d[0] for d in documents_of(rendered(ONE_APPENDIX_TWO_PAGES, tmp_path))] == [
        "risk_register"]


# --------------------------------------------------- a partnership named as its masthead

PARTNERSHIP_PACK = """%% header Tamar and Wyre Integrated Care Partnership | \
Meeting in public | 09/11/2027
%% footer Page {page}
## Tamar and Wyre Integrated Care Partnership
!! Meeting in Public
Date:	Tuesday 09/11/2027
Time:	13:00 - 15:30
Venue:	Trelawney Room, Wyreford Guildhall
** Agenda
1. Welcome, apologies and declarations of interest
2. Minutes of the meeting held on 07/09/2027
3. Integrated Care Strategy: Year 2 Delivery Update
--- page ---
** TAMAR AND WYRE INTEGRATED CARE PARTNERSHIP
** Minutes of the meeting held in public on 07/09/2027, Council Chamber, Tamarside
Present: Cllr M Tresidder (Co-Chair); Sir A Pemberton-Lyle (Co-Chair); Ms J Abara
** ICP 27/18 Welcome, apologies and declarations of interest
Apologies were received from the Chief Constable's representative.
** ICP 27/19 Integrated Care Strategy: Refreshed Priorities
The Partnership AGREED the refreshed Integrated Care Strategy for publication.
--- page ---
** Item 3
!! Integrated Care Strategy: Year 2 Delivery Update
Meeting:	Tamar and Wyre Integrated Care Partnership, 09/11/2027
Presented by:	Director of Strategy, NHS Tamar and Wyre ICB
** Purpose of the report
To report the progress made in the second year of the strategy.
** Recommendations
The Partnership is asked to note the progress made in the second year of the strategy.
"""


def test_partnership_named_in_masthead_is_the_body(tmp_path: Path) -> None:
    # "Tamar and Wyre Integrated Care Partnership": a partnership meeting as a body, named by
    # its word last as a board is; before, none of its papers named a body
    body = "Tamar and Wyre Integrated Care Partnership"
    assert pack_documents(PARTNERSHIP_PACK, tmp_path) == [
        ("agenda", "2027-11-09", body), ("minutes", "2027-09-07", body),
        ("report", "2027-11-09", body)]


# --------------------------------------- a web page's "Minutes" section under its title

MINUTES_WEB_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Housing Scrutiny Committee - minutes, 14 September 2027 | Brackenfold Council</title>
</head><body>
<header><a href="/">Brackenfold Metropolitan Borough Council home</a></header>
<main>
<h1>Housing Scrutiny Committee - minutes</h1>
<dl><dt>Meeting date</dt><dd>Tuesday 14 September 2027</dd>
<dt>Time</dt><dd>6pm</dd>
<dt>Location</dt><dd>Council Chamber, Brackenfold Town Hall</dd>
<dt>Status</dt><dd>Approved at the meeting on 16 November 2027</dd></dl>
<h2>Attendance</h2>
<p><strong>Councillors present:</strong> Hyacinth Obuya (Chair), Lionel Garside, Juno Asante</p>
<p><strong>Co-opted member:</strong> Marjorie Flint (Tenants' Forum)</p>
<p><strong>Also present:</strong> Priya Kavanagh (Director of Housing)</p>
<h2>Minutes</h2>
<h3>Minute 14: Apologies and substitutes</h3>
<p>Apologies were received from Councillor Felix Marwood.</p>
<h3>Minute 15: Minutes of the meeting held on 13 July 2027</h3>
<p><strong>Resolved - that the minutes of the meeting held on 13 July 2027 be confirmed as a
correct record.</strong></p>
<h3>Minute 16: Work programme 2027/28</h3>
<p><strong>Resolved - that the work programme be agreed.</strong></p>
<p>The meeting closed at 8.05pm.</p>
</main></body></html>
"""


def test_minutes_section_heading_on_web_page_is_no_second_paper(tmp_path: Path) -> None:
    # "Minutes" over the numbered minutes, in smaller type than the page's title "Housing
    # Scrutiny Committee - minutes": a section of the same record; before, it started a
    # second, undated set of minutes
    page = tmp_path / "minutes.html"
    page.write_text(MINUTES_WEB_PAGE)
    assert documents_of(page) == [("minutes", "2027-09-14", "Housing Scrutiny Committee")]


# ------------------------------------------ a 2005 web page's minutes below its site menu

OLD_WEB_PAGE = """<html><head><title>Community Services Committee - 7 July 2005</title></head>
<body><table width="100%"><tr><td><font size="2">Hallowmere Borough Council</font></td></tr>
<tr><td><font size="2">Home</font><br><font size="2">Your Council</font><br>
<font size="2">Committees</font><br><font size="2">Agendas &amp; Minutes</font><br>
<font size="2">A-Z of Services</font><br><font size="2">Contact Us</font><br>
<font size="2">Search this site</font><br>
<font size="2">Home &gt; Agendas &amp; Minutes &gt; Community Services Committee</font></td></tr>
<tr><td><b>HALLOWMERE BOROUGH COUNCIL</b><br>
<b>MINUTES OF THE MEETING OF THE COMMUNITY SERVICES COMMITTEE</b><br>
held at the Town Hall, Hallowmere<br>
on Thursday 7th July 2005 at 7.00 pm<br>
<b>Present:</b> Councillor Mrs B. Wickstead (Chairman)<br>
Councillors J. Ashdown, R. Coldicott, Mrs P. Eastlake</td></tr>
<tr><td><b>CS.14 APOLOGIES FOR ABSENCE</b><br>
Apologies for absence were received from Councillor G. Brightwell.<br>
<b>CS.15 MINUTES</b><br>
<b>RESOLVED - That the Minutes of the meeting held on 12th May 2005 be approved.</b><br>
The meeting closed at 8.40 pm.</td></tr></table></body></html>
"""


def test_minutes_heading_below_web_page_menu_gives_its_date(tmp_path: Path) -> None:
    # the heading's sentence ends "on Thursday 7th July 2005" thirteen lines down, under the
    # site's menu: read whole, it dates the meeting; before, its date was cut off
    page = tmp_path / "minutes.html"
    page.write_text(OLD_WEB_PAGE)
    assert documents_of(page) == [("minutes", "2005-07-07", "Community Services Committee")]


# ---------------------------------------------- a memo to "Audit Committee (meeting <date>)"

def test_memo_to_committee_meeting_in_brackets_names_the_committee() -> None:
    # "To: Audit Committee (meeting 26 September 2007)": the bracket says which meeting;
    # before, the committee was read as "Audit Committee (meeting"
    assert addressed_to([
        "CORDWELL COUNTY COUNCIL", "MEMORANDUM", "To: Audit Committee (meeting 26 September 2007)",
        "From: Head of Internal Audit", "Date: 10 September 2007",
        "Subject: CORPORATE RISK REGISTER - SEPTEMBER 2007 REVIEW"]) == {
        "committee": "Audit Committee", "meeting_date": dt.date(2007, 9, 26)}


# ----------------------------------------------------------- a BVPI table in a report's head

BVPI_REPORT = """STAINMOOR DISTRICT COUNCIL
Report to: Best Value and Scrutiny Panel
Date: 15/06/2004
Report of: Head of Policy and Performance
Subject: BEST VALUE PERFORMANCE PLAN 2004/05 - PERFORMANCE
INDICATORS OUTTURN 2003/04
1. RECOMMENDATION
1.1 That the Panel notes the outturn for 2003/04 set out in Appendix A.
APPENDIX A - OUTTURN 2003/04
BVPI Description Actual 2002/03 Target 2003/04 Actual 2003/04 Target 2004/05
BV 8 Invoices paid within 30 days 88.2 92.0 93.4 95.0
BV 9 Percentage of Council Tax collected 96.1 96.8 97.3 97.5
"""


def test_bvpi_column_heads_a_kpi_table() -> None:
    # "BVPI | Description | Actual | Target ...": the indicator's code column as councils headed
    # Best Value Performance Indicators; before, the report was a plain report
    assert classify(BVPI_REPORT, "report") == "performance_report"


# ------------------------------ a text pack's report ending in labels over the next report

EXCEPTION_PACK = """\
HOLLINSWORTH BOROUGH COUNCIL

EXECUTIVE

Tuesday 7 September 2027 at 6.30 pm
Town Hall, Hollinsworth

                                 AGENDA

  1.  Corporate Performance - Quarter 1 Exception Report        (Pages 3 - 7)
  2.  Town Centre Toilets Contract                              (Pages 8 - 9)

===========================================================================

Agenda Item 1

                       HOLLINSWORTH BOROUGH COUNCIL

  Report to:       Executive
  Date:            7 September 2027
  Report of:       Head of Policy and Performance
  Portfolio:       Deputy Leader - Resources and Performance

         CORPORATE PERFORMANCE - QUARTER 1 2027/28 EXCEPTION REPORT

1.  RECOMMENDATION

1.1  That the Executive notes the indicators rated Red at the end of Quarter 1.

2.  EXCEPTIONS

  CH09  Households in bed and breakfast for more than 6 weeks
  Target: 0      Q1 2027/28: 7      Status: RED

  Commentary: A shortage of larger temporary homes.
  Responsible officer: Head of Housing Options

Author: Cosmo Harwell-Brown, Head of Policy and Performance

===========================================================================

Agenda Item 2

                       HOLLINSWORTH BOROUGH COUNCIL

  Report to:       Executive
  Date:            7 September 2027
  Report of:       Director of Place

      TOWN CENTRE PUBLIC TOILETS - CLEANING CONTRACT

1.  RECOMMENDATION

1.1  That the Executive awards the contract to Brightwell Facility Services Ltd.
"""


def test_closing_labels_over_next_reports_header_start_nothing(tmp_path: Path) -> None:
    # "Responsible officer:" and "Author:" closing a report, the next report's "Report to:"
    # under the rule between them: the labels above the rule are no header block; and the
    # report's title under its five-line labelled header says what it is (a performance
    # report); before, the report's end was read as a paper of its own and the report as a
    # plain report
    path = tmp_path / "pack.txt"
    path.write_text(EXCEPTION_PACK)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-09-07", "Executive"), ("performance_report", "2027-09-07", "Executive"),
        ("report", "2027-09-07", "Executive")]


# -------------------------------- a text agenda's long masthead, its council's fund over it

PENSION_BOARD_PACK = """\
ASHMERE COUNTY COUNCIL PENSION FUND

LOCAL PENSION BOARD

Wednesday 20th October 2027 at 10.00 am
Meeting Room 4, County Offices, Castle Hill, Ashmere AS1 2QJ

Board members:
  Employer representatives: Councillor Ruth Mallinson (Chair), Ms Gillian Thackray
    (Ashmere Academies Trust), Mr Nathaniel Osei (Ashmere Borough Council)
  Scheme member representatives: Mr Dominic Varga (Vice-Chair, UNITE),
    Mrs Eleanor Pybus (pensioner representative), Ms Kemi Adewale (UNISON)

Contact: Bethany Crowther, Committee Officer, 01622 694 117

The Local Pension Board assists the County Council, as administering authority
of the Ashmere County Council Pension Fund, to secure compliance with the LGPS
Regulations and the requirements of the Pensions Regulator.

                                 AGENDA

  1.   Apologies and substitutions
  2.   Declarations of interest
  3.   Breaches of the Law Log                                       (Pages 12 - 14)
"""


def test_long_agenda_masthead_under_councils_fund_is_the_boards(tmp_path: Path) -> None:
    # the masthead dated with its time ("Wednesday 20th October 2027 at 10.00 am") over its
    # members and contact is the agenda's cover, however many lines; and "ASHMERE COUNTY
    # COUNCIL PENSION FUND" (the council's fund) over "LOCAL PENSION BOARD" names no body:
    # before, the masthead was a second agenda of the "Ashmere County Council Pension Fund"
    path = tmp_path / "agenda.txt"
    path.write_text(PENSION_BOARD_PACK)
    assert documents_of(path) == [("agenda", "2027-10-20", "Local Pension Board")]


# ------------------------------------------- a pension fund's investment performance report

INVESTMENT_REPORT = """Agenda Item 4
Investment Performance Report - Quarter ended 30 June 2027
Report to: Pension Fund Committee
Date: 14 September 2027
Report of: Head of Investments
1. Recommendation
1.1 The Committee is recommended to note the performance of the Fund and of its investment
managers for the quarter ended 30 June 2027.
2. Returns by manager
Manager 1 year Benchmark 3 years Benchmark
Global equities 12.4 11.9 8.1 7.7
Property 3.2 4.0 2.6 3.1
"""


def test_investment_performance_report_is_a_report() -> None:
    # a fund's returns against its benchmarks, titled "Investment Performance Report": the
    # fund's money, no service's measures (rounds 16, 18 and 21 read such reports as reports);
    # before, its title made it a performance report
    assert classify(INVESTMENT_REPORT, "report") == "report"

"""Regression tests for round 24's document misses (each document's kind, meeting date and
committee): minutes titled by the word letter-spaced ("M I N U T E S") over the meeting's name
and date. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, pack_documents, pack_front

# ------------------------------------------- minutes titled by the word letter-spaced

SPACED_MINUTES_PACK = pack_front("ASHBROOK DISTRICT COUNCIL", "Planning Committee") + """\
## ASHBROOK DISTRICT COUNCIL
^^ M I N U T E S
** Planning Committee - Wednesday 12 March 2026
Held at 6.00 pm in the Council Chamber, Riverside Offices.
Present:	Councillor G. Ottley (Chair); Councillors B. Fyfe, H. Aldous and P. Cunliffe
** PC/26/41 Apologies for Absence
Apologies were received from Councillor N. Sheringham.
** PC/26/42 Minutes
RESOLVED that the minutes of the meeting held on 12 February 2026 be confirmed.
The meeting closed at 8.10 pm.
--- page ---
** Agenda Item 3
** Budget Monitoring 2026/27
Report of the Chief Finance Officer
** 1. Recommendation
1.1 That the Committee notes the budget position at the end of month 10.
"""


def test_letter_spaced_minutes_word_over_meeting_and_date(tmp_path: Path) -> None:
    # "M I N U T E S" letter-spaced alone over "Planning Committee - Wednesday 12 March 2026"
    # and "Present:": the word set as a title (as "Minutes - <date>" over who was present);
    # before, the spaced word was no minutes' heading and the minutes were read as a report
    docs = pack_documents(SPACED_MINUTES_PACK, tmp_path)
    assert ("minutes", "2026-03-12", "Planning Committee") in docs


# ------------------------------------- a body named by its members: harbour commissioners

COMMISSIONERS_PACK = """%% header Trevanion Harbour Commissioners
%% footer Commissioners' Meeting - 14 September 2028 - Page {page} of {pages}
## TREVANION HARBOUR COMMISSIONERS
** Harbour Office, The Quay, Trevanion
To: All Commissioners
You are summoned to attend the Quarterly Meeting of the Trevanion Harbour Commissioners to be \
held in the Harbour Office on Thursday 14 September 2028 at 6.00 pm.
Clerk to the Commissioners
** AGENDA
| Item | Business | Page |
| 1 | Apologies for absence | - |
| 2 | Minutes of the Quarterly Meeting held on 15 June 2028 | 2 |
| 3 | Harbour Dues 2029 | 3 |
--- page ---
## TREVANION HARBOUR COMMISSIONERS
** MINUTES OF THE QUARTERLY MEETING OF THE COMMISSIONERS HELD IN THE HARBOUR OFFICE ON \
THURSDAY 15 JUNE 2028 AT 6.00 PM
Present:	Mr R. Hocking (Chairman), Mrs E. Pascoe, Mr D. Rowe
** Min. 3.1 Apologies for Absence
None.
** Min. 3.2 Mooring Fees 2029
It was resolved that the mooring fees for 2029 be increased by 4%.
--- page ---
## TREVANION HARBOUR COMMISSIONERS
** Agenda Item 3
!! Harbour Dues and Charges 2029
Report of:	Clerk to the Commissioners
Meeting:	Commissioners' Quarterly Meeting, 14 September 2028
** 1. Recommendation
1.1 That the Commissioners approve the harbour dues for 2029 at Appendix A.
"""


def test_commissioners_named_as_a_body_by_their_masthead(tmp_path: Path) -> None:
    # the harbour's commissioners are the body that meets: the masthead's "... Harbour
    # Commissioners" names it, and "the Quarterly Meeting of the Commissioners" and
    # "Commissioners' Quarterly Meeting" name it by its word; before, "Commissioners" was no
    # body's word and the pack named no committee
    body = "Trevanion Harbour Commissioners"
    assert pack_documents(COMMISSIONERS_PACK, tmp_path) == [
        ("agenda", "2028-09-14", body), ("minutes", "2028-06-15", body),
        ("report", "2028-09-14", body)]


# ---------------------------- a report's masthead: the council, then its body of one word

EXECUTIVE_TEXT_PACK = """\
                        HOLLINGWORTH DISTRICT COUNCIL

                                  EXECUTIVE

                 Tuesday, 7th November, 2028 at 7.00 pm
              Council Chamber, The Guildhall, Hollingworth

                                   AGENDA

  Item                                                                Pages

  1.    APOLOGIES FOR ABSENCE

  2.    GARDEN WASTE CHARGES 2029/30                                   2 - 4

                                                                     Page 1
\f
  Agenda Item 2

                     HOLLINGWORTH DISTRICT COUNCIL - EXECUTIVE
                              7th November, 2028

                        GARDEN WASTE CHARGES 2029/30

  Report of:      Head of Environmental Services
  Key decision:   Yes

  1.  RECOMMENDATION

      That the charge for the garden waste service be set at £52 a year
      from 1st April 2029.

  2.  BACKGROUND

      The charge has been £48 since April 2027.
"""


def test_report_masthead_council_then_executive(tmp_path: Path) -> None:
    # "HOLLINGWORTH DISTRICT COUNCIL - EXECUTIVE" over the date: the council, then its body
    # named by its one word (as "... Council - Leisure and Culture Committee" is read); before,
    # the council was taken for the meeting's body
    path = tmp_path / "pack.txt"
    path.write_text(EXECUTIVE_TEXT_PACK)
    assert [d for d in documents_of(path) if d[0] == "report"] == [
        ("report", "2028-11-07", "Executive")]


# ------------------------- a request for decision whose form records the decision, signed

REQUEST_FOR_DECISION = """\
OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTMOOR

REQUEST FOR DECISION

Decision number:    PCC/DR/2028/011
Title:              Vehicle Telematics Contract - Extension
Decision maker:     Police and Crime Commissioner
Requested by:       Chief Constable, Westmoor Police

------------------------------------------------------------------------------

1. EXECUTIVE SUMMARY

1.1  The telematics contract ends on 30 June 2028 and allows one extension of a year.

2. FINANCIAL IMPLICATIONS

2.1  The extension costs £212,000, met from the fleet budget.

------------------------------------------------------------------------------

DECISION OF THE POLICE AND CRIME COMMISSIONER

I approve the extension of the vehicle telematics contract with Fleetwise Ltd for
twelve months from 1 July 2028 at a cost of £212,000.

Declaration of interests: I have no personal or prejudicial interest in this matter.

Signature:  Ana Whitcombe
            Police and Crime Commissioner for Westmoor

Date:       2 May 2028
"""


def test_request_for_decision_with_the_decision_makers_box_is_a_decision(
        tmp_path: Path) -> None:
    # "DECISION OF THE POLICE AND CRIME COMMISSIONER" over "I approve ...": the form records
    # the decision taken, signed below; before, its labels were read as a report's header
    # with too little else to say which kind it was, and it was "other"
    path = tmp_path / "decision.txt"
    path.write_text(REQUEST_FOR_DECISION)
    assert [d[0] for d in documents_of(path)] == ["decision"]


# -------------------------- the internal audit annual opinion: a report, its measures evidence

AUDIT_OPINION_REPORT = """\
                                                              Agenda Item 4

MARLOW VALE DISTRICT COUNCIL

Report to:        Audit Committee
Date:             26th July 2028
Report of:        Head of Internal Audit
Subject:          INTERNAL AUDIT ANNUAL REPORT AND OPINION 2027/28

1.  RECOMMENDATION

1.1 That the Committee notes the annual opinion of Reasonable assurance.

2.  ANNUAL OPINION

2.1 The Head of Internal Audit's opinion is that Reasonable assurance can be given.

3.  PERFORMANCE OF THE INTERNAL AUDIT SERVICE

    Ref   Measure                                 Target   2027/28   Status
    ----  --------------------------------------  -------  -------   ------
    IA1   Audit plan delivered (%)                  90%     92.7%    Green
    IA2   Recommendations accepted (%)              95%     98.4%    Green
    IA3   Client satisfaction score (out of 5)      4.2      3.6     Red
"""


def test_internal_audit_annual_opinion_is_a_report(tmp_path: Path) -> None:
    # the head of internal audit's annual opinion, its service's measures rated in a table
    # below: the report of the opinion (as a treasury outturn's limits are its evidence);
    # before, the table's header made it a performance report
    path = tmp_path / "report.txt"
    path.write_text(AUDIT_OPINION_REPORT)
    assert [d[0] for d in documents_of(path)] == ["report"]


# ------------------------- a text agenda's masthead with its members' list on one long line

LONG_MEMBERSHIP_AGENDA = """\
Public Document Pack

Kestrel Wolds County Council

Highways Sub-Committee

Date:     Thursday, 9 September 2027
Time:     10.00 am
Venue:    Meeting Room 2, County Hall

Membership: Councillors Gideon Ashcombe (Chair), Moira Flanagan-Teale (Vice-Chair), \
Rupert Okonedo, Thea Lindqvist, Barnaby Coker

Contact: Annika Rowsell, Committee Officer

Agenda

1.   Apologies for Absence

2.   Declarations of Interest

3.   Winter Service Plan 2027/28
     Report of the Head of Highways.

4.   Date of Next Meeting
"""


def test_agenda_masthead_members_list_on_one_long_line(tmp_path: Path) -> None:
    # "Membership: Councillors ..." runs past a masthead line's usual length on one line: a
    # labelled list of the masthead all the same, so the masthead and the "Agenda" under it
    # are one agenda; before, the masthead was a second agenda of its own
    path = tmp_path / "agenda.txt"
    path.write_text(LONG_MEMBERSHIP_AGENDA)
    assert [d[:2] for d in documents_of(path)] == [("agenda", "2027-09-09")]


# -------------------------------- a pack's contents page with dotted leaders, before its agenda

CONTENTS_COVER_PACK = """%% header Cabinet - Thursday, 14 October 2027
## HOLMWICK DISTRICT COUNCIL
!! Cabinet
Thursday, 14 October 2027
6.00 pm
Council Chamber, Holmwick House
** Contents
Agenda ........................................................................ 2
Item 3 - Minutes of the meeting held on 9 September 2027 ...................... 3
Item 5 - Housing Allocations Policy Review .................................... 4
Contact: Rowena Tillbrook, Democratic Services Officer
Telephone: 01632 770 418
Published: Wednesday, 6 October 2027
--- page ---
## Agenda
** 1. Apologies for absence
** 2. Declarations of interest
** 3. Minutes of the meeting held on 9 September 2027
To confirm the minutes as a correct record. (Pages 3 - 3)
** 4. Housing Allocations Policy Review
Report of the Head of Housing. (Page 4)
--- page ---
## Cabinet
** Minutes of the meeting held on Thursday, 9 September 2027 at 6.00 pm in the Council Chamber
Present:	Councillor M. Oyediran (Leader, in the Chair); Councillors P. Crowhurst and A. Valand
** CAB/27/33 Apologies for absence
There were no apologies for absence.
** CAB/27/34 Budget Monitoring
RESOLVED: That the report be noted.
The meeting closed at 7.10 pm.
--- page ---
** Agenda Item 4
!! Housing Allocations Policy Review
Report of: Head of Housing
** 1. Recommendation
1.1 That Cabinet approves the revised allocations policy for consultation.
"""


def test_pack_contents_page_is_no_document(tmp_path: Path) -> None:
    # a cover naming the meeting over "Contents" and the pack's papers led by dots to their
    # pages: the pack's cover, its papers read where they are printed; before, the cover was
    # a document of its own ("other")
    assert [d[:2] for d in pack_documents(CONTENTS_COVER_PACK, tmp_path)] == [
        ("agenda", "2027-10-14"), ("minutes", "2027-09-09"), ("report", "2027-10-14")]


# ------------------------------ an exclusion item's page saying there is no exempt business

NO_EXEMPT_BUSINESS_PACK = pack_front("WESTCOMBE COUNTY COUNCIL", "Cabinet") + """\
** Agenda Item 3
!! Budget Monitoring 2026/27
Report of:	Director of Finance
** 1. Recommendation
1.1 That Cabinet notes the forecast outturn for 2026/27.
** 2. Forecast
2.1 The forecast is an underspend of £0.4m.
--- page ---
** Agenda Item 4
!! Exclusion of the Press and Public
There is no exempt business on this agenda. The item is included in case a matter requiring \
the exclusion of the press and public under Schedule 12A to the Local Government Act 1972 arises.
"""


def test_exclusion_item_page_with_no_exempt_business_is_no_document(tmp_path: Path) -> None:
    # "Exclusion of the Press and Public" over "There is no exempt business on this agenda":
    # the item's stand-in, nothing to publish (as one over "NOT FOR PUBLICATION"); before, it
    # was a document of its own ("other")
    assert [d[0] for d in pack_documents(NO_EXEMPT_BUSINESS_PACK, tmp_path)] == [
        "agenda", "report"]


# ------------------------------------- an email printed as a report's appendix (From / Sent)

EMAIL_APPENDIX_PACK = pack_front("CASTLEMERE BOROUGH COUNCIL", "Environment Committee") + """\
** Item 3
!! Grounds Maintenance Contract: Extension to March 2030
Report of:	Head of Environmental Services
** 1. Recommendation
1.1 That the Committee approves the extension of the grounds maintenance contract to March \
2030 at an annual price of £973,000.
** 2. Background
2.1 The contractor has offered to hold its rates for the extension (Appendix B).
--- page ---
** Appendix B
Parveen Akhtar
From:	Grant Ollerenshaw <g.ollerenshaw@greenway.example.co.uk>
Sent:	02 September 2027 16:41
To:	Parveen Akhtar
Cc:	Contracts Inbox
Subject:	RE: Grounds maintenance contract - extension pricing 2028-2030
Hi Parveen,
I can confirm that we will hold the current schedule of rates for the extension period with a \
single uplift of 3.2% from 1 April 2028.
Kind regards
Grant
"""


def test_email_printout_appendix_is_part_of_its_report(tmp_path: Path) -> None:
    # "From:" over "Sent:", "To:" and "Subject:": a mail program's header of an email the
    # report encloses as its appendix, not a memo's header starting a report; before, the
    # email was a report of its own
    assert [d[0] for d in pack_documents(EMAIL_APPENDIX_PACK, tmp_path)] == ["agenda", "report"]


# ------------- a text pack's item stamp over the council and the meeting's dated line

STAMP_OVER_MASTHEAD_PACK = """\
HOLLYBROOK TOWN COUNCIL
AMENITIES COMMITTEE

Wednesday 8 December 2027 at 7.00 pm in the Jubilee Room

AGENDA

1. Apologies for absence
2. Minutes
To approve the minutes of the meeting held on 13 October 2027.
3. Play Area Surfacing: Quotations
4. Open Spaces Risk Assessment 2027/28
________________

HOLLYBROOK TOWN COUNCIL

MINUTES OF THE MEETING OF THE AMENITIES COMMITTEE HELD ON WEDNESDAY 13 OCTOBER 2027 AT 7.00 PM

Present: Councillors P Aldworth (Chair), K Mulholland and E Nwachukwu

31/27 APOLOGIES FOR ABSENCE
Apologies were received from Councillor G Ruckley.

32/27 WAR MEMORIAL GARDEN
RESOLVED that the quotation of Hartshill Ironworks Ltd of £3,870 be accepted.

The meeting closed at 8.41 pm.
________________

Agenda Item 3

HOLLYBROOK TOWN COUNCIL
Amenities Committee - 8 December 2027
Play Area Surfacing: Quotations
Report of the Town Clerk

1. Recommendation
That the Committee accepts the quotation of Playsafe Surfaces Ltd of £14,285.
________________

Agenda Item 4

HOLLYBROOK TOWN COUNCIL
Amenities Committee - 8 December 2027
Open Spaces Risk Assessment 2027/28

1. Recommendation
That the Committee approves the risk assessment below.

Ref\tRisk\tLikelihood\tImpact\tScore
OS1\tInjury from defective play equipment\t2\t4\t8
OS2\tTree failure onto a footpath\t2\t5\t10
"""


def test_text_stamp_over_council_and_dated_meeting_line_starts_a_paper(
        tmp_path: Path) -> None:
    # "Agenda Item 4" over the council's name and "Amenities Committee - 8 December 2027":
    # the item's paper under its masthead, though no "Report of" line names whose it is
    # (a risk assessment's); before, both papers were read as the end of the minutes
    path = tmp_path / "pack.txt"
    path.write_text(STAMP_OVER_MASTHEAD_PACK)
    assert [d[:2] for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-12-08"), ("minutes", "2027-10-13"), ("report", "2027-12-08"),
        ("risk_register", "2027-12-08")]


# ------- a report titled "Item 4: ..." under whose report it is, then "Item 5: ..." atop a page

TITLED_ITEMS_PACK = """%% header Ravensmoor Borough Council as sole trustee of the Elm Park Trust
## Ravensmoor Borough Council
!! Elm Park Trust Committee
Date:	Wednesday 22 November 2028
Time:	2.00 pm
** AGENDA
| Item | Subject | Pages |
| 1 | Apologies for Absence | |
| 3 | Minutes of the meeting held on 19 July 2028 | 2 |
| 4 | Trustee's Annual Report 2027/28 | 3 - 4 |
| 5 | Elm Park Trust Risk Register | 5 |
--- page ---
## Ravensmoor Borough Council
!! Elm Park Trust Committee
** Minutes of the meeting held on Wednesday 19 July 2028 at 2.00 pm in Committee Room 2
Present:	Councillors E Haigh (Chair), M Cole and Y Darr
** TC.14 Apologies for Absence
None.
** TC.15 Event Hire Charges
RESOLVED: That the event hire charges for 2029 be approved.
--- page ---
## Ravensmoor Borough Council
!! Elm Park Trust Committee
** Report of the Charity Finance Officer
** Item 4: Trustee's Annual Report 2027/28
** 1. Recommendations
1.1 That the Committee approves the Trustee's Annual Report for 2027/28.
** 2. The Trustee's Annual Report
2.1 The Trust's income for the year was £184,200 and its spending £176,900.
--- page ---
** Balance Sheet at 31 March 2028
Fixed assets £412,000; current assets £96,300; creditors £12,100.
--- page ---
** Item 5: Elm Park Trust Risk Register - November 2028
Report of the Parks Manager. Scores are Likelihood x Impact on a 1-5 scale.
| Ref | Risk | Likelihood | Impact | Score | Owner |
| EP01 | Serious injury on play equipment | 3 | 5 | 15 | Parks Manager |
| EP02 | Trees fail in high winds onto paths | 3 | 4 | 12 | Tree Officer |
"""


def test_titled_item_at_page_top_after_report_titled_under_its_author(tmp_path: Path) -> None:
    # the report of item 4 is titled "Item 4: ..." just under "Report of ..." that started it
    # (below its page's top): "Item 5: ..." atop a later page heads another item's paper;
    # before, the report's item was not known and the register was read as its last page
    assert [d[0] for d in pack_documents(TITLED_ITEMS_PACK, tmp_path)] == [
        "agenda", "minutes", "report", "risk_register"]


# ----- a report's masthead: the council and the meeting on one line, in title type, over its title

ONE_LINE_MASTHEAD_PACK = """%% header WELLSBY DISTRICT COUNCIL
%% footer Planning Committee | 19 January 2028 | Page {page}
## WELLSBY DISTRICT COUNCIL
** PLANNING COMMITTEE
Date:	Wednesday 19 January 2028
** AGENDA
| Item | | Page |
| 1 | Apologies | |
| 2 | 27/01266/FUL - Hollowmead Farm | 2 |
| 3 | Appeals Decided | 3 |
--- page ---
** WELLSBY DISTRICT COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028
** REPORT OF THE DEVELOPMENT MANAGER
** 27/01266/FUL - HOLLOWMEAD FARM, POUND LANE
** 1. RECOMMENDATION
1.1 That planning permission be granted subject to conditions.
** 2. SITE AND PROPOSAL
2.1 The site is a farmyard of 0.6 hectares on the edge of the village.
--- page ---
** WELLSBY DISTRICT COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028
** APPEALS DECIDED: 1 NOVEMBER - 31 DECEMBER 2027
Report of the Development Manager, for information.
| Reference | Site | Appeal against | Inspector's decision |
| 27/00318/FUL | 14 Weavers Close | Refusal | Dismissed |
| 26/02940/OUT | Land at Cobbs Lane | Non-determination | Allowed |
Of the 11 appeals decided in 2027, 8 were dismissed (73%).
"""


def test_council_and_meeting_on_one_title_line_heads_a_report(tmp_path: Path) -> None:
    # "WELLSBY DISTRICT COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028" in title type at the
    # page's top over the paper's title: a report's masthead (as the council's name over the
    # meeting's line is), though whose report it is is said in a sentence; before, the
    # appeals list was read as the last report's next page
    assert [d[0] for d in pack_documents(ONE_LINE_MASTHEAD_PACK, tmp_path)] == [
        "agenda", "report", "report"]


# ---------------------------- a progress report counting its measures by the rating word alone

PLAN_PROGRESS_REPORT = """\
Agenda item 4

Report to the Overview and Scrutiny Management Board
Meeting date:  20 September 2028
Report of:     Head of Policy and Performance

COUNCIL PLAN PROGRESS REPORT, QUARTER 1 2028/29

1. Recommendation

1.1 That the Board considers the progress made in Quarter 1 against the Council Plan.

2. Introduction

2.1 The Council Plan has 24 commitments and ten measures of success.

2.2 Of the 24 commitments, 4 are Complete and 15 On track. Of the ten measures, 6 are
Green, 2 Amber and 2 Red.
"""


def test_measures_counted_by_rating_word_make_a_performance_report(tmp_path: Path) -> None:
    # "Of the ten measures, 6 are Green, 2 Amber and 2 Red": the measures counted by their
    # ratings, the word alone (as "five are rated Green"); before, the plan's progress report
    # was a report
    path = tmp_path / "report.txt"
    path.write_text(PLAN_PROGRESS_REPORT)
    assert [d[0] for d in documents_of(path)] == ["performance_report"]


# ------------------------- a council website's page of a body's decisions, titled by its day

DECISIONS_WEB_PAGE = html_page(
    '<header><a href="/">Ashby Vale City Council home</a><form><button>Search</button></form>'
    "</header>",
    "<main><h1>Executive decisions: 9 March 2028</h1>",
    "<p>These are the decisions taken at the meeting in the Guildhall.</p>",
    "<h2>1. Council Tax Base 2028/29</h2><p><strong>Decision:</strong></p>",
    "<p>That the council tax base for 2028/29 be approved.</p>",
    "<h2>2. Library Opening Hours Review</h2><p><strong>Decision:</strong></p>",
    "<p>That the decision on library opening hours be deferred.</p></main>")


def test_web_page_of_a_bodys_decisions_of_a_day(tmp_path: Path) -> None:
    # "Executive decisions: 9 March 2028" as the page's title: the record of the body's
    # decisions at its meeting of that day; before, the page was "other", no meeting read
    path = tmp_path / "decisions.html"
    path.write_text(DECISIONS_WEB_PAGE)
    assert documents_of(path) == [("decision", "2028-03-09", "Executive")]


# ------------------- a council website's dashboard page of measure cards, reported to Cabinet

DASHBOARD_WEB_PAGE = html_page(
    '<header><a href="/">Harrowby City Council - home</a></header>',
    "<main><h1>How we are doing: Council Plan Quarter 2 2028/29</h1>",
    "<p>These results, for July to September 2028, were reported to Cabinet on Tuesday 14 "
    "November 2028.</p>",
    '<div class="card"><p>CF1</p><p>91.8%</p><p>Assessments completed within 45 days</p>'
    "<p>Target: 90%</p><p>On track</p></div>",
    '<div class="card"><p>CF2</p><p>23.6%</p><p>Plans lasting 2 years or more</p>'
    "<p>Target: 5%</p><p>Off track</p></div>",
    '<div class="card"><p>HN1</p><p>1,140</p><p>New homes completed</p>'
    "<p>Target: 1,250</p><p>At risk</p></div></main>")


def test_web_page_of_measure_cards_reported_to_cabinet(tmp_path: Path) -> None:
    # measures set out as cards, each labelled "Target: 90%": a dashboard; the page says its
    # results "were reported to Cabinet on Tuesday 14 November 2028", the meeting it publishes
    # them for; before, the page was "other" and named no meeting
    path = tmp_path / "dashboard.html"
    path.write_text(DASHBOARD_WEB_PAGE)
    assert documents_of(path) == [("performance_report", "2028-11-14", "Cabinet")]

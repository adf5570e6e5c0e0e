"""Regression tests for round 19's document misses (each document's kind, meeting date and
committee): a minutes' dated running head taken for new minutes on every page, a report of
urgent decisions to its meeting read as a decision notice, a board's "Paper HB2" stamps
unseen. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

# ------------------------------------------- minutes whose dated running head tops each page

RUNNING_HEAD_MINUTES = """%% header Minutes of the County Council - 9th December 2027
%% footer Page {page} of {pages}
## WESTERCOMBE COUNTY COUNCIL
** MINUTES of the meeting of the County Council held at County Hall on Thursday \
9th December 2027 at 10.00 am
Present:	Councillor Ann Teague (Chairman); Councillors Aske, Blyth, Carr and Dane
** CC 27/61 APOLOGIES
Apologies were received from Councillor Usher.
** CC 27/62 MINUTES
RESOLVED - That the minutes of the meeting held on 23rd September 2027 be confirmed.
--- page ---
** CC 27/63 NOTICE OF MOTION - LIBRARIES
The motion was moved by Councillor Aske and seconded by Councillor Blyth.
RESOLVED - That this Council asks the Cabinet to review library opening hours.
--- page ---
** CC 27/64 REPORT OF THE CABINET
RESOLVED - That the report of the Cabinet be received.
The meeting ended at 1.17 pm.
"""


def test_dated_running_head_of_minutes_read_as_new_minutes_each_page(tmp_path: Path) -> None:
    # "Minutes of the County Council - 9th December 2027" printed over every page is the
    # minutes' running head: before, each page began minutes of its own
    assert pack_documents(RUNNING_HEAD_MINUTES, tmp_path) == [
        ("minutes", "2027-12-09", "County Council")]


# ------------------------------- a report of urgent decisions for information, to its meeting

URGENT_DECISIONS_PACK = """%% header Wexbury Borough Council
## WEXBURY BOROUGH COUNCIL
** AGENDA
Council - Wednesday 14 July 2027 at 7.00 pm, Council Chamber, Guildhall
1. Apologies for Absence
2. Urgent Decisions taken by the Chief Executive
3. Appointments to Outside Bodies
--- page ---
** Item 2
!! URGENT DECISIONS TAKEN BY THE CHIEF EXECUTIVE
Report to:	Council, 14 July 2027
Report by:	Chief Executive
** 1. Purpose
1.1 To report, for information, decisions taken by the Chief Executive under the urgency \
provisions since the last meeting.
** 2. Recommendation
2.1 That the urgent decisions set out in paragraph 3.1 be noted.
** 3. Decisions taken
3.1 On 27 May 2027 the Chief Executive decided to accept a grant of £186,000 for six homes.
--- page ---
** Item 3
!! APPOINTMENTS TO OUTSIDE BODIES
Report to:	Council, 14 July 2027
Report by:	Head of Legal Services
** 1. Recommendation
1.1 That the Council appoints representatives to the outside bodies as set out in Appendix 1.
"""


def test_report_of_urgent_decisions_to_a_meeting_read_as_decision(tmp_path: Path) -> None:
    # A paper titled "Urgent decisions taken by ..." but addressed to the meeting ("Report to:
    # Council, 14 July 2027") with a recommendation is the meeting's report, the decisions
    # taken elsewhere its subject: before, it was read as a decision notice
    council = "Wexbury Borough Council"
    assert pack_documents(URGENT_DECISIONS_PACK, tmp_path) == [
        ("agenda", "2027-07-14", council),
        ("report", "2027-07-14", council),
        ("report", "2027-07-14", council),
    ]


# ------------------------------------------------------ a board's papers stamped "Paper HB2"

PAPER_CODE_PACK = """%% header PORT OF WEXMOUTH Harbour Board 09/03/2027
## WEXMOUTH HARBOUR AUTHORITY
** HARBOUR BOARD
** AGENDA
Tuesday 9 March 2027 at 9.30 am, Harbour Office
|- Item | Subject | Paper |
| 1 | Minutes of the meeting held on 8 December 2026 | HB1 |
| 2 | Harbour dues 2027/28 | HB2 |
| 3 | Pontoon replacement: award | HB3 |
--- page ---
Paper HB1
** WEXMOUTH HARBOUR AUTHORITY - HARBOUR BOARD
** Minutes of the meeting held on Tuesday 08/12/2026 at the Harbour Office
Present:	E. Lind (Chair), Cllr R. Bates, Capt. A. Furn
** HB/26/41  Apologies
Apologies were received from Cllr S. Quinn.
** HB/26/42  Harbour dues
The Board agreed that the schedule of dues be brought to the March meeting.
--- page ---
Paper HB2
** HARBOUR DUES 2027/28
Author:	Port Finance Manager
** Recommendation
That the Board approves an increase of 4.5% in harbour dues from 1 April 2027.
** 1. Background
1.1 Dues at neighbouring ports have risen by between 4% and 6%.
--- page ---
Paper HB3
** PONTOON REPLACEMENT: AWARD
Author:	Port Engineer
** 1. Recommendation
1.1 That the Board awards the pontoon replacement contract to Quayside Marine Ltd for £412,000.
** 2. Background
2.1 Three tenders were received and evaluated on price and quality.
"""


def test_paper_stamped_with_board_code_and_number_read_as_minutes_page(tmp_path: Path) -> None:
    # "Paper HB2" over a page (the board's initials run into the paper's number, as the
    # agenda's "Paper" column prints it) starts that paper: before, the papers after the
    # minutes were read as the minutes' later pages
    board = "Harbour Board"
    assert pack_documents(PAPER_CODE_PACK, tmp_path) == [
        ("agenda", "2027-03-09", board),
        ("minutes", "2026-12-08", board),
        ("report", "2027-03-09", board),
        ("report", "2027-03-09", board),
    ]


# --------------------------- an award report, its ask lettered in a front sheet, its risks

AWARD_FRONT_SHEET = """%% header Wexbury Council - Cabinet - 9th November 2027
|# Report to Cabinet | |
| Meeting date | 9th November 2027 |
| Title | Housing repairs contract award |
| Portfolio holder | Councillor Callum Thrale, Housing |
| Recommendation(s): | (a) That the housing repairs contract be awarded to Corrib Property \
Services Ltd for five years from 1st April 2028. (b) That the Director of Housing be \
authorised to sign the contract. |
** 1. Background
1.1 The current contract ends on 31st March 2028. Four tenders were received.
** 2. Risks
|# Risk ref | Risk | Likelihood | Impact | Score | Mitigation |
| HR-1 | Mobilisation not complete by 1st April 2028 | 2 | 4 | 8 | Mobilisation plan |
| HR-2 | Transfer of staff under TUPE disputed | 3 | 3 | 9 | Early engagement |
Contact: Owain Tresco, Director of Housing
"""


def test_award_report_asking_in_lettered_passive_read_as_risk_register(tmp_path: Path) -> None:
    # "(a) That the ... contract be awarded to ..." asks for a decision (lettered, in the
    # passive), so the risks table is its evidence: before, the report was a risk register
    assert [kind for kind, _, _ in pack_documents(AWARD_FRONT_SHEET, tmp_path)] == ["report"]


# ------------------- a leader's record of a cabinet's decisions, its date wrapped, in a pack

LEADERS_RECORD_PACK = """%% header Wexbury Council - Cabinet - 9th November 2027
## CABINET
** AGENDA
Tuesday 9th November 2027 at 10.00 am, Council Chamber
1. Record of decisions of the meeting held on 12th October 2027
2. Council Plan performance
--- page ---
** WEXBURY COUNCIL
## RECORD OF DECISIONS
** Leader's record of decisions taken at the meeting of the Cabinet held on 12th October 2027
Decision maker:	Cabinet
These decisions may be called in by any five non-executive Members by 5.00 pm on 19th October 2027.
** 27/86 Local Development Scheme 2027-2030
Decision: That the Local Development Scheme 2027-2030 be approved.
Reason: To meet the requirement of section 15 of the Planning and Compulsory Purchase Act 2004.
Signed: Esther Malley, Leader of the Council	Date: 13th October 2027
"""


def test_leaders_record_of_cabinet_decisions_dated_by_pack_running_head(tmp_path: Path) -> None:
    # "Leader's record of decisions taken at the meeting of the Cabinet held on 12th October
    # 2027" (its date wrapped onto the next line) names the meeting that took them: before,
    # the record took the pack's running head's meeting
    assert pack_documents(LEADERS_RECORD_PACK, tmp_path) == [
        ("agenda", "2027-11-09", "Cabinet"),
        ("decision", "2027-10-12", "Cabinet"),
    ]


# ------------- a Welsh cabinet's monitoring report and forward work programme, bilingual

WELSH_CABINET_PACK = """%% header Cyngor Sir Wexmor / Wexmor County Council - Cabinet - 9 March 2027
## CYNGOR SIR WEXMOR / WEXMOR COUNTY COUNCIL
** RHAGLEN / AGENDA
Cabinet - Tuesday 9 March 2027 at 10.00 am, Council Chamber
1. Welsh Language Standards: Annual Monitoring Report 2025/26
2. Cabinet Forward Work Programme
--- page ---
Eitem 1 / Item 1
** ADRODDIAD I'R CABINET / REPORT TO CABINET
** Welsh Language Standards: Annual Monitoring Report 2025/26
** 1. Argymhelliad / Recommendation
1.1 That Cabinet approves the Welsh Language Standards Annual Monitoring Report 2025/26 for \
publication by 30 June 2027.
** 2. Perfformiad / Performance
|# Cod / Code | Dangosydd / Indicator | Targed / Target | 2024/25 | 2025/26 | Statws / Status |
| WL01 | Staff with Welsh language skills at level 3 or above (%) | 40.0 | 36.2 | 38.9 | Amber |
| WL02 | Jobs advertised as Welsh essential (%) | 25.0 | 27.4 | 29.1 | Green |
| WL03 | Staff completing Welsh language awareness training (%) | 90.0 | 71.5 | 64.0 | Red |
--- page ---
Eitem 2 / Item 2
** RHAGLEN WAITH Y CABINET / CABINET FORWARD WORK PROGRAMME
|- Meeting | Item | Key decision |
| 13 April 2027 | Local Housing Market Assessment 2027 | No |
| 11 May 2027 | Replacement Local Development Plan: Deposit Plan | Yes |
Recommendation: That Cabinet notes the Forward Work Programme.
"""


def test_monitoring_report_approved_for_publication_and_cabinet_work_programme_read_as_reports(
        tmp_path: Path) -> None:
    # A report asking its cabinet to approve the monitoring report it is, its measures'
    # table below, reports performance (approving a monitoring report is no other decision);
    # a cabinet's "Forward Work Programme" (in either language of its bilingual title) is
    # its forward plan: before, both were read as reports
    assert [kind for kind, _, _ in pack_documents(WELSH_CABINET_PACK, tmp_path)] == [
        "agenda", "performance_report", "forward_plan"]


def test_forward_plan_title_quadratic_on_blank_lines() -> None:
    # "^\s*" read the rest of a run of blank lines from each line's start: 10,000 newlines
    # took 15 s to search, now milliseconds
    import time

    from kcc_papers.segment_starts.decision_headings import FORWARD_PLAN_TITLE
    for text in ("\n" * 10_000, " " * 10_000, "a" * 10_000, " \n" * 5_000):
        began = time.perf_counter()
        assert not list(FORWARD_PLAN_TITLE.finditer(text))
        assert time.perf_counter() - began < 0.1


# ------------------------------- a summons naming a body whose words are parted by commas

COMMA_NAMED_SUMMONS = """%% header Wexford Vale District Council
## Wexford Vale District Council
** Audit, Governance and Standards Committee
To: All Members of the Audit, Governance and Standards Committee (Councillors Ann Lowe \
(Chair), Omar Quint (Vice-Chair), Gary Pill, Yvonne Eccles and Neil Tamm)
You are summoned to attend a meeting of the Audit, Governance and Standards Committee to be \
held in the Council Chamber, Wendford House, Market Street, Wendford on Wednesday, 27th January \
2027 at 6.00 pm.
Gwen Arkle
Chief Executive
** AGENDA
|- Item | Business | Pages |
| 1. | Apologies for absence | |
| 2. | Declarations of interest | |
| 3. | Corporate Risk Register - Quarter 3 2026/27 | 3 - 8 |
"""


def test_summons_to_body_named_with_commas_left_undated(tmp_path: Path) -> None:
    # "a meeting of the Audit, Governance and Standards Committee to be held ... on
    # Wednesday, 27th January 2027": the name's words parted by a comma; before, the
    # summons's sentence went unread and the agenda had no date
    assert pack_documents(COMMA_NAMED_SUMMONS, tmp_path) == [
        ("agenda", "2027-01-27", "Audit, Governance and Standards Committee")]


# -------------------- a report addressed to its body undated, its "Meeting:" label dated

MEETING_LABEL_REPORT = """## Report to Executive
Meeting:	Executive, Wednesday 9th February 2028 7.30 pm
Report title:	Quarter 3 2027/28 Performance Report
Report author:	Bernard Ash, Performance Lead
** 1. Recommendation
1.1 That the Executive notes performance against the key performance indicators.
** 2. Summary
2.1 Of the twelve indicators, seven are on or better than target.
"""


def test_meeting_label_dating_undated_report_to_line_left_undated(tmp_path: Path) -> None:
    # "Report to Executive" names the body undated; the "Meeting:" label under it names the
    # same body with its date: before, the report had no meeting date
    assert pack_documents(MEETING_LABEL_REPORT, tmp_path) == [
        ("performance_report", "2028-02-09", "Executive")]


# --------------------- a parish's lettered items' papers, each at a page's top, one a notice

LETTERED_ITEMS_PACK = """%% header Parish of St Wenna, Jersey
** PARISH OF ST WENNA - ROADS COMMITTEE
** AGENDA
Monday 7th June 2027 at 6.00 pm, Parish Hall
Item A: Minutes of the meeting held on 10th May 2027
Item B: Resurfacing of La Rue du Moulin - Tender Report
Item C: Visite du Branchage 2027
--- page ---
** PARISH OF ST WENNA - ROADS COMMITTEE
** Minutes of the meeting held on Monday, 10th May 2027 at 6.00 pm in the Parish Hall
Present:	The Connétable (President); Roads Inspectors P de la Haye, T Amy
** RC 27/18  Apologies
Apologies were received from Procureur M Gallic.
** RC 27/19  Minutes of the meeting held on 12th April 2027
The minutes were approved and signed by the Connétable.
--- page ---
** PARISH OF ST WENNA - ROADS COMMITTEE - 7TH JUNE 2027
** Item B: Resurfacing of La Rue du Moulin - Tender Report
Report of the Parish Roads Foreman
1. Tenders were invited from five contractors on the Parish's approved list.
2. Recommendation: that the tender of Le Quesne Surfacing Limited in the sum of £184,650.00 \
be accepted.
--- page ---
** Item C: Visite du Branchage 2027
The Visites du Branchage will take place on Saturday 10th July and Saturday 11th September \
2027. Owners and occupiers are reminded that overhanging hedges must be cut back.
Fines of £50 per offence may be imposed at the Visite.
"""


def test_lettered_item_paper_at_page_top_read_as_last_papers_page(tmp_path: Path) -> None:
    # "Item C: Visite du Branchage 2027" at a page's top after the paper of item B (titled
    # "Item B: ..." under the meeting's masthead) is item C's paper, a report by its title
    # (the notice the committee receives): before, it was read as item B's paper's last page
    assert [kind for kind, _, _ in pack_documents(LETTERED_ITEMS_PACK, tmp_path)] == [
        "agenda", "minutes", "report", "report"]


# ------------------------- a hearing sub-committee's minutes "of a hearing held on ..."

HEARING_MINUTES = """%% header Kestwick District Council
** KESTWICK DISTRICT COUNCIL
** STANDARDS HEARING SUB-COMMITTEE
Minutes of a hearing held on Monday 29th November 2027 at 10.00 am at Kestwick Town Hall
Present:	Councillor N Farquhar (Chair), Councillors H Callen and A Kitch
** STD/27/14 ELECTION OF CHAIR
RESOLVED - That Councillor Farquhar be elected Chair for the hearing.
** STD/27/15 COMPLAINT 2027/09
RESOLVED - That the complaint be not upheld.
"""


def test_minutes_of_a_hearing_named_body_hearing(tmp_path: Path) -> None:
    # "Minutes of a hearing held on ..." names no body (as "of a meeting held on" names
    # none): the masthead's sub-committee is the body; before, the body was "hearing"
    assert pack_documents(HEARING_MINUTES, tmp_path) == [
        ("minutes", "2027-11-29", "Standards Hearing Sub-Committee")]


# ------------------- a call-in pack enclosing an extract from the cabinet's minutes

CALL_IN_PACK = """%% header Wexdale District Council - Overview and Scrutiny Committee
## WEXDALE DISTRICT COUNCIL
** OVERVIEW AND SCRUTINY COMMITTEE
** AGENDA
Tuesday 23 March 2027 at 6.30 pm, Council Chamber
1. Minutes of the meeting held on 9th February 2027
2. Call-in of Cabinet decision CAB/27/12
--- page ---
** WEXDALE DISTRICT COUNCIL
** OVERVIEW AND SCRUTINY COMMITTEE
** Minutes of the meeting held on 9th February 2027 in Committee Room 1
Present:	Councillor A Birch (Chair), Councillors C Dane and E Fell
** OS/27/08 APOLOGIES
Apologies were received from Councillor G Hale.
** OS/27/09 WORK PROGRAMME
RESOLVED: That the work programme be approved.
--- page ---
** WEXDALE DISTRICT COUNCIL
** EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 3RD MARCH 2027
** CAB/27/12 LEISURE CENTRE CAR PARK CHARGES
The Portfolio Holder for Leisure presented the report.
RESOLVED: That charges of £1.20 for up to three hours be introduced at the car park.
"""


def test_extract_from_cabinet_minutes_read_as_committees_minutes_page(tmp_path: Path) -> None:
    # "EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 3RD MARCH 2027" set as a heading starts
    # the cabinet's minutes (an extract of them): before, it was read as the committee's own
    # minutes' next page
    assert pack_documents(CALL_IN_PACK, tmp_path) == [
        ("agenda", "2027-03-23", "Overview and Scrutiny Committee"),
        ("minutes", "2027-02-09", "Overview and Scrutiny Committee"),
        ("minutes", "2027-03-03", "Cabinet"),
    ]


# ------- reports of one meeting each labelled with it: no running head (review of the above)

DATED_LABEL_REPORTS = """%% header Wexvoe Islands Council
## WEXVOE ISLANDS COUNCIL
** HARBOUR BOARD
** AGENDA
Wednesday 4 March 2027 at 10.00 am, Council Chamber
1. Towage services: award of contract
2. Ports performance report
--- page ---
!! Towage Services at Skerry Harbour: Award of Contract
Meeting(s):	Harbour Board, 4 March 2027
Report Title:	Towage Services at Skerry Harbour: Award of Contract
Reference Number:	PH-04-27
Author / Job Title:	Captain Sandy Irv, Harbourmaster
** 1.0 Decisions / Action required:
1.1 That the Harbour Board RESOLVES to award the towage contract to Skerry Tugs Ltd.
--- page ---
!! Ports and Harbours Performance Report - Quarter 3 2026/27
Meeting(s):	Harbour Board, 4 March 2027
Reference Number:	PH-05-27
Author / Job Title:	Karen Halc, Finance Manager, Ports and Harbours
** 1.0 Decisions / Action required:
1.1 That the Harbour Board NOTES the performance of Ports and Harbours for the quarter.
"""


def test_reports_labelled_with_one_meeting_read_as_one_report(tmp_path: Path) -> None:
    # each report's own "Meeting(s): Harbour Board, 4 March 2027" label, below its title, is
    # no running head: the rule for a dated heading repeated at each page's top merged them
    assert [kind for kind, _, _ in pack_documents(DATED_LABEL_REPORTS, tmp_path)] == [
        "agenda", "report", "performance_report"]

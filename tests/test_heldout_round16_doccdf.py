"""Regression tests for round 16's document misses in batches c, d and f: an agenda headed by
its committee alone (no "Agenda"), its date line in body type, classed as nothing; a report
whose appendix is an action tracker read as a performance report; minutes headed "MINUTES OF
THE MEETING HELD ON ..." over "Schools members present:" not split from the agenda; "NOTICE OF
DECISIONS" in the plural classed as nothing; a text pack's "Agenda item 27/036" and "PAPER B"
stamps and a "Paper X - Agenda Item 5" stamp starting nothing; a "NOTICE OF MEETING" cover
read as a second agenda; "MAYORAL DECISION - MD27/014" classed as nothing; and a minute's "The
Board NOTED the update." mid-line missed. Each runs on small generated papers, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, documents_of, pack_documents, rendered
from kcc_papers.pipeline import process_file

# A cabinet committee's agenda as some councils print it: the committee's name as the title,
# the meeting's date and time under it in body type, no "Agenda" anywhere, lettered items.
BODY_HEADED_AGENDA = """%% header Wealdmoor County Council
## GROWTH AND ECONOMY CABINET COMMITTEE
Tuesday, 9th March 2027, at 2.00 pm
Council Chamber, County Hall, Maidenford
Ask for:	Paula Trent
Membership (9):	Mr R Ashdown (Chair), Mrs P Ferreira (Vice-Chair), Mr S Bhogal, Ms J Coultas, \
Mr T Danvers, Mrs L Eakins, Mr K Hollowell, Mrs A Iqbal and Mr B Jessop
** A - Committee Business
A1 Apologies and Substitutes
A2 Minutes of the meeting held on 12 January 2027
** B - Key Decisions
B1 27/00011 - Business Rates Pool: 2027/28 membership
--- page ---
"""

BODY_MINUTES = """** GROWTH AND ECONOMY CABINET COMMITTEE
MINUTES of a meeting of the Growth and Economy Cabinet Committee held in the Council Chamber on \
Tuesday, 12 January 2027.
PRESENT: Mr R Ashdown (Chair), Mrs P Ferreira and Mr S Bhogal
** 11. Apologies and Substitutes
Apologies were received from Mr Danvers.
** 12. Work Programme 2027
RESOLVED that the work programme be noted.
--- page ---
"""

BODY_REPORT = """From:	Cabinet Member for Economic Development
To:	Growth and Economy Cabinet Committee - 9 March 2027
Subject:	Business Rates Pool: 2027/28 membership
## Business Rates Pool: 2027/28 membership
** Recommendation(s):
The Growth and Economy Cabinet Committee is asked to endorse the proposed decision to remain in \
the business rates pool for 2027/28.
"""


def test_agenda_headed_by_its_committee_and_dated_in_body_type(tmp_path: Path) -> None:
    # the meeting's date and time under its committee's name, in body type, is the notice's
    # date line: the page is the meeting's agenda, not a paper of no kind
    assert pack_documents(BODY_HEADED_AGENDA + BODY_MINUTES + BODY_REPORT, tmp_path) == [
        ("agenda", "2027-03-09", "Growth and Economy Cabinet Committee"),
        ("minutes", "2027-01-12", "Growth and Economy Cabinet Committee"),
        ("report", "2027-03-09", "Growth and Economy Cabinet Committee"),
    ]


# A scrutiny report on an improvement plan, its appendix the plan's action tracker: each
# action's lead, due month and progress; no measure, no target, no value.
TRACKER_REPORT = """** Agenda Item 6
** LONDON BOROUGH OF ELMFORD
|% 35 65
| Report to | Adults Scrutiny Sub-Committee |
| Date | 14 October 2027 |
| Title | Safeguarding Adults Review action plan: progress |
| Report of | Director of Adult Social Care |
** 1. Recommendations
1.1 The Sub-Committee is asked to review the progress made against the action plan at Appendix 1.
** 2. Progress
2.1 Of the plan's 6 actions, 3 are completed, 2 are on track and 1 is at risk.
--- page ---
** Appendix 1: Safeguarding Adults Review - action tracker
|% 6 16 34 14 9 21
| Ref | Theme | Action | Lead | Due | Status |
| 1.1 | Practice | Roll out the self-neglect guidance | Principal Social Worker | Sep 2027 | \
Completed |
| 1.2 | Practice | Audit twenty self-neglect cases | Head of Quality Assurance | Dec 2027 | \
On track |
| 2.1 | Partnership | Agree a joint escalation protocol | Head of Safeguarding | Mar 2028 | \
At risk |
"""


def test_action_tracker_appendix_is_no_performance_report(tmp_path: Path) -> None:
    # a tracker's header names its actions' column: its "Status" is each action's progress and
    # its due months no period's values, so the report is no performance report
    assert pack_documents(TRACKER_REPORT, tmp_path) == [
        ("report", "2027-10-14", "Adults Scrutiny Sub-Committee"),
    ]


# A schools forum's pack: its notice and agenda, then the last meeting's minutes under their
# masthead, headed "MINUTES OF THE MEETING HELD ON ..." over who was present, by kind of member.
FORUM_AGENDA = """## Schools Forum
** Notice of Meeting
The next meeting of the Schools Forum will be held on Wednesday 9th June 2027 at 2.00pm in the \
Education Centre.
** Agenda
1. Welcome and apologies
2. Minutes of the meeting of 10th March 2027
3. Growth fund 2027/28
--- page ---
"""

FORUM_MINUTES = """** Paper A
** SCHOOLS FORUM
MINUTES OF THE MEETING HELD ON WEDNESDAY 10TH MARCH 2027 AT THE EDUCATION CENTRE
Schools members present:	Mrs K Ambrose (Chair), Mr J Ibbotson, Ms R Qureshi
Non-schools members present:	Mrs P Haigh (early years)
** Minute 5 Welcome and apologies
Apologies: Mr O Fairweather.
** Minute 6 Growth fund 2026/27
AGREED to note the growth fund spend.
"""


def test_minutes_held_on_over_members_present_by_kind_start_the_minutes(tmp_path: Path) -> None:
    # "Schools members present:" says who was present as "Present:" does: the "MINUTES OF THE
    # MEETING HELD ON ..." line over it heads the minutes, not an agenda's item
    assert pack_documents(FORUM_AGENDA + FORUM_MINUTES, tmp_path) == [
        ("agenda", "2027-06-09", "Schools Forum"),
        ("minutes", "2027-03-10", "Schools Forum"),
    ]


# A meeting's notice of the decisions it took, titled in the plural, its entries labelled.
DECISIONS_NOTICE = """%% header Eastholt Borough Council - Notice of Executive Decisions
## EASTHOLT BOROUGH COUNCIL
!! NOTICE OF DECISIONS
Meeting:	EXECUTIVE
Date of meeting:	17/11/2026
Call-in deadline:	5pm on 26/11/2026
** 5. FEES AND CHARGES 2027/28
Decision No:	EX/26/041
Key Decision:	No
**DECISION:**
That the schedule of fees and charges for 2027/28 be approved.
**REASONS FOR DECISION:**
The Council reviews its discretionary fees each year.
"""


def test_notice_of_decisions_in_the_plural_is_a_decision_notice(tmp_path: Path) -> None:
    # "NOTICE OF DECISIONS" names the paper as "Notice of Decision" does
    assert documents_of(rendered(DECISIONS_NOTICE, tmp_path)) == [
        ("decision", "2026-11-17", "Executive"),
    ]


# A parish council's pack as text, its pages parted by form feeds, each paper stamped with its
# item's number by the year and a running number ("Agenda item 27/036").
PARISH_PACK = """ASHBY FENWICK PARISH COUNCIL
To: All Members of the Parish Council
You are hereby summoned to attend the Meeting of Ashby Fenwick Parish Council to be held in
the Village Hall on Tuesday 09/03/2027 at 7.30pm.

AGENDA
27/035  Apologies for absence
27/036  Annual review of the financial risk assessment
27/037  Grass cutting contract 2027-2029
\fASHBY FENWICK PARISH COUNCIL
MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 12/01/2027 AT 7.30PM
Present: Cllr K. Dunderdale (Chairman), Cllrs M. Aspinall, J. Frow

27/001  APOLOGIES
        None.
27/002  FINANCE
        RESOLVED that payments numbered 112 to 121 be approved.
\fAgenda item 27/036

ASHBY FENWICK PARISH COUNCIL
ANNUAL REVIEW OF FINANCIAL RISK ASSESSMENT 2027/28

Ref   Risk                                      L   I   Score   Control in place
F1    Loss of cash through fraud                 1   4     4    Two signatories
F2    Precept not received                       1   5     5    Budget set in January

Recommendation: that the Council approves the risk assessment for 2027/28.
\fAgenda item 27/037

ASHBY FENWICK PARISH COUNCIL - 09/03/2027
CLERK'S REPORT: GRASS CUTTING CONTRACT 2027-2029

1. Recommendation
   That the Council accepts the quotation of Greensward Grounds Care for grass cutting.
"""


def test_item_stamp_numbered_by_year_and_running_number_starts_a_paper(tmp_path: Path) -> None:
    # "Agenda item 27/036" at a page's top (a form feed's) is the publisher's stamp as
    # "Agenda item 36" would be: each stamped page starts the item's own paper
    path = tmp_path / "pack.txt"
    path.write_text(PARISH_PACK)
    assert documents_of(path) == [
        ("pack", "2027-03-09", "Ashby Fenwick Parish Council"),
        ("agenda", "2027-03-09", "Ashby Fenwick Parish Council"),
        ("minutes", "2027-01-12", "Ashby Fenwick Parish Council"),
        ("risk_register", "2027-03-09", "Ashby Fenwick Parish Council"),
        ("report", "2027-03-09", "Ashby Fenwick Parish Council"),
    ]


# A partnership board's pack as text with no form feeds: a notice titled as one over the
# meeting's labels and its members, then "AGENDA" over a table whose last column names each
# item's paper; the minutes and each report under their paper's letter ("PAPER B").
BOARD_PACK = """NORTHMOOR GROWTH BOARD
(Northmoor Local Enterprise Partnership)
Accountable Body: Northmoor County Council

NOTICE OF MEETING

Meeting:   Northmoor Growth Board
Date:      Friday 14th May 2027
Time:      9.30am - 12.00pm
Venue:     The Innovation Centre, Kestrel Park

Board members: Victoria Ashdown (Chair, private sector); Ian Greaves (Vice-Chair,
private sector); Cllr Rosalind Beck (Northmoor County Council); Cllr Emeka Nwosu
(Harbridge City Council); Cllr Paul Tregarthen (East Northmoor District Council);
Professor Anne Lindqvist (University of Northmoor); Gemma Hollis (Northmoor College
Group); Sanjay Rao (Federation of Small Businesses)

AGENDA

 Item  Subject                                                      Lead       Paper
 ----  -----------------------------------------------------------  ---------  -----
  1.   Minutes of the meeting held on 12th March 2027               Chair      A
  2.   Growth Grant Programme: Round 6 awards                       CEO        B

PAPER A

NORTHMOOR GROWTH BOARD

MINUTES OF THE MEETING HELD ON FRIDAY 12TH MARCH 2027 AT THE INNOVATION CENTRE

Present:  Victoria Ashdown (Chair), Ian Greaves, Cllr Rosalind Beck

GB/27/09  APOLOGIES AND DECLARATIONS OF INTEREST
          Apologies were received from Cllr Paul Tregarthen.

GB/27/10  MINUTES OF THE PREVIOUS MEETING
          The minutes of the meeting held on 15th January 2027 were AGREED as a true
          record.

GB/27/11  DIGITAL SKILLS PARTNERSHIP
          Professor Lindqvist updated the Board on the partnership's bid to the Local
          Skills Improvement Fund. The Board NOTED the update.

GB/27/12  ANY OTHER BUSINESS
          None. The meeting closed at 11.40am.

PAPER B

NORTHMOOR GROWTH BOARD - 14th MAY 2027

GROWTH GRANT PROGRAMME: ROUND 6 AWARDS

Report of:  Harriet Oduya, Head of Programmes
Purpose:    Decision

1. RECOMMENDATION

1.1 That the Board approves grants totalling £1,372,500 to the eight businesses listed
    in Table 1.
"""


def _board_pack(tmp_path: Path) -> Path:
    path = tmp_path / "board.txt"
    path.write_text(BOARD_PACK)
    return path


def test_notice_of_meeting_over_the_agenda_and_paper_letter_stamps(tmp_path: Path) -> None:
    # "NOTICE OF MEETING" over the meeting's labels and members is the agenda's cover, not a
    # document of its own; "PAPER B" alone on its line over the meeting's masthead, the title
    # and "Report of:" stamps the report the agenda gives that paper's letter
    assert documents_of(_board_pack(tmp_path)) == [
        ("pack", "2027-05-14", "Northmoor Growth Board"),
        ("agenda", "2027-05-14", "Northmoor Growth Board"),
        ("minutes", "2027-03-12", "Northmoor Growth Board"),
        ("report", "2027-05-14", "Northmoor Growth Board"),
    ]


def test_paper_letter_stamp_is_no_title(tmp_path: Path) -> None:
    # "PAPER B" says which paper the report is, as "Agenda item 5" says which item: its title
    # is the line under the meeting's masthead
    result = process_file(str(_board_pack(tmp_path)))
    assert [d.title for d in result.documents if d.kind == "report"] == [
        "GROWTH GRANT PROGRAMME: ROUND 6 AWARDS"]


def test_body_verb_in_capitals_after_the_minutes_account_on_its_line(tmp_path: Path) -> None:
    # "... Skills Improvement Fund. The Board NOTED the update.": the body's verb in capitals
    # where a sentence starts, mid-line, marks the decision as at a line's start
    result = process_file(str(_board_pack(tmp_path)))
    assert [(d.source, d.decision_text, d.outcome) for d in decisions_in(result.records)] == [
        ("minutes", "The minutes of the meeting held on 15th January 2027 were AGREED as a true "
                    "record.", "agreed"),
        ("minutes", "The Board NOTED the update.", "noted"),
        ("report", "That the Board approves grants totalling £1,372,500 to the eight businesses "
                   "listed in Table 1.", "approved"),
    ]


# A combined authority mayor's decision, titled in large type by what it is and its number.
MAYORAL_DECISION = """%% header Northfleet Estuary Combined Authority
** MAYOR OF THE NORTHFLEET ESTUARY COMBINED AUTHORITY
## MAYORAL DECISION - MD27/021
!! Quayside Bus Station: Cleaning Contract
** Executive summary
This decision awards the cleaning contract for Quayside Bus Station.
** Decision
That the Mayor:
1. approves the award of the cleaning contract for Quayside Bus Station to Brightside \
Facilities Ltd.
Signature:	Tobias Fenwick-Hale
Date:	8 June 2027
"""


def test_mayoral_decision_titled_with_its_number_is_a_decision(tmp_path: Path) -> None:
    # "MAYORAL DECISION - MD27/021" in title type names a decision as "Portfolio Holder
    # Decision PHD 26/031" does: a mayor decides alone, as a portfolio holder does
    assert documents_of(rendered(MAYORAL_DECISION, tmp_path)) == [("decision", None, None)]


# A transport body's pack: each paper stamped at its page's top with its own reference and
# its item, on one line ("Paper TfN/B/27/11 - Agenda Item 5") or two.
STAMPED_AGENDA = """%% header Transport for the Northern Dales - Board - 16/06/2027
** TRANSPORT FOR THE NORTHERN DALES
** AGENDA
|# No. | Item | Presenter | Paper |
| 4 | Strategic Investment Programme: Gateway Review | Head of Programme | TfND/B/27/10 |
| 5 | Performance Dashboard Q4 2026/27 | Head of Performance | TfND/B/27/11 |
--- page ---
** Paper TfND/B/27/10
** Agenda Item 4
!! Strategic Investment Programme: Gateway Review
Board: 16 June 2027
Author: Marcus Elwood, Head of Programme
** 1. Recommendations
1.1 That the Board approves the progression of the Avonford Parkway Station scheme to Gateway 3.
--- page ---
** Paper TfND/B/27/11 - Agenda Item 5
!! Performance Dashboard Q4 2026/27
|% 8 40 12 12 12 16
|# Code | Measure | Target | Q3 | Q4 | RAG |
| PD01 | Rail punctuality, % | 90.0 | 86.2 | 87.9 | Amber |
| PD02 | Bus journeys in the region (million, quarter) | 21.5 | 20.8 | 22.3 | Green |
"""


def test_item_stamp_after_the_papers_own_reference_starts_the_next_paper(tmp_path: Path) -> None:
    # "Paper TfND/B/27/11 - Agenda Item 5" at the page's top stamps item 5's paper as "Agenda
    # Item 5" alone does: the dashboard is a document of its own, not item 4's report's pages
    assert pack_documents(STAMPED_AGENDA, tmp_path) == [
        ("agenda", "2027-06-16", "Board"),
        ("report", "2027-06-16", "Board"),
        ("performance_report", "2027-06-16", "Board"),
    ]

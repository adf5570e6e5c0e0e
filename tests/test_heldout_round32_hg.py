"""Held-out round 32, batch H (records in unusual places inside ordinary papers) and batch G's
decisions and agenda items: the misses fixed, each on a small paper written in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    contract_rows,
    decision_rows,
    decisions_in,
    minutes_of,
    numbers,
    pack_kinds,
    pdf_minutes,
    text_agenda_items,
)

# A Northern Irish district's minutes: a proposal moved and seconded, then its fall on the vote
# "being taken", then what the committee agreed instead.
NI_PROPOSAL_FELL = """BELLAGH AND STRANMORE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE LEISURE COMMITTEE HELD ON MONDAY 6 OCTOBER 2031 AT 7.00 PM

Present:    Councillor A Boyd (Chair), Councillors B Doherty, C Lynch

LC/041/31 Apologies
Apologies were received from Councillor Moore.
LC/042/31 Pitch Booking Charges
Proposed by Councillor Lynch, seconded by Councillor Doherty, that the charges be frozen for a year. On a vote being taken the proposal fell.
Agreed: That the pitch booking charges be increased by 3 per cent from 1 April 2032.
"""  # noqa: E501


def test_a_proposal_falling_on_a_vote_being_taken_is_refused(tmp_path: Path) -> None:
    rows = decision_rows(NI_PROPOSAL_FELL, tmp_path)
    assert ("On a vote being taken the proposal fell.", "rejected") in rows


# A unitary's minutes: a member's proposal, then "This was put to the vote and was not agreed."
MEMBER_PROPOSAL_NOT_AGREED = """WESTMOOR COUNCIL

MINUTES OF THE COMMUNITIES COMMITTEE HELD ON 12 JUNE 2031 AT 2.00 PM

Present:    Cllr A Pascoe (Chair), Cllr B Tonkin, Cllr C Nance

CC.30 Apologies
Apologies were received from Cllr Vingoe.
CC.31 Play Areas Programme
Cllr Tonkin proposed that the play area at Carn Road be refurbished first. This was put to the vote and was not agreed.
RESOLVED that the play areas programme for 2031/32 be approved as set out in Appendix 2.
"""  # noqa: E501


def test_a_members_proposal_put_to_the_vote_and_not_agreed_is_refused(tmp_path: Path) -> None:
    rows = decision_rows(MEMBER_PROPOSAL_NOT_AGREED, tmp_path)
    assert ("Cllr Tonkin proposed that the play area at Carn Road be refurbished first. This was "
            "put to the vote and was not agreed.", "rejected") in rows


# A scrutiny pack whose minutes are headed by the word and their meeting alone under the
# masthead repeated on every page, with no "Present:" list: their coded minute numbers running
# up under the heading say what they are.
SCRUTINY_PACK_CODED_MINUTES = """## Ashgrove Metropolitan Borough Council
** Communities Scrutiny Panel
Date:	Tuesday, 7 March 2033
Time:	6.00 pm
** AGENDA
1. Apologies
2. Minutes of the last meeting
3. Libraries Review
--- page ---
## Ashgrove Metropolitan Borough Council
** Communities Scrutiny Panel
** MINUTES of the meeting held on 13 December 2032
CSP 14 Apologies
Apologies were received from Councillor Hurst.
CSP 15 Minutes
Resolved - That the minutes of the meeting held on 4 October 2032 be approved.
CSP 16 Allotments
Resolved - That the allotments update be noted.
--- page ---
## Ashgrove Metropolitan Borough Council
** Communities Scrutiny Panel 7 March 2033 - Item 3
** Libraries Review
Report of the Director of Communities
** 1. Recommendation
1.1 That the Panel comments on the options for the libraries review.
"""


def test_minutes_headed_by_the_meeting_alone_over_coded_numbers_start_a_document(
        tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(SCRUTINY_PACK_CODED_MINUTES, tmp_path)]
    assert kinds[:2] == ["agenda", "minutes"]


# A fire authority's minutes: a matters-arising table ("Minute | Subject | Update", each row an
# earlier minute's number) inside one minute, the next minutes' headings after it.
MINUTES_MATTERS_ARISING_TABLE = """^^ MINUTES
** Resources Committee
** Minutes of the meeting held on 6 December 2032 at Service Headquarters, Kelbrook
Present: Councillors A Ince (Chair), B Jowett, C Kaye
RC/31 Apologies for absence
Apologies were received from Councillor Lumb.
RC/32 Minutes
RESOLVED that the minutes of the meeting held on 27 September 2032 be signed as a correct record.
RC/33 Matters arising
The Clerk reported progress on matters arising from the last meeting:
| Minute | Subject | Update |
| RC/21 | Breathing apparatus | Delivered in November 2032 |
| RC/24 | Pension cases | 120 of 180 settled |
There were no other matters arising.
RC/34 Capital Programme Monitoring
RESOLVED that the revised capital programme of £6.2m be approved.
RC/35 Estates Strategy
RESOLVED that consideration of the Estates Strategy be deferred to the meeting on 7 March 2033.
"""


def test_a_matters_arising_table_inside_a_minute_is_no_table_of_minutes(tmp_path: Path) -> None:
    records = pdf_minutes(MINUTES_MATTERS_ARISING_TABLE, tmp_path)
    assert [number for number, _ in numbers(records)] == [
        "RC/31", "RC/32", "RC/33", "RC/34", "RC/35"]
    assert ("RESOLVED that consideration of the Estates Strategy be deferred to the meeting on 7 "
            "March 2033.") in [d.decision_text for d in decisions_in(records)]


# A strategy's report whose table is headed as a KPI table, its targets not yet set: nothing is
# measured in it, so it is no performance report.
STRATEGY_TARGETS_UNSET = SCRUTINY_PACK_CODED_MINUTES + """--- page ---
## Ashgrove Metropolitan Borough Council
** Communities Scrutiny Panel 7 March 2033 - Item 4
** Clean Parks Strategy 2033-2036
Report of the Head of Parks
** 1. Recommendation
1.1 That the Panel comments on the draft Clean Parks Strategy before it is considered by Cabinet on 16 March 2033.
** 2. Strategy targets
2.1 The strategy sets the following ambitions, which will be given values once baselines are set in 2033/34:
| Ambition | Measure | Target |
| Cleaner parks | Parks graded A or B for litter | To be set |
| Less dog fouling | Dog fouling reports | Reduce year on year |
| Faster response | Reports dealt with within 2 working days | To be set |
"""  # noqa: E501


def test_a_table_of_unset_targets_makes_no_performance_report(tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(STRATEGY_TARGETS_UNSET, tmp_path)]
    assert kinds == ["agenda", "minutes", "report", "report"]


# A district's minutes pointing to their decisions ("(Decision 2)"), gathered in a numbered
# "Decisions" list after the last minute, a lost one marked "- LOST".
MINUTES_DECISIONS_LIST = """Ravensholt District Council

Licensing Committee

Minutes of the meeting held on Monday, 14 November 2032 at 7.00 pm

Present: Councillor P. Aske (Chair), Councillors B. Cundall and D. Fearby

LC.11 Apologies for absence

Apologies were received from Councillor Gill.

LC.12 Minutes

The minutes of the meeting held on 12 September 2032 were agreed. (Decision 1)

LC.13 Street Trading Policy

Members debated extending consent streets to the market square. (Decisions 2 and 3)

Decisions

1. That the minutes of the meeting held on 12 September 2032 be approved
   as a correct record.

2. That the Street Trading Policy 2033 be adopted as set out in Appendix A.

3. That the market square be designated a consent street - LOST.

The meeting ended at 8.02 pm.
"""


def test_decisions_gathered_in_a_numbered_list_are_the_minutes_they_are_pointed_from(
        tmp_path: Path) -> None:
    records = minutes_of(MINUTES_DECISIONS_LIST, tmp_path)
    rows = [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)]
    assert rows == [
        ("LC.12", "That the minutes of the meeting held on 12 September 2032 be approved as a "
                  "correct record.", "approved"),
        ("LC.13", "That the Street Trading Policy 2033 be adopted as set out in Appendix A.",
         "other"),
        ("LC.13", "That the market square be designated a consent street - LOST.", "rejected"),
    ]


# A committee's web minutes: "See decision D2 in the annex", then an annex table "Ref | Minute |
# Decision | Outcome" whose rows name the minute, its outcome cell last ("Not agreed").
MINUTES_DECISIONS_ANNEX_TABLE = """Fellbridge Council

Housing Committee: minutes of the meeting on 18 January 2033

Present: Councillors A Hoyle (Chair), B Kitching and C Lumb.

HC/61 Apologies for absence

Apologies were received from Councillor Marsden.

HC/62 Garage sites

Members considered the garage sites report. See decisions D1 and D2 in the annex.

HC/63 Tenancy policy

Members asked that tenants be consulted again. See decision D3 in the annex.

Annex: schedule of decisions

Ref Minute Decision Outcome
D1 HC/62 That the garage site at Mill Row be let to the housing association. Agreed
D2 HC/62 That the garage site at Tollgate be declared surplus and sold. Not agreed
D3 HC/63 That the decision on the tenancy policy be deferred to the meeting on 15 March 2033. Deferred

The meeting ended at 7.55 pm.
"""  # noqa: E501


def test_an_annex_table_of_decisions_gives_each_minute_its_rows(tmp_path: Path) -> None:
    records = minutes_of(MINUTES_DECISIONS_ANNEX_TABLE, tmp_path)
    rows = [(d.minute_number, d.outcome) for d in decisions_in(records)]
    assert rows == [("HC/62", "agreed"), ("HC/62", "rejected"), ("HC/63", "deferred")]


# A cabinet's PDF minutes: "The decision is recorded in the Schedule of Decisions", then a ruled
# "Minute | Decision | Reason" table whose wrapped cells the text layer runs together.
MINUTES_SCHEDULE_TABLE = """## Ambridge District Council
** Minutes of the Cabinet
Held on Thursday, 10 November 2032 at 6.30 pm in the Council Chamber
Present: Councillor T. Brannock (Leader, in the Chair); Councillors R. Esterhuizen and M. Okafor.
CAB.51 APOLOGIES FOR ABSENCE
Apologies were received from Councillor H. Dunmore.
CAB.52 MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on 15 September 2032 were considered. The decision is recorded in the Schedule of Decisions.
CAB.53 LEISURE CENTRE ENERGY RETROFIT
Members asked about the payback period. The decision is recorded in the Schedule of Decisions.
--- page ---
** Schedule of Decisions
|% 10 60 30
| Minute | Decision | Reason |
| CAB.52 | RESOLVED that the minutes of the meeting held on 15 September 2032 be approved as a correct record. | Accuracy of the record |
| CAB.53 | RESOLVED that the installation of air source heat pumps and solar panels at Ambridge Leisure Centre be approved within the capital budget of £1.46m. | To reduce carbon emissions and energy costs |
The meeting closed at 7.42 pm.
"""  # noqa: E501


def test_a_ruled_schedule_of_decisions_is_read_by_its_cells(tmp_path: Path) -> None:
    records = pdf_minutes(MINUTES_SCHEDULE_TABLE, tmp_path)
    rows = [(d.minute_number, d.decision_text) for d in decisions_in(records)]
    assert rows == [
        ("CAB.52", "RESOLVED that the minutes of the meeting held on 15 September 2032 be "
                   "approved as a correct record."),
        ("CAB.53", "RESOLVED that the installation of air source heat pumps and solar panels at "
                   "Ambridge Leisure Centre be approved within the capital budget of £1.46m."),
    ]


# A joint authority's exempt report's public summary: the award asked for names no firm ("as
# set out in the Procurement implications section"), the winner named there, the losing
# bidders after it.
PUBLIC_SUMMARY_WINNER_IN_PROCUREMENT = """Dunholme Joint Waste Authority

Executive Committee - 9 February 2033

Report title: Household Waste Recycling Centres Operation 2033-2040: Public Summary

Recommendation

That the Executive Committee approves the award of the contract for the operation of the
household waste recycling centres for seven years from 1 July 2033, as set out in the
Procurement implications section of this summary.

Procurement implications

Three bids were received and evaluated on 60% quality and 40% price. The highest scoring
bidder was Wolds Resource Services Ltd, whose bid has a total value of £9,450,000 over seven
years. The other bidders were Ashby Waste Ltd and Carrick Environmental plc.
"""


def test_an_unnamed_award_is_the_winner_the_procurement_section_names(tmp_path: Path) -> None:
    assert contract_rows(PUBLIC_SUMMARY_WINNER_IN_PROCUREMENT, tmp_path) == [
        ("Wolds Resource Services Ltd", 9450000.0)]


# A ModernGov text pack's agenda: an exempt item's page range printed on after its title's last
# word, and under it, indented, a note that the paper is an exempt report's public summary.
TEXT_AGENDA_PUBLIC_SUMMARY_NOTE = """Ravensholt District Council

Licensing Committee

Monday, 6 March 2033 at 7.00 pm

Agenda

1.   Apologies for absence

2.   Minutes of the meeting held on 14 November 2032 (Pages 3 - 6)

3.   Exclusion of the press and public

4.   Highways Depot Land at Mill Lane: Disposal of Surplus Land (Pages 7 - 8)
     Public summary of an exempt report (Paragraph 3 of Schedule 12A)

Page 1
"""


def test_a_note_under_a_text_agenda_title_closed_by_its_pages_is_no_title(tmp_path: Path) -> None:
    assert text_agenda_items(TEXT_AGENDA_PUBLIC_SUMMARY_NOTE, tmp_path)[-1] == (
        "4", "Highways Depot Land at Mill Lane: Disposal of Surplus Land")

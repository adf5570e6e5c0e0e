"""Regression tests for held-out round 19's misses in decisions (batches A and B): a motion lost
after a lost amendment (the amendment no decision), a result with an adverb ("The motion was
therefore LOST"), a committee's proposal lost on a vote; a planning committee's "Members
resolved to refuse ... contrary to the officer recommendation"; a hearing's "determined that
the complaint be not upheld" after a clause; a board's "declined the request"; a minute's one
sentence "The work programme was agreed."; a Leader's record of decisions numbered "27/86"; a
report's front-sheet table whose label cell is "Recommendation(s):" under a title row; a
"Decision required:" field beside the report's recommendation. Each on a small paper written
here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, rendered
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decided(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


# ------------------------------------------------------------ motions and proposals lost

MOTIONS_LOST = """COUNTY COUNCIL

Minutes of the meeting of the County Council held on 9th December 2027

Present: Councillors A Lomas (Chairman), B Quayle and C Holloway

12. NOTICE OF MOTION - SOLAR FARMS
It was moved by Councillor Quayle that this Council opposes solar farms on farmland.
Councillor Lomas moved an amendment. On being put to the vote the amendment was LOST.
On being put to the vote the motion was LOST.

13. NOTICE OF MOTION - GREEN BELT
Moved by Councillor Holloway that this Council calls for the Moorside site to be withdrawn.
A recorded vote was taken: For 6, Against 15, Abstain 1.
The motion was therefore LOST.

14. CLOSE
The meeting ended at 9.12 pm.
"""


def test_lost_amendment_read_as_decision_beside_lost_motion(tmp_path: Path) -> None:
    # an amendment lost leaves the motion to be decided: no decision of its own (it was read
    # as one beside the motion's defeat); and the motion's result with an adverb before it
    # ("was therefore LOST") is the motion's defeat all the same (read as nothing)
    assert _decided(MOTIONS_LOST, tmp_path) == [
        ("On being put to the vote the motion was LOST.", "rejected"),
        # (the motion moved, a vote between: the record keeps what was refused)
        ("Moved by Councillor Holloway that this Council calls for the Moorside site to be "
         "withdrawn. A recorded vote was taken: For 6, Against 15, Abstain 1. The motion was "
         "therefore LOST.", "rejected"),
    ]


PROPOSAL_LOST = """REGIONAL FLOOD AND COASTAL COMMITTEE

Minutes of the meeting held on 14th October 2027

Present: Cllr A Lund (Chair), Cllr B Oates, Cllr C Reed

RFCC/27/24 Lowther Beck scheme: additional Local Levy
It was proposed by Cllr Lund and seconded by Cllr Oates that £350,000 be allocated.
On being put to a recorded vote (For 4, Against 5, Abstentions 0) the proposal was LOST.
"""


def test_committee_proposal_lost_read_as_proposal_carried(tmp_path: Path) -> None:
    # a proposal put to the vote and lost is the minute's decision, as a motion's is (the
    # proposal's own sentence was read as the decision, its outcome unknown)
    assert _decided(PROPOSAL_LOST, tmp_path) == [
        ("It was proposed by Cllr Lund and seconded by Cllr Oates that £350,000 be allocated. "
         "On being put to a recorded vote (For 4, Against 5, Abstentions 0) the proposal was "
         "LOST.", "rejected"),
    ]


# --------------------------------------------- members resolving, a hearing determining

PLANNING_CONTRARY = """NATIONAL PARK AUTHORITY

Minutes of the meeting of the Planning Committee held on 9th September 2027

Present: Cllr A Dunstone (Chair), Cllr B Bray, Dr C Opie

36/27 Minutes
RESOLVED: That the minutes of the meeting held on 12 August 2027 be approved as a correct record.
37/27 NP/27/0158/FUL - Livestock building, Hollins Farm
Officer recommendation: Approve, subject to conditions.
Members were concerned that the building would be seen from the open moor.
Members resolved to refuse planning permission contrary to the officer recommendation.
38/27 NP/27/0190/FUL - Barn conversion, Great Torr
Officer recommendation: Refuse.
Members resolved to grant planning permission contrary to the officer recommendation.
"""


def test_members_resolved_contrary_to_officer_recommendation_read(tmp_path: Path) -> None:
    # "Members resolved to ..." is the committee's resolution as "The Committee resolved to"
    # is (read as nothing: formal minutes, no RESOLVED under the item)
    assert _decided(PLANNING_CONTRARY, tmp_path) == [
        ("RESOLVED: That the minutes of the meeting held on 12 August 2027 be approved as a "
         "correct record.", "approved"),
        ("Members resolved to refuse planning permission contrary to the officer "
         "recommendation.", "rejected"),
        ("Members resolved to grant planning permission contrary to the officer "
         "recommendation.", "approved"),
    ]


HEARING = """DISTRICT COUNCIL

Minutes of the meeting of the Hearing Sub-Committee held on 3rd November 2027

Present: Councillors A Farquharson (Chair), B Lyle and C Moss

STD/27/16 COMPLAINT AGAINST COUNCILLOR DRAYCOTT
RESOLVED - That the complaint be upheld.
STD/27/17 COMPLAINT AGAINST COUNCILLOR OYELARAN
The Investigating Officer found that she had no interest that required declaration.
Having taken account of the views, the Sub-Committee determined that the complaint be not upheld.
"""


def test_hearing_determined_complaint_not_upheld_read(tmp_path: Path) -> None:
    # a hearing "determines" a complaint as a council resolves, after a clause of what it
    # weighed (read as nothing: formal minutes)
    assert [text for text, _ in _decided(HEARING, tmp_path)] == [
        "RESOLVED - That the complaint be upheld.",
        "Having taken account of the views, the Sub-Committee determined that the complaint "
        "be not upheld.",
    ]


# ------------------------------------------ a board declining, a subject agreed in a sentence

BOARD = """HARBOUR AUTHORITY

Minutes of the meeting of the Harbour Board held on 8th December 2026

Present: E. Lindqvist (Chair), R. Baptiste, H. Mayhew

HB/26/43 Harbour dues 2027
The Board approved an increase of 4.5% in harbour dues from 1 January 2027.
HB/26/44 Ice plant charges
The Board declined the request from the Fishermen's Co-operative to defer the increase.
HB/26/45 Work programme
The work programme was agreed.
"""


def test_board_declined_request_and_subject_agreed_read(tmp_path: Path) -> None:
    # the body's own verb of refusal ("declined the request") is its decision as "approved"
    # is, and a minute's sentence that its subject "was agreed" is one too (both read as
    # nothing)
    assert _decided(BOARD, tmp_path) == [
        ("The Board approved an increase of 4.5% in harbour dues from 1 January 2027.",
         "approved"),
        ("The Board declined the request from the Fishermen's Co-operative to defer the "
         "increase.", "rejected"),
        ("The work programme was agreed.", "agreed"),
    ]


# ---------------------------------------------------- papers of decisions and reports (PDF)

def _paper_decisions(source: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(d.source, d.decision_text, d.outcome) for d in records if isinstance(d, Decision)]


LEADERS_RECORD = """%% footer Harbourne Council  |  {page}
** HARBOURNE COUNCIL
## RECORD OF DECISIONS
** Leader's record of decisions taken at the meeting of the Cabinet held on 12th October 2027
Decision maker:	Cabinet
These decisions may be called in by any five non-executive Members by 19th October 2027.
** 27/86 Local Development Scheme 2027-2030
Decision: That the Local Development Scheme 2027-2030 be approved.
Reason: To meet the requirement of section 15 of the Planning and Compulsory Purchase Act 2004.
** 27/87 Discretionary Housing Payments Policy
Decision: That consideration of the revised policy be deferred to the December meeting.
** 27/88 Closure of Eastcliff Public Conveniences
Decision: That the Eastcliff public conveniences be closed from 1st January 2028.
Reason: The building needs £212,000 of repairs.
Signed: Esther Malley, Leader of the Council	Date: 13th October 2027
"""


def test_record_of_decisions_numbered_year_and_count_read_each(tmp_path: Path) -> None:
    # each decision headed by its number in the record's one sequence ("27/86") is a decision
    # of its own (read as the first alone, the headings not known as items')
    assert _paper_decisions(LEADERS_RECORD, tmp_path) == [
        ("decision_notice", "That the Local Development Scheme 2027-2030 be approved.",
         "approved"),
        ("decision_notice", "That consideration of the revised policy be deferred to the "
         "December meeting.", "deferred"),
        ("decision_notice", "That the Eastcliff public conveniences be closed from 1st January "
         "2028.", "other"),
    ]


FRONT_SHEET = """%% footer Harbourne Council - Cabinet - 9th November 2027  |  {page}
|# Report to Cabinet | |
| Meeting date | 9th November 2027 |
| Title | Housing repairs and voids contract award |
| Portfolio holder | Councillor Callum Threlfall, Housing |
| Key decision | Yes - expenditure over £500,000 |
| Recommendation(s): | (a) That the housing repairs and voids contract be awarded to Corrib Property Services Ltd for five years from 1st April 2028, with an option to extend for up to two further years, at an estimated value of £23,400,000 over the initial term. (b) That the Director of Housing be authorised to enter into the contract. |
** 1. Background
1.1 The current contract with Penhallow Maintenance Ltd ends on 31st March 2028.
** 2. Procurement
2.1 The contract was advertised under the open procedure. Four tenders were received.
Contact: Owain Trescothick, Director of Housing
"""  # noqa: E501


def test_front_sheet_recommendations_label_cell_under_title_row_read(tmp_path: Path) -> None:
    # a front sheet's box of labels under a title row across it, its "Recommendation(s):"
    # cell set beside the middle of its wrapped value: the value read whole by the table's
    # rows (its lines after the label's were read as the recommendation, its first lost)
    assert _paper_decisions(FRONT_SHEET, tmp_path) == [
        ("report", "(a) That the housing repairs and voids contract be awarded to Corrib "
         "Property Services Ltd for five years from 1st April 2028, with an option to extend "
         "for up to two further years, at an estimated value of £23,400,000 "
         "over the initial term. (b) That the Director of Housing be authorised to enter into "
         "the contract.", "approved"),
    ]


DECISION_REQUIRED = """%% footer Regional Flood and Coastal Committee  |  {page}
!! Agenda item 4
** Report to the Regional Flood and Coastal Committee, 14th October 2027
** LOCAL LEVY 2028/29
Paper by:	RFCC Secretary
Decision required:	Vote by lead local flood authority members
** Recommendation
That the Committee agrees a 2.0% increase in Local Levy for 2028/29.
** 1. Consultation responses
1.1 Seven of the nine lead local flood authorities supported a 2% increase.
"""


def test_decision_required_field_beside_recommendation_not_a_decision(tmp_path: Path) -> None:
    # "Decision required: Vote by ..." on its one line says how the decision is taken, where
    # the report words its recommendation under a heading (read as a decision of its own)
    assert _paper_decisions(DECISION_REQUIRED, tmp_path) == [
        ("report", "That the Committee agrees a 2.0% increase in Local Levy for 2028/29.",
         "agreed"),
    ]

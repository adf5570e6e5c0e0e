"""Regression tests for held-out round 21's misses in decisions: a joint board's and a
tenants' panel's advice minuted in the present tense ("The Board recommends to the Cabinet
Member ... that ..."), an item deferred "to its next meeting", a motion "declared lost" or
lost "on being put to the vote", a proposal "was not approved", "After debate, the Cabinet
agreed option B", "Board members NOTED", Scottish minutes continuing an item "to the meeting
on 9 March 2027", a proposal "be not taken forward", a decision sheet's ruled tables of
labels ("Item No. | 5", "Decision Made: | That ...") and a record of decisions printed as one
table with a "Decision" column. Each on a small paper written here in the layout that showed
it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, rendered
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _decided(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


def _notices(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision) and d.source == "decision_notice"]


# ------------------------------------------------------------ minutes

JOINT_BOARD = """ASHWOLD JOINT TRANSPORTATION BOARD

Minutes of the meeting of the Ashwold Joint Transportation Board held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

JTB/27/05 Mill Street Waiting Restrictions
The Traffic Engineer reported two objections to the advertised order.
The Board recommends to the Cabinet Member for Highways and Transport that the Mill Street (Prohibition of Waiting) Order 2027 be made as advertised.

JTB/27/06 Speed Limit, Orchard Lane
The Board recommends to the Cabinet Member for Highways and Transport that the order for a 30mph speed limit on Orchard Lane be not made.
"""  # noqa: E501

TENANT_PANEL = """TENANT AND LEASEHOLDER PANEL

Notes of the meeting held on 17th February 2027

Present: Mrs A Lyle (Chair), Mr B Okoro, Ms C Dunn

Item 3: Rent Setting 2027/28
The Housing Finance Manager explained the proposed rent increase.
The Panel recommends that the Housing Committee supports the rent increase of 4.8% for 2027/28.
"""


def test_board_recommending_in_the_present_tense_missed(tmp_path: Path) -> None:
    # a joint board's (or a tenants' panel's) advice minuted in the present tense, "The Board
    # recommends to the Cabinet Member ... that ...", is its decision as "recommended" is
    # (read as no decision at all)
    assert _decided(JOINT_BOARD, tmp_path) == [
        ("The Board recommends to the Cabinet Member for Highways and Transport that the Mill "
         "Street (Prohibition of Waiting) Order 2027 be made as advertised.", "other"),
        # (an order "be not made" is refused, as "be not accepted" is: round 24)
        ("The Board recommends to the Cabinet Member for Highways and Transport that the order "
         "for a 30mph speed limit on Orchard Lane be not made.", "rejected"),
    ]
    assert _decided(TENANT_PANEL, tmp_path) == [
        ("The Panel recommends that the Housing Committee supports the rent increase of 4.8% "
         "for 2027/28.", "other"),
    ]


NI_MINUTES = """SLIEVEBAWN DISTRICT COUNCIL

Minutes of the meeting of the Policy and Resources Committee held on 9th February 2027

Present: Alderman A Boyd (Chair), Councillors B Doherty, C Kearney

6. Community Grants Programme
The Committee agreed to approve the 42 community grants listed in the report.

7. Planning Committee Protocol
The Committee agreed to defer consideration of the revised protocol to its next meeting to allow the party groups to comment.

8. Notice of Motion: Free Period Products
Motion
The following motion was proposed by Councillor Doherty and seconded by Councillor Kearney: "That this Council extends free period products to all of its leisure centres."
Vote
On a vote being taken, there voted 4 in favour and 6 against. The motion was declared lost.
"""  # noqa: E501


def test_item_deferred_to_the_next_meeting_read_as_a_meeting_date(tmp_path: Path) -> None:
    # "agreed to defer consideration ... to its next meeting" puts the item off: a decision,
    # not the date of the next meeting (dropped for its "next meeting"); and the chair's
    # "The motion was declared lost", in lower case, is the motion's defeat, read with the
    # motion proposed before it in quotation marks (held-out round 37: its words are what was
    # refused; the minute's side labels "Motion" and "Vote", lines of their own, are no words
    # of it: review of round 37)
    assert _decided(NI_MINUTES, tmp_path) == [
        ("The Committee agreed to approve the 42 community grants listed in the report.",
         "approved"),
        ("The Committee agreed to defer consideration of the revised protocol to its next "
         "meeting to allow the party groups to comment.", "deferred"),
        ("The following motion was proposed by Councillor Doherty and seconded by Councillor "
         "Kearney: \"That this Council extends free period products to all of its leisure "
         "centres.\" On a vote being taken, there voted 4 in favour and 6 against. The motion "
         "was declared lost.", "rejected"),
    ]


TRUST_MINUTES = """CASTLEMERE MUSEUMS TRUST

Minutes of the meeting of the Board of Trustees held on 21st April 2027

Present: Mrs A Rowe (Chair), Mr B Hale, Ms C Petit

Minute 19 Proposal to open on Mondays in winter
The proposal to open the Art Gallery on Mondays from November to February was not approved, the additional staff cost of £21,000 not being affordable.

Minute 20 Heritage Attractions
Councillor Iqbal moved, and Councillor Deane seconded, that the Board call for the subsidy to be ended. On being put to the vote the motion was lost (2 for, 3 against).
"""  # noqa: E501


def test_proposal_not_approved_and_motion_lost_on_the_vote_missed(tmp_path: Path) -> None:
    # a proposal put to the board, the sentence's subject, "was not approved"; a motion lost
    # "on being put to the vote", in lower case: each a decision refused (read as none)
    assert _decided(TRUST_MINUTES, tmp_path) == [
        ("The proposal to open the Art Gallery on Mondays from November to February was not "
         "approved, the additional staff cost of £21,000 not being affordable.", "rejected"),
        # (since round 33 the record starts at the motion it refuses, moved and seconded just
        # before: extract/minutes/moved_before_lost)
        ("Councillor Iqbal moved, and Councillor Deane seconded, that the Board call for the "
         "subsidy to be ended. On being put to the vote the motion was lost (2 for, 3 against).",
         "rejected"),
    ]


CABINET_MINUTES = """WESTSHIRE COUNTY COUNCIL

Minutes of the meeting of the Cabinet held on 16th February 2027

Present: Councillors A Marchetti (Chair), B Lowe, C Stroud

CAB/27/12 Library Service Redesign
Councillor Marchetti introduced the report on the outcome of the consultation.
After debate, the Cabinet agreed option B, with the amendment that the support grant be paid for five years rather than three.

CAB/27/13 Speed Limit, Orchard Lane
Following debate, the Cabinet agreed with the officers that the limit would not be self-enforcing.

CAB/27/14 Housing Company Board
The Director reported on the six higher-risk buildings.
Board members NOTED the position on the six higher-risk buildings.
"""  # noqa: E501


def test_body_agreeing_after_debate_and_members_noting_missed(tmp_path: Path) -> None:
    # "After debate, the Cabinet agreed option B": the body agreeing after a clause of what it
    # weighed, as it resolves after one; "Board members NOTED": its members deciding, the
    # verb in capitals (both read as no decision); agreeing "with" the officers' view is
    # discussion, no decision
    assert _decided(CABINET_MINUTES, tmp_path) == [
        ("After debate, the Cabinet agreed option B, with the amendment that the support grant "
         "be paid for five years rather than three.", "agreed"),
        ("Board members NOTED the position on the six higher-risk buildings.", "noted"),
    ]


# ------------------------------------------------------------ outcomes


def test_item_continued_to_a_dated_meeting_read_as_agreed() -> None:
    # a Scottish committee "continues" an item to the meeting a date names, as to its next
    # meeting: a deferral (read as the "agreed" that heads it)
    assert classify_outcome(
        "The Committee agreed that consideration of the revised policy be continued to the "
        "meeting on 9 March 2027 to allow the views of the BID to be obtained.") == "deferred"
    # (a scheme continued is kept going; a room is no meeting named by its date)
    assert classify_outcome("The Committee agreed that the scheme be continued to the meeting "
                            "room's refurbishment.") == "agreed"


def test_proposal_not_taken_forward_read_as_other() -> None:
    # a proposal "be not taken forward" is dropped: refused, as "be not pursued" is
    assert classify_outcome("RESOLVED: That the proposal to introduce Sunday charges in the "
                            "town centre car parks be not taken forward.") == "rejected"


# ------------------------------------------------------------ decision notices

DECISION_SHEET = """%% header Harrowdale County Council - Cabinet
** CABINET - DECISION SHEET
Meeting: Cabinet
Date: 9 February 2027
The decisions below were taken at the meeting. Unless called in, they may be implemented from the date shown as effective.
** Issue details: Fees and Charges 2027/28
|% 30 70
| Item No. | 5 |
| Decision Maker: | Cabinet |
| Key Decision: | No |
| Decision Made: | That the fees and charges for 2027/28 set out in Appendix A to the report be approved, with the exception of the residents' parking permit charges, which are to be held at 2026/27 levels. |
| Reason for decision: | To set charges which recover the cost of discretionary services while protecting residents from a further rise in parking costs. |
| Date decision effective: | 19/02/2027 |
** Issue details: Winter Service - Supply of De-icing Salt
|% 30 70
| Item No. | 6 |
| Decision Maker: | Cabinet |
| Key Decision: | Yes |
| Decision Made: | That the contract for the supply and delivery of de-icing rock salt be awarded to Saltmarsh Minerals Ltd for three years from 1 July 2027 at a total cost of £1,245,000. |
| Reason for decision: | Saltmarsh Minerals Ltd submitted the most economically advantageous tender of the five received through the framework. |
| Date decision effective: | 19/02/2027 |
"""  # noqa: E501


def test_decision_sheet_label_tables_read_interleaved(tmp_path: Path) -> None:
    # each issue a ruled table of labels and values, the label cell centred beside its wrapped
    # value: read by the tables' rows, one decision an issue ("Decision Made:" its label)
    # (the value's first line was left out, read before its label; the second issue missed)
    assert _notices(DECISION_SHEET, tmp_path) == [
        ("That the fees and charges for 2027/28 set out in Appendix A to the report be approved,"
         " with the exception of the residents' parking permit charges, which are to be held at"
         " 2026/27 levels.", "approved"),
        ("That the contract for the supply and delivery of de-icing rock salt be awarded to "
         "Saltmarsh Minerals Ltd for three years from 1 July 2027 at a total cost of "
         "£1,245,000.", "other"),
    ]


GRANTS_RECORD = """%% header Kellbridge City Council
** HERITAGE GRANTS PANEL - RECORD OF DECISIONS
Meeting: Monday 8th March 2027, Mayor's Parlour, Guildhall
The Panel considered 3 applications to Round 1 of the Heritage Grants scheme. The Panel's decisions are set out below.
| Ref | Applicant | Project | Requested | Decision |
| HG/27/01 | St Wystan's Church | Conservation of the east window | £9,500 | Approved: a grant of £9,500 is awarded towards the conservation of the east window |
| HG/27/02 | Fenton Mill Trust | Repair of the waterwheel | £15,000 | Deferred until the Trust has confirmed its match funding |
| HG/27/03 | Orbit Arts Collective | Pop-up gallery | £6,200 | Declined: the project does not meet criterion 3 |
"""  # noqa: E501


def test_record_of_decisions_table_missed(tmp_path: Path) -> None:
    # a record of decisions that names itself so ("RECORD OF DECISIONS") but prints its
    # decisions in one table, a "Decision" column, no "Decision:" label: a decision a row
    # (read as none: the record's label reader found nothing and the table was not read)
    assert _notices(GRANTS_RECORD, tmp_path) == [
        ("Approved: a grant of £9,500 is awarded towards the conservation of the east window",
         "approved"),
        ("Deferred until the Trust has confirmed its match funding", "deferred"),
        ("Declined: the project does not meet criterion 3", "rejected"),
    ]

"""Regression tests for held-out round 36's misses of family K2 (minutes whose decisions are
written in prose): a proposal or a report's recommendation carried on a vote told in the
sentence after it; formal minutes (others marked RESOLVED) whose minute closes on the body's
own agreement; and an agenda item's "- Exempt, not for publication" after its page range.
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pdf_agenda_items, source_lines

# ------------------------------------------------ a proposal carried on a vote, in prose

PROSE_VOTES = """THRELKELD DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE ENVIRONMENT PANEL HELD ON MONDAY, 8 MARCH 2027 AT 6.30 PM

PRESENT:    Councillor A Rudd (Chair), Councillors B Kaur, C Lowther and D Mensah

14.   STREET LIGHTING

The Lighting Engineer introduced the report. Councillor Kaur asked about the cost of the
conversion; the Engineer said it would be met from the capital programme.
The report recommended that all remaining sodium lanterns be converted to LED by March 2029.
The recommendation, on being put to the vote, was carried.

15.   ALLOTMENT RENTS

Councillor Lowther proposed that allotment rents be frozen for 2027/28. After a vote, the
proposal was carried.

16.   VERGE CUTTING

The Officer explained that the County Council had proposed that verges be cut twice a year.
On a vote, the proposal was carried by the County Council in January.
The Panel noted the report.

17.   CAR PARK CHARGES

The Officer reported that the amendment was put to the vote and carried at the last meeting.
"""


def test_a_proposal_carried_on_a_vote_is_the_decision(tmp_path: Path) -> None:
    """Before, neither minute had a decision: no resolution's mark, no "seconded". What was
    proposed (a member's proposal or the report's recommendation) is the decision, carried on
    the vote told in the sentence after; a proposal told as another body's ("had proposed"),
    and an amendment carried, are none."""
    assert decision_rows(PROSE_VOTES, tmp_path) == [
        ("The report recommended that all remaining sodium lanterns be converted to LED by "
         "March 2029. The recommendation, on being put to the vote, was carried.", "approved"),
        ("Councillor Lowther proposed that allotment rents be frozen for 2027/28. After a vote, "
         "the proposal was carried.", "approved"),
        ("The Panel noted the report.", "noted"),
    ]


# ------------------------------------------------ formal minutes closing on an agreement

FORMAL_CLOSING_AGREEMENTS = """ASHBECK COUNTY COUNCIL

MINUTES OF THE MEETING OF THE SCHOOLS FORUM HELD ON THURSDAY, 11 FEBRUARY 2027 AT 2.00 PM

PRESENT:    Mrs E Garside (Chair), Mr F Hollins, Ms G Ibbotson

SF/21   MINUTES

It was agreed to approve the minutes of the meeting held on 12 November 2026 as a true record.

SF/22   HIGH NEEDS BLOCK

RESOLVED - That the high needs block budget for 2027/28 be approved.

SF/23   FALLING ROLLS FUND

Mr Hollins proposed that the fund be reopened. The Finance Lead said the Department had not yet
confirmed the grant. Members agreed that the matter be deferred until the grant was confirmed.

SF/24   EARLY YEARS FUNDING

The Finance Lead said the Cabinet had agreed last month that the base rate would rise. It was
agreed that she circulate the rates. The Lead then explained the timetable for consultation.

SF/25   TRADE UNION FACILITIES

The Chair said the steering group had agreed to meet again in April.

SF/26   ANY OTHER BUSINESS

It was agreed that the Clerk would write to the Department about the delayed grant.
"""


def test_formal_minutes_closing_on_the_bodys_agreement(tmp_path: Path) -> None:
    """Before, formal minutes (SF/22 RESOLVED) read "It was agreed" and "Members agreed" as
    discussion everywhere. A minute resolving nothing else that ends on the body's own
    agreement has that agreement as its decision; one agreed mid-discussion (SF/24), another
    body's agreement (SF/25), or an arrangement told by a modal (SF/26), is none."""
    assert decision_rows(FORMAL_CLOSING_AGREEMENTS, tmp_path) == [
        ("It was agreed to approve the minutes of the meeting held on 12 November 2026 as a "
         "true record.", "approved"),
        ("RESOLVED - That the high needs block budget for 2027/28 be approved.", "approved"),
        ("Members agreed that the matter be deferred until the grant was confirmed.",
         "deferred"),
    ]


# ------------------------------------------------ an agenda item's private note after its pages

PRIVATE_NOTE_AFTER_PAGES = source_lines(
    "## FENWORTH BOROUGH COUNCIL",
    "** LICENSING COMMITTEE",
    "A meeting of the Licensing Committee will be held at the Guildhall on Wednesday"
    " 7 April 2027 at 10.00 am.",
    "** AGENDA",
    "1.  Apologies for Absence",
    "2.  Taxi Fares Review (Pages 3 - 8)",
    "3.  Exclusion of the Press and Public",
    "4.  Review of a Driver's Licence (Pages 9 - 12) - Confidential, not for publication",
    "5.  Fees - Exempt Premises (Pages 13 - 15)",
)


def test_private_note_after_the_page_range_is_no_title(tmp_path: Path) -> None:
    """Before, the note after the page range stayed in the title. Only a note after the range
    goes: "- Exempt Premises" before it is the title's own."""
    assert pdf_agenda_items(PRIVATE_NOTE_AFTER_PAGES, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Taxi Fares Review"),
        ("3", "Exclusion of the Press and Public"),
        ("4", "Review of a Driver's Licence"),
        ("5", "Fees - Exempt Premises"),
    ]

"""Held-out round 32, batch H (records in unusual places inside ordinary papers) and batch G's
decisions and agenda items: the misses fixed, each on a small paper written in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pack_kinds

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

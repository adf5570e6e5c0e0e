"""Review of round 36's fix K2 (minutes whose decisions are written in prose; an agenda item's
private note after its page range): the cases the review found read wrong, each on a small
paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pdf_agenda_items, source_lines

_FORUM = """ASHBECK COUNTY COUNCIL

MINUTES OF THE MEETING OF THE SCHOOLS FORUM HELD ON THURSDAY, 11 FEBRUARY 2027 AT 2.00 PM

PRESENT:    Mrs E Garside (Chair), Mr F Hollins, Ms G Ibbotson

SF/20   HIGH NEEDS BLOCK

RESOLVED - That the high needs block budget for 2027/28 be approved.

"""
_RESOLVED = ("RESOLVED - That the high needs block budget for 2027/28 be approved.", "approved")


def test_regression_another_bodys_agreement_closing_a_minute(tmp_path: Path) -> None:
    """A forum's minute closing on what the Cabinet, or a board, agreed (told as history with
    no "had") was read as the forum's decision: the body a closing agreement names must be the
    meeting's own ("the Schools Forum", "the Forum")."""
    paper = _FORUM + """SF/21   DSG RECOVERY

The Finance Lead presented the update. The Cabinet agreed to fund the deficit from reserves.

SF/22   CARE LEAVERS

The Lead reported on the pilot. The Corporate Parenting Board agreed to extend it to 2028.

SF/23   CENTRAL SCHOOL SERVICES

The Lead explained the pressures. The Board agreed to fund them from the schools block.

SF/24   GROWTH FUND

The Lead presented the criteria. The Schools Forum agreed to adopt the revised criteria.

SF/25   DE-DELEGATION

The Lead presented the options. The Forum agreed to de-delegate the trade union budget.
"""
    assert decision_rows(paper, tmp_path) == [
        _RESOLVED,
        ("The Schools Forum agreed to adopt the revised criteria.", "agreed"),
        ("The Forum agreed to de-delegate the trade union budget.", "agreed"),
    ]


def test_regression_next_meeting_date_agreed_is_no_decision(tmp_path: Path) -> None:
    """"It was agreed that the next meeting be held on ..." closing a minute was a decision: a
    date, as the noted rule already holds; what is agreed to happen before it, or an item put
    off to it, still is one."""
    paper = _FORUM + """SF/21   DATE OF NEXT MEETING

It was agreed that the next meeting be held on 12 May 2027 at 2.00 pm.

SF/22   WORKSHOP

The Chair suggested a workshop. It was agreed that a workshop on falling rolls be held before
the next meeting.

SF/23   FALLING ROLLS FUND

The Lead explained. It was agreed that consideration of the fund be deferred to the next
meeting.
"""
    assert decision_rows(paper, tmp_path) == [
        _RESOLVED,
        ("It was agreed that a workshop on falling rolls be held before the next meeting.",
         "agreed"),
        ("It was agreed that consideration of the fund be deferred to the next meeting.",
         "deferred"),
    ]


def test_regression_proposal_carried_with_the_votes_counted(tmp_path: Path) -> None:
    """"The motion was carried unanimously", "carried by 5 votes to 2": the count names the
    vote as "on a vote" does, and the proposal before it was no decision."""
    paper = _FORUM + """SF/21   FALLING ROLLS FUND

Mr Hollins proposed that the fund be reopened for 2027/28. The motion was carried unanimously.

SF/22   CONTINGENCY

Ms Ibbotson proposed that the contingency be held at 1%. The proposal was carried by 5 votes
to 2.
"""
    assert decision_rows(paper, tmp_path) == [
        _RESOLVED,
        ("Mr Hollins proposed that the fund be reopened for 2027/28. The motion was carried "
         "unanimously.", "approved"),
        ("Ms Ibbotson proposed that the contingency be held at 1%. The proposal was carried by 5 "
         "votes to 2.", "approved"),
    ]


def test_regression_dash_note_words_that_are_the_titles_own(tmp_path: Path) -> None:
    """After the page range, "- Private Sector Housing Renewal" or "- Confidential Reporting
    Policy" is the title's (a capitalised word after the note's word that is no note's), and
    the item was cut and marked exempt; "- to follow" is a note on the paper, no title."""
    paper = source_lines(
        "## FENWORTH BOROUGH COUNCIL",
        "** HOUSING COMMITTEE",
        "A meeting of the Housing Committee will be held at the Guildhall on Wednesday"
        " 7 April 2027 at 10.00 am.",
        "** AGENDA",
        "1.  Apologies for Absence",
        "2.  Grants (Pages 3 - 8) - Private Sector Housing Renewal",
        "3.  Whistleblowing (Pages 9 - 12) - Confidential Reporting Policy",
        "4.  Rent Setting (Pages 13 - 14) - to follow",
        "5.  Land at Mill Lane (Pages 15 - 16) - Exempt Information Paragraph 3",
    )
    assert pdf_agenda_items(paper, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Grants - Private Sector Housing Renewal"),
        ("3", "Whistleblowing - Confidential Reporting Policy"),
        ("4", "Rent Setting"),
        ("5", "Land at Mill Lane"),
    ]


def test_regression_proposal_carried_at_another_meeting(tmp_path: Path) -> None:
    """A proposal told as another meeting's, by where or when it was ("at full Council on 5
    March", "At its meeting in January, the Cabinet ..."), or carried by another body ("carried
    by Council"), with no "had", was read as this meeting's decision."""
    paper = _FORUM + """SF/21   CLIMATE EMERGENCY

The Clerk reported that at full Council on 5 March Councillor Rees proposed that the Council
declare a climate emergency. Following a vote, the motion was carried.

SF/22   SCHOOL MEALS

The Lead said the Cabinet recommended that the subsidy be withdrawn. On a vote, the
recommendation was carried by Council.

SF/23   FALLING ROLLS FUND

Mr Hollins proposed that the fund be reopened on 1 April. On being put to the vote, the
proposal was carried.
"""
    assert decision_rows(paper, tmp_path) == [
        _RESOLVED,
        ("Mr Hollins proposed that the fund be reopened on 1 April. On being put to the vote, "
         "the proposal was carried.", "approved"),
    ]

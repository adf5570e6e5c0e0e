"""Regression tests for held-out round 17's misses in minutes and decisions (batches A, B, C
and E): a panel's "Notes of the meeting held on ..." over who was present, which are its
minutes. Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file

# ------------------------------------------- a panel's notes of its meeting read as no minutes

PANEL_NOTES = """%% header Oakvale District Council - Housing Services
%% footer Residents' Scrutiny Panel notes 09.03.2027 | Page {page}
%% watermark DRAFT
## Residents' Scrutiny Panel
** Notes of the meeting held on Tuesday 9th March 2027, 6.30pm, Committee Room 2, Ash Court
Present:	Jean Morrow (Chair, tenant), Alan Treece (leaseholder), Ruth Pelham (tenant)
In attendance:	Councillor Ian Marsh (Portfolio Holder); Carl Dunmore (Housing Manager)
Apologies:	Peter Lusk (tenant)
** 1. Welcome and apologies
Apologies were received from Peter Lusk.
** 2. Notes of the last meeting
The notes of the meeting held on 12th January 2027 were agreed.
** 3. Estate inspections
Members described the condition of the bin stores on the Greenway estate.
The Panel agreed to carry out a joint estate walkabout with officers in April 2027.
** 4. Date of next meeting
Tuesday 11th May 2027, 6.30pm.
"""

PACK_WITH_NOTES = """## OAKVALE DISTRICT COUNCIL
** BUILDING SAFETY PANEL
Date:	Tuesday 8 June 2027
Time:	2.00 pm
Venue:	Committee Room 1, Civic Offices
** AGENDA
1. Apologies
2. Notes of the meeting held on 9th March 2027
3. Fire Safety Update
--- page ---
** OAKVALE DISTRICT COUNCIL
** BUILDING SAFETY PANEL
Notes of the meeting held on 9th March 2027
Present: Cllr R Baines (Chair), Cllr T Osei, Cllr M Hurst
Officers: Dana Whitlow (Building Safety Manager)
** 1 Apologies
None.
** 2 Notes of the last meeting
The notes of the meeting held on 8th December 2026 were agreed as a correct record.
** 3 Fire doors
The Panel agreed to ask the Portfolio Holder to approve a second phase of door replacements.
"""


def _minutes_and_decisions(path: Path) -> tuple[list[tuple[str | None, str]], list[str]]:
    records = process_file(str(path)).records
    return ([(m.minute_number, m.title) for m in records if isinstance(m, Minute)],
            [d.decision_text for d in records if isinstance(d, Decision)])


def test_panel_notes_of_the_meeting_read_as_minutes(tmp_path: Path) -> None:
    # "Notes of the meeting held on <date>" over "Present:" is how a panel heads its minutes
    # (read as no committee paper at all, nothing in it recorded)
    path = rendered(PANEL_NOTES, tmp_path)
    assert documents_of(path) == [("minutes", "2027-03-09", "Residents' Scrutiny Panel")]
    minutes, decisions = _minutes_and_decisions(path)
    assert minutes == [("1", "Welcome and apologies"), ("2", "Notes of the last meeting"),
                       ("3", "Estate inspections"), ("4", "Date of next meeting")]
    assert decisions == [
        "The notes of the meeting held on 12th January 2027 were agreed.",
        "The Panel agreed to carry out a joint estate walkabout with officers in April 2027.",
    ]


def test_panel_notes_in_a_pack_start_the_minutes(tmp_path: Path) -> None:
    # in a pack, the notes under the masthead on their own page are the last meeting's
    # minutes (the agenda's numbered "2. Notes of the meeting held on ..." is its item)
    path = rendered(PACK_WITH_NOTES, tmp_path, "pack")
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-06-08", "Building Safety Panel"),
        ("minutes", "2027-03-09", "Building Safety Panel"),
    ]
    minutes, decisions = _minutes_and_decisions(path)
    assert minutes == [("1", "Apologies"), ("2", "Notes of the last meeting"),
                       ("3", "Fire doors")]
    assert decisions == [
        "The notes of the meeting held on 8th December 2026 were agreed as a correct record.",
        "The Panel agreed to ask the Portfolio Holder to approve a second phase of door "
        "replacements.",
    ]


# ----------------------------- an item put off with no RESOLVED ("... was deferred to ...") lost

DEFERRED_ITEM = """## WESTMARSH JOINT HEALTH SCRUTINY COMMITTEE
MINUTES of the meeting held at Westmarsh Town Hall on 14/03/2027 commencing at 2.00 pm
Present:	Councillors Ada Quinlan (Chair), Ben Roscoe and Carys Llewellyn
** Minute 21 - Minutes of the meeting held on 10 January 2027
The Committee AGREED that the minutes of the meeting held on 10 January 2027 be approved as a correct record.
** Minute 22 - Dental access in Westmarsh North
Consideration of this item was deferred to the next meeting at the request of the ICB, as the survey results would be published in April.
** Minute 23 - Stroke services
Discussion of the stroke pathway report was deferred to the June meeting.
** Minute 24 - Urgent care update
Members discussed the update. The report was deferred in January and had been awaited.
"""  # noqa: E501


def test_item_deferred_without_a_resolution_read_as_decision(tmp_path: Path) -> None:
    # formal minutes ("AGREED that") print an item put off as a plain sentence, no AGREED:
    # that sentence is the minute's decision, deferred (it was lost: nothing resolved); an
    # item's history ("was deferred in January") decides nothing
    records = process_file(str(rendered(DEFERRED_ITEM, tmp_path))).records
    assert [(d.minute_number, d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision)] == [
        ("21", "The Committee AGREED that the minutes of the meeting held on 10 January 2027 "
               "be approved as a correct record.", "agreed"),
        ("22", "Consideration of this item was deferred to the next meeting at the request of "
               "the ICB, as the survey results would be published in April.", "deferred"),
        ("23", "Discussion of the stroke pathway report was deferred to the June meeting.",
         "deferred"),
    ]


# ------------------- "Minute 15(a)" straight under "Minute 15 <a title filling its line>" lost

PARTS_UNDER_LONG_TITLE = """%% header Eastvale County Council - Coastal Protection Board
## COASTAL PROTECTION BOARD
Minutes of a meeting of the Coastal Protection Board held at County Hall, Eastvale on 15 March 2028
Present: County Councillor R Amos (Chair); County Councillors S Bell, T Croft and V Dunn
** Minute 21  Minutes
Resolved: That the minutes of the meeting held on 13 December 2027 be approved.
** Minute 22  Capital programme of coastal defence and sea wall schemes 2028/29
** Minute 22(a)  Priority schemes
The Manager presented the six schemes proposed for the programme.
Resolved: That the Board recommends the 2028/29 programme to the Cabinet Member.
** Minute 22(b)  Sea Lane, Holme: groyne repairs
Resolved: That a decision on the groyne repairs be deferred.
** Minute 23  Forward work programme
Resolved: That the forward work programme be approved.
"""


def test_lettered_part_under_a_full_line_title_not_its_wrap(tmp_path: Path) -> None:
    # the minute's title fills its line and its first part's heading, set alike, follows at
    # once: "Minute 22(a) ..." restates the minute's label and number with a letter, so it
    # heads that part (it was read as the title's second line, and the parts were lost)
    records = process_file(str(rendered(PARTS_UNDER_LONG_TITLE, tmp_path))).records
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("21", "Minutes"),
        ("22", "Capital programme of coastal defence and sea wall schemes 2028/29"),
        ("22(a)", "Priority schemes"),
        ("22(b)", "Sea Lane, Holme: groyne repairs"),
        ("23", "Forward work programme"),
    ]


# ------------------------- "Recommended:" alone on its line over the recommendation not read

RECOMMENDED_ALONE = """MARSHFORD JOINT TRANSPORTATION BOARD

Minutes of a meeting of the Marshford Joint Transportation Board held on
Tuesday 1 February 2028 at 7.00 pm

Present: Cllr A Baxter (Chairman), Cllr B Coles, Mr C Dyson

51   Highway Works Programme

The Highway Manager presented the report.

Resolved:

That the report be noted.

52   Mill Street - Proposed Waiting Restrictions

The Engineer said that most residents who replied supported the restrictions.

Recommended:

That the proposed waiting restrictions in Mill Street be progressed to formal
consultation on a Traffic Regulation Order.

53   Date of Next Meeting

Tuesday 3 May 2028.
"""


def test_recommended_alone_over_its_text_read_as_decision(tmp_path: Path) -> None:
    # a joint board recommends to the authority what it cannot decide, under "Recommended:"
    # set alone as "Resolved:" is over what it resolves: both are the minutes' decisions
    path = tmp_path / "jtb.txt"
    path.write_text(RECOMMENDED_ALONE)
    decided = [(d.minute_number, d.decision_text) for d in process_file(str(path)).records
               if isinstance(d, Decision)]
    assert decided == [
        ("51", "Resolved: That the report be noted."),
        ("52", "Recommended: That the proposed waiting restrictions in Mill Street be progressed "
               "to formal consultation on a Traffic Regulation Order."),
    ]


# ------------------- a text title broken short by its writer after "for a" lost its last words

TITLE_BROKEN_SHORT = """MARSHFORD JOINT TRANSPORTATION BOARD

Minutes of a meeting of the Marshford Joint Transportation Board held on
Tuesday 1 February 2028 at 7.00 pm

Present: Cllr A Baxter (Chairman), Cllr B Coles, Mr C Dyson

61   Apologies for Absence

Apologies were received from Cllr Ennis.

62   B2110 Mill Road / Church Lane Junction - Petition for a
      Pedestrian Crossing

The Board received a petition asking for a crossing at the junction.

63   Road Safety Update
      Winter Service

The Highway Manager presented the update.
"""


def test_text_title_broken_after_joining_word_read_whole(tmp_path: Path) -> None:
    # the heading ends short of the margin, but on a word no title ends with: its writer broke
    # it there, and the line under it ends the title; a heading ending on a title's own word
    # ("Road Safety Update") keeps the line under it out of its title
    path = tmp_path / "jtb.txt"
    path.write_text(TITLE_BROKEN_SHORT)
    assert [(m.minute_number, m.title) for m in process_file(str(path)).records
            if isinstance(m, Minute)] == [
        ("61", "Apologies for Absence"),
        ("62", "B2110 Mill Road / Church Lane Junction - Petition for a Pedestrian Crossing"),
        ("63", "Road Safety Update"),
    ]

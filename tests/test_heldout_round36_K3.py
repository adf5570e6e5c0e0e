"""Held-out round 36, decisions in other bodies' minutes: a member's motion or proposal lost
beside the minute's own RESOLVED (a decision of its own, `rejected`), and a text export's
masthead naming its council after the committee. Each rule on a small paper written in the
layout that showed the miss."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    documents_of,
    html_page,
    source_decision_rows,
    source_lines,
)
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# A web page of an area panel's minutes: the panel's grants RESOLVED in one paragraph, then a
# member's further grant proposed and lost in the next. The resolution closes its sentence: the
# paragraph after it is no part of it, and its defeat is the proposal's, not the resolution's.
GRANTS_THEN_PROPOSAL_LOST_PAGE = html_page(
    "<h1>Eastmere Neighbourhood Panel</h1>",
    "<h2>Minutes of the meeting held on Tuesday, 10 March 2026 at 6.30 pm</h2>",
    "<p><strong>Present:</strong> Councillor R Quayle (Chair), Councillors B Amis and"
    " L Torrance.</p>",
    "<h3>1. Minutes</h3>",
    "<p>RESOLVED that the minutes of the Panel held on 9 December 2025 be approved.</p>",
    "<h3>2. Ward grants</h3>",
    "<p>The Ward Officer presented three applications to the Panel's ward budget.</p>",
    "<p>RESOLVED that grants of £900 to Eastmere Bowls Club for a mower and £650 to Friends"
    " of Mill Meadow for benches be made from the ward budget.</p>",
    "<p>Councillor Amis proposed, and Councillor Torrance seconded, that the Panel also grant"
    " £400 to the Canal Street Gardeners for planters. On being put to the vote the proposal"
    " was lost (1 in favour, 2 against).</p>",
    "<h3>3. Date of next meeting</h3>",
    "<p>The next meeting will be held on Tuesday, 9 June 2026.</p>",
)


def test_a_proposal_lost_after_a_closed_resolution_is_its_own_decision(tmp_path: Path) -> None:
    page = tmp_path / "panel.html"
    page.write_text(GRANTS_THEN_PROPOSAL_LOST_PAGE)
    rows = [(d.decision_text, d.outcome) for d in process_file(str(page)).records
            if isinstance(d, Decision)]
    assert rows == [
        ("RESOLVED that the minutes of the Panel held on 9 December 2025 be approved.",
         "approved"),
        ("RESOLVED that grants of £900 to Eastmere Bowls Club for a mower and £650 to Friends"
         " of Mill Meadow for benches be made from the ward budget.", "other"),
        ("Councillor Amis proposed, and Councillor Torrance seconded, that the Panel also"
         " grant £400 to the Canal Street Gardeners for planters. On being put to the vote"
         " the proposal was lost (1 in favour, 2 against).", "rejected"),
    ]


# A resolution refusing, its verb wrapped onto the next line (the line closes no sentence),
# then the motion to approve lost: the refusal records that vote, no decision of its own.
REFUSAL_WRAPPED_THEN_MOTION_LOST = """PLANNING COMMITTEE

MINUTES OF THE MEETING HELD ON THURSDAY 12 MARCH 2026

P/41 LAND AT HOLLY LANE, 25/00812/FUL

Councillor Pim moved that the application be approved. On being put to the vote the motion
was lost.
RESOLVED that the application be
refused for the reasons set out in the report.
"""


def test_a_refusal_wrapped_onto_the_next_line_still_takes_the_lost_motion(
        tmp_path: Path) -> None:
    assert [outcome for _, outcome in decision_rows(REFUSAL_WRAPPED_THEN_MOTION_LOST,
                                                    tmp_path)] == ["rejected"]


# A scrutiny committee's minute in a PDF pack: the motion moved, its seconder named before
# "a motion that", lost; then the committee notes the report.
SECONDER_BEFORE_A_MOTION = source_lines(
    "## Fenwold District Council",
    "** Housing Scrutiny Panel",
    "** Minutes of the meeting held on Monday 14 September 2026",
    "Present:\tCouncillors A Drury (Chair), K Hesketh, N Patel and S Wray",
    "** HSP/11 Void Properties Update",
    "The Head of Housing introduced the update. Members noted that 63 homes were empty.",
    "Councillor Hesketh moved, and Councillor Wray seconded, a motion that the Panel recommend"
    " to the Executive that empty homes be relet within 28 days. On being put to the vote the"
    " motion was LOST.",
    "RESOLVED that the void properties update be noted.",
)


def test_a_motion_named_after_its_seconder_is_the_decision_lost(tmp_path: Path) -> None:
    assert source_decision_rows(SECONDER_BEFORE_A_MOTION, "minutes", tmp_path) == [
        ("Councillor Hesketh moved, and Councillor Wray seconded, a motion that the Panel"
         " recommend to the Executive that empty homes be relet within 28 days. On being put"
         " to the vote the motion was LOST.", "rejected"),
        ("RESOLVED that the void properties update be noted.", "noted"),
    ]


# A schools forum's minute: a member's proposal, then "The proposal was seconded ... and on
# being put to the vote was lost", the vote's clause lending the result its verb; then the
# forum's own resolution.
PROPOSAL_SECONDED_THEN_LOST = source_lines(
    "## Ashby Vale County Council",
    "** SCHOOLS FORUM",
    "** Minutes of the meeting held on Thursday 15 October 2026",
    "Present:\tMr P Grange (Chair), Mrs H Lowe, Dr F Odum, Ms C Reyes",
    "** SF/26/12 Central Schools Services Block",
    "Mrs Lowe proposed that the admissions budget be cut by £40,000 and the saving passed to"
    " schools. The proposal was seconded by Dr Odum and on being put to the vote was lost"
    " (2 for, 7 against).",
    "RESOLVED that the central schools services block budget for 2027/28 be agreed.",
)


def test_a_proposal_lost_on_being_put_to_the_vote_is_refused(tmp_path: Path) -> None:
    assert source_decision_rows(PROPOSAL_SECONDED_THEN_LOST, "minutes", tmp_path) == [
        ("Mrs Lowe proposed that the admissions budget be cut by £40,000 and the saving passed"
         " to schools. The proposal was seconded by Dr Odum and on being put to the vote was"
         " lost (2 for, 7 against).", "rejected"),
        ("RESOLVED that the central schools services block budget for 2027/28 be agreed.",
         "agreed"),
    ]


# A ModernGov text export: a 70-character column wraps a motion named in full over four
# lines, "put to the vote and lost" (the verb not repeated) on the last; the masthead's
# sentence wraps the council's name onto its own line under the committee's.
TEXT_EXPORT_MINUTES = """Minutes of a meeting of the Leisure and Culture Committee
of Harrowby Borough Council
held in the Council Chamber, Harrowby
on Tuesday, 3 February 2026 at 7.00 pm

Present:   Councillor E. Marsh (Chair)
           Councillors F. Beck, G. Close and J. Dunn

LC/12    LIBRARY OPENING HOURS

         The committee considered the library visitor figures for the
         autumn. A motion by Councillor Beck, seconded by Councillor
         Close, that the committee ask Cabinet to reopen the branch
         libraries on Saturday afternoons from April 2026
         was put to the vote and lost (2 for, 5 against).

         RESOLVED that the library visitor figures be noted.

LC/13    DATE OF NEXT MEETING

         Tuesday, 7 April 2026.
"""


def test_a_motion_wrapped_over_four_lines_is_refused(tmp_path: Path) -> None:
    assert decision_rows(TEXT_EXPORT_MINUTES, tmp_path) == [
        ("A motion by Councillor Beck, seconded by Councillor Close, that the committee ask"
         " Cabinet to reopen the branch libraries on Saturday afternoons from April 2026 was"
         " put to the vote and lost (2 for, 5 against).", "rejected"),
        ("RESOLVED that the library visitor figures be noted.", "noted"),
    ]


# The same minute with an amendment to the motion lost over the four lines: it leaves the
# motion to be decided, no decision of its own.
AMENDMENT_OVER_FOUR_LINES = TEXT_EXPORT_MINUTES.replace(
    "A motion by Councillor Beck, seconded by Councillor\n",
    "An amendment to the motion, by Councillor Beck, seconded by Councillor\n")


def test_an_amendment_wrapped_over_four_lines_is_no_decision(tmp_path: Path) -> None:
    assert decision_rows(AMENDMENT_OVER_FOUR_LINES, tmp_path) == [
        ("RESOLVED that the library visitor figures be noted.", "noted")]


def test_the_council_after_the_committee_is_no_part_of_its_name(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(TEXT_EXPORT_MINUTES)
    assert documents_of(paper) == [
        ("minutes", "2026-02-03", "Leisure and Culture Committee")]


# A body's own name going on with "of": no council's name, kept whole.
BOARD_OF_CONSERVATORS = TEXT_EXPORT_MINUTES.replace(
    "Leisure and Culture Committee\nof Harrowby Borough Council",
    "Board of Conservators\nof Harrowby Common")


def test_a_body_named_of_something_else_keeps_its_name(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(BOARD_OF_CONSERVATORS)
    assert [committee for *_, committee in documents_of(paper)] == [
        "Board of Conservators of Harrowby Common"]

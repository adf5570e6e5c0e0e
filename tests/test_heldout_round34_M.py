"""Held-out round 34, minutes' numbering and headings (fixer M): the rules the round's misses
showed, each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    documents_of,
    minutes_of,
    numbers,
    pdf_minutes,
    rendered,
    source_lines,
)
from kcc_papers.models import Decision

# A planning committee's text minutes numbered through the municipal year: the year in full, a
# dash, then the running number ("2026/27 – 8  APOLOGIES FOR ABSENCE").
RUNNING_YEAR_DASH = """BRAMHOLT BOROUGH COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held at the Town Hall, Bramholt on Tuesday 3 March 2027 at 7.00 pm

Present: Councillors P. Lark (Chairman), D. Osei, M. Tull, R. Vance

2026/27 – 8  APOLOGIES FOR ABSENCE

Apologies were received from Councillor S. Pell.

2026/27 – 9  MINUTES

RESOLVED that the minutes of the meeting held on 3 February 2027 be approved as a correct record.

2026/27 – 10  TAXI FARES REVIEW

RESOLVED that consideration of the taxi fares review be deferred to the April meeting.

The meeting closed at 8.10 pm.
"""


def test_minutes_numbered_by_the_year_a_dash_and_a_running_number(tmp_path: Path) -> None:
    records = minutes_of(RUNNING_YEAR_DASH, tmp_path)
    assert numbers(records) == [("2026/27 – 8", "APOLOGIES FOR ABSENCE"),
                                ("2026/27 – 9", "MINUTES"),
                                ("2026/27 – 10", "TAXI FARES REVIEW")]
    assert [d.outcome for d in records if isinstance(d, Decision)] == ["approved", "deferred"]


# The negative: two years not a year apart before a dash and a figure are no minute's number
# ("2031/12 – 1 Year Licence Fees ..."), a list's lines however many.
YEARS_NOT_IN_A_ROW = """BRAMHOLT BOROUGH COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held at the Town Hall, Bramholt on Tuesday 3 March 2027 at 7.00 pm

Present: Councillors P. Lark (Chairman), D. Osei, M. Tull, R. Vance

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillor S. Pell.

2. LICENCE FEES

The fees were compared by the licence's term in years:
2031/12 – 1 Year Licence Fees Rose By 4%
2031/12 – 2 Year Licence Fees Rose By 3%
2031/12 – 3 Year Licence Fees Fell By 1%
2031/12 – 4 Year Licence Fees Were Unchanged

3. MINUTES

RESOLVED that the minutes of the meeting held on 3 February 2027 be approved as a correct record.
"""


def test_years_not_a_year_apart_number_no_minute(tmp_path: Path) -> None:
    assert numbers(minutes_of(YEARS_NOT_IN_A_ROW, tmp_path)) == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "LICENCE FEES"), ("3", "MINUTES")]


# A heading in capitals asking its question after its colon and a dash: the title, not text.
QUESTION_TITLE = """ASHBY VALE HOMES RESIDENTS' PANEL

MINUTES of the meeting of the Residents' Panel held on Monday 6 October 2025 at 6.00 pm

PRESENT: Mr L Nkemelu (Chair), Mrs A Frost, Ms D Kaur

RP/12  APOLOGIES

None.

RP/13  REVIEW: VOID REPAIRS - ARE HOMES READY ON TIME?

The Panel discussed its draft findings.

RESOLVED: That the review be sent to the Board.

RP/14  ANY OTHER BUSINESS

None.
"""


def test_capitals_heading_asking_its_question_is_one_title(tmp_path: Path) -> None:
    assert numbers(minutes_of(QUESTION_TITLE, tmp_path)) == [
        ("RP/12", "APOLOGIES"),
        ("RP/13", "REVIEW: VOID REPAIRS - ARE HOMES READY ON TIME?"),
        ("RP/14", "ANY OTHER BUSINESS")]


# The negative: a heading in sentence case whose text after the dash is a sentence keeps only
# its title.
DASH_THEN_TEXT = QUESTION_TITLE.replace(
    "RP/12  APOLOGIES\n\nNone.", "RP/12  Apologies - None were received from members today.")


def test_dash_then_a_sentence_is_the_minutes_text(tmp_path: Path) -> None:
    assert numbers(minutes_of(DASH_THEN_TEXT, tmp_path))[0] == ("RP/12", "Apologies")


# Bold numbered headings run in to their text on one line: the bold ends the title, a dash
# inside it no end ("12. Waste Contract - Phase 2. The Committee ...").
RUN_IN_BOLD = source_lines(
    "## HARTLEPOOL VALE TOWN COUNCIL",
    "** Minutes of the Environment Committee",
    "held on Wednesday 4 March 2026 at 7.00 pm at the Town Hall",
    "Present: Councillor J. Amis (Chair); Councillors K. Bly, L. Corr and N. Dunn",
    "**11. Apologies for Absence.** Apologies were received from Councillor P. Eyre.",
    "**12. Waste Contract - Phase 2.** The Committee considered the report of the Clerk on"
    " the second phase of the waste contract and the cost of the new bins.",
    "RESOLVED that the second phase of the waste contract be approved.",
    "**13. Motion - Street Lighting.** Councillor Bly moved that the street lights be"
    " dimmed after midnight. On being put to the vote the motion was lost.",
    "The meeting closed at 8.30 pm.",
)


def test_bold_run_in_heading_ends_where_its_bold_ends(tmp_path: Path) -> None:
    assert numbers(pdf_minutes(RUN_IN_BOLD, tmp_path)) == [
        ("11", "Apologies for Absence"),
        ("12", "Waste Contract - Phase 2"),
        ("13", "Motion - Street Lighting")]


# Minutes as a two-column table headed "Minute No." alone: the number and title in the left
# cell, the text in the right.
NUMBER_ONLY_HEADED_TABLE = source_lines(
    "## WESTERBY DISTRICT COUNCIL",
    "** MINUTES of a meeting of the STANDARDS COMMITTEE held in the Council Chamber on"
    " Monday 2 February 2026 at 6.30 pm",
    "Present:\tCouncillor R. Marsh (Chairman); Councillors T. Able, F. Grove",
    "|% 30 70",
    "| Minute No. | |",
    "| 8. APOLOGIES FOR ABSENCE | Apologies were received from Councillor B. Finch. |",
    "| 9. MINUTES | RESOLVED: That the minutes of the meeting held on 3 November 2025 be"
    " confirmed as a correct record. |",
    "| 10. CODE OF CONDUCT COMPLAINTS UPDATE | The Monitoring Officer reported on four"
    " complaints received since the last meeting. RESOLVED: That the update be noted. |",
    "The meeting closed at 7.15 pm.",
)


def test_table_headed_by_minute_number_alone_reads_titled_cells(tmp_path: Path) -> None:
    records = pdf_minutes(NUMBER_ONLY_HEADED_TABLE, tmp_path)
    assert numbers(records) == [("8", "APOLOGIES FOR ABSENCE"), ("9", "MINUTES"),
                                ("10", "CODE OF CONDUCT COMPLAINTS UPDATE")]
    assert [d.outcome for d in records if isinstance(d, Decision)] == ["approved", "noted"]


# A company's board: "Minutes of the meeting of the Board" under its masthead's "Board of
# Directors": the board the masthead names in full.
BOARD_OF_DIRECTORS = source_lines(
    "<> Harrowgate Homes Limited || Registered office: 4 Mill Street, Harrowgate",
    "## Board of Directors",
    "** Minutes of the meeting of the Board held on Tuesday 14 October 2025 at 5.00pm",
    "Present:\tJane Ross (Chair), Cllr Omar Khan, Peter Hale",
    "** B/26/03 Apologies",
    "There were no apologies.",
    "** B/26/04 Minutes of the last meeting",
    "**Resolved:** that the minutes of the meeting held on 9 September 2025 be approved.",
)


def test_minutes_of_the_board_named_in_full_by_its_masthead(tmp_path: Path) -> None:
    docs = documents_of(rendered(BOARD_OF_DIRECTORS, tmp_path))
    assert docs[-1] == ("minutes", "2025-10-14", "Board of Directors")


# A member's alternative to what was recommended, moved and lost: the decision is its words
# ("moved, as an alternative to the recommended response, that ..."), not the defeat alone.
ALTERNATIVE_LOST = """HARROWGATE HOMES LIMITED

Minutes of the meeting of the Board held on Tuesday 14 October 2025 at 5.00pm

Present: Jane Ross (Chair), Omar Khan, Peter Hale, Ruth Lowe

B/26/05  Service charges 2026/27

Omar Khan moved, as an alternative to the recommended charges, that service charges be held\
 at this year's level. Seconded by Ruth Lowe. On a vote the motion was lost (1 for, 3 against).

Resolved: that the recommended service charges for 2026/27 be approved.

B/26/06  Any other business

None.
"""


def test_alternative_moved_and_lost_is_decided_in_its_own_words(tmp_path: Path) -> None:
    rows = decision_rows(ALTERNATIVE_LOST, tmp_path)
    assert [(text.split(",")[0], outcome) for text, outcome in rows] == [
        ("Omar Khan moved", "rejected"),
        ("Resolved: that the recommended service charges for 2026/27 be approved.",
         "approved")]


# The negative: an amendment moved so and lost is no motion's words (the defeat stays alone).
AMENDMENT_LOST = ALTERNATIVE_LOST.replace("as an alternative to the recommended charges",
                                          "as an amendment")


def test_amendment_moved_and_lost_keeps_no_motion_words(tmp_path: Path) -> None:
    texts = [text for text, _ in decision_rows(AMENDMENT_LOST, tmp_path)]
    assert not any(text.startswith("Omar Khan moved") for text in texts)

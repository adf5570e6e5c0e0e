"""Review of round 15's committee, web-page, document and record-of-meeting changes (part C):
patterns the round added or widened that went super-linear on a hostile line (a long run of
spaces, a long letter-spaced stretch), and counter-examples to its rules on ordinary council
papers. Each test fails on the code before its fix."""

from __future__ import annotations

import importlib
from pathlib import Path

from heldout_support import numbers, pack_kinds, pdf_minutes, rendered
from kcc_papers.classify import CLUES, Clue
from kcc_papers.extract.meetings.addressed import NAME_END
from kcc_papers.extract.minutes.tabled import table_lines
from kcc_papers.load import load
from kcc_papers.load.model import Cell, Table
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.segment_starts.layout import SPACED_TAIL
from test_s25_limits_misc import MOST_GROWTH, _growth

# (the package re-exports a function of the module's name)
minutes_heading = importlib.import_module("kcc_papers.extract.meetings.minutes_heading")

# ------------------------------------------------------------ patterns linear in a space run


def test_regression_moderngov_minutes_heading_is_linear_in_a_run_of_spaces() -> None:
    # "Minutes\s*:?)\s*$": the two "\s*" tried every split of a run ending in no colon
    def heading(spaces: int) -> object:
        return moderngov.PAGE_HEADING.match("Minutes" + " " * spaces + "x")

    assert _growth(heading, 300) < MOST_GROWTH
    found = moderngov.PAGE_HEADING.match("Minutes :")
    assert found is not None and found.lastgroup == "minutes"


def test_regression_label_after_the_minutes_name_is_linear_in_a_run_of_spaces() -> None:
    # "\s+(?:Date|Time|...)" was tried from every space of a run not followed by a label
    def label(spaces: int) -> object:
        return minutes_heading._LABEL_AFTER_NAME.sub("", "Board" + " " * spaces + "x")

    assert _growth(label, 300) < MOST_GROWTH
    assert minutes_heading._LABEL_AFTER_NAME.sub("", "Board Meeting  Date: 5 May") == (
        "Board Meeting")


def test_regression_name_end_is_linear_in_a_run_of_spaces() -> None:
    # each alternative opening "\s+" or "\s*" was tried from every space of a run (its "on
    # <date>" widening read a second run from each): 10,000 spaces took seconds
    def name_end(spaces: int) -> object:
        return NAME_END.split("Cabinet" + " " * spaces + "on" + " " * spaces + "1")

    assert _growth(name_end, 100) < MOST_GROWTH
    assert NAME_END.split("FINANCE COMMITTEE ON 2 JUNE 2027")[0] == "FINANCE COMMITTEE"
    assert NAME_END.split("Cabinet   - 30 January 2025")[0] == "Cabinet"
    assert NAME_END.split("Audit Committee, Tuesday 15 October 2024")[0] == "Audit Committee"


def test_regression_spaced_heading_tail_is_linear_in_its_stretch() -> None:
    # searched forward, the tail's pattern was tried from each letter of a letter-spaced
    # stretch that does not reach the line's end
    def tail(letters: int) -> object:
        return SPACED_TAIL.match(("a " * letters + " b")[::-1])

    assert _growth(tail, 300) < MOST_GROWTH
    assert SPACED_TAIL.match("CLÀR-GNOTHAICH / A G E N"[::-1])
    assert SPACED_TAIL.match("AB C D E F"[::-1])
    assert not SPACED_TAIL.match("ABC D E F"[::-1])
    assert not SPACED_TAIL.match("Report of the Chief Executive"[::-1])


# ------------------------------------------------------------ rules on ordinary papers

MINUTES_THEN_REPORT = """## Minutes
Planning Committee - 8 March 2027
Present:	Councillors A Penhaligon (Chair), F Bassett and M Youlden
** 1. Apologies for absence
Apologies were received from Councillor J Carew-Pole.
** 2. Budget monitoring
RESOLVED: That the report be noted.
The meeting closed at 3.40 pm.
--- page ---
## Braymouth Council
** REPORT TO: CABINET
Date:	12 April 2027
Subject:	Fees and charges
** 1. Recommendations
That the Cabinet approves the fees and charges for 2027/28.
"""


def test_regression_pdf_minutes_over_their_meeting_line_is_no_web_page(tmp_path: Path) -> None:
    # a PDF's "Minutes" over "Planning Committee - 8 March 2027" was read as a ModernGov
    # minutes page, one document whatever follows: the report after it was lost in it
    assert [k for k, _, _ in pack_kinds(MINUTES_THEN_REPORT, tmp_path)] == ["minutes", "report"]


def _clue(kind: str, marker: str) -> Clue:
    return next(c for c in CLUES if c.kind == kind and marker in c.pattern.pattern)


def test_regression_agenda_minutes_item_is_no_moderngov_minutes_page() -> None:
    # the meeting's line under "Minutes" took any words before the body's: an agenda's item
    # and its sentence were a strong clue of minutes
    clue = _clue("minutes", r"Minutes\s*:?[ \t]*\n")
    assert not clue.pattern.search(
        "Minutes\nTo confirm the minutes of the Planning Committee, 8 March 2027\n")
    assert clue.pattern.search(
        "Minutes:\nCabinet Procurement Committee, Monday 8 March 2027, 6.30 pm")
    assert clue.pattern.search(
        "Minutes\nArea 3 Planning and Licensing Sub-Committee - 8 March 2027")


def test_regression_report_clue_words_before_the_body_are_its_name() -> None:
    # "(?:[A-Z][\w&'-]*\s+){0,4}" in a clue read ignoring case took any words: a minute's
    # "That members of the Committee note the report" spoke for a report
    clue = _clue("report", "resolves")
    assert not clue.pattern.search("That members of the Committee note the report.")
    assert clue.pattern.search("That the Harbour Board RESOLVES to:")
    assert clue.pattern.search("1.1 That the Audit and Governance Committee approves the plan")


def test_regression_agreed_that_with_a_deferral_in_a_relative_clause_is_not_deferred() -> None:
    # "be|is|was deferred" anywhere in the clause deferred: "which was deferred" tells of an
    # earlier meeting, what is agreed comes after it
    assert classify_outcome("AGREED that the application, which was deferred at the last "
                            "meeting, be approved.") == "agreed"
    assert classify_outcome("The Committee agreed that the report, which was deferred in "
                            "January, be noted.") != "deferred"
    assert classify_outcome("The Committee agreed that consideration of the item be deferred "
                            "to the next meeting.") == "deferred"


EMPHASIS_IN_RECORD = """## Record of Meeting
| Item | Record | Action |
| 1. | **Action log** The actions were **NOTED** and closed, with the two open actions \
carried forward to the next meeting of the Panel. | |
| 2. | **Budget** The Panel noted the **revised** budget for 2027/28 and agreed that it be \
published with the quarterly report. | |
"""


def test_regression_run_in_ends_at_the_first_regular_word(tmp_path: Path) -> None:
    # a run whose last glyph was bold (a line ending on an emphasised word) had no run-in, so
    # its record's row had no title and was dropped; halving could also land on an emphasised
    # word and take the regular words before it into the title
    pdf = rendered(EMPHASIS_IN_RECORD, tmp_path)
    leads = [line.lead for page in load(pdf).pages for line in page.lines if line.lead]
    assert leads == ["Action log", "Budget"]
    assert numbers(pdf_minutes(EMPHASIS_IN_RECORD, tmp_path / "m")) == [
        ("1", "Action log"), ("2", "Budget")]


def _table(page: int, rows: list[list[str]]) -> Table:
    return Table([[Cell(text) for text in row] for row in rows], page)


def test_regression_headless_table_on_the_same_page_does_not_go_on_with_the_minutes() -> None:
    # a headless numbered table after the minutes' table (an action log, an attendance list)
    # was read as more minutes wherever it was; only the next page's part goes on
    minutes = _table(3, [["No.", "Item", "Decision"], ["1", "Apologies", "None."],
                         ["2", "Budget", "Noted."]])
    actions = _table(3, [["1", "Chase the supplier", "J Smith"], ["2", "Report", "A Jones"]])
    # (a bare cell of the "Decision" column is labelled by it, round 24; "None." records none)
    assert [t for _, t in table_lines([minutes, actions]) or []] == [
        "1. Apologies", "None.", "2. Budget", "Decision: Noted."]
    next_page = _table(4, [["3", "Fees", "Agreed."]])
    assert [t for _, t in table_lines([minutes, next_page]) or []][-2:] == [
        "3. Fees", "Decision: Agreed."]

"""Late fixes after round 16's reviews, agenda and minutes leftovers: an agenda item whose
number line prints only a note on how its paper comes or is taken ("7   (Exempt)", "7
Verbal"), its title on the line under it, was not read; a dot leader read on a description
line ("Total ........ 45") turned its figures into a page range; a "Record of Meeting" table's
record cell run on to the next page in a row without a number lost its text. Each test writes
a small paper of an invented council and fails on the code before its fix."""

from __future__ import annotations

import time
from pathlib import Path

import heldout_accuracy

from conftest import contexts
from heldout_support import pdf_agenda_items, pdf_minutes, source_lines
from kcc_papers.extract import agenda
from kcc_papers.extract.agenda.patterns import NUMBER_WITH_NOTE
from kcc_papers.models import AgendaItem, Minute

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

# ------------------------------------ a number line holding only a note, its title under it

NOTE_ON_THE_NUMBER_LINE = """## FENWICK BOROUGH COUNCIL
!! LICENSING COMMITTEE
A meeting of the Licensing Committee will be held in the Council Chamber, Fenwick on Thursday 14th October 2027 at 6.30 pm.
** AGENDA
1   Apologies for Absence
2   Minutes of the meeting held on 9th September 2027 (Pages 3 - 8)
3   Verbal
Update from the Licensing Manager
4   Review of the Street Trading Policy (Pages 9 - 20)
** EXCLUSION OF THE PRESS AND PUBLIC
5   (Exempt)
Review of a Private Hire Driver's Licence (Pages 21 - 30)
"""  # noqa: E501


def _agenda_records(source: str, tmp_path: Path) -> list[AgendaItem]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    return [r for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def test_regression_item_whose_number_line_holds_only_a_note(tmp_path: Path) -> None:
    # the number with only a note beside it ("3   Verbal", "5   (Exempt)") over its title:
    # the title is the line under it, the note says how the paper comes or is taken
    rows = [(r.item_ref, r.title, r.page_from, r.page_to, r.exempt)
            for r in _agenda_records(NOTE_ON_THE_NUMBER_LINE, tmp_path)]
    assert rows == [
        ("1", "Apologies for Absence", None, None, False),
        ("2", "Minutes of the meeting held on 9th September 2027", 3, 8, False),
        ("3", "Update from the Licensing Manager", None, None, False),
        ("4", "Review of the Street Trading Policy", 9, 20, False),
        ("5", "Review of a Private Hire Driver's Licence", 21, 30, True),
    ]


def test_number_with_note_is_linear() -> None:
    for text in ("7" + " " * 10_000, "7 (" + "a" * 10_000, "7 " + "1" * 10_000,
                 "7 (exempt" + " " * 10_000):
        start = time.process_time()
        NUMBER_WITH_NOTE.match(text)
        assert time.process_time() - start < LINEAR_SECONDS


def test_a_year_wrapped_under_a_title_with_its_note_stays_the_titles(tmp_path: Path) -> None:
    # guard: "27 (to follow)" under "... 2026/" is the title's year and its note, no item
    # (the reader leaves the wrapped year out of the title, as it did before the fix)
    source = source_lines(
        "## FENWICK BOROUGH COUNCIL",
        "!! CABINET",
        "** AGENDA",
        "25   Apologies for Absence",
        "26   Housing Revenue Account Business Plan 2026/",
        "27 (to follow)",
        "Report of the Director of Housing",
    )
    assert pdf_agenda_items(source, tmp_path) == [
        ("25", "Apologies for Absence"),
        ("26", "Housing Revenue Account Business Plan 2026/"),
    ]


# ------------------------------------------ a dot leader on a description line is no title's

LEADER_IN_A_DESCRIPTION = """%% font serif
## ASHCOMBE DISTRICT COUNCIL
**PLANNING COMMITTEE - TUESDAY, 7TH DECEMBER, 2027**
A meeting of the Planning Committee will be held in the Council Chamber on Tuesday, 7th December, 2027 at 7.00 pm.
** AGENDA
1.  Apologies for Absence
2.  Planning Applications
Applications for decision at this meeting.
Total ........................................................................ 45
3.  Appeals Received ................................................................ 12 - 14
"""  # noqa: E501


def test_regression_dot_leader_on_a_description_line_is_left_as_printed(
        tmp_path: Path) -> None:
    # the leader is read where a title is (its figures the item's pages): a description's
    # line keeps its words and figures, and gives the item no page range
    rows = [(r.item_ref, r.title, r.page_from, r.page_to, r.description)
            for r in _agenda_records(LEADER_IN_A_DESCRIPTION, tmp_path)]
    assert rows == [
        ("1", "Apologies for Absence", None, None, None),
        ("2", "Planning Applications", None, None,
         "Applications for decision at this meeting. Total "
         "........................................................................ 45"),
        ("3", "Appeals Received", 12, 14, None),
    ]


# ---------------------------- a record's cell run on to the next page in a row with no number

RECORD_OVER_TWO_PAGES = source_lines(
    "** Record of Meeting",
    "Date:\t16 November 2027",
    "|% 7 75 18",
    "| Item | Record | Action |",
    "| 1. | **Apologies** Apologies were received from Councillor Hart. | |",
    "| 2. | **Harbour dues** The Board considered the report on harbour dues for 2028/29. "
    "The Harbour Master explained the proposed increases. | HM |",
    "--- page ---",
    "|% 7 75 18",
    # (the number cell empty: a no-break space keeps it a cell in the paper's source)
    "| \u00a0 | The Board agreed the increases set out in the report. | |",
    "| 3. | **Date of next meeting** The next meeting will be held on 8 February 2028. | |",
)


def test_regression_record_cell_run_on_to_the_next_page_joins_its_minute(
        tmp_path: Path) -> None:
    # the row without a number at the next page's top is the record above it going on (the
    # action column's owner, "HM", is who acts on it, no part of the minute: review 18d)
    records = pdf_minutes(RECORD_OVER_TWO_PAGES, tmp_path)
    minutes = [(m.minute_number, m.title, m.body) for m in records if isinstance(m, Minute)]
    assert minutes == [
        ("1", "Apologies", "Apologies were received from Councillor Hart."),
        ("2", "Harbour dues",
         "The Board considered the report on harbour dues for 2028/29. The Harbour Master "
         "explained the proposed increases.\n"
         "The Board agreed the increases set out in the report."),
        ("3", "Date of next meeting", "The next meeting will be held on 8 February 2028."),
    ]

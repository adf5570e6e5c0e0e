"""Regression tests for an agenda item whose title opens with a note on how the meeting takes
it ("6 (Exempt) Disposal of land at Mill Lane", "(Part 2)", "(Confidential)", "(Key
decision)"): the item was dropped, its bracket read as no title. The note is no part of the
title; a bracketed line that goes on from the title above ("(Pages 45 - 58)", "(report
attached)", "(to follow)") is still no item. Each runs on a small paper written here, as a
PDF and as a text export."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import AgendaRow, pdf_agenda_items, source_lines, text_agenda_items
from kcc_papers.extract import agenda
from kcc_papers.extract.agenda.patterns import ITEM
from kcc_papers.extract.agenda.refs import _titled
from kcc_papers.models import AgendaItem

AGENDA_LINES = (
    "Borsetshire District Council",
    "Cabinet",
    "Agenda",
    "Date:\tThursday 11 June 2026",
    "Time:\t2.30 pm",
    "1. Apologies for absence",
    "2. Minutes of the meeting held on 12 March 2026 (Pages 2 - 3)",
    "3. Budget monitoring report for the first quarter of the financial year 2026/27",
    "(Pages 45 - 58)",
    "4. Fees and charges",
    "(to follow)",
    "5. Housing allocations policy",
    "(report attached)",
    "6 (Exempt) Disposal of land at Mill Lane",
    "7 (Part 2) Acquisition of the former depot",
    "8 (Confidential) Staffing matters",
    "9 (Key decision) Waste collection contract",
    "10 Any other business",
)

UNNOTED: list[AgendaRow] = [
    ("1", "Apologies for absence"),
    ("2", "Minutes of the meeting held on 12 March 2026"),
    ("3", "Budget monitoring report for the first quarter of the financial year 2026/27"),
    ("4", "Fees and charges"),
    ("5", "Housing allocations policy"),
]
NOTED: list[AgendaRow] = [
    ("6", "Disposal of land at Mill Lane"),
    ("7", "Acquisition of the former depot"),
    ("8", "Staffing matters"),
    ("9", "Waste collection contract"),
    ("10", "Any other business"),
]


def _pdf_source(lines: tuple[str, ...]) -> str:
    council, committee, heading, *rest = lines
    return source_lines(f"## {council}", f"!! {committee}", f"** {heading}", *rest)


def _text(lines: tuple[str, ...]) -> str:
    return "\n".join(lines) + "\n"


def test_regression_a_title_opening_with_an_exempt_note_is_read_without_it_in_a_pdf(
        tmp_path: Path) -> None:
    assert pdf_agenda_items(_pdf_source(AGENDA_LINES), tmp_path) == UNNOTED + NOTED


def test_regression_a_title_opening_with_an_exempt_note_is_read_without_it_in_text(
        tmp_path: Path) -> None:
    assert text_agenda_items(_text(AGENDA_LINES), tmp_path) == UNNOTED + NOTED


def test_regression_an_items_leading_note_says_whether_it_is_taken_in_private(
        tmp_path: Path) -> None:
    # "(Exempt)", "(Part 2)" and "(Confidential)" take the item in private; "(Key decision)"
    # does not
    (ctx,) = text_contexts(_text(AGENDA_LINES), "agenda", tmp_path)
    exempt = {r.item_ref: r.exempt for r in agenda.extract(ctx) if isinstance(r, AgendaItem)}
    assert [exempt[ref] for ref in ("5", "6", "7", "8", "9")] == [
        False, True, True, True, False]


def test_bracketed_lines_going_on_from_the_title_above_stay_no_items(tmp_path: Path) -> None:
    # the same list without its noted items reads as before: "(Pages 45 - 58)", "(to follow)"
    # and "(report attached)" under a title are its page range and notes, never an item
    unnoted = AGENDA_LINES[: AGENDA_LINES.index("6 (Exempt) Disposal of land at Mill Lane")]
    assert pdf_agenda_items(_pdf_source(unnoted), tmp_path) == UNNOTED
    assert text_agenda_items(_text(unnoted), tmp_path) == UNNOTED


def test_a_number_before_a_bare_note_is_still_no_title() -> None:
    # a line that only brackets a note after a figure ("27 (to follow)", a year's end wrapped
    # from the title above) has no title to read; a note with a title after it has one
    for line in ("27 (to follow)", "6 (Exempt)", "3 (report attached)", "4 (Pages 5 - 9)"):
        m = ITEM.match(line)
        assert m is not None and _titled(m) is None, line
    m = ITEM.match("6 (Exempt) Disposal of land at Mill Lane")
    assert m is not None and _titled(m) == "Disposal of land at Mill Lane"

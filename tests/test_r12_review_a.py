"""Regression tests for defects found reviewing round 12's reader changes (segmentation,
zebra tables, agenda and minutes readers): small generated papers and counter-examples of
the rules round 12 added."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import kcc_papers.extract.meetings as meetings_module
from conftest import text_contexts
from heldout_support import rendered
from kcc_papers.extract.agenda import table_rows as agenda_table_rows
from kcc_papers.extract.meetings.minutes_heading import MinutesHeading
from kcc_papers.load import zebra, zebra_rows
from kcc_papers.load.model import Line
from kcc_papers.models import Contract
from kcc_papers.pipeline import process_file
from kcc_papers.segment_starts.heading_kinds import MINUTES_DATED
from step_count import assert_linear
from test_heldout_round11_z import REGISTER as ROUND11_REGISTER

# ------------------------------- a zebra table's cell merged down in its last column

# round 11's register, its provider's column moved last
PROVIDER_FIRST = ("|% 30 30 20 20\n"
                  "|~ Service and lot | Provider | Annual value (£) | Total contract value (£) |")
PROVIDER_LAST = ("|% 30 20 20 30\n"
                 "|~ Service and lot | Annual value (£) | Total contract value (£) | Provider |")
assert PROVIDER_FIRST in ROUND11_REGISTER
REGISTER = ROUND11_REGISTER.replace(PROVIDER_FIRST, PROVIDER_LAST)


def test_regression_zebra_cell_merged_down_in_the_last_column(tmp_path: Path) -> None:
    """A provider's cell merged down from an unshaded row into the shaded row below, in the
    table's last column: the shaded row stops short of the right edge by that one cell, as a
    section's name row (shaded in its first cell only) does, but it is no section row."""
    rows = ("| Carers support | 228,000 | 1,140,000 | Ashcombe Carers Centre |\n"
            "| Day opportunities | 340,000 | 1,020,000 | Skye Ridge Mental Health and Wellbeing"
            " Association |\n"
            "| Recovery community | 118,000 | 354,000 | ^ |\n")
    paper = REGISTER.format(council="Ashcombe", body="Health and Wellbeing Board", rows=rows)
    found = [(c.provider, c.value_gbp)
             for c in process_file(str(rendered(paper, tmp_path))).records
             if isinstance(c, Contract)]
    skye = "Skye Ridge Mental Health and Wellbeing Association"
    assert sorted(found, key=str) == sorted(
        [("Ashcombe Carers Centre", 1140000.0), (skye, 1020000.0), (skye, 354000.0)], key=str)


# ------------------------------- a minutes' head read in columns lost a line after a stamp

STAMPED_MINUTES = "\n".join([
    "PUBLIC PACK - PLANNING 14/05/26",
    "ASHCOMBE BOROUGH COUNCIL",
    "Minutes of the meeting of the Planning Committee held on Thursday 14 May 2026 at 7.00 pm",
    "in the Council Chamber, Town Hall, Ashcombe",
    "Present:",
    *(f"Councillor Member{n} Surname{n}" for n in range(1, 12)),
    "1. Apologies for absence",
    "Apologies were received from Councillor Dene.",
    "2. Minutes of the previous meeting",
    "RESOLVED: That the minutes of the meeting held on 9 April 2026 be approved.",
    ""])


def test_regression_minutes_head_lost_a_line_after_a_stamp(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The minutes' head (read in columns) was taken from the segment's first lines less its
    stamps, the rest from the unstamped lines past the same count: a stamp in the head lost
    the first line after it."""
    (ctx,) = text_contexts(STAMPED_MINUTES, "minutes", tmp_path)
    flat, start = ctx.segment.flat, ctx.segment.start
    page, idx, first = flat[start]
    flat[start] = (page, idx, replace(first, stamp=True))  # as a publisher's stamp is marked
    seen: list[list[str]] = []

    def heading(lines: list[str], whole_text: str) -> MinutesHeading:
        seen.append(lines)
        return MinutesHeading()

    monkeypatch.setattr(meetings_module, "minutes_heading", heading)
    meetings_module.extract(ctx)
    unstamped = [line.text for _, line in ctx.segment.lines if not line.stamp]
    assert seen == [unstamped]


# ------------------------------- a zebra column's text start when a cell's text is at its edge


def test_regression_zebra_text_start_at_the_column_edge_was_overwritten() -> None:
    """A column whose leftmost text lies on its edge starts there: the edge was also the
    start's "nothing found yet" mark, so the next row's text, further right, replaced it."""
    cells = [(10.0, 0.0, 50.0, 10.0), (50.0, 0.0, 100.0, 10.0),
             (10.0, 10.0, 50.0, 20.0), (50.0, 10.0, 100.0, 20.0)]
    table = zebra.ZebraTable(None, cells, [10.0, 50.0, 100.0], (20.0, 30.0), None)

    def glyph(x0: float) -> dict[str, Any]:
        return {"x0": x0, "text": "a"}

    chars: list[list[list[dict[str, Any]] | None]] = [
        [[glyph(10.0)], [glyph(52.0)]], [[glyph(14.0)], [glyph(55.0)]]]
    assert zebra_rows.text_starts(table, chars) == [10.0, 52.0]


def test_guard_zebra_text_start_of_an_empty_column_is_its_edge() -> None:
    cells = [(10.0, 0.0, 50.0, 10.0), (50.0, 0.0, 100.0, 10.0)]
    table = zebra.ZebraTable(None, cells, [10.0, 50.0, 100.0], (10.0, 20.0), None)
    assert zebra_rows.text_starts(table, [[[{"x0": 12.0, "text": "a"}], []]]) == [12.0, 50.0]


# ------------------------------- minutes titled by the word and a date: a long run of spaces


@pytest.mark.parametrize(("text", "dated"), [
    ("Minutes", True), ("Minutes - Wednesday 9 September 2026", True),
    ("DRAFT MINUTES: 9 September 2026  ", True), ("Minutes 9 September 2026", False),
    # ("Minute(s) of (the) Meeting" over its date is a title too, since round 15: a Scottish
    # board's heading; with more words it is no title of this kind)
    ("Minutes of the meeting", True), ("Minutes of the meeting of the Cabinet", False),
    ("Minutes" + " " * 50 + "Action", False)])
def test_guard_minutes_dated_heading(text: str, dated: bool) -> None:
    # (the pattern once put a "\s*" either side of an optional part: a line of "Minutes"
    # and thousands of spaces took time growing with their square; what it matches is kept)
    assert bool(MINUTES_DATED.match(text)) is dated


# ------------------------------- an agenda's rows parted by their page's last cells: linear

def _agenda_table(pages: int) -> list[tuple[int, Line]]:
    """A headed agenda table on each of ``pages`` pages: its header, rows printing their
    lead in its own run, and rows read as one run (their title run up to the lead)."""
    out: list[tuple[int, Line]] = []
    for page in range(1, pages + 1):
        out.append((page, Line("Item Title Lead", 50.0, 100.0, 500.0, 110.0,
                               spans=[(50.0, "Item"), (80.0, "Title"), (400.0, "Lead")])))
        for n in range(1, 11):
            top = 110.0 + 20 * n
            out.append((page, Line(f"{n} Report number {n} of page {page} Officer {page}.{n}",
                                   50.0, top, 480.0, top + 10.0,
                                   spans=[(50.0, str(n)), (80.0, f"Report number {n}"),
                                          (400.0, f"Officer {page}.{n}")])))
            out.append((page, Line(f"{n + 10} Title of item {n + 10} running on Chair",
                                   50.0, top + 10.0, 430.0, top + 20.0,
                                   spans=[(50.0, f"{n + 10} Title of item {n + 10} running on"
                                                 " Chair")])))
    return out


def _parted(pages: int) -> object:
    lines = _agenda_table(pages)
    return agenda_table_rows._last_cells_parted(lines, {page for page, _ in lines})


def test_regression_agenda_rows_parted_against_every_pages_cells() -> None:
    # each row read as one run was matched against the last cells of every page of the
    # agenda (kept by page and text), not its own page's: quadratic in the pages
    assert_linear(agenda_table_rows.__file__, _parted, small=8)


def test_guard_agenda_row_parted_by_its_own_pages_lead_cell() -> None:
    # "Officer 1.4" is a lead cell of page 1's rows, ending where this row ends: parted there
    # on page 1, not on page 2 (whose rows print no such cell)
    row = Line("3 Title of item 3 Officer 1.4", 50.0, 700.0, 480.0, 710.0,
               spans=[(50.0, "3 Title of item 3 Officer 1.4")])
    parted = [line for _, line in agenda_table_rows._last_cells_parted(
        [*_agenda_table(2), (1, row), (2, row)], {1, 2}) if line.top == row.top]
    assert [[text for _, text in line.spans] for line in parted] == [
        ["3 Title of item 3", "Officer 1.4"], ["3 Title of item 3 Officer 1.4"]]

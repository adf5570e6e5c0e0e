"""Regression tests for a "Record of Meeting" printed as an "Item | Record | Action" table
(each row's title a bold run-in opening its record's cell): a row whose record is one line,
its number cell and record cell read as one run opening in regular type, had no run-in and
was dropped; a row whose record prints no bold title was dropped too, and with it the row
after it (its number out of sequence). Small papers written here, not the held-out ones."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, numbers, pdf_minutes, rendered, source_lines
from kcc_papers.load import load

RECORD = source_lines(
    "** Record of Meeting",
    "Date:\t9 March 2027",
    "|% 7 75 18",
    "| Item | Record | Action |",
    "| 1. | **Action log** The Panel reviewed the action log. The Panel agreed that all the "
    "open actions be carried forward to the next meeting of the Panel. | |",
    "| 2. | **Budget** The Panel noted the budget. | |",
    "| 3. | The Panel noted the quarterly complaints report and asked for trends. | AB |",
    "| 4. | **Date of next meeting** The next meeting will be held on Tuesday 6 April 2027 "
    "at 2.00 p.m. | |",
)


def _leads(source: str, tmp_path: Path) -> list[str]:
    pdf = rendered(source, tmp_path)
    return [line.lead for page in load(pdf).pages for line in page.lines if line.lead]


def test_regression_record_row_of_one_line_has_its_bold_title_as_lead(tmp_path: Path) -> None:
    # "2.   Budget The Panel noted the budget." is one run opening in regular type: its
    # run-in opens its second cell, after the number cell and a column's gap
    assert _leads(RECORD, tmp_path) == ["Action log", "Budget", "Date of next meeting"]


def test_regression_record_rows_of_one_line_and_untitled_are_kept(tmp_path: Path) -> None:
    records = pdf_minutes(RECORD, tmp_path)
    assert numbers(records) == [
        ("1", "Action log"),
        ("2", "Budget"),
        # no bold title: the record's first sentence titles it, and it stays the text
        ("3", "The Panel noted the quarterly complaints report and asked for trends"),
        ("4", "Date of next meeting"),
    ]
    # the untitled row's decision is read from its text
    assert [d.ref for d in decisions_in(records)] == ["1", "2", "3"]
    assert [d.outcome for d in decisions_in(records) if d.ref == "3"] == ["noted"]


def test_bold_word_after_a_word_space_is_no_lead(tmp_path: Path) -> None:
    # guard: a line opening in regular type whose second word is bold after a plain word
    # space (an emphasised word in a sentence) opens no cell, so it has no run-in
    source = source_lines(
        "** Minutes",
        "Members **noted** the report and agreed to write to the Minister about it.",
    )
    assert _leads(source, tmp_path) == []

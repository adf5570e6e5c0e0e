"""Review of round 35's leftover rules (family L): each test fails on the fix as it came and
passes with the review's mend. A sitting over two days across a month's end is dated by its
first day, a list of several meetings' days is no sitting; a person's office named after a
notice's colon is no body; a note recommended to another body is no decision; only an agenda's
heading calls it supplementary; a title line stopping on a joining word runs on into the line
under it, whatever form that opens in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from heldout_support import documents_of, rendered, source_lines, text_agenda_items
from kcc_papers.extract.meetings.addressed import notice_masthead
from kcc_papers.normalise.dates import find_date
from test_heldout_round35_L import _capital_report, _kinds, _presented

# ---------------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "first"), [
    ("Tuesday 30th June and Wednesday 1st July 2025", dt.date(2025, 6, 30)),
    ("30 June & 1 July 2025", dt.date(2025, 6, 30)),
    ("Wednesday 31st December and Thursday 1st January 2026", dt.date(2025, 12, 31)),
])
def test_regression_a_sitting_across_a_months_end_is_dated_by_its_first_day(
        text: str, first: dt.date) -> None:
    assert find_date(text) == first


def test_regression_a_two_day_agenda_across_months_is_dated_by_its_first_day(
        tmp_path: Path) -> None:
    paper = source_lines(
        "## HARROWFIELD BOROUGH COUNCIL",
        "!! Licensing Committee",
        "Date:\tTuesday 30th June and Wednesday 1st July 2026",
        "Time:\t9.30 am on each day",
        "** AGENDA",
        "1. Apologies for absence",
        "2. Review of the Statement of Licensing Policy",
    )
    assert documents_of(rendered(paper, tmp_path)) == [
        ("agenda", "2026-06-30", "Licensing Committee")]


# A list of days is the days of several meetings: the day before "and" is no sitting's first
# (the date read stays the one printed whole, as before the rule).
def test_regression_a_list_of_meeting_days_is_no_sitting() -> None:
    assert find_date("Future meetings: 1, 8 and 10 June 2025") == dt.date(2025, 6, 10)


# --------------------------------------------------------------- notice mastheads


@pytest.mark.parametrize("title", [
    "Notice of Decisions: Leader of the Council",
    "Record of Decision - Chair of the Licensing Committee",
])
def test_regression_an_office_after_a_notices_colon_is_no_body(title: str) -> None:
    assert notice_masthead([title, "Meeting date: 14 April 2026"]) == {}


# ------------------------------------------------------------------ report kinds


def test_regression_a_note_recommended_to_another_body_is_no_decision(tmp_path: Path) -> None:
    ask = ("That the Committee notes the programme risks and recommends to Full Council that "
           "it notes them.")
    assert _kinds(_capital_report(ask), tmp_path) == ["risk_register"]


# ---------------------------------------------------------------------- agendas


_NOTICED = """NORTHLEA DISTRICT COUNCIL

CABINET

Tuesday, 10th March, 2026 at 7.00 pm
{notice}

AGENDA

1.   Apologies for Absence
2.   Budget 2026/27 and Medium Term Financial Strategy  (Pages 1 - 4)
     The appendices to this report are:
     9.  Savings proposals  (Pages 5 - 9)
     10.  Fees and charges  (Pages 10 - 12)
3.   Any other business
"""


@pytest.mark.parametrize("notice", [
    "Urgent business may be raised only with the consent of the Chair.",
    "Additional items may be added to this agenda up to five days before the meeting.",
])
def test_regression_a_front_page_sentence_makes_no_supplementary_agenda(
        notice: str, tmp_path: Path) -> None:
    assert [ref for ref, _ in text_agenda_items(_NOTICED.format(notice=notice), tmp_path)] == [
        "1", "2", "3"]


def test_regression_a_title_stopping_on_a_joining_word_runs_on(tmp_path: Path) -> None:
    text = _presented("Call-In of the Decision on Library Opening Hours taken by the",
                      "Cabinet Member for Culture and Leisure")
    assert text_agenda_items(text, tmp_path)[2] == (
        "3", "Call-In of the Decision on Library Opening Hours taken by the Cabinet Member for "
             "Culture and Leisure")

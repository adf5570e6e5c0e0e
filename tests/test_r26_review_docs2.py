"""Review of round 26's second-pass documents fixes (batches A-E): each test a paper another
council would print that the fixes misread, written here, not taken from the held-out set."""

from __future__ import annotations

import datetime
from pathlib import Path

from heldout_support import decision_rows
from kcc_papers.extract.meetings.mastheads import masthead_pair
from kcc_papers.segment_starts.wrapped_fields import wrapped_field_lines
from test_heldout_round26_docs2 import FORMAL_MINUTES_AGREED


def test_regression_a_dated_agenda_line_under_its_committee_dates_the_meeting() -> None:
    # "Supplementary Agenda - Tuesday 5 June 2028" under "Planning Committee" is the meeting's
    # date line; its two words before the date are no register's title dated on its own day
    got = masthead_pair(["Planning Committee", "Supplementary Agenda - Tuesday 5 June 2028"])
    assert got == {"committee": "Planning Committee", "meeting_date": datetime.date(2028, 6, 5)}


def test_regression_a_venue_before_the_date_is_no_dated_title() -> None:
    got = masthead_pair(["Licensing Committee", "Council Chamber, Town Hall - 5 June 2028"])
    assert got == {"committee": "Licensing Committee", "meeting_date": datetime.date(2028, 6, 5)}


def test_regression_the_committees_own_meeting_line_dates_it() -> None:
    # "Report to the Planning Committee" over "Planning Committee meeting, 12 March 2028": the
    # line under the body names its meeting, no paper's title
    got = masthead_pair(["Report to the Planning Committee",
                         "Planning Committee meeting, 12 March 2028"])
    assert got == {"committee": "Planning Committee", "meeting_date": datetime.date(2028, 3, 12)}


def test_regression_a_report_heading_is_no_organisation_named_short() -> None:
    # the line above ends with the meeting's name, but it is the report's heading (a sentence
    # "... to the Licensing Committee"), not an organisation's name printed in full
    got = masthead_pair(["Report of the Chief Executive to the Licensing Committee",
                         "Licensing Committee meeting, 12 March 2028"])
    assert got.get("committee") != "Report of the Chief Executive to the Licensing Committee"


def test_regression_a_numbered_list_is_no_field_wrapped_over_lines() -> None:
    # "2) Minutes" closes a bracket it did not open, but goes on from no line above: a
    # notice's items numbered "1)", "2)" before the first heading are lines of their own,
    # and counted as wrapped they let a long notice pass for a masthead
    items = ["1) Apologies for absence", "2) Minutes of the last meeting",
             "3) Declarations of interest", "4) Budget monitoring", "5) Any other business"]
    assert wrapped_field_lines(items) == 0


# the fixer's formal minutes, their last minutes put off instead of confirmed
MINUTES_NOT_CONFIRMED = FORMAL_MINUTES_AGREED.replace(
    "be approved as a correct record.",
    "could not be approved until the missing attendance had been added.")


def test_regression_minutes_not_confirmed_are_no_confirmation(tmp_path: Path) -> None:
    # the passive confirmation rule took "It was agreed that the minutes ... could not be
    # approved until ..." for the minutes' confirmation, an "agreed" decision; the minutes
    # were not confirmed
    rows = decision_rows(MINUTES_NOT_CONFIRMED, tmp_path)
    assert not any("could not be approved" in text for text, _ in rows)
    assert [text for text, _ in rows] == ["RESOLVED: that the highlight report be noted."]
    assert MINUTES_NOT_CONFIRMED != FORMAL_MINUTES_AGREED

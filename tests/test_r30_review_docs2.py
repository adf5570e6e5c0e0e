"""Review of round 30's documents and KPIs (second pass) rules: each test a paper another
council would plausibly publish that the fixer's rules misread."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import pack_documents, source_lines
from kcc_papers.extract.meetings.subject_dates import subject_dated

# A report's page under its committee's masthead, the meeting's date line saying the meeting
# was moved ("Adjourned until 5 June 2031"): the tie word "until" stands before the date as in
# a subject's title, but the words before it are the meeting's, so the line dates the meeting.
MOVED_MEETING_REPORT = (
    "<< Licensing Committee",
    "{date_line}",
    "** Agenda Item 2",
    "## Taxi Fares Review",
    "Report of the Licensing Manager",
    "Fares were last set on 2 March 2029.",
    "** Recommendation",
    "That the Committee approves the fares.",
)


@pytest.mark.parametrize("date_line", [
    "Adjourned until 5 June 2031",
    "Meeting postponed until 5 June 2031",
    "Reconvened Meeting from Thursday 5 June 2031",
])
def test_regression_a_moved_meetings_date_line_dates_the_meeting(
        date_line: str, tmp_path: Path) -> None:
    lines = [line.format(date_line=date_line) for line in MOVED_MEETING_REPORT]
    docs = pack_documents(source_lines(*lines), tmp_path)
    assert docs == [("report", "2031-06-05", "Licensing Committee")]


def test_regression_a_subject_dated_title_stays_one_beside_meeting_words() -> None:
    assert not subject_dated("Adjourned until 5 June 2031")
    assert subject_dated("Sheltered Housing Charges from 1 April 2031")
    assert subject_dated("Interim Arrangements until 31 March 2030")

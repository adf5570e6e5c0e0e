"""Regression tests for the bugs the ninth and tenth held-out batches showed on their first run
(issue 11, third round): each named after the bug, each on a small paper in the layout that
showed it."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import text_contexts
from kcc_papers.extract import meetings, minutes
from kcc_papers.extract.minutes.heading import minutes_heading
from kcc_papers.models import Decision, Meeting, Minute
from kcc_papers.normalise.outcomes import classify_outcome

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _minutes(text: str, tmp_path: Path) -> list:
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    return minutes.extract(ctx)


def _numbers(records: list) -> list[tuple[str | None, str]]:
    return [(m.minute_number, m.title) for m in records if isinstance(m, Minute)]


def _decisions(records: list) -> list[str]:
    return [d.decision_text for d in records if isinstance(d, Decision)]


NI = """CARRICK DISTRICT COUNCIL

Minutes of a Meeting of the Strategic Policy and Resources Committee held on Thursday
11 September 2025 at 7.00 pm

In the Chair: Alderman D. McKeown
Members Present: Councillors C. Doherty, T. Quinn

SPR 101/25  APOLOGIES

Apologies were received from Councillor M. Hanna.

SPR 102/25  MINUTES OF MEETING HELD ON 14 AUGUST 2025

Proposed by Councillor Doherty
Seconded by Councillor Quinn and

AGREED - that the minutes be adopted.

SPR 103/25  ANY OTHER BUSINESS

There was no other business.
"""


def test_regression_committee_letters_spaced_from_number_and_year_were_no_minutes(tmp_path):
    """'SPR 101/25': the committee's letters, a space, then number/year was not a heading."""
    records = _minutes(NI, tmp_path)
    assert _numbers(records) == [("SPR 101/25", "APOLOGIES"),
                                 ("SPR 102/25", "MINUTES OF MEETING HELD ON 14 AUGUST 2025"),
                                 ("SPR 103/25", "ANY OTHER BUSINESS")]
    assert _decisions(records) == ["AGREED - that the minutes be adopted."]


NATIONAL_PARK = """HIGHMOOR NATIONAL PARK AUTHORITY

Planning Committee

Minutes of the meeting held on Friday 5 December 2025 at 10.00 am

61/2025 Apologies for absence

Apologies were received from Mr Metcalfe.

62/2025 NP/25/0412/FUL - Barn conversion, Low Gill Farm

RESOLVED: That planning permission be granted subject to conditions.

63/2025 Planning enforcement quarterly report

RESOLVED: That the report be noted.
"""


def test_regression_number_then_year_in_full_was_read_as_year_then_number(tmp_path):
    """'61/2025' was read as the year '61' and running number 2025, so no two headings
    followed each other."""
    records = _minutes(NATIONAL_PARK, tmp_path)
    assert [n for n, _ in _numbers(records)] == ["61/2025", "62/2025", "63/2025"]


def test_regression_planning_permission_be_granted_was_outcome_other():
    assert classify_outcome("RESOLVED: That planning permission be granted subject to "
                            "conditions.") == "approved"
    assert classify_outcome("That a grant of £500 be awarded to the pantry") != "approved"


FIRE = """WESTERMERE FIRE AND RESCUE AUTHORITY

MINUTES of the meeting of the FIRE AUTHORITY held on Thursday 18 December 2025 at 10.30 am.

Min. 45.  Apologies for Absence

45.1 Apologies for absence were received from Councillor M. Trent.

Min. 46.  Community Risk Management Plan 2026-2029

46.1 The Chief Fire Officer presented the draft plan.

46.2 Resolved – that the Community Risk Management Plan 2026-2029 be approved.

46.3 Members thanked the staff for their work on the consultation.
"""


def test_regression_resolved_in_a_two_level_numbered_paragraph_was_no_decision(tmp_path):
    """'46.2 Resolved – that ...': the paragraph's number hid the resolution, and the next
    paragraph '46.3' ends it."""
    records = _minutes(FIRE, tmp_path)
    assert _numbers(records) == [("45", "Apologies for Absence"),
                                 ("46", "Community Risk Management Plan 2026-2029")]
    assert _decisions(records) == [
        "Resolved – that the Community Risk Management Plan 2026-2029 be approved."]


SCOTTISH = """GLENARDEN COUNCIL

Communities and Housing Committee

Minute of Meeting held in the Council Chambers on Tuesday 21 October 2025 at 10.00 am

Present: Councillor F. MacLeod (Convener); Councillors A. Baird and J. Watt

I. DECLARATIONS OF INTEREST

No declarations of interest were intimated.

II. MINUTE OF PREVIOUS MEETING

DECISION

The Committee AGREED to approve the minute as a correct record.

III. EMPTY HOMES UPDATE

DECISION

The Committee noted the update.
"""


def test_regression_roman_numbered_minutes_were_unnumbered(tmp_path):
    records = _minutes(SCOTTISH, tmp_path)
    assert _numbers(records) == [("I", "DECLARATIONS OF INTEREST"),
                                 ("II", "MINUTE OF PREVIOUS MEETING"),
                                 ("III", "EMPTY HOMES UPDATE")]


def test_regression_minute_of_meeting_under_a_title_case_committee_named_the_council(
        tmp_path):
    """'Minute of Meeting' (singular, no article) was no minutes heading, and the title-case
    committee line above it was passed over for the council's name."""
    heading = minutes_heading(SCOTTISH.splitlines()[:12])
    assert heading.committee == "Communities and Housing Committee"
    (ctx,) = text_contexts(SCOTTISH, "minutes", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Communities and Housing Committee"


def test_regression_meeting_of_the_board_named_the_board_without_its_name(tmp_path):
    text = ("NORTHERN VALLEYS TRANSPORT BOARD\n\nMinutes of the meeting of the Board held on "
            "Monday 19 January 2026 at 2.00 pm\n\n1. Apologies for absence\n\nNone.\n\n"
            "2. Finance\n\nRESOLVED: That the position be noted.\n")
    assert minutes_heading(text.splitlines()).committee == "Northern Valleys Transport Board"

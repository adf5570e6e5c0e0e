"""Review of round 25's I/J documents fixes: a notice of cancellation read only where it names
the meeting that will not be held, in the forms other councils print it. Each test runs on a
small paper written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, pack_documents, pack_front, rendered

# ------------------------------------- a paper naming a meeting still to come is no notice

MEMBER_BRIEFING = """## ASHCOMBE DISTRICT COUNCIL
** ALL MEMBER BRIEFING NOTE
** Leisure Centre Refurbishment
Issued: 2 June 2026
The refurbishment, postponed in 2025 while the pool roof was surveyed, is now to start in \
the autumn.
The contract award will be reported to the meeting of the Cabinet scheduled to be held on \
12 June 2026 at 6.00 pm.
Members with questions may contact the Head of Leisure.
"""


def test_regression_briefing_naming_a_meeting_to_come_is_no_cancellation(tmp_path: Path) -> None:
    # "postponed" is the project's, and "the meeting of the Cabinet scheduled to be held on
    # 12 June" a meeting still to come: the note cancels nothing and belongs to no meeting;
    # before, the cancellation reader took the Cabinet of 12 June as its meeting
    assert documents_of(rendered(MEMBER_BRIEFING, tmp_path)) == [("other", None, None)]


# ------------------------------------------------- the notice's body in other forms

NOTICE_HEAD = """## HOLMFORD TOWN COUNCIL
The Town Hall, Market Street, Holmford HF1 1AA
** NOTICE OF CANCELLATION
** PLANNING AND HIGHWAYS COMMITTEE
"""
NOTICE_FOOT = "\nD. Aspinall\nTown Clerk\n"


def notice_documents(sentence: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    return documents_of(rendered(NOTICE_HEAD + sentence + NOTICE_FOOT, tmp_path))


def test_regression_cancelled_committee_named_in_capitals(tmp_path: Path) -> None:
    # a parish clerk's notice prints the body in capitals, as its summons does (the meeting
    # sentence reads "the FINANCE AND GENERAL PURPOSES COMMITTEE"); before, no meeting
    docs = notice_documents(
        "Notice is given that the meeting of the PLANNING AND HIGHWAYS COMMITTEE which was to "
        "have been held on Monday 6 March 2028 at 7.30 pm has been cancelled.", tmp_path)
    assert docs == [("other", "2028-03-06", "Planning and Highways Committee")]


def test_regression_cancelled_meeting_of_the_committee_named_above(tmp_path: Path) -> None:
    # "the meeting of the Committee" under the notice's heading "PLANNING AND HIGHWAYS
    # COMMITTEE": the body its heading names; before, the committee was "Committee"
    docs = notice_documents(
        "Notice is given that the meeting of the Committee which was due to be held on Monday "
        "6 March 2028 at 7.30 pm has been cancelled.", tmp_path)
    assert docs == [("other", "2028-03-06", "Planning and Highways Committee")]


def test_regression_cancelled_meeting_of_the_above_committee(tmp_path: Path) -> None:
    # "the meeting of the above Committee": the same; before, no meeting at all
    docs = notice_documents(
        "Notice is given that the meeting of the above Committee which was due to be held on "
        "Monday 6 March 2028 at 7.30 pm has been cancelled.", tmp_path)
    assert docs == [("other", "2028-03-06", "Planning and Highways Committee")]


def test_regression_postponed_meeting_is_not_dated_by_its_new_day(tmp_path: Path) -> None:
    # "which was due to be held on Monday 6 March has been postponed to Monday 13 March 2028":
    # the notice's meeting is the one of 6 March; the day it moves to is another meeting's
    # date (the year of 6 March is the one in which it was a Monday); before, 13 March was
    # read as the postponed meeting's
    docs = notice_documents(
        "Notice is given that the meeting of the Planning and Highways Committee which was "
        "due to be held on Monday 6 March has been postponed to Monday 13 March 2028 at "
        "7.30 pm.", tmp_path)
    assert docs == [("other", "2028-03-06", "Planning and Highways Committee")]


# ------------------------- a joint committee's councils joined by '&', 'and' or a dash

def joint_agenda(councils: str) -> str:
    return f"""%% header Norbury and Halstead Joint Waste Committee
<< {councils}
## Norbury and Halstead Joint Waste Committee
<< Wednesday 10 June 2026, 10.00 am
Venue:	Committee Room 2, Norbury House, High Street, Norbury NB1 2AA
** AGENDA
1. Apologies for Absence
2. Declarations of Interest
3. Garden Waste Charges 2026/27
"""


@pytest.mark.parametrize("councils", [
    "NORBURY DISTRICT COUNCIL & HALSTEAD BOROUGH COUNCIL",
    "NORBURY DISTRICT COUNCIL AND HALSTEAD BOROUGH COUNCIL",
    "NORBURY DISTRICT COUNCIL - HALSTEAD BOROUGH COUNCIL",
])
def test_regression_councils_joined_by_a_word_or_a_dash_are_no_committee(
        councils: str, tmp_path: Path) -> None:
    # the councils' names parted by "&", "and" or a dash name no committee as a bar or a
    # slash does not: the joint committee below meets; before, the councils' line (or its
    # part after "&") was read as the committee
    docs = pack_documents(joint_agenda(councils), tmp_path)
    assert docs == [("agenda", "2026-06-10", "Norbury and Halstead Joint Waste Committee")]


# --------------------------- each day's attendance labelled by a date in another form

def reconvened_minutes(first: str, second: str) -> str:
    return pack_front("CALDERBY BOROUGH COUNCIL", "Overview Committee") + f"""\
** Calderby Borough Council
** Overview Committee
** Minutes
Minutes of the meeting held on Tuesday 10 March 2026 at 7.00 pm in the Council Chamber, \
adjourned at 10.00 pm and reconvened on Tuesday 17 March 2026 at 7.00 pm.
{first} Councillors Rowe (Chair), Tait, Ubsdell and Vance.
{second} Councillors Rowe (Chair), Tait and Vance.
** OC/12 Apologies for Absence
There were none on 10 March.
** OC/13 Parking Charges Review
RESOLVED: That the review be noted.
The meeting closed at 8.15 pm on 17 March 2026.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("Present on 10/03/2026:", "Present on 17/03/2026:"),
    ("Present (10 March):", "Present (17 March):"),
])
def test_regression_each_days_attendance_dated_in_figures_or_brackets(
        first: str, second: str, tmp_path: Path) -> None:
    # the same lists under "Present on 10/03/2026:" or "Present (10 March):", as other
    # councils date them: the attendance label; before, only "Present on 10 March:" was
    # (the rule kept to the one paper's form) and the minutes were read as the agenda's pages
    docs = pack_documents(reconvened_minutes(first, second), tmp_path)
    assert ("minutes", "2026-03-10", "Overview Committee") in docs

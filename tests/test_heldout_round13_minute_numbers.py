"""Regression tests for the minute numbering misses of round 13's blind batches. Each runs on
small papers written here, in more than one council's or committee's form of the thing."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers

# ------------------------------------------- a code joined by an ampersand, the year, a number

NI_LEISURE = """LEISURE AND DEVELOPMENT COMMITTEE

Minutes of the meeting of the Leisure and Development Committee held on
Tuesday 16 February 2027 at 7.00 pm.

PRESENT:        Alderman H. Crawford (Chair)
                Councillors N. Cassidy and B. Doherty

L&D 27/014  APOLOGIES

Apologies were received from Councillor M. Ferris.

L&D 27/015  DECLARATIONS OF INTEREST

Councillor Doherty declared an interest in item L&D 27/017.

L&D 27/016  COMMUNITY SPORTS GRANTS - ROUND 3

AGREED - that community sports grants totalling £27,450 be awarded.

This being all the business the meeting closed at 8.41 pm.
"""

ENVIRONMENT = """Environment and Regeneration Services Committee
Minutes of the meeting held on 3 March 2026

Present: Councillor P Quinn (Chair), Councillors A Boyle and R Devlin

E&RS 26/031 Apologies
None were received.

E&RS 26/032 Conflicts of interest
No conflicts were declared.

E&RS 26/033 Street lighting upgrade
RESOLVED - that the upgrade be approved.
"""


def test_regression_ampersand_code_before_year_and_number_was_left_in_the_title(
        tmp_path: Path) -> None:
    # "L&D 27/014": the committee's initials joined by an ampersand, the year, a number
    # printed to three figures; the number was read as the title's first words
    assert numbers(minutes_of(NI_LEISURE, tmp_path)) == [
        ("L&D 27/014", "APOLOGIES"),
        ("L&D 27/015", "DECLARATIONS OF INTEREST"),
        ("L&D 27/016", "COMMUNITY SPORTS GRANTS - ROUND 3"),
    ]
    assert numbers(minutes_of(ENVIRONMENT, tmp_path)) == [
        ("E&RS 26/031", "Apologies"),
        ("E&RS 26/032", "Conflicts of interest"),
        ("E&RS 26/033", "Street lighting upgrade"),
    ]

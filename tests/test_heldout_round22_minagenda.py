"""Regression tests for held-out round 22's misses in minutes and agenda items (and the
decisions read from those minutes). Each on a small paper written here in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.pipeline import process_file

# ------------------- the business after the last minute minuted in lettered parts of one number

TRAILING_PARTS = """## Ashcombe Council
** MINUTES OF THE EXECUTIVE
Held on Monday, 8 November 2027 at 4.00 p.m. in Committee Room A
Present:	Councillor T. Abernethy (Leader) in the Chair; Councillors B. Quaye, J. Lindgren
** Minute 101 - Apologies for Absence
Apologies for absence were received from Councillor Holroyd.
** Minute 102 - Minutes
RESOLVED - That the minutes of the meeting held on 11 October 2027 be approved.
** Minute 103(a) - Libraries Strategy 2027-2032
RESOLVED - That the Libraries Strategy 2027-2032 be approved.
** Minute 103(b) - Household Support Fund Round 7
RESOLVED - That the allocation of the Household Support Fund be agreed.
** Minute 103(c) - Empty Homes Premium
RESOLVED - That the empty homes premium be applied from 1 April 2028.
"""


def test_lettered_parts_after_last_minute_read_as_its_text(tmp_path: Path) -> None:
    # the lettered parts of the number after the chain's last minute were looked for only
    # where a later minute followed ("43", then "45"): none did, so all went into minute
    # 102's text; and "103(a) - Title" (a dash after the letter) was no part's heading
    assert numbers(process_file(str(rendered(TRAILING_PARTS, tmp_path))).records) == [
        ("101", "Apologies for Absence"), ("102", "Minutes"),
        ("103(a)", "Libraries Strategy 2027-2032"), ("103(b)", "Household Support Fund Round 7"),
        ("103(c)", "Empty Homes Premium")]

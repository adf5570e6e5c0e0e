"""Review of round 36's fix K3 (decisions in other bodies' minutes: a motion lost beside the
minute's RESOLVED, a council's name printed after its committee's): the cases the review found
read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows
from kcc_papers.pipeline import process_file

# A motion to approve lost, then the refusal, its line ending in an abbreviation's stop: the
# resolution's sentence goes on over the line, so the refusal records the motion's vote (one
# decision, as before the fix).
REFUSAL_AFTER_LOST_MOTION = """PLANNING COMMITTEE

MINUTES OF THE MEETING HELD ON THURSDAY 12 MARCH 2026

P/41 LAND AT HOLLY LANE, 25/00812/FUL

Councillor Pim moved that the application be approved. On being put to the vote the motion
was lost.
{resolved}
"""


@pytest.mark.parametrize("resolved", [
    "RESOLVED that application No.\n25/00812/FUL be refused for the reasons in the report.",
    "RESOLVED that the application for 4 Church St.\nbe refused for the reasons in the report.",
])
def test_regression_a_refusal_wrapped_after_an_abbreviation_takes_the_lost_motion(
        resolved: str, tmp_path: Path) -> None:
    rows = decision_rows(REFUSAL_AFTER_LOST_MOTION.format(resolved=resolved), tmp_path)
    assert [outcome for _, outcome in rows] == ["rejected"]
    assert rows[0][0].startswith("RESOLVED that ")


# A text export's masthead sentence wrapping the council's name under the committee's: the
# council is the name, not "of" and the name.
TEXT_EXPORT_MASTHEAD = """Minutes of a meeting of the Environment and Community Services Committee
of Lowmarsh Borough Council
held in the Council Chamber, Lowmarsh
on Tuesday, 3 February 2026 at 7.00 pm

Present:   Councillor E. Marsh (Chair)
           Councillors F. Beck, G. Close and J. Dunn

EC/12    MINUTES

         RESOLVED that the minutes of the meeting held on 2 December 2025 be
         approved.
"""


def test_regression_the_council_after_the_committee_is_read_without_its_of(
        tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text(TEXT_EXPORT_MASTHEAD)
    assert [(d.committee, d.council) for d in process_file(str(paper)).documents] == [
        ("Environment and Community Services Committee", "Lowmarsh Borough Council")]

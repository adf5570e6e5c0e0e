"""Session 37 (integration of held-out round 22): a recommendation wrapped so that its next
line opens with a section heading's word in small letters ("... at Appendix 1 for public" over
"consultation for eight weeks ...") was cut there, the line taken for a "Consultation"
heading ending the block."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

_REPORT = """## Caldermoor Borough Council
** REPORT TO PLANNING POLICY COMMITTEE - 9th June 2027
Title: Local Plan Review: Issues and Options
** 1. Recommendations
1.1 That the Committee approves the Issues and Options document at Appendix 1 for public
{next_line}
** 2. Background
2.1 The Local Development Scheme sets a timetable for the review.
"""


def _decisions(next_line: str, tmp_path: Path) -> list[str]:
    pdf = rendered(_REPORT.format(next_line=next_line), tmp_path, "report")
    return [r.decision_text for r in process_file(str(pdf)).records if isinstance(r, Decision)]


def test_regression_recommendation_wrapped_onto_a_section_word_in_small_letters(
        tmp_path: Path) -> None:
    assert _decisions("consultation for eight weeks from 5th July 2027.", tmp_path) == [
        "That the Committee approves the Issues and Options document at Appendix 1 for "
        "public consultation for eight weeks from 5th July 2027."]

"""Regression tests of round 32's integration: rules of two fixers that met only when merged."""

from __future__ import annotations

from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.meetings.welsh_minutes_heading import as_english_frame

# A bilingual minutes heading whose English half follows the Welsh on its line, past a
# slash, and wraps after "Minutes of" (as a fire and rescue authority's pack prints it).
WRAPPED_ENGLISH_HALF = [
    "Cofnodion cyfarfod yr Awdurdod Tân ac Achub a gynhaliwyd ddydd Llun, 22 Medi 2031 / "
    "Minutes of",
    "the meeting of the Fire and Rescue Authority held on Monday, 22 September 2031",
]


def test_regression_r32_welsh_heading_with_its_english_half_is_read_as_printed() -> None:
    # (the Welsh frame put in English named the body "Awdurdod Tân ac Achub" when the
    # heading's own English half was on the same line, wrapped)
    assert as_english_frame(WRAPPED_ENGLISH_HALF) == WRAPPED_ENGLISH_HALF
    heading = minutes_heading(WRAPPED_ENGLISH_HALF)
    assert heading.committee is not None
    assert "Awdurdod" not in heading.committee
    assert heading.committee.endswith("Fire and Rescue Authority")

"""Regressions found in session 26's own reading of its change, each named after its bug."""

from __future__ import annotations

from kcc_papers.extract.minutes import columns
from kcc_papers.extract.minutes.columns import one_column
from kcc_papers.load.model import Line
from step_count import assert_linear

PAGE_WIDTH = 595.0
LINES_PER_PAGE = 50


def _action_minutes(pages: int) -> list[tuple[int, Line]]:
    """Minutes with an "Action by" column: each minute's text left, its officer right, as the
    page model gives columns (lines of their own on one baseline)."""
    lines = []
    for page in range(1, pages + 1):
        for row in range(LINES_PER_PAGE):
            top = 60.0 + row * 14.0
            lines.append((page, Line(f"Minute {page}.{row}: the committee noted the report.",
                                     72.0, top, 300.0, top + 10.0, [(72.0, "text")])))
            if row % 5 == 0:
                lines.append((page, Line("Action by: Head of Finance", 400.0, top, 520.0,
                                         top + 10.0, [(400.0, "Action by: Head of Finance")])))
    return lines


def _one_column(pages: int) -> object:
    lines = _action_minutes(pages)
    return one_column(lines, {page: PAGE_WIDTH for page, _ in lines})


def test_regression_two_column_minutes_are_not_quadratic_in_their_lines():
    # each line looked for a line on its baseline by scanning every line of the minutes:
    # 4,400 lines of a long pack took ~1 s, 44,000 would take ~100 s
    assert_linear(columns.__file__, _one_column, small=8)


def test_two_column_minutes_keep_the_minute_column():
    lines = _action_minutes(2)
    widths: dict[int, float | None] = {1: PAGE_WIDTH, 2: PAGE_WIDTH}
    kept = [line.text for _, line, _ in one_column(lines, widths)]
    assert kept and not any("Head of Finance" in text for text in kept)

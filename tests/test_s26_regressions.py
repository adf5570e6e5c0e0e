"""Regressions found in session 26's own reading of its change, each named after its bug."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from kcc_papers.extract.minutes import columns
from kcc_papers.extract.minutes.columns import one_column
from kcc_papers.load.model import Line

PAGE_WIDTH = 595.0
LINES_PER_PAGE = 50
# How far past linear ten times the lines may go (sorting and bisection add a log factor).
LINEAR_SLACK = 1.5


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


class _OverBudget(Exception):
    pass


def _steps(pages: int, budget: int | None = None) -> int:
    """Lines of ``one_column``'s module executed on ``pages`` pages of minutes: a count, not a
    time, so the check holds on a loaded machine; past ``budget`` the run is stopped (a
    quadratic reader would take minutes under the tracer)."""
    lines = _action_minutes(pages)
    widths: dict[int, float | None] = {page: PAGE_WIDTH for page, _ in lines}
    module = columns.__file__
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:  # sys's TraceFunction
        nonlocal count
        if frame.f_code.co_filename != module:
            return None
        if event == "line":
            count += 1
            if budget is not None and count > budget:
                raise _OverBudget
        return trace

    sys.settrace(trace)
    try:
        one_column(lines, widths)
    finally:
        sys.settrace(None)
    return count


def test_regression_two_column_minutes_are_not_quadratic_in_their_lines():
    # each line looked for a line on its baseline by scanning every line of the minutes:
    # 4,400 lines of a long pack took ~1 s, 44,000 would take ~100 s. Ten times the lines
    # must take about ten times the steps (a little more: bisection is n log n).
    small = _steps(8)
    try:
        _steps(80, budget=LINEAR_SLACK * 10 * small)
    except _OverBudget:
        raise AssertionError("ten times the lines took more than "
                             f"{LINEAR_SLACK * 10}x the steps of {small}") from None


def test_two_column_minutes_keep_the_minute_column():
    lines = _action_minutes(2)
    widths: dict[int, float | None] = {1: PAGE_WIDTH, 2: PAGE_WIDTH}
    kept = [line.text for _, line, _ in one_column(lines, widths)]
    assert kept and not any("Head of Finance" in text for text in kept)

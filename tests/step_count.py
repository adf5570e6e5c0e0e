"""Whether a reader's work grows linearly with its input, told by counting the lines of its
module the interpreter executes (``sys.settrace``), not by timing it: a count holds on a
loaded machine, where a timed check failed though the code was linear."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

# How far past linear ten times the input may go (sorting and bisection add a log factor).
LINEAR_SLACK = 1.5
SCALE = 10


class OverBudget(Exception):
    """The run executed more lines than its budget: it was stopped there (a quadratic reader
    would take minutes under the tracer)."""


def steps(module_file: str, run: Callable[[], object], budget: int | None = None) -> int:
    """Lines of ``module_file`` executed by ``run()``; past ``budget`` the run is stopped."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:  # sys's TraceFunction
        nonlocal count
        if frame.f_code.co_filename != module_file:
            return None
        if event == "line":
            count += 1
            if budget is not None and count > budget:
                raise OverBudget
        return trace

    sys.settrace(trace)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


def assert_linear(module_file: str, run: Callable[[int], object], small: int) -> None:
    """``run(SCALE * small)`` executes at most ``LINEAR_SLACK * SCALE`` times the lines of
    ``module_file`` that ``run(small)`` does."""
    base = steps(module_file, lambda: run(small))
    try:
        steps(module_file, lambda: run(SCALE * small), budget=int(LINEAR_SLACK * SCALE * base))
    except OverBudget:
        raise AssertionError(f"{SCALE}x the input took more than {LINEAR_SLACK * SCALE}x the "
                             f"{base} steps") from None

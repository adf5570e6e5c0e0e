"""Minutes that follow the current minutes' closing line on its page ("The meeting closed at
7.02 pm" over the next minutes' heading): a second meeting of the same evening minuted on
from the first starts there."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.heading_kinds import _heading_kind
from kcc_papers.segment_starts.layout import _set_as_heading
from kcc_papers.segment_starts.walk_state import _Walk

# How every set of minutes ends: "The meeting closed at 7.02 pm".
MEETING_CLOSED = re.compile(r"^\s*(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|"
                            r"terminated|rose)\s+at\b", re.I)
# The next minutes' heading is this many lines under the closing line at most (their
# masthead, the council's name, between).
CLOSED_ABOVE = 3


def _closed_then_minutes(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, down its page (wherever: the closing line above it says a
    paper ended there), heads minutes following the current minutes' closing line (see
    ``_minutes_after_closing``): they start there."""
    if not (walk.paged and idx and walk.last_kind == "minutes"):
        return False
    at = _minutes_after_closing(walk.flat, i)
    if at is None:
        return False
    walk.begin(at, "minutes", i)
    walk.headings[at] = i
    return True


def _minutes_after_closing(flat: list[tuple[int, int, Line]], i: int) -> int | None:
    """Where the minutes headed at line ``i``, down its page, start when they follow the
    current minutes' closing line ("The meeting closed at 7.02 pm" over "THORNLEIGH BOROUGH
    COUNCIL" over "MINUTES OF THE CABINET (HOUSING) SUB-COMMITTEE": a second meeting of the
    same evening minuted on from the first): the line after the closing one; None if no such
    line is just above, or line ``i`` heads no minutes."""
    if "minute" not in flat[i][2].text.lower():
        return None
    top = i - flat[i][1]
    for n in range(i - 1, max(top, i - CLOSED_ABOVE) - 1, -1):
        if MEETING_CLOSED.match(flat[n][2].text):
            return n + 1 if _heading_kind(flat, i) == "minutes" else None
        if not _set_as_heading(flat, n):
            return None
    return None

"""An extract of another body's minutes a report encloses below its own text, down the page:
a full council's summons pack prints each recommendation from cabinet as a short report whose
background runs on into "EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 15 OCTOBER 2031"
and the cabinet's minute. The extract is a minutes document of its own body and date (the
set's rule since round 19), wherever on the page its heading stands; at a page's top the
heading starts it as any minutes' heading does."""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import TOP_OF_PAGE, _set_as_heading
from kcc_papers.segment_starts.minutes_headings import (
    EXTRACT_MINUTES,
    MINUTES,
    MINUTES_OF_BODY,
)
from kcc_papers.segment_starts.walk_state import _Walk


def _extract_in_report(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, below its page's top inside a report, heads an extract of
    minutes the report encloses (see ``extract_heading``): the minutes start there."""
    if not (walk.paged and idx >= TOP_OF_PAGE and walk.last_kind == "report"
            and extract_heading(walk.flat, i)):
        return False
    walk.begin(i, "minutes", i)
    walk.headings[i] = i
    return True


def extract_heading(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is set as a heading and titles an extract of a body's minutes:
    "Extract from the minutes of the Cabinet held on ..." (the words after "Extract from"
    a minutes' heading of their own, so a sentence "an extract from the minutes is attached"
    is none)."""
    text = flat[i][2].text
    if "extract" not in text.lower() or not (m := EXTRACT_MINUTES.match(text)):
        return False
    rest = text[m.end():]
    return bool(MINUTES.match(rest) or MINUTES_OF_BODY.match(rest)) and _set_as_heading(flat, i)

"""An extract of another body's minutes a report encloses below its own text, down the page:
a full council's summons pack prints each recommendation from cabinet as a short report whose
background runs on into "EXTRACT FROM THE MINUTES OF THE CABINET HELD ON 15 OCTOBER 2031"
and the cabinet's minute. The extract is a minutes document of its own body and date (the
set's rule since round 19), wherever on the page its heading stands; at a page's top the
heading starts it as any minutes' heading does."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import TOP_OF_PAGE, _set_as_heading
from kcc_papers.segment_starts.minutes_headings import (
    EXTRACT_MINUTES,
    MINUTES,
    MINUTES_OF_BODY,
)
from kcc_papers.segment_starts.walk_state import _Walk

# What an extract of minutes prints under its heading: who was present, or the minute itself
# headed by its number ("CAB/31/70 Library Service Strategy", "AR 19/31 Apologies", "45.
# Leisure Contract"). A report's list of background papers may set "Extract from the minutes
# of the Cabinet held on ..." in bold as one of its entries, the other papers' titles under it.
PRESENT = re.compile(r"^\s*Present\b", re.I)
NUMBERED_MINUTE = re.compile(
    r"^\s*(?:Min(?:ute)?\.?\s*(?:No\.?\s*)?)?[A-Z]{0,5}[/ .]?\d{1,4}(?:[/.]\d{1,4}){0,2}[.:)]?"
    r"[^\S\n]+[A-Z]")
# The extract's opening is within this many lines under the heading's first (the heading, a
# long body's name, may wrap onto a second line: "... (CALL-IN" over "MEETING) HELD ON ...").
OPENING_WITHIN = 3


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
    return (bool(MINUTES.match(rest) or MINUTES_OF_BODY.match(rest)) and _set_as_heading(flat, i)
            and _minutes_below(flat, i))


def _minutes_below(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the lines under the extract's heading at ``i``, on its page, open minutes: who
    was present, or a numbered minute's heading set as a heading (see NUMBERED_MINUTE)."""
    page = flat[i][0]
    for n in range(i + 1, min(i + 1 + OPENING_WITHIN, len(flat))):
        if flat[n][0] != page:
            return False
        text = flat[n][2].text
        if PRESENT.match(text) or (NUMBERED_MINUTE.match(text) and _set_as_heading(flat, n)):
            return True
    return False

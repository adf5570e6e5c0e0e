"""A text paper's masthead and item stamp on one line: "SEVERN VALE JOINT WASTE COMMITTEE -
8 DECEMBER 2027       AGENDA ITEM 4", the meeting's name and date at the left, the stamp set
to the right margin (a text file's gap read as one space)."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.report_heads import MEETING_DATED

# The stamp at the line's end, after the masthead: "... 8 DECEMBER 2027 AGENDA ITEM 4".
_TRAILING_STAMP = re.compile(
    r"\s+(?P<stamp>Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}(?:[./]\d{1,3})?[a-z]?)\.?\s*$",
    re.I)


def masthead_stamp(text: str) -> str | None:
    """The item stamp ("AGENDA ITEM 4") a line prints after its meeting's masthead (the body's
    name and the meeting's date, MEETING_DATED), else None."""
    if "item" not in text.lower() or not (m := _TRAILING_STAMP.search(text)):
        return None
    return m.group("stamp") if MEETING_DATED.match(text[: m.start()]) else None


def ends_with_stamp(text: str) -> bool:
    """Whether a line closes with an item stamp ("... REPORT OF THE PARTNERSHIP MANAGER
    AGENDA ITEM 3"): under a masthead's stamped line, a list of the pack's papers by their
    items (a contents list set in capitals), not the paper's own title."""
    return "item" in text.lower() and _TRAILING_STAMP.search(text) is not None

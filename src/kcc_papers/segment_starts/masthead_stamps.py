"""A text paper's masthead and item stamp on one line: "SEVERN VALE JOINT WASTE COMMITTEE -
8 DECEMBER 2027       AGENDA ITEM 4", the meeting's name and date at the left, the stamp set
to the right margin (a text file's gap read as one space); or the council's name at the left,
the meeting's dated line under it ("TOLLERBY TOWN COUNCIL       AGENDA ITEM 5" over
"AMENITIES COMMITTEE - 8 MARCH 2032")."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.report_heads import MEETING_DATED
from kcc_papers.segment_starts.text_mastheads import AUTHORITY_NAME

# The stamp at the line's end, after the masthead: "... 8 DECEMBER 2027 AGENDA ITEM 4".
_TRAILING_STAMP = re.compile(
    r"\s+(?P<stamp>Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}(?:[./]\d{1,3})?[a-z]?)\.?\s*$",
    re.I)


def masthead_stamp(text: str) -> str | None:
    """The item stamp ("AGENDA ITEM 4") a line prints after its meeting's masthead (the body's
    name and the meeting's date, MEETING_DATED, or the council's name alone, AUTHORITY_NAME:
    the stamp's reader, item_stamps._stamped_report, asks the lines under it for the meeting's
    dated line or whose report it is, as under a stamp alone on its line), else None."""
    if "item" not in text.lower() or not (m := _TRAILING_STAMP.search(text)):
        return None
    before = text[: m.start()]
    return m.group("stamp") if (MEETING_DATED.match(before)
                                or AUTHORITY_NAME.match(before)) else None


def ends_with_stamp(text: str) -> bool:
    """Whether a line closes with an item stamp ("... REPORT OF THE PARTNERSHIP MANAGER
    AGENDA ITEM 3"): under a masthead's stamped line, a list of the pack's papers by their
    items (a contents list set in capitals), not the paper's own title."""
    return "item" in text.lower() and _TRAILING_STAMP.search(text) is not None


def repeats_stamp(stamp: str, started: str) -> bool:
    """Whether masthead ``stamp`` is the one printed on ``started``, the line that started the
    current paper (its stamp alone or closing its masthead): a paper whose every page repeats
    its stamped masthead, the meeting's dated line under it, goes on at each page (its
    pages' own head is the dated line, not whose report it is)."""
    own = masthead_stamp(started) or started
    return " ".join(stamp.lower().split()) == " ".join(own.lower().strip(" .").split())

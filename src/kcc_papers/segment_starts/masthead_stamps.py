"""A text paper's masthead and item stamp on one line: "SEVERN VALE JOINT WASTE COMMITTEE -
8 DECEMBER 2027       AGENDA ITEM 4", the meeting's name and date at the left, the stamp set
to the right margin (a text file's gap read as one space); or the council's name at the left,
the meeting's dated line under it ("TOLLERBY TOWN COUNCIL       AGENDA ITEM 5" over
"AMENITIES COMMITTEE - 8 MARCH 2032")."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.report_heads import MEETING_DATED

# The stamp at the line's end, after the masthead: "... 8 DECEMBER 2027 AGENDA ITEM 4".
_TRAILING_STAMP = re.compile(
    r"\s+(?P<stamp>Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}(?:[./]\d{1,3})?[a-z]?)\.?\s*$",
    re.I)

# The council's (or authority's) name alone before the stamp, in capitals or each word
# capitalised (bar "and", "of", "the"), as the masthead's first line prints it: "TOLLERBY TOWN
# COUNCIL". The stamp's reader (item_stamps._stamped_report) asks the lines under it for the
# meeting's dated line or whose report it is, as under a stamp alone on its line.
_COUNCIL_BEFORE_STAMP = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|the|AND|OF|THE)\s+)?){1,6}"
    r"(?:Council|Authority|COUNCIL|AUTHORITY)\s*$")


def masthead_stamp(text: str) -> str | None:
    """The item stamp ("AGENDA ITEM 4") a line prints after its meeting's masthead (the body's
    name and the meeting's date, MEETING_DATED, or the council's name), else None."""
    if "item" not in text.lower() or not (m := _TRAILING_STAMP.search(text)):
        return None
    before = text[: m.start()]
    return m.group("stamp") if (MEETING_DATED.match(before)
                                or _COUNCIL_BEFORE_STAMP.match(before)) else None


def ends_with_stamp(text: str) -> bool:
    """Whether a line closes with an item stamp ("... REPORT OF THE PARTNERSHIP MANAGER
    AGENDA ITEM 3"): under a masthead's stamped line, a list of the pack's papers by their
    items (a contents list set in capitals), not the paper's own title."""
    return "item" in text.lower() and _TRAILING_STAMP.search(text) is not None

"""A pack's page for its last item, the date of the next meeting ("Item 6: Date of Next
Meeting" over "Wednesday 27 June 2029 at 10.30 am."): the agenda names the item and the date,
and no paper is printed for it, so the page is no document of its own (as a paper's stand-in
"to follow" is none)."""

from __future__ import annotations

import re

# The item's heading, numbered as the pack numbers its items: "Item 6: Date of Next Meeting",
# "6. Date and Time of the Next Meeting".
_NEXT_MEETING_ITEM = re.compile(
    r"^\s*(?:Item\s+)?\d{1,3}[a-z]?\s*[:.)–—-]?\s*Dates?\s+(?:and\s+(?:Time|Venue)\s+)?of\s+"
    r"(?:the\s+)?Next\s+Meetings?\s*$", re.I | re.M)
# Words a paper for an item would hold: a recommendation or a decision asked for (an item that
# sets the year's calendar of meetings is a paper, and asks the meeting to agree it), or a
# short set of minutes would (who was present, apologies), whose last minute is the date.
_PAPER_WORDS = re.compile(r"\brecommend|\bresolved?\b|\bis\s+asked\b|\bagree|\bpresent\b"
                          r"|\bapologies\b|\bminutes?\b", re.I)


def next_meeting_page(text: str) -> bool:
    """Whether ``text``, a short part of a pack (its running heads with it), is the page of the
    next meeting's item alone: its heading, the date, nothing a paper asks."""
    return bool(_NEXT_MEETING_ITEM.search(text)) and not _PAPER_WORDS.search(text)

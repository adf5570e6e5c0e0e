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
# The item's title alone, as a pack may head the item's page without its number ("Date of next
# meeting" over "Monday 28 April 2031 at 6.00 pm."): an item no paper is printed for.
NEXT_MEETING_TITLE = re.compile(
    r"^\s*Dates?\s+(?:and\s+(?:Time|Venue)\s+)?of\s+(?:the\s+)?Next\s+Meetings?\s*$", re.I)
# Any item's heading, numbered: "Item 7: Urgent Business", "1. Christmas lights" (not a date,
# "27 June 2029", nor a time, "10.30 am": no stop and space after the figures).
_ITEM_HEADING = re.compile(
    r"^\s*(?:Item\s+\d{1,3}[a-z]?\b|\d{1,3}[a-z]?\s*[:.)]\s+[A-Z])", re.I | re.M)
# The page of that item alone heads one item: a short set of notes whose last item is the
# next meeting's date ("1. Christmas lights ... 2. Date of Next Meeting"), or the page that
# goes on to another item ("Item 7: Urgent Business"), is more than the date.
_ONE_ITEM = 1
# Words a paper for an item would hold: a recommendation or a decision asked for (an item that
# sets the year's calendar of meetings is a paper, and asks the meeting to agree or approve
# it), or a short set of minutes would (who was present, apologies), whose last minute is the
# date.
_PAPER_WORDS = re.compile(r"\brecommend|\bresolved?\b|\bis\s+asked\b|\bagree|\bapprov"
                          r"|\b(?:is|are)\s+requested\b|\bpresent\b|\bapologies\b|\bminutes?\b",
                          re.I)


def next_meeting_page(text: str) -> bool:
    """Whether ``text``, a short part of a pack (its running heads with it), is the page of the
    next meeting's item alone: its heading the only item's, the date, nothing a paper asks."""
    return (bool(_NEXT_MEETING_ITEM.search(text))
            and len(_ITEM_HEADING.findall(text)) == _ONE_ITEM
            and not _PAPER_WORDS.search(text))

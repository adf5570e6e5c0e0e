"""A text pack's paper started under its page's footer: ModernGov's text export of a pack
ends each page with its number alone ("Page 9") and, without any "Agenda Item" stamp, opens
the next paper with the meeting's masthead, the body's name over the meeting's date alone
("Lunesdale Joint Highways Board" over "14 June 2028"), then whose report it is ("Report of
the Parking Services Manager, ..."). That masthead after a page's footer starts a report.
(Minutes printing their body's name and their own date at each page's head, as some councils
do, go on under it, whatever minute's "Report of ..." line follows: their date is the earlier
meeting's, a report's masthead names the meeting the pack is for.)"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.report_heads import REPORT_BY

# A text page's footer: its number alone on its line.
PAGE_FOOTER = re.compile(r"^\s*Page\s+\d{1,4}\s*$", re.I)
# A body's name alone in title type, ending in the kind of body it is.
BODY_NAME = re.compile(
    r"^\s*(?:(?-i:[A-Z])[\w&'’-]*\s+(?:(?:and|of|the|for)\s+)?){1,8}"
    r"(?:Committee|Sub-Committee|Cabinet|Board|Panel|Forum|Partnership|Commission|Authority|"
    r"Council)\s*$")
# The meeting's date alone on its line: "14 June 2028", "Wednesday, 14 June 2028".
DATE_ALONE = re.compile(
    r"^\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\s*$")
# Whose report it is within this many lines under the date (the service's name may come
# between).
REPORT_BY_BELOW = 2
# The minutes' heading prints their meeting's date within this many lines of its first
# ("Minutes of the meeting of the ... held on" wrapped over "Wednesday, 15 March 2028").
MINUTES_DATE_LINES = 3


def footed_masthead(flat: list[tuple[int, int, Line]], i: int,
                    minutes_heading: int | None = None) -> bool:
    """Whether line ``i`` of a text file, just after a page's footer, is a paper's masthead:
    a body's name over the meeting's date alone, then whose report it is (see the module);
    ``minutes_heading``, the heading of the minutes the line is in, if it is in minutes."""
    if i == 0 or not PAGE_FOOTER.match(flat[i - 1][2].text):
        return False
    below = [line.text for _, _, line in flat[i + 1 : i + 2 + REPORT_BY_BELOW]]
    return (bool(BODY_NAME.match(flat[i][2].text)) and bool(below)
            and bool(DATE_ALONE.match(below[0]))
            and any(REPORT_BY.match(text) for text in below[1:])
            and not _minutes_date(flat, minutes_heading, below[0]))


def _minutes_date(flat: list[tuple[int, int, Line]], heading: int | None, date: str) -> bool:
    """Whether ``date`` is the date the minutes headed at line ``heading`` are of: their
    running head, not a paper's masthead."""
    if heading is None:
        return False
    said = " ".join(line.text for _, _, line in flat[heading : heading + MINUTES_DATE_LINES])
    return find_date(said) == find_date(date)

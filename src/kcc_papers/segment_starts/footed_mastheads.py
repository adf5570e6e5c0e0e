"""A text pack's paper started under its page's footer: ModernGov's text export of a pack
ends each page with its number alone ("Page 9") and, without any "Agenda Item" stamp, opens
the next paper with the meeting's masthead, the body's name over the meeting's date alone
("Lunesdale Joint Highways Board" over "14 June 2028"), then whose report it is ("Report of
the Parking Services Manager, ..."). That masthead after a page's footer starts a report."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
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


def footed_masthead(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` of a text file, just after a page's footer, is a paper's masthead:
    a body's name over the meeting's date alone, then whose report it is (see the module)."""
    if i == 0 or not PAGE_FOOTER.match(flat[i - 1][2].text):
        return False
    below = [line.text for _, _, line in flat[i + 1 : i + 2 + REPORT_BY_BELOW]]
    return (bool(BODY_NAME.match(flat[i][2].text)) and bool(below)
            and bool(DATE_ALONE.match(below[0]))
            and any(REPORT_BY.match(text) for text in below[1:]))

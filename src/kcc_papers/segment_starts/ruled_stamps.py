"""A text export's item stamp under the rule it draws between its papers: a text file with no
pages draws a line of dashes (TEXT_RULE) where a PDF's page would end, and the publisher's
stamp under it ("Agenda item 5") starts the item's paper as a stamp at a page's top does,
whatever its head says it is (a title over its author's post, no "Report of" line)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_stamps import TEXT_ITEM_STAMP, _lists_ref
from kcc_papers.segment_starts.layout import TEXT_RULE

# Minutes under the stamp are started by their own title ("MINUTES OF THE MEETING" under the
# council's masthead and the meeting's dated line), looked for this many lines below it: the
# stamp starts no report of the masthead's lines before them.
MINUTES_TITLE_BELOW = 4
MINUTES_TITLE = re.compile(r"^\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?MINUTES?\b", re.I)


def ruled_stamp(flat: list[tuple[int, int, Line]], i: int, agenda: int | None) -> str | None:
    """The item line ``i`` of a text file stamps, alone on its line straight under a rule
    drawn across (blank lines are none of the file's lines); under an agenda (``agenda``, the
    line that started it) only an item the agenda lists by that number: an agenda drawing
    rules between its own items lists them so."""
    text = flat[i][2].text
    if i == 0 or "item" not in text.lower() or not TEXT_RULE.match(flat[i - 1][2].text):
        return None
    m = TEXT_ITEM_STAMP.match(text)
    if m is None or m.group("ref") is None:
        return None
    below = [line.text for _, _, line in flat[i + 1 : i + 1 + MINUTES_TITLE_BELOW]]
    if any(MINUTES_TITLE.match(text) for text in below):
        return None
    ref = m.group("ref")
    if agenda is not None and not _lists_ref(flat[agenda:i], ref):
        return None
    return ref.lower()

"""The next item's paper titled mid-page where its paper runs on from the last one's page:
"Item 5: Local Visitor Economy Partnership accreditation" under the end of "Item 4: Destination
Marketing Agency: Contract Award", each set in the same heading type and each over the same
label ("Author: ..."). A paper's heading naming another item in its text is set otherwise, or
has no such label under it."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_titles import TITLED_ITEM
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS

# The label opening the line under a paper's title: "Author:", "Report of:", "Lead officer:".
LABEL = re.compile(r"^\s*([A-Z][A-Za-z ]{0,30}?)\s*:")


def titled_item_mid_page(flat: list[tuple[int, int, Line]], i: int,
                         heading: int | None) -> str | None:
    """The item line ``i`` titles, if it heads the next item's paper as line ``heading``
    headed the current one: "Item N: <title>" of another number, in the same type, over a
    line opening with the same label."""
    line = flat[i][2]
    if heading is None or "item" not in line.text.lower() or not (
            m := TITLED_ITEM.match(line.text)):
        return None
    first = flat[heading][2]
    own = TITLED_ITEM.match(first.text)
    item = m.group("item").lower()
    if own is None or item == own.group("item").lower() or line.size is None or (
            first.size is None):
        return None
    if line.bold != first.bold or abs(line.size - first.size) > SAME_SIZE_POINTS:
        return None
    label = _label_under(flat, heading)
    return item if label is not None and _label_under(flat, i) == label else None


def _label_under(flat: list[tuple[int, int, Line]], n: int) -> str | None:
    """The label opening the line under line ``n`` on its page, if one does."""
    if n + 1 >= len(flat) or flat[n + 1][0] != flat[n][0]:
        return None
    m = LABEL.match(flat[n + 1][2].text)
    return m.group(1).lower() if m else None

"""The item a report is the paper of, as its first page titles it: "Item 4: Trustee's Annual
Report" (at its page's top, or just under the line that started it), "Item D: ..." (a parish's
items lettered)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, _set_as_heading

# A paper headed by its item's number and its title: "Item 7: CORPORATE RISK REGISTER".
TITLED_ITEM = re.compile(
    r"^\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[:.–—-]\s+\S",
    re.I)
# ... or by its letter, as a parish's agenda letters its items: "Item E: Visite du Branchage".
LETTERED_ITEM = re.compile(r"^[^\S\n]*(?:Agenda\s+)?Item\s+(?P<item>(?-i:[A-Z]))[^\S\n]*"
                           r"[:.–—-]\s+\S", re.I)


def _lettered_item_of(flat: list[tuple[int, int, Line]], heading: int | None) -> str | None:
    """The letter of the item the current report is titled as at its first page's top ("Item
    D: ..." under the meeting's masthead, over "Report of ..." that started it)."""
    if heading is None:
        return None
    page, top = flat[heading][0], heading - flat[heading][1]
    for n in range(top, min(top + ITEM_STAMP_TOP, len(flat))):
        if flat[n][0] != page:
            break
        if (m := LETTERED_ITEM.match(flat[n][2].text)) and _set_as_heading(flat, n):
            return m.group("item")
    return None


def _titled_item_of(flat: list[tuple[int, int, Line]], heading: int | None) -> str | None:
    """The number of the item the current report is titled as at its first page's top or
    just under the line that started it, set as a heading ("Item 4: ..." under "Report of
    ..."), as ``_lettered_item_of`` reads a lettered one."""
    if heading is None:
        return None
    page, top = flat[heading][0], heading - flat[heading][1]
    for n in range(top, min(heading + ITEM_STAMP_TOP, len(flat))):
        if flat[n][0] != page:
            break
        if (m := TITLED_ITEM.match(flat[n][2].text)) and _set_as_heading(flat, n):
            return m.group("item").lower()
    return None

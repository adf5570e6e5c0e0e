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
    top = heading - flat[heading][1]
    m = _titled_on_page(flat, top, top + ITEM_STAMP_TOP, LETTERED_ITEM)
    return m.group("item") if m else None


def _titled_item_of(flat: list[tuple[int, int, Line]], heading: int | None) -> str | None:
    """The number of the item the current report is titled as at its first page's top or
    just under the line that started it, set as a heading ("Item 4: ..." under "Report of
    ..."), as ``_lettered_item_of`` reads a lettered one."""
    if heading is None:
        return None
    m = _titled_on_page(flat, heading - flat[heading][1], heading + ITEM_STAMP_TOP, TITLED_ITEM)
    return m.group("item").lower() if m else None


def _titled_on_page(flat: list[tuple[int, int, Line]], start: int, end: int,
                    title: re.Pattern[str]) -> re.Match[str] | None:
    """The first of lines ``start`` to ``end`` on ``start``'s page set as a heading that
    ``title`` matches."""
    for n in range(start, min(end, len(flat))):
        if flat[n][0] != flat[start][0]:
            break
        if (m := title.match(flat[n][2].text)) and _set_as_heading(flat, n):
            return m
    return None

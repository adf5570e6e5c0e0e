"""A paper headed by its title and one line under it saying which meeting, which item and
whose report it is: "Cabinet, 10 November 2026 | Item 4 | Key decision | Report of the
Director of Place" (a council's short report template, a page a report: no stamp, no labelled
header block, no "Report to" line). The line starts the item's paper at its page's top; the
same item's line again on the paper's next page starts nothing."""

from __future__ import annotations

import re

from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP
from kcc_papers.segment_starts.paper_heads import _stamp_starts
from kcc_papers.segment_starts.walk_state import _Walk

# The line's parts, parted by bars ("... 2026 | Item 4 | ...").
PARTS = re.compile(r"\s+\|\s+")
# The line has at least this many parts: the meeting, the item and what or whose the paper is
# (a running head of three parts names a meeting and its date but no item).
MIN_PARTS = 3
# One part is the item's number alone: "Item 4", "Item 6.1".
ITEM_PART = re.compile(r"^\s*Item\s+(?P<item>\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*$", re.I)
# One part opens on the meeting's body by its name, capitalised words ending in the body's
# kind ("Cabinet, 10 November 2026", "Planning Committee"): a line saying which meeting it is
# for, not a table's row set with bars (an action log's "Item 4 | 6 October 2026 | Grant
# policy redraft | RFO" names an item and a date but no meeting).
MEETING_PART = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|the)\s+)?){0,6}?(?:Committee|Sub-Committee|"
    r"Cabinet|Council|Board|Panel|Forum|Commission|Authority|Executive)\b")


def meeting_line_item(text: str) -> str | None:
    """The item ``text`` names where it is a paper's meeting line: bar-parted parts, one the
    meeting by its body's name, one a date (the meeting's: "Cabinet, 10 November 2026", or
    a part of its own), one the item ("Item 4")."""
    parts = PARTS.split(text.strip())
    if len(parts) < MIN_PARTS:
        return None
    items = [m.group("item") for part in parts if (m := ITEM_PART.match(part))]
    dated = any(find_date(part) for part in parts if not ITEM_PART.match(part))
    named = any(MEETING_PART.match(part) for part in parts)
    return items[0] if len(items) == 1 and dated and named else None


def meeting_line_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, among its page's first lines after the file's first
    document started, is a paper's meeting line (see ``meeting_line_item``): another item's
    than the last starts its report at the page's top. Before any document started the item
    is only noted: a report's running head naming its meeting, item and page on every page
    ("Cabinet | 10 November 2026 | Item 4 | Page 1") is that one paper's, its first page's
    head above the report's own heading."""
    if not walk.paged or idx > ITEM_STAMP_TOP:
        return False
    item = meeting_line_item(walk.flat[i][2].text)
    if item is None:
        return False
    if not walk.starts:
        walk.stamp = item
        return False
    _stamp_starts(walk, i, idx, item)
    return True

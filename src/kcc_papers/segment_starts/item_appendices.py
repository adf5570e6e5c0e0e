"""An appendix stamped as its item's ("Item 4 - Appendix B" over each appendix page) after
the report whose head labels it that item ("Agenda item: 4"): the report's own appendix, its
pages the report's, however large its title ("Appendix B: Building safety risk register").
A publisher stamps an item's appendices with the item's number so that they are read as
that item's paper; the report's first page may carry no stamp, only its label, so the stamp
is new to the walk while its item is not."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_stamps import ITEM_STAMP
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP
from kcc_papers.segment_starts.walk_state import _Walk

# A stamp naming an appendix of an item: "Item 4 - Appendix B", "Agenda Item 6: Annex 2".
APPENDIX_TAIL = re.compile(r"[-–—:]\s*(?:Appendix|Annex)\b", re.I)
# A report's head labelling the item it is: "Agenda item: 4", "Item No. 4", "Agenda Item 4".
ITEM_LABEL = re.compile(
    r"^\s*(?:Agenda\s+)?Item(?:\s+No\.?)?\s*:?\s*(?P<item>[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?)"
    r"\.?\s*$", re.I)
# The report's head, where its labels are: this many lines from its start.
HEAD_LABEL_LINES = 20


def appendix_stamp(text: str) -> str | None:
    """The item a stamp names an appendix of ("4" of "Item 4 - Appendix B"), if it names one."""
    m = ITEM_STAMP.match(text)
    if m is None or not APPENDIX_TAIL.search(text, m.end("item")):
        return None
    return m.group("item").lower()


def labelled_item(flat: list[tuple[int, int, Line]], start: int, end: int) -> str | None:
    """The item the report starting at line ``start`` labels itself in its head (lines
    before ``end``, its first HEAD_LABEL_LINES at most)."""
    for _, _, line in flat[start : min(end, start + HEAD_LABEL_LINES)]:
        if m := ITEM_LABEL.match(line.text):
            return m.group("item").lower()
    return None


def own_appendix_stamp(walk: _Walk, i: int) -> str | None:
    """The item of the appendix stamp at line ``i``'s page top ("Item 4 - Appendix B"), where
    it is the item of the report the walk is in: by the last stamp, or the report's label."""
    if not walk.paged or walk.last_kind != "report" or not walk.starts:
        return None
    page, idx, _ = walk.flat[i]
    top = i - idx
    for at, _, line in walk.flat[top : top + ITEM_STAMP_TOP]:
        if at != page:
            break
        item = appendix_stamp(line.text)
        if item is None:
            continue
        begin = walk.starts[-1][0]
        if item == walk.stamp or item == labelled_item(walk.flat, begin, top):
            return item
        return None
    return None

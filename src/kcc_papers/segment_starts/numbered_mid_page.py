"""The next item's paper headed mid-page by its item's bare number and title, as a web page
printed whole heads each item's report where the last one ends: "7. Public Spaces Protection
Order: Dog Control - Renewal" over "Report to: Community and Environment Committee", under the
end of item 6's report headed "6. Leisure Management Contract ..." over the same label. A
report's own numbered sections ("2. Recommendations") are set otherwise or have no such
label under them."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS
from kcc_papers.segment_starts.report_heads import REPORT_BY

Flat = list[tuple[int, int, Line]]

# An item's bare number and title: "7. Public Spaces Protection Order".
NUMBERED = re.compile(r"^\s*(?P<item>\d{1,3})\.\s+[A-Z]")
# The label under the heading that opens a report's head ("Report to:", "Report of:").
LABEL = re.compile(r"^\s*([A-Z][A-Za-z ]{0,30}?)\s*:")
# The current paper's heading is looked for among its first lines (a running head above it).
HEADING_WITHIN = 4


def numbered_paper_mid_page(flat: Flat, i: int, start: int) -> str | None:
    """The item line ``i`` heads, if it heads the next item's paper as the current paper
    (starting at line ``start``) was headed: its bare number and title, another number, in
    the same type, over a report head's label, the same label as under the current one's."""
    line = flat[i][2]
    m = NUMBERED.match(line.text)
    if m is None or line.size is None:
        return None
    own = _numbered_heading(flat, start)
    if own is None:
        return None
    first, number = own
    if m.group("item") == number or first.size is None:
        return None
    if line.bold != first.bold or abs(line.size - first.size) > SAME_SIZE_POINTS:
        return None
    label = _report_label_under(flat, i)
    return m.group("item") if label is not None and label == _report_label_under(
        flat, _index_of(flat, start, first)) else None


def _numbered_heading(flat: Flat, start: int) -> tuple[Line, str] | None:
    """The current paper's heading among its first lines, numbered as an item is."""
    page = flat[start][0]
    for _, _, line in (row for row in flat[start : start + HEADING_WITHIN] if row[0] == page):
        if (m := NUMBERED.match(line.text)) and not line.stamp:
            return line, m.group("item")
    return None


def _index_of(flat: Flat, start: int, line: Line) -> int:
    return next(n for n in range(start, start + HEADING_WITHIN) if flat[n][2] is line)


def _report_label_under(flat: Flat, n: int) -> str | None:
    """The report head's label opening the line under line ``n`` ("report to"), if one does."""
    if n + 1 >= len(flat):
        return None
    text = flat[n + 1][2].text
    m = LABEL.match(text)
    return m.group(1).lower() if m and REPORT_BY.match(text) else None


# A page's running foot under a head broken over the page: at most this many lines.
FOOT_LINES = 2


def head_runs_over(flat: Flat, start: int, top: int) -> bool:
    """Whether the paper starting at line ``start`` mid-page was broken over the page in its
    head: from its heading to the page's foot (``top`` is the next page's first line) only
    the head's labelled lines ("Report to: ...") and the running foot. The next page's top,
    its labels going on ("Date of meeting: ..."), is more of that head, no paper's own."""
    if start >= top or flat[start][1] == 0 or NUMBERED.match(flat[start][2].text) is None:
        return False
    below = [line.text for _, _, line in flat[start + 1 : top]]
    labels = 0
    while labels < len(below) and LABEL.match(below[labels]):
        labels += 1
    return labels > 0 and len(below) - labels <= FOOT_LINES

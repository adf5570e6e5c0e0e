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


def numbered_paper_mid_page(flat: Flat, i: int, heading: int | None) -> str | None:
    """The item line ``i`` heads, if it heads the next item's paper as the current paper
    was headed (``heading``, the line that named it): its bare number and title, another
    number, in the same type, over a report head's label, the same label as under the
    current one's. (The current paper's own heading, not a line near its top: a bundle of
    reports under one title, "Reports of Cabinet Members" over "1. Leader" over "Report of:",
    is one paper whose numbered sections each carry a label.)"""
    line = flat[i][2]
    m = NUMBERED.match(line.text)
    if m is None or line.size is None:
        return None
    numbered = _numbered_heading(flat, heading)
    if numbered is None:
        return None
    first = flat[numbered][2]
    own = NUMBERED.match(first.text)
    if own is None or m.group("item") == own.group("item") or first.size is None:
        return None
    if line.bold != first.bold or abs(line.size - first.size) > SAME_SIZE_POINTS:
        return None
    label = _report_label_under(flat, i)
    return m.group("item") if label is not None and label == _report_label_under(
        flat, numbered) else None


def _numbered_heading(flat: Flat, heading: int | None) -> int | None:
    """The current paper's numbered heading: the line that named it, or the line over it
    on its page where that was its head's label ("6. Dog Control" over "Report to:", the
    label read as the report's head)."""
    if heading is None:
        return None
    for n in (heading, heading - 1):
        if (n >= 0 and flat[n][0] == flat[heading][0] and not flat[n][2].stamp
                and NUMBERED.match(flat[n][2].text)
                and (n == heading or REPORT_BY.match(flat[heading][2].text))):
            return n
    return None


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
    if flat[top - 1][0] != flat[start][0]:
        # a paper begun pages before is no head broken over this page (and its lines since
        # are not read again at every heading: a long pack would be read over and over)
        return False
    below = [line.text for _, _, line in flat[start + 1 : top]]
    labels = 0
    while labels < len(below) and LABEL.match(below[labels]):
        labels += 1
    return labels > 0 and len(below) - labels <= FOOT_LINES

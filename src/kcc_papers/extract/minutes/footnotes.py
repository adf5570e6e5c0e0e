"""Footnotes at a page's foot: the notes a minute's figures point to ("£298,400¹" over "1 After
the use of £12,000 from the General Reserve ..."), printed in small type under the page's last
line of text. A sentence that runs on over the page break is read past them: "... resolved
that the quotation of Mannin" at the foot of one page, the notes, then "Groundcare Ltd ... be
accepted." on the next. The notes are no minute's text."""

from __future__ import annotations

import re
from collections import Counter

from kcc_papers.load.glyphs import FOOTNOTE_SIZE
from kcc_papers.load.model import Line

# A note opens with its mark: a number or a reference sign, then its text ("1 After the use
# of ...", "* Includes VAT", "² Excludes hedge cutting").
_MARK = re.compile(r"^(?:\d{1,2}|[*†‡§⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+\S")


def footnote_lines(lines: list[tuple[int, Line]]) -> set[int]:
    """The indexes of ``lines`` (page, line; page furniture already left out) that are a page's
    footnotes: the page's last lines, each set in small type (at most FOOTNOTE_SIZE of the size
    most of the text is set in, as a marker is of the figure it follows), the first of them
    opening with a note's mark, some of the page's text above them. A PDF's lines only: text
    and HTML give no sizes."""
    sizes = Counter(round(line.size * 2) / 2 for _, line in lines if line.size)
    if not sizes:
        return set()
    small = FOOTNOTE_SIZE * sizes.most_common(1)[0][0]
    out: set[int] = set()
    k = len(lines) - 1
    while k >= 0:
        page = lines[k][0]
        run: list[int] = []
        # the page's trailing run of small lines, last first
        while k >= 0 and lines[k][0] == page and _small(lines[k][1], small):
            run.append(k)
            k -= 1
        # (the run's first line, read top down, is its last index here; the notes sit under
        # the page's text, not on a page of small type)
        above = k >= 0 and lines[k][0] == page
        if run and above and _MARK.match(lines[run[-1]][1].text):
            out.update(run)
        while k >= 0 and lines[k][0] == page:
            k -= 1
    return out


def _small(line: Line, small: float) -> bool:
    return line.size is not None and line.size <= small

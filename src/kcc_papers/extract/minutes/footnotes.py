"""Footnotes at a page's foot: the notes a minute's figures point to ("£298,400¹" over "1 After
the use of £12,000 from the General Reserve ..."), printed in small type under the page's last
line of text. A sentence that runs on over the page break is read past them: "... resolved
that the quotation of Mannin" at the foot of one page, the notes, then "Groundcare Ltd ... be
accepted." on the next. The notes are no minute's text."""

from __future__ import annotations

import re
from collections import Counter

from kcc_papers.load.glyphs import FOOTNOTE_SIZE, SUPERSCRIPT
from kcc_papers.load.model import Line

# A note opens with its mark: a number or a reference sign, then its text ("1 After the use
# of ...", "* Includes VAT", "² Excludes hedge cutting").
_MARK = re.compile(r"^(?P<mark>\d{1,2}|[*†‡§⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+\S")


def footnote_lines(lines: list[tuple[int, Line]]) -> set[int]:
    """The indexes of ``lines`` (page, line; page furniture already left out) that are a page's
    footnotes: the page's last lines, each set in small type (at most FOOTNOTE_SIZE of the size
    most of the text is set in, as a marker is of the figure it follows), the first of them
    opening with a note's mark that the page's text above them points to (a raised number, as
    the loader gives it in superscript digits, or the sign). A PDF's lines only: text and HTML
    give no sizes. (A list in small type at a page's foot, "1 Llanmor Football Club £500",
    is the minute's text: nothing above points to it.)"""
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
        top = k
        while k >= 0 and lines[k][0] == page:
            k -= 1
        mark = _MARK.match(lines[run[-1]][1].text) if run else None
        above = [line.text for _, line in lines[k + 1 : top + 1]]
        if mark and _pointed_to(mark.group("mark"), above):
            out.update(run)
    return out


def _pointed_to(mark: str, above: list[str]) -> bool:
    """Whether one of the page's lines ``above`` its notes points to the note ``mark``: the
    sign, or the number raised (superscript digits, as ``pdf_fast`` gives it) or printed after
    the figure it qualifies ("£298,400 1 to be met", as most readers give a raised digit)."""
    plain = mark.translate(_PLAIN)
    if not plain.isdigit():
        return any(mark in text for text in above)
    pointer = re.compile(rf"{re.escape(plain.translate(SUPERSCRIPT))}"
                         rf"|(?<=\d)\s{plain}(?!\d|[.,]\d)")
    return any(pointer.search(text) for text in above)


_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _small(line: Line, small: float) -> bool:
    return line.size is not None and line.size <= small

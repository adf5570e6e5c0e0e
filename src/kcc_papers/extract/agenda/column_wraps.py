"""A text agenda's titles wrapped inside their column: "6.   Treasury Management Strategy and
Prudential        (Pages 27 - 48)" over "     Indicators 2026/27". The writer set the titles in a
column narrower than the gap before the pages column leaves, so the title's line ended with
room before the pages and its next word was wrapped under it. The column is as wide as its
widest title on the page: a line on the title's indent whose first word would not have fitted
within that width goes on with the title. (A word that would have fitted was not wrapped: the
line under the title is its description, as ``title_lines`` reads it; and a page that sets one
such description under a title sets its lines under titles as descriptions, a long first word
("Environmental Health ...", "Presentation by ...") no wrap.) A title ending on a colon
introduces a list under it, but not where the line under it is the item's last, the next
item's row right after it: "5.  Kent and Medway Joint Health and Wellbeing Strategy:  (Pages
7 - 14)" over "     Outcomes Dashboard" over "6.  Better Care Fund ...", as a PDF's title so
broken goes on (``title_lines._wraps``).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kcc_papers.extract.agenda.patterns import INDENT_TOLERANCE, ITEM, PAGES
from kcc_papers.extract.agenda.refs import _follows
from kcc_papers.load.model import Line
from kcc_papers.load.text import CHAR_POINTS

# The column's width is believed from this many rows of a page set beside their pages.
MIN_COLUMN_ROWS = 3
# A row: its ref, its title and its pages, each a column of its own.
ROW_SPANS = 3


def column_wraps_joined(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """``lines`` with each title's word wrapped in its column joined to the title's row."""
    widest = _widest_titles(lines)
    for page in _described_pages(lines, widest):
        del widest[page]
    out: list[tuple[int, Line]] = []
    skip = False
    for n, (page, line) in enumerate(lines):
        if skip:
            skip = False
            continue
        after = lines[n + 1][1] if n + 1 < len(lines) else None
        beyond = lines[n + 2][1] if n + 2 < len(lines) else None
        if page in widest and after is not None and _wrapped_under(
                line, after, widest[page], _next_item(line, beyond)):
            out.append((page, _joined(line, after)))
            skip = True
        else:
            out.append((page, line))
    return out


def _row(line: Line) -> bool:
    """A text row of an item's ref, its title and its pages, each in a column of its own."""
    return (line.raw is not None and len(line.spans) == ROW_SPANS
            and bool(PAGES.fullmatch(line.spans[-1][1].strip()))
            and bool(ITEM.match(line.text.strip())))


def _title_end(line: Line) -> float:
    x, title = line.spans[1]
    return x + len(title) * CHAR_POINTS


def _widest_titles(lines: list[tuple[int, Line]]) -> dict[int, float]:
    """Where each text page's title column ends: its widest title's end, of pages with
    MIN_COLUMN_ROWS rows at least."""
    ends: dict[int, list[float]] = {}
    for page, line in lines:
        if _row(line):
            ends.setdefault(page, []).append(_title_end(line))
    return {page: max(found) for page, found in ends.items() if len(found) >= MIN_COLUMN_ROWS}


def _described_pages(lines: list[tuple[int, Line]], widest: dict[int, float]) -> set[int]:
    """The pages of ``widest`` with a line under a title that its first word would have fitted
    after: a description, as the page's other lines under titles are."""
    return {page for (page, line), (_, after) in pairwise(lines)
            if page in widest and _under_title(line, after)
            and not _overflows(line, after, widest[page])}


def _wrapped_under(line: Line, after: Line, widest: float, last: bool = False) -> bool:
    """``after`` is the title's next word wrapped in its column: under the title, its first
    word one the title would not have had room for. ``last``: the next item's row follows
    ``after`` (a title ending on a colon goes on onto its item's last line)."""
    return _under_title(line, after, last) and _overflows(line, after, widest)


def _next_item(line: Line, beyond: Line | None) -> bool:
    """``beyond`` is the row of the item after ``line``'s."""
    if beyond is None:
        return False
    ours, theirs = ITEM.match(line.text.strip()), ITEM.match(beyond.text.strip())
    return bool(ours and theirs and _follows(ours.group("ref"), theirs.group("ref")))


def _under_title(line: Line, after: Line, last: bool = False) -> bool:
    """``after`` lies under a row's title: on its indent, in no columns, no item, no sentence;
    under a title ending on a colon only as the item's ``last`` line (else the colon
    introduces a list)."""
    if not _row(line) or after.raw is None or after.spans or after.x0 is None:
        return False
    text, title = after.text.strip(), line.spans[1][1].strip()
    if (not text or ITEM.match(text) or text.endswith(".") or title.endswith(".")
            or (title.endswith(":") and not last)):
        return False
    return abs(after.x0 - line.spans[1][0]) <= INDENT_TOLERANCE


def _overflows(line: Line, after: Line, widest: float) -> bool:
    """``after``'s first word would not have fitted after the row's title in its column."""
    first = after.text.split()[0]
    return _title_end(line) + (1 + len(first)) * CHAR_POINTS > widest


def _joined(line: Line, after: Line) -> Line:
    (ref_x, ref), (title_x, title), pages = line.spans
    title = f"{title.strip()} {after.text.strip()}"
    return replace(line, text=f"{ref.strip()} {title} {pages[1].strip()}",
                   spans=[(ref_x, ref), (title_x, title), pages])

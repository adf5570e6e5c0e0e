"""The next item's paper headed by the body's own masthead over its agenda title.

A committee's own paper with no cover report (its work programme) may be printed under the
masthead its own papers carry, the body's name as the pack's front names it ("ENVIRONMENT AND
LEISURE CABINET ADVISORY GROUP", perhaps letter-spaced and wrapped inside a word), over the
title the agenda lists for it ("Work Programme 2030/31", the agenda's item 6 "Work programme").
The report before it was printed under another masthead (the council's), so the body's masthead
on a later page is no page of that report: with a title the agenda lists after the report's own
item under it, it starts that item's paper. (``titled_pages`` finds such a title at the page's
very top in the report's heading type; here the masthead stands above it and the title is set in
the masthead's type, smaller than the report's heading.)
"""

from __future__ import annotations

from itertools import takewhile

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.heading_kinds import _under_appendix
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key
from kcc_papers.segment_starts.titled_pages import (
    OWN_TITLE_LINES,
    _items_named,
    _listed_after,
    _own_kind_or_no_paper,
)

# The masthead is printed in this many lines at most (a long name wrapped once or twice).
MASTHEAD_MAX_LINES = 3
# The pack's front page: its first this many lines are read for the body's name.
FRONT_LINES = 12
# The figures a title's key may end in: its pages on the agenda, its year on the page.
_FIGURES = "0123456789"


def masthead_titled_page(flat: list[tuple[int, int, Line]], i: int,
                         listed: dict[str, str], heading: int) -> bool:
    """Whether line ``i``, on a later page than the current report's heading (line
    ``heading``), is a title the agenda lists (``listed``) for an item after the report's own,
    set as a heading directly under the page's masthead lines that spell the body's name as
    the pack's front page prints it, a masthead the report's own first page does not carry."""
    page, _, line = flat[i]
    if page <= flat[heading][0] or not _set_as_heading(flat, i) or _under_appendix(flat, i):
        return False
    masthead = _masthead_above(flat, i)
    if masthead is None or masthead not in _front_names(flat):
        return False
    if _own_masthead(flat, heading, masthead):
        return False  # the report's own masthead, repeated over its later pages
    if _own_kind_or_no_paper(flat, i):
        return False
    item = _listed_as(_key(line.text), listed)
    return item is not None and _listed_after(item, _items_named(flat, heading, listed), listed)


def _letters(text: str) -> str:
    """A name's letters and figures alone, casefolded: a letter-spaced or wrapped masthead
    ("ENVIRONMENT AND LEISURE CABINET A" over "DVISORY GROUP") reads as its name does."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _masthead_above(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    """The letters of the lines above line ``i`` on its page set in its type or larger (a
    running head in small type above them is the pack's furniture), at most
    MASTHEAD_MAX_LINES of them and all of them so; None where there are none or others."""
    line = flat[i][2]
    if line.size is None:
        return None
    above = [other for _, _, other in flat[i - flat[i][1] : i]]
    big = [other for other in above
           if other.size is not None and other.size >= line.size - SAME_SIZE_POINTS]
    small = [other for other in above if other not in big]
    # (the masthead's lines follow each other, only smaller furniture above them)
    if not big or len(big) > MASTHEAD_MAX_LINES or above[: len(small)] != small:
        return None
    return _letters(" ".join(other.text for other in big))


def _front_names(flat: list[tuple[int, int, Line]]) -> set[str]:
    """The letters of each line of the pack's front page's head: the body's name is one.
    (Read from the pack's start to the head's end alone: asked for each candidate title, a
    walk over the whole pack would cost a long pack its length for each of its headings.)"""
    first = flat[0][0] if flat else 0
    head = takewhile(lambda entry: entry[0] == first and entry[1] < FRONT_LINES, flat)
    return {letters for _, _, line in head if (letters := _letters(line.text))}


def _own_masthead(flat: list[tuple[int, int, Line]], heading: int, masthead: str) -> bool:
    """Whether the current report's first page prints ``masthead`` (letters) as lines of its
    own in its head (down to OWN_TITLE_LINES under its heading: the report may start at a stamp,
    "Agenda Item 2", over the masthead), one line or a few wrapped: its later pages may repeat
    it. (A line naming the body in a sentence, "Report to the Environment and Leisure Cabinet
    Advisory Group", is no masthead.)"""
    top = heading - flat[heading][1]
    texts = [line.text for page, _, line in flat[top : heading + OWN_TITLE_LINES]
             if page == flat[heading][0]]
    return any(_letters(" ".join(texts[k : k + n])) == masthead
               for n in range(1, MASTHEAD_MAX_LINES + 1) for k in range(len(texts)))


def _listed_as(head: str, listed: dict[str, str]) -> str | None:
    """The number of the listed item whose title ``head`` (a key) is, the figures either ends
    in left out: the listed title's pages ("workprogramme14": the agenda's "Work programme |
    14"), the page's year ("workprogramme203031"). Under a masthead, in the masthead's type,
    the title must be the listed one whole: a heading going on past it in words ("Work
    programme implications for the housing service") is a section of the report."""
    title = head.rstrip(_FIGURES)
    if len(title) < SAME_TITLE_CHARS:
        return None
    return next((number for number, agenda in listed.items()
                 if agenda.rstrip(_FIGURES) == title), None)

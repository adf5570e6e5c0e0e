"""A paper headed by its title with its agenda item's number in brackets after it.

A project board's pack (round 27's heritage fund board) heads each paper after the notes of
the last meeting with its title and "(Item 4)": "Highlight report: April 2027 (Item 4)",
"Project risk log at 14 April 2027 (Item 5)", under a letter-spaced stamp and the board's
name. Such a line is the paper's head when it stands where a paper starts (a PDF page's top,
set as a heading), its number is an item the pack's agenda lists after the one confirming the
minutes, and its title opens as the agenda's title for that item does (a head may add the
date the agenda leaves off: "Project risk log" listed, "Project risk log at 14 April 2027"
printed)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key, _order, at_paper_head

# "<title> (Item 4)", "<title> (Agenda item 6.1)": the number in brackets ends the line.
# (the title up to its last non-space: a lazy title tried the spaces after it from each of a
# long run's spaces, quadratic in a text export's column gaps)
TAGGED_TITLE = re.compile(
    r"^\s*(?P<title>[^\W\d_](?:.*\S)?)\s*\(\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2})?)\s*\)\s*$", re.I)
# The head stands within this many lines of its PDF page's top: under the running head, the
# paper's letter-spaced stamp ("H I G H L I G H T   R E P O R T") and the board's name.
TAGGED_HEAD_TOP = 5


def tagged_title(text: str) -> re.Match[str] | None:
    """``text``'s title and item number, if it is so tagged (the pattern tried only on a line
    naming an item: a pack's scan for heads asks of each of its lines)."""
    return TAGGED_TITLE.match(text) if "item" in text.lower() else None


def _shared_start(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` have in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def tagged_item_head(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                     listed: dict[str, str]) -> bool:
    """Whether line ``i`` heads an item's paper by its title and the item's number in
    brackets (see the module's note), ``listed`` the agenda's items after the minutes' (see
    ``listed_items.agenda_items``): the first SAME_TITLE_CHARS letters of its title and the
    agenda's agree ("Highlight report: April 2027" and "Highlight report: April 2027 |
    Project Manager", a table's row)."""
    m = tagged_title(flat[i][2].text)
    if m is None or m.group("number") not in listed or not _at_head(flat, i, paged):
        return False
    return _shared_start(_key(m.group("title")), listed[m.group("number")]) >= SAME_TITLE_CHARS


def _at_head(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` stands where a tagged paper's head does: near a PDF page's top
    (TAGGED_HEAD_TOP), set as a heading; a text export's line just under its rule."""
    if paged:
        return flat[i][1] < TAGGED_HEAD_TOP and _set_as_heading(flat, i)
    return at_paper_head(flat, i, paged)


def tagged_after(flat: list[tuple[int, int, Line]], i: int, current: int | None) -> bool:
    """Whether line ``i``'s item comes after the item whose tagged head (line ``current``)
    started the paper it stands in: the same head over the paper's next page starts
    nothing."""
    now = tagged_title(flat[current][2].text) if current is not None else None
    new = tagged_title(flat[i][2].text)
    if now is None or new is None:
        return True
    return _order(new.group("number")) > _order(now.group("number"))


def tagged_again_after(flat: list[tuple[int, int, Line]], i: int, paged: bool,
                       listed: dict[str, str]) -> bool:
    """Whether a tagged head of the same or an earlier item than line ``i``'s, under another
    title, stands after it: then line ``i`` is the last meeting's notes' own minute of a
    recurring item ("Highlight report: February 2027 (Item 3)" on the notes' second page),
    and the papers start later, in the agenda's order ("Highlight report: April 2027 (Item
    3)"). (The same title again is the paper's own head over its next page. Asked only after
    the minutes, so once or twice a pack.)"""
    m = tagged_title(flat[i][2].text)
    if m is None:
        return False
    number, title = _order(m.group("number")), _key(m.group("title"))
    for j in range(i + 1, len(flat)):
        later = tagged_title(flat[j][2].text)
        if (later is not None and _order(later.group("number")) <= number
                and _key(later.group("title")) != title
                and tagged_item_head(flat, j, paged, listed)):
            return True
    return False

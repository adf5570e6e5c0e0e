"""A figure too wide for its column in a text table set out in spaces, under a dashed rule,
runs up to the next column's words with one space, as a text export leaves it:

    Target    2029/30   2030/31   RAG
    --------  --------  --------  -----
    2,500,000  2,214,600  2,387,450 Amber

The words after the figures ("Amber") lie within the next segment of the rule, from its start
on: they are that column's cell, not the end of the figure's. Only a cell of figures is parted
so: a description's words run on into the next column with one space too ("Funding secured
by supported groups and" over a column's start), and stay one cell."""

from __future__ import annotations

import re

from kcc_papers.load.text import CHAR_POINTS

FIGURE = re.compile(r"\d")
WORD = re.compile(r"\S+")
# The words parted off may end past their segment's end by this many characters (a rating
# word one wider than its rule, "Amber" under "-----" set a character or two in).
OVERRUN_CHARS = 2


def overrun_cut(x: float, text: str, extents: list[tuple[float, float]]) -> int | None:
    """Where a cell starting at ``x`` parts: before its first word of letters that follows
    its figures and starts within a later segment of the rule than the first figure's
    start, every word from there on within that segment; None where it does not part."""
    words = list(WORD.finditer(text))
    for k, m in enumerate(words):
        if not k:
            continue
        if FIGURE.search(m.group()):
            continue
        if not all(FIGURE.search(w.group()) for w in words[:k]):
            return None  # words before it: a description's, not a figure's cell
        at = x + m.start() * CHAR_POINTS
        end = x + len(text.rstrip()) * CHAR_POINTS
        slack = OVERRUN_CHARS * CHAR_POINTS
        if any(x < a <= at and end <= b + slack for a, b in extents):
            return m.start()
        return None
    return None

"""Two columns of prose set side by side in a plain-text page (a members' newsletter exported
as text: "NEWS IN BRIEF" on the left, "DATES FOR YOUR DIARY" on the right), read as a reader
reads them: the left column's lines, then the right column's.

A PDF's columns are parted when it is loaded (``load.columns``); a text file keeps each line as
written, so a sentence of the left column runs on, line by line, into the right column's
("... on 1st October under a     28 November - Budget briefing"). A stretch of a page's lines is
read as two columns when every line of it leaves one character position free (a gutter: the
line ends before it, or GUTTER_SPACES spaces stand before it), at least MIN_BESIDE_LINES of them
have text both sides of it, neither side of such a line parts cells by a gap (a table's row),
and the left column is wrapped prose (MIN_PROSE_LINES parts of PROSE_WORDS words or more,
MIN_WRAPPED_LINES carrying on a sentence from the part above). The stretch runs from its first
line with right-column text to its last, and on while the left column's sentence does; lines
outside such a stretch are kept as they are, and so is a page with a tab in it (tab-separated
rows are a table's, read as such).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from kcc_papers.load.glyphs import clean
from kcc_papers.load.model import Line

# Lines with text both sides of the gutter, at least: one or two are a label and its value.
MIN_BESIDE_LINES = 3
# Left parts carrying on a sentence from the left part above, at least (wrapped prose).
MIN_WRAPPED_LINES = 2
# Left parts that are prose (wrapped sentences), at least, each of this many words or more.
MIN_PROSE_LINES = 3
PROSE_WORDS = 4
# Spaces before the right column's text on a line holding both columns, at least (a word
# space is one).
GUTTER_SPACES = 2
GAP = re.compile(rf" {{{GUTTER_SPACES},}}")
# A gap inside one column's part of a line: spaces that no sentence's stop comes before (a
# typist's two spaces after a full stop are prose's).
CELL_GAP = re.compile(rf"(?<![.!?:;]) {{{GUTTER_SPACES},}}|\t")
# A left part ending a sentence: a stop, or a colon ending a heading's lead-in.
SENTENCE_END = re.compile(r"[.!?:;]$")
# The gutters tried on one page, at most (the commonest first).
MAX_GUTTERS = 3

# A line as the reader of paragraphs takes it: (page, line index, text).
Placed = tuple[int, int, str]


def column_order(flat: Sequence[tuple[int, int, Line]]) -> list[Placed]:
    """The lines of a text source in reading order: each stretch of two prose columns as its
    left column's parts, then its right column's (each part with its line's place)."""
    out: list[Placed] = []
    page_lines: list[tuple[int, int, Line]] = []
    for item in flat:
        if page_lines and item[0] != page_lines[0][0]:
            out += _page_order(page_lines)
            page_lines = []
        page_lines.append(item)
    return out + _page_order(page_lines)


def _page_order(lines: list[tuple[int, int, Line]]) -> list[Placed]:
    raws = [line.raw if line.raw is not None else line.text for _, _, line in lines]
    if any("\t" in raw for raw in raws):
        # a tab parts a table's cells (``load.text`` reads such rows as tables), and the tabs'
        # widths leave no column's place known
        return [(page, index, line.text) for page, index, line in lines]
    for gutter in _gutters(raws):
        blocks = _blocks(raws, gutter)
        if blocks:
            return _reordered(lines, raws, gutter, blocks)
    return [(page, index, line.text) for page, index, line in lines]


def _gutters(raws: list[str]) -> list[int]:
    """Where a right column may start: positions at which several lines' text resumes after a
    gap of GUTTER_SPACES spaces or more, with text before the gap."""
    starts: Counter[int] = Counter()
    for raw in raws:
        for m in GAP.finditer(raw):
            if raw[: m.start()].strip() and m.end() < len(raw):
                starts[m.end()] += 1
    return [x for x, n in starts.most_common(MAX_GUTTERS) if n >= MIN_BESIDE_LINES]


def _free(raw: str, gutter: int) -> bool:
    """Whether the line leaves the gutter free: it ends before it, or GUTTER_SPACES spaces
    stand before it (a prose line with a word space there runs across the page)."""
    return len(raw) < gutter or not raw[gutter - GUTTER_SPACES:gutter].strip()


def _blocks(raws: list[str], gutter: int) -> list[tuple[int, int]]:
    """The stretches (first, last + 1) of lines read as two columns at ``gutter``."""
    out: list[tuple[int, int]] = []
    start = 0
    for end in range(len(raws) + 1):
        if end < len(raws) and _free(raws[end], gutter):
            continue
        right = [i for i in range(start, end) if raws[i][gutter:].strip()]
        if right and _two_columns(raws[right[0]:right[-1] + 1], gutter):
            out.append((right[0], _run_on(raws, gutter, right[-1] + 1, end)))
        start = end + 1
    return out


def _run_on(raws: list[str], gutter: int, last: int, end: int) -> int:
    """The end of a stretch of two columns: its last line with right-column text, and on while
    the left column's sentence runs on below it (the short lines after are the left column's
    alone, read in place)."""
    while last < end and not SENTENCE_END.search(raws[last - 1][:gutter].rstrip() or "."):
        last += 1
    return last


def _two_columns(raws: list[str], gutter: int) -> bool:
    """Whether the lines are two columns, the left one wrapped prose: text both sides of the
    gutter on several lines, left parts of several words in one run, and sentences wrapped in
    the left column (a part opening in small letters carries on the part above; a label's
    value, a table's cell, opens on a capital or a figure)."""
    lefts = [raw[:gutter].strip() for raw in raws]
    rights = [raw[gutter:].strip() for raw in raws]
    beside = [(left, right) for left, right in zip(lefts, rights, strict=True) if left and right]
    if len(beside) < MIN_BESIDE_LINES or any(CELL_GAP.search(part) for pair in beside
                                             for part in pair):
        return False  # a table's row parts its cells by gaps within either side too
    prose = sum(len(left.split()) >= PROSE_WORDS for left in lefts)
    wrapped = sum(bool(above) and left[:1].islower() for above, left in pairwise(lefts))
    return prose >= MIN_PROSE_LINES and wrapped >= MIN_WRAPPED_LINES


def _reordered(lines: list[tuple[int, int, Line]], raws: list[str], gutter: int,
               blocks: list[tuple[int, int]]) -> list[Placed]:
    out: list[Placed] = []
    done = 0
    for first, last in blocks:
        out += [(page, index, line.text) for page, index, line in lines[done:first]]
        parts = [(lines[i][0], lines[i][1], raws[i]) for i in range(first, last)]
        out += [(p, i, clean(raw[:gutter])) for p, i, raw in parts if raw[:gutter].strip()]
        out += [(p, i, clean(raw[gutter:])) for p, i, raw in parts if raw[gutter:].strip()]
        done = last
    return out + [(page, index, line.text) for page, index, line in lines[done:]]

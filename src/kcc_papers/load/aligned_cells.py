"""The cells of a line of a text table set out in spaces (``aligned``): where a cell ends,
whether it holds a figure, and how a dashed rule under the header marks each column's width
and parts a figure from the words a full column ran on into it."""

from __future__ import annotations

import math
import re

from kcc_papers.load.model import Line
from kcc_papers.load.overrun_cells import overrun_cut
from kcc_papers.load.text import CHAR_POINTS

FIGURE = re.compile(r"\d")
# A header's second line may name the year a column's figures are for ("Target" over "2025/26").
YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d){1,2})?")
# A period a column's name may hold ("Actual to Q3", "Q3 2025/26"): its digits are no figure.
PERIOD_LABEL = re.compile(rf"\b(?:Q|Quarter|Qtr\.?|Month|Period)\s*\d{{1,2}}\b|\b\d{{1,2}}\s+"
                          rf"months\b|\b{YEAR_LABEL.pattern}\b", re.I)


def figure(text: str) -> bool:
    """A cell holding a figure other than a year or a quarter named in a column's name."""
    return bool(FIGURE.search(PERIOD_LABEL.sub("", text)))


def cell_end(x: float, text: str) -> float:
    return x + len(text) * CHAR_POINTS


DASHES = re.compile(r"[-=_]+")
WORD = re.compile(r"\S+")


def at_rules(spans: list[tuple[float, str]], extents: list[tuple[float, float]]
             ) -> list[tuple[float, str]]:
    """The cells of a row under a dashed rule, a figure parted from the words before it where
    it starts a later segment of the rule and is that segment's one cell: a cell that fills
    its column runs up to the next one with a single space ("Deputy Chief 4" under
    "Owner ... L"), which would otherwise read the figure as the end of the words."""
    if not extents:
        return spans
    out: list[tuple[float, str]] = []
    for n, (x, text) in enumerate(spans):
        after = spans[n + 1][0] if n + 1 < len(spans) else math.inf
        cuts = [0, *_cuts(x, text, after, extents)]
        # (a figure run on into the next column's words with one space: overrun_cells)
        if len(cuts) == 1 and (cut := overrun_cut(x, text, extents)) is not None:
            cuts.append(cut)
        out.extend((x + a * CHAR_POINTS, text[a:b].rstrip())
                   for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True))
    return out


def _cuts(x: float, text: str, after: float, extents: list[tuple[float, float]]) -> list[int]:
    """Where a cell starting at ``x`` parts before a figure that starts a rule's segment and
    has it to itself: the word after the figure (in the cell, or the next cell at ``after``)
    starts past the segment's end. A cell that overruns its column with a figure of its own
    at its end ("Locality Team 2") pushes the next column's cell into that segment after it,
    so the figure stays the end of its words."""
    words = list(WORD.finditer(text))
    starts = [x + m.start() * CHAR_POINTS for m in words] + [after]
    return [m.start() for k, m in enumerate(words) if k and figure(m.group())
            and _starts_segment(starts[k], m.group(), starts[k + 1], extents)]


def _starts_segment(x: float, text: str, after: float,
                    extents: list[tuple[float, float]]) -> bool:
    """A word set at the very start of a rule's segment (within half a character), within it,
    and alone in it (the next word starts at ``after``)."""
    return any(abs(x - a) < CHAR_POINTS / 2 and cell_end(x, text) <= b <= after
               for a, b in extents)


def rule_extents(line: Line) -> list[tuple[float, float]]:
    """The segments of a dashed rule under a header: each marks one column's width."""
    raw = (line.raw or "").expandtabs(4)
    return [(m.start() * CHAR_POINTS, m.end() * CHAR_POINTS) for m in DASHES.finditer(raw)]

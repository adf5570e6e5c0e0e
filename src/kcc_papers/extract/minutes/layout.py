"""How a PDF sets a line, and what that says: headings are bold or larger than the body
text (the size most lines are set in); text and HTML say nothing (None)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kcc_papers.load.model import Line
from kcc_papers.load.text import CHAR_POINTS

# A heading is bold or this much larger than the body text; headings of one numbering
# sequence sit at one indent, within this many points.
SIZE_STEP = 0.5
INDENT_TOLERANCE = 6.0


@dataclass(slots=True, frozen=True)
class Layout:
    """What a PDF says about how a line is set: font height, bold, left and right edges
    (points)."""

    size: float | None
    bold: bool | None
    x0: float | None
    # the share of the text's width the line's column has (side-by-side columns: minutes.columns)
    share: float = 1.0
    # right end of the line's text (points), for judging whether a word would have fitted
    x1: float | None = None
    # the bold words the line opens with where it goes on in regular type (``Line.lead``): a
    # heading run in to its minute's text ("48. Budget Monitoring - Quarter 2." in bold)
    lead: str | None = None


def text_size(layouts: list[Layout | None]) -> float | None:
    """The size most lines are set in: the body text's."""
    sizes = Counter(round(lay.size * 2) / 2 for lay in layouts if lay and lay.size)
    return sizes.most_common(1)[0][0] if sizes else None


def heading_layout_of(lay: Layout | None, body_size: float | None) -> bool | None:
    """Set like a heading (True), like the body (False), or unknown (None)."""
    if lay is None or lay.size is None or body_size is None:
        return None
    return bool(lay.bold) or lay.size >= body_size + SIZE_STEP


# Points of slack at the right edge when judging whether a word would have fitted a line.
EDGE_TOLERANCE = 2.0


def stood_alone(lines: list[tuple[int, Line]], shares: list[float] | None = None) -> list[bool]:
    """Which lines end short of the text's right edge, with room for the next line's first
    word: the line was ended there, not wrapped, so the next one starts a new paragraph ("3.
    Application for a premises licence: The Old Mill Tap, 3 Mill Street, Barchester" over its
    body, against a parish's "2453. Accounts for payment: Merlin Waste - £27.12 ..., Clerk's
    Salary &" filled to the margin). A text line ends where its characters do; a line whose
    next is on another page is not judged. ``shares``: each line's column's share of the
    width (minutes.columns): a line in a column is judged by that column's right edge."""
    column = shares if shares is not None and len(shares) == len(lines) else [1.0] * len(lines)
    edges: dict[tuple[int, float], float] = {}
    for (page, line), share in zip(lines, column, strict=True):
        edges[page, share] = max(edges.get((page, share), 0.0), _right_end(line))
    out = []
    for (page, line), (next_page, below), share in zip(
            lines, [*lines[1:], (None, None)], column, strict=True):
        words = below.text.split() if below is not None else []
        if next_page != page or not words or below is None:
            out.append(False)
            continue
        room = _right_end(line) + _char_width(below) * (len(words[0]) + 1)
        out.append(room <= edges[page, share] - EDGE_TOLERANCE)
    return out


def _right_end(line: Line) -> float:
    if line.x1 is not None:
        return line.x1
    return (line.x0 or 0.0) + len(line.text.strip()) * CHAR_POINTS


def _char_width(line: Line) -> float:
    if line.x1 is None or line.x0 is None:
        return CHAR_POINTS
    return (line.x1 - line.x0) / max(len(line.text.strip()), 1)


def larger_over_body(layouts: list[Layout | None], i: int, body_size: float | None) -> bool:
    """Whether line ``i`` is set larger than the body text (SIZE_STEP) and the line under it
    is not: a heading in its own larger type ends where its line does, however near the
    margin it reaches ("PCP/25/36 Police Funding Formula: Proposal to Write to the Home
    Secretary" in 14pt over the minute's text in 12pt), since no title wraps into the body's
    type."""
    here = layouts[i]
    below = layouts[i + 1] if i + 1 < len(layouts) else None
    if body_size is None or here is None or below is None or here.size is None:
        return False
    return (here.size >= body_size + SIZE_STEP and below.size is not None
            and below.size < body_size + SIZE_STEP)

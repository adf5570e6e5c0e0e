"""Minutes set in two columns side by side: a bilingual body prints each minute in English and
in Welsh on the same baselines; other minutes keep an "Action by" column of officers' names
beside the minute text. A line's text then holds both columns ("RESOLVED: That the minutes of
the meeting Democratic Services Manager"). Of such minutes the one column that is the minute
in English is read; the other (a translation, or who acts on it) is no part of a minute's
title or resolution. Columns are found by where their text starts, so they are told apart
whether the page model gives them as spans of one line or as lines of their own."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

from kcc_papers.load.model import Line
from kcc_papers.load.text import CHAR_POINTS
from kcc_papers.normalise.bilingual import halves, is_welsh

# A second column starts within this share of the text's width: near the middle for two
# languages, further right for a narrow action column; hanging indents of "Present:" lists
# and table cells near the left are not columns.
GUTTER_FROM, GUTTER_TO = 0.4, 0.85
# Columns starting within this many points are one column.
GUTTER_TOLERANCE = 4.0
# Text on one baseline: tops within this many points.
BASELINE_TOLERANCE = 2.0
# At least this many lines start text at the gutter before a paper is read as two columns.
MIN_COLUMN_LINES = 3
# An action column names who acts: a few words per entry ("R Okoro / Head of Revenues and
# Benefits").
ACTION_WORDS = 8
# Its heading: "Action", "Action by", "Lead officer", "Responsible officer", "Owner"; in a
# cell of its own, "Action by: none".
ACTION_HEADING = re.compile(
    r"(?:^|\s)(?:Actions?(?:\s+by)?|Lead\s+officer|Responsible\s+officer|Owner|By\s+whom)"
    r"\s*:?\s*$",
    re.I,
)
ACTION_CELL = re.compile(r"^\s*Actions?\s+by\s*:", re.I)

Piece = tuple[float, str]
# A line as one_column gives it: its page, the line, and its column's share of the width.
Placed = tuple[int, Line, float]


def one_column(lines: list[tuple[int, Line]], widths: dict[int, float | None]
               ) -> list[Placed]:
    """``lines`` with the column that is not the minute taken out where two are printed side
    by side, each with the share of the text's width its column has (1.0 outside columns: a
    heading that fills a narrow column wraps as one that fills the page does). Unchanged when
    the minutes are not set in two columns, or when both columns are the minute (headings
    left of their text)."""
    gutter = column_gutter(lines, widths)
    if gutter is None:
        return [(page, line, 1.0) for page, line in lines]
    split = [(page, line, *split_at_gutter(line, gutter)) for page, line in lines]
    left_text = [t for *_, left, _ in split for _, t in left]
    right_text = [t for *_, right in split for _, t in right]
    action = _action_column(right_text, [line.text for _, line in lines])
    if action or (is_welsh(" ".join(right_text)) and not is_welsh(" ".join(left_text))):
        keep_left = True
    elif is_welsh(" ".join(left_text)) and not is_welsh(" ".join(right_text)):
        keep_left = False
    else:
        return [(page, line, 1.0) for page, line in lines]
    region = _in_columns(lines, gutter)
    extent = _extent(lines)
    body = _body_size(lines)
    out: list[tuple[int, Line, float]] = []
    for k, (page, line, left, right) in enumerate(split):
        width = widths.get(page) or extent
        if not region[k]:
            out.append((page, _crossing(line, gutter, keep_left, action), 1.0))
            continue
        kept = left if keep_left else right
        share = gutter / width if keep_left else 1.0 - gutter / width
        if kept and (left and right):
            out.append((page, narrowed(line, kept), share))
        elif kept:
            out.append((page, _crossing(line, gutter, keep_left, action), share))
        elif not action and _heading_of_both(line, body):
            out.append((page, line, 1.0))
    return out


# Heading lines are bold or this much larger than the minutes' body type.
HEADING_SIZE_RATIO = 1.15


def _body_size(lines: list[tuple[int, Line]]) -> float:
    sizes = sorted(line.size for _, line in lines if line.size)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _heading_of_both(line: Line, body: float) -> bool:
    """Whether a line that keeps to the other language's column is a heading in both
    languages ("26/054 Materion Ariannol / Financial Matters", short enough to end before the
    gutter): the minute's own heading, set over both columns."""
    heading = line.bold or bool(body and line.size and line.size >= HEADING_SIZE_RATIO * body)
    return heading and len(halves(line.text, before_capital=True)) > 1


def column_gutter(lines: list[tuple[int, Line]], widths: dict[int, float | None]
                  ) -> float | None:
    """Where a second column starts: the place most lines start text beside other text on
    their baseline (a later span of a line, or a line of its own), near the middle of the
    text's width (``widths``: each page's, else the text's extent); None where fewer than
    MIN_COLUMN_LINES lines start there. Public: two_up finds a text file's newspaper columns
    by it too."""
    starts: Counter[float] = Counter()
    extent = _extent(lines)
    baselines = _Baselines(lines)
    for page, line in lines:
        width = widths.get(page) or extent
        for x in [x for x, _ in line.spans[1:]] + baselines.beside(page, line):
            if GUTTER_FROM * width <= x <= GUTTER_TO * width:
                starts[round(x / GUTTER_TOLERANCE) * GUTTER_TOLERANCE] += 1
    if not starts:
        return None
    place, count = starts.most_common(1)[0]
    return place if count >= MIN_COLUMN_LINES else None


class _Baselines:
    """Where each page's lines start, by their tops: the lines on a line's baseline are found
    by bisection, not by a scan of every line (minutes of a long pack have thousands)."""

    def __init__(self, lines: list[tuple[int, Line]]) -> None:
        placed: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for page, line in lines:
            if line.top is not None and line.x0 is not None:
                placed[page].append((line.top, line.x0))
        self.tops = {page: sorted(rows) for page, rows in placed.items()}
        self.keys = {page: [top for top, _ in rows] for page, rows in self.tops.items()}

    def beside(self, page: int, line: Line) -> list[float]:
        """Where ``line`` starts when it is a line of its own beside another on its baseline
        (a page model that gives each column its own lines)."""
        if line.top is None or line.x0 is None or page not in self.keys:
            return []
        keys = self.keys[page]
        lo = bisect_left(keys, line.top - BASELINE_TOLERANCE)
        hi = bisect_right(keys, line.top + BASELINE_TOLERANCE)
        x0 = line.x0
        return [x0] if any(other < x0 for _, other in self.tops[page][lo:hi]) else []


def _in_columns(lines: list[tuple[int, Line]], gutter: float) -> list[bool]:
    """Which lines are set in the columns: from the first line with text both sides of the
    gutter (on one line or on one baseline) to the last, with the lines that keep to one
    column before and after them; a line across the gutter is set across the page."""
    baselines = _Baselines(lines)
    at = [k for k, (page, line) in enumerate(lines)
          if _both_sides(baselines, page, line, gutter)]
    if not at:
        return [False] * len(lines)
    first, last = at[0], at[-1]
    while first > 0 and _one_side(lines[first - 1][1], gutter):
        first -= 1
    while last + 1 < len(lines) and _one_side(lines[last + 1][1], gutter):
        last += 1
    return [first <= k <= last and (_one_side(line, gutter) or k in at)
            for k, (_, line) in enumerate(lines)]


def _both_sides(baselines: _Baselines, page: int, line: Line, gutter: float) -> bool:
    left, right = split_at_gutter(line, gutter)
    if left and right:
        return True
    return bool(right) and bool(baselines.beside(page, line))


def _one_side(line: Line, gutter: float) -> bool:
    left, right = split_at_gutter(line, gutter)
    if right:
        return not left
    end = line.x1 if line.x1 is not None else text_end(line)
    return end <= gutter


def _extent(lines: list[tuple[int, Line]]) -> float:
    """The text's width where pages give none (text files: a character is CHAR_POINTS)."""
    ends = [line.x1 if line.x1 is not None else text_end(line) for _, line in lines]
    return max(ends, default=0.0) or 1.0


def text_end(line: Line) -> float:
    """Where ``line``'s text ends when its page gives no right edge: its last span's start
    and CHAR_POINTS a character (a text file's line). Public: shared with two_up."""
    x, text = line.spans[-1] if line.spans else (line.x0 or 0.0, line.text)
    return x + len(text) * CHAR_POINTS


def split_at_gutter(line: Line, gutter: float) -> tuple[list[Piece], list[Piece]]:
    """A line's spans left of the gutter and at or right of it (within GUTTER_TOLERANCE of
    it counts as right). Public: shared with two_up."""
    spans = line.spans or [(line.x0 or 0.0, line.text)]
    edge = gutter - GUTTER_TOLERANCE
    return [s for s in spans if s[0] < edge], [s for s in spans if s[0] >= edge]


def _action_column(right: list[str], texts: list[str]) -> bool:
    """The right column names who acts on each minute: short entries under an "Action"
    heading (printed in the column, or at the end of the heading line it shares)."""
    entries = [t for t in right if not ACTION_CELL.match(t)]
    if not right or any(len(t.split()) > ACTION_WORDS for t in entries):
        return False
    return any(ACTION_HEADING.search(t) or ACTION_CELL.match(t) for t in [*right, *texts])


def _crossing(line: Line, gutter: float, keep_left: bool, action: bool) -> Line:
    """A line of one run that crosses the gutter (the page model joined the columns): its
    right column's heading ("Apologies  Action by") taken off, or of a heading and its twin
    in the other language, which repeats the minute's number ("2026/31 Apologies  2026/31
    Ymddiheuriadau"), the kept language's."""
    if (line.x1 if line.x1 is not None else text_end(line)) <= gutter:
        return line
    text = ACTION_HEADING.sub("", line.text).rstrip() if action else line.text
    words = text.split()
    number = next((w for w in words[:2] if any(c.isdigit() for c in w)), None)
    if number is not None:
        first = words.index(number)
        twin = next((k for k in range(first + 2, len(words)) if words[k] == number), None)
        if twin is not None:
            # a mark printed before each number ("** 21.") goes with the twin
            cut = twin - 1 if twin - 1 > first and not words[twin - 1].isalnum() else twin
            words = words[:cut] if keep_left else words[cut:]
    text = " ".join(words)
    return line if text == line.text else narrowed(line, [(line.x0 or 0.0, text)])


def narrowed(line: Line, kept: list[Piece]) -> Line:
    """``line`` holding only the ``kept`` spans (one column's); its right end estimated by
    their share of its characters. Public: shared with two_up."""
    text = " ".join(t for _, t in kept)
    x0 = kept[0][0]
    x1 = line.x1
    if line.x1 is not None and line.x0 is not None and line.text:
        x1 = x0 + (line.x1 - line.x0) * len(text) / len(line.text)
    return Line(text, x0, line.top, x1, line.bottom, list(kept), line.size, line.bold, line.raw,
                line.stamp)

"""Minutes printed two-up: two pages side by side on one landscape sheet, each half a column
of its own, no line crossing the sheet's middle. The text layer reads lines by their tops, so
the right half's first line, set a little higher than the left half's first (a heading's
larger type sits lower on its line), comes first: a minute of the right half read before the
meeting's heading, and out of its numbering. Such a page is read as printed: its left half,
then its right, set as a page of its own at the left half's margin."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby
from operator import itemgetter

from kcc_papers.extract.minutes.columns import (
    Placed,
    column_gutter,
    narrowed,
    split_at_gutter,
    text_end,
)
from kcc_papers.load.model import Line

# Each half of a two-up sheet holds at least this many lines (a few lines beside a column are
# a margin's notes, not a page).
MIN_HALF_LINES = 3
# Newspaper columns on an upright page: each column holds at least this many lines of a run
# of lines none of which crosses the middle (a signature's or a date's lines at the right are
# fewer), and its widest line fills this share of the room its half leaves (an "Action by"
# column's officers' names fill little of it).
MIN_COLUMN_LINES = 6
MIN_COLUMN_FILL = 0.8
# A text file's newspaper columns hold prose: their lines have at least this many words
# (the median line of each column).
MIN_PROSE_WORDS = 4


def halves_in_order(lines: list[Placed], sheets: dict[int, tuple[float, float]]
                    ) -> list[Placed]:
    """``lines`` with each two-up page (``sheets``: each page's width and height; a two-up
    sheet is landscape) read left half first, then right half."""
    out: list[Placed] = []
    for page, placed in groupby(lines, key=itemgetter(0)):
        run = list(placed)
        width, height = sheets.get(page, (0.0, 0.0))
        if not width:
            out += _text_columns_in_order(run)
        elif width > height:
            out += _page_in_order(run, width)
        else:
            out += _columns_in_order(run, width)
    return out


def _text_columns_in_order(lines: list[Placed]) -> list[Placed]:
    """A text file's page set out in two newspaper columns (a PDF exported as laid out: each
    line holds the left column's line, spaces, then the right's): from the first line with
    text both sides of the gutter to the last, none crossing it, the left column's lines are
    read, then the right's at the left's margin. Both columns are prose (a table's columns,
    an "Action by" column's names, hold a few words a line)."""
    placed = [(page, line) for page, line, _ in lines]
    gutter = column_gutter(placed, {})
    if gutter is None:
        return lines
    parts = [split_at_gutter(line, gutter) for _, line in placed]
    both = [k for k, (left, right) in enumerate(parts) if left and right]
    if not both:
        return lines
    first, last = both[0], both[-1]
    region = range(first, last + 1)
    if any(not right and text_end(placed[k][1]) > gutter for k in region
           for _, right in [parts[k]]):
        return lines  # a line across the gutter: no columns here
    right_pieces = [t for k in region for _, t in parts[k][1]]
    left_pieces = [t for k in region for _, t in parts[k][0]]
    if (len(right_pieces) < MIN_COLUMN_LINES or len(left_pieces) < MIN_COLUMN_LINES
            or any(len(pieces) > 1 for k in region for pieces in parts[k])
            or _words_a_line(right_pieces) < MIN_PROSE_WORDS
            or _words_a_line(left_pieces) < MIN_PROSE_WORDS):
        return lines
    margin = min(_x0(placed[k][1]) for k in region if parts[k][0])
    left_side: list[Placed] = []
    right_side: list[Placed] = []
    for k in region:
        page, line, share = lines[k]
        left, right = parts[k]
        if left:
            left_side.append((page, narrowed(line, left), share))
        if right:
            right_side.append((page, _shifted(narrowed(line, right), gutter - margin), share))
    return [*lines[:first], *left_side, *right_side, *lines[last + 1:]]


def _words_a_line(pieces: list[str]) -> float:
    """The median count of words of a column's lines."""
    counts = sorted(len(t.split()) for t in pieces)
    return counts[len(counts) // 2] if counts else 0.0


def _columns_in_order(lines: list[Placed], width: float) -> list[Placed]:
    """An upright page whose minutes run in two newspaper columns under a heading set across
    the page: each run of lines that keep to one half is read left column, then right, the
    right set at the left's margin, so its minutes' headings stand where the left's do (one
    numbering runs on across the columns). Lines crossing the middle (the heading, a footer)
    stay where they are."""
    if not width:
        return lines
    middle = width / 2
    sides = [_side(line, middle) for _, line, _ in lines]
    out: list[Placed] = []
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and sides[end] is not None:
            continue
        out += _run_in_order(lines[start:end], sides[start:end], width)
        if end < len(lines):
            out.append(lines[end])
        start = end + 1
    return out


def _run_in_order(run: list[Placed], sides: list[str | None], width: float) -> list[Placed]:
    left = [placed for placed, side in zip(run, sides, strict=True) if side == "left"]
    right = [placed for placed, side in zip(run, sides, strict=True) if side == "right"]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return run
    margin = min(_x0(line) for _, line, _ in left)
    column = min(_x0(line) for _, line, _ in right)
    room = width - margin - column
    widest = max((line.x1 or column) - column for _, line, _ in right)
    if room <= 0 or widest < MIN_COLUMN_FILL * room or not _numbering_runs_on(left, right):
        return run
    return [*left, *[(page, _shifted(line, column - margin), share)
                     for page, line, share in right]]


# A minute's number opening its heading: "26.", "ESP/27/26", "Minute 26" (its last figures).
_HEADING_NUMBER = re.compile(
    r"^(?:(?:Minute|Min\.?|Item)\s+)?[A-Z]{0,6}[/.]?(?:\d{1,4}[/.])*(\d{1,4})[.:)]?(?=\s|$)")


def _numbering_runs_on(left: list[Placed], right: list[Placed]) -> bool:
    """Whether the right column's first numbered line follows on from a number opening a
    line of the left column ("14. Empty Homes" beside "13. Minutes"): newspaper columns of
    minutes, one numbering running on across them (a prose line wrapped before a figure,
    "15 as a landlord", is no heading, but a heading numbered one before is there). A
    two-column table beside which the lines under it keep to the left half (public
    questions and their answers, issues and responses) numbers nothing in its right column,
    or numbers it row by row as its left."""
    def numbers(side: list[Placed]) -> list[int]:
        return [int(m.group(1)) for _, line, _ in side
                if (m := _HEADING_NUMBER.match(line.text.strip()))]

    on_right = numbers(right)
    return bool(on_right) and on_right[0] - 1 in numbers(left)


def _page_in_order(lines: list[Placed], width: float) -> list[Placed]:
    middle = width / 2
    sides = [_side(line, middle) for _, line, _ in lines]
    if None in sides or sides.count("left") < MIN_HALF_LINES or sides.count(
            "right") < MIN_HALF_LINES:
        return lines
    left = [placed for placed, side in zip(lines, sides, strict=True) if side == "left"]
    right = [placed for placed, side in zip(lines, sides, strict=True) if side == "right"]
    # the right half is a page of its own: set at the left half's margin, its headings
    # stand where the left half's do (one numbering runs on across the halves)
    shift = min(_x0(line) for _, line, _ in right) - min(_x0(line) for _, line, _ in left)
    return [*left, *[(page, _shifted(line, shift), share) for page, line, share in right]]


def _x0(line: Line) -> float:
    return line.x0 if line.x0 is not None else 0.0


def _shifted(line: Line, by: float) -> Line:
    return replace(line, x0=None if line.x0 is None else line.x0 - by,
                   x1=None if line.x1 is None else line.x1 - by,
                   spans=_moved(line.spans, by) or [], beside=_moved(line.beside, by),
                   cells=_moved(line.cells, by), parts=_moved(line.parts, by))


def _moved(pieces: list[tuple[float, str]] | None, by: float) -> list[tuple[float, str]] | None:
    return None if pieces is None else [(x - by, text) for x, text in pieces]


def _side(line: Line, middle: float) -> str | None:
    """Which half of the sheet the line lies in, or None where it crosses the middle (or its
    place is unknown)."""
    if line.x0 is None or line.x1 is None:
        return None
    if line.x1 <= middle:
        return "left"
    return "right" if line.x0 >= middle else None

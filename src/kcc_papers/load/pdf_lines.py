"""A PDF page's runs as its visual lines: runs on one baseline joined (their spans, cells and
run-in kept), two columns' runs PDFium joined cut apart, and stamps each a line of their own.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from kcc_papers.load.columns import EDGE_TOLERANCE, GUTTER_EMS
from kcc_papers.load.glyphs import (
    clean,
)
from kcc_papers.load.model import Line
from kcc_papers.load.pdf_run_cells import COLUMN_GAP_SHARE
from kcc_papers.load.pdf_runs import Run, _run
from kcc_papers.load.pdfium_calls import Glyphs

SPACE = re.compile(" ")


# Runs whose tops differ by less than this many points belong to one visual line.
LINE_TOLERANCE = 2.5


def _cutter(glyphs: Glyphs, text: str, height: float) -> Callable[[Run, float],
                                                                  tuple[Run, Run] | None]:
    """A run parted at a space followed by a gutter's width of gap and a word starting at x
    (``columns.side_by_side``): PDFium joins two columns' runs on one baseline into one run,
    with a space of its own between them. The words of a line run left to right, so the
    space is found by bisection (a few glyph boxes a run)."""
    def cut(run: Run, x: float) -> tuple[Run, Run] | None:
        spaces = [m.start() for m in SPACE.finditer(text, run.start + 1, run.end - 1)]
        at = bisect.bisect_left(spaces, x, key=lambda i: glyphs.loose_box(i + 1)[0])
        for i in spaces[max(0, at - 1) : at + 1]:
            word = glyphs.loose_box(i + 1)[0]
            if (abs(word - x) <= EDGE_TOLERANCE
                    and word - glyphs.loose_box(i - 1)[2] >= GUTTER_EMS * run.size):
                left = _run(glyphs, text, run.start, i, height)
                right = _run(glyphs, text, i + 1, run.end, height)
                return (left, right) if left is not None and right is not None else None
        return None
    return cut


def _with_stamps(lines: list[Line], stamps: list[Run]) -> list[Line]:
    """Each stamp (``stamps``) a line of its own, before the line whose band it shares (the
    first reaching down to the stamp: a larger heading on its baseline starts higher), so
    first after the page's running header, where stamps and furniture are looked for."""
    for stamp in stamps:
        at = next((i for i, line in enumerate(lines)
                   if (line.bottom or 0.0) > stamp.top + LINE_TOLERANCE), len(lines))
        line = _line_of(stamp)
        line.stamp = True
        lines.insert(at, line)
    return lines


def _group_lines(runs: list[Run]) -> list[Line]:
    """Group text runs into visual lines, top to bottom, left to right. A line's size is its
    largest run's; it is bold when its first run is (a bold heading, then plain text after it,
    is still a heading)."""
    return [_line_of(row[0]) if len(row) == 1 else _joined_line(row) for row in _rows(runs)]


def _rows(runs: list[Run]) -> list[list[Run]]:
    """The runs of each visual line, top to bottom, each line's left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=_reading_order):
        if lines and abs(lines[-1][0].top - run.top) <= LINE_TOLERANCE:
            lines[-1].append(run)
        else:
            lines.append([run])
    for line in lines:
        if len(line) > 1:
            line.sort(key=lambda r: r.x0)
    return lines


def _reading_order(run: Run) -> tuple[float, float]:
    return round(run.top, 1), run.x0


def _line_of(run: Run) -> Line:
    """A line of one run (most lines). Its text was cleaned as a run: cleaning it again
    changes it only where removing a tag joined the pieces of another ("<<b>i>")."""
    text = clean(run.text) if "<" in run.text else run.text
    return Line(text, run.x0, run.top, run.x1, run.bottom, [(run.x0, run.text)], run.size,
                run.bold, cells=list(run.cells) if run.cells else None,
                beside=list(run.beside) if run.beside else None,
                parts=list(run.parts) if run.parts else None, lead=run.lead)


def _joined_line(group: list[Run]) -> Line:
    group.sort(key=lambda r: r.x0)
    return Line(
        text=clean(" ".join(r.text for r in group)),
        x0=group[0].x0,
        top=min(r.top for r in group),
        x1=max(r.x1 for r in group),
        bottom=max(r.bottom for r in group),
        spans=_spans(group),
        size=max(r.size for r in group),
        bold=group[0].bold,
        cells=([cell for r in group for cell in (r.cells or ((r.x0, r.text),))]
               if any(r.cells for r in group) else None),
        parts=([part for r in group for part in (r.parts or ((r.x0, r.text),))]
               if any(r.parts for r in group) else None),
        lead=_line_lead(group),
    )


def _line_lead(group: list[Run]) -> str | None:
    """The bold run-in of a line of runs (left to right): its first run's, or where that
    is in regular type and a column's gap parts them, the second's (a record's row of one
    line drawn as two text objects: the number cell, then the record cell opening with its
    title; see ``_lead_after_number_cell``)."""
    first = group[0]
    if first.lead or first.bold or len(group) < 2:
        return first.lead
    return group[1].lead if group[1].x0 - first.x1 >= COLUMN_GAP_SHARE * first.size else None


# PDFium starts a new run at a short word drawn on its own (a writer drawing each word apart:
# "Item" "1" "- Declarations"), its gap a word space, not a column's: at most this share of
# the font's height (a word space is about 0.3 of it, stretched a little in a justified line;
# two table cells' padding parts their text by 0.54 of a 10.5 point font and more).
WORD_GAP_SHARE = 0.45
# A word this short beside such a gap is one PDFium parted from its line.
SHORT_WORD = 2


def _spans(group: list[Run]) -> list[tuple[float, str]]:
    """A line's runs as its spans (its columns), a run parted from its neighbour only by a
    word space at a short word joined to it."""
    spans = [(group[0].x0, group[0].text)]
    for prev, run in itertools.pairwise(group):
        short = min(len(prev.text.split()[-1]), len(run.text.split()[0])) <= SHORT_WORD
        if short and run.x0 - prev.x1 <= WORD_GAP_SHARE * min(prev.size, run.size):
            spans[-1] = (spans[-1][0], f"{spans[-1][1]} {run.text}")
        else:
            spans.append((run.x0, run.text))
    return spans

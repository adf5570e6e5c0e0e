"""Where a line of a page set in columns side by side ends at the right: the edge of its own
column, not the page's margin.

A bilingual agenda prints its items twice, one language in each half of the page ("4. Inter-
Island Ferry Services: Dry-Docking" beside "4. Seirbheisean Aiseig eadar na"): a title wraps
at its column's edge, far left of the page's margin. A careful reader sees the other column's
text at the title's height and judges the wrap by the furthest the title's column reaches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from kcc_papers.load.model import Line

# Points between a column's text and the next column's text at least (a word space is less).
MIN_GUTTER = 12.0
# Points two lines may start apart and be in one column.
COLUMN_TOLERANCE = 2.0
# A column is read as such where at least this many of its lines have another column beside
# them: fewer tell nothing of how far it reaches.
MIN_LINES_BESIDE = 3
# Places are kept to this many decimals when a line is looked up by them.
PLACE_DECIMALS = 1


def _key(page: int, line: Line) -> tuple[int, float, float]:
    assert line.x0 is not None and line.top is not None
    return page, round(line.x0, PLACE_DECIMALS), round(line.top, PLACE_DECIMALS)


class ColumnEdges:
    """The right edge of the column of each line that has another column's text beside it."""

    def __init__(self, pages: Iterable[tuple[int, list[Line]]]) -> None:
        self._edges: dict[tuple[int, float, float], float] = {}
        for number, lines in pages:
            self._read_page(number, lines)

    def edge(self, page: int, line: Line | None) -> float | None:
        """The right edge of ``line``'s column, or None where no column stands beside it."""
        if line is None or line.x0 is None or line.top is None:
            return None
        return self._edges.get(_key(page, line))

    def _read_page(self, page: int, lines: list[Line]) -> None:
        placed = sorted((ln for ln in lines if ln.x0 is not None and ln.x1 is not None
                         and ln.top is not None and ln.bottom is not None),
                        key=lambda ln: ln.top or 0.0)
        if len(placed) < MIN_LINES_BESIDE:
            return
        tops = [ln.top or 0.0 for ln in placed]
        tallest = max((ln.bottom or 0.0) - (ln.top or 0.0) for ln in placed)
        beside = [ln for ln in placed if _has_text_beside(ln, placed, tops, tallest)]
        # each column's reach: the furthest its lines beside another column run
        columns: list[tuple[float, float]] = []  # (x0, reach)
        for ln in sorted(beside, key=lambda ln: ln.x0 or 0.0):
            x0, x1 = ln.x0 or 0.0, ln.x1 or 0.0
            if columns and x0 - columns[-1][0] <= COLUMN_TOLERANCE:
                columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
            else:
                columns.append((x0, x1))
        counts = [sum(abs((ln.x0 or 0.0) - x0) <= COLUMN_TOLERANCE for ln in beside)
                  for x0, _ in columns]
        for ln in beside:
            for (x0, reach), count in zip(columns, counts, strict=True):
                if count >= MIN_LINES_BESIDE and abs((ln.x0 or 0.0) - x0) <= COLUMN_TOLERANCE:
                    self._edges[_key(page, ln)] = reach
                    break


def _has_text_beside(line: Line, placed: list[Line], tops: list[float], tallest: float) -> bool:
    """Another line starts right of ``line``'s end, past a gutter, at its height (the lines
    looked at are only those whose tops lie within a line's height of its own)."""
    top, bottom, x1 = line.top or 0.0, line.bottom or 0.0, line.x1 or 0.0
    start = bisect.bisect_left(tops, top - tallest)
    end = bisect.bisect_right(tops, bottom)
    return any(other is not line and (other.x0 or 0.0) >= x1 + MIN_GUTTER
               and (other.top or 0.0) < bottom and (other.bottom or 0.0) > top
               for other in placed[start:end])

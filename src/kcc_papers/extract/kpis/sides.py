"""Two dashboards printed side by side as one table (a landscape page's "Ref | Indicator |
Target | Actual | RAG" twice across, each half a service's measures): its header names the same
columns twice, maybe with an empty column between the halves. Each row is read as two, the
left half's rows first, then the right half's as a table of their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.layout import Item, Row

# Each half names at least this many columns (a measure, its figure and its rating).
MIN_HALF_COLUMNS = 3
# The halves may stand this many empty columns apart (a gutter printed as a column).
MAX_GUTTER = 1


@dataclass(slots=True)
class _Split:
    """A table read as two: its halves' width, the right table's id and rows, and the page of
    its last row."""

    half: int
    right_id: int
    page: int
    right: list[Row] = field(default_factory=list)

    def gutter(self, row: Row) -> int | None:
        """The empty columns between the row's halves, where it is as wide as two halves and
        a gutter (one page's text may show the gutter as a column, another's not); None for
        a row of another width."""
        gutter = len(row.cells) - 2 * self.half
        between = row.cells[self.half:self.half + gutter]
        return gutter if 0 <= gutter <= MAX_GUTTER and not any(c.strip() for c in between) \
            else None

    def continued_by(self, row: Row) -> bool:
        """Whether a table's first row carries the split table on over a page, its header not
        repeated: a row as wide, on a later page."""
        return self.gutter(row) is not None and row.page > self.page


def sides_apart(items: Sequence[Item]) -> list[Item]:
    """The stream with each table whose header repeats its columns read as two tables: every
    row's left half where the row is, the right halves after the table's last row (after the
    last page it runs on, where it is carried over pages with its header not repeated)."""
    out: list[Item] = []
    split: _Split | None = None
    table: int | None = None
    last_id = max((i.table for i in items if isinstance(i, Row)), default=0)
    for item in items:
        if isinstance(item, Row) and item.table != table:
            table = item.table
            halves = _halves(item.cells)
            if halves is None and split is not None and split.continued_by(item):
                pass  # the split table's rows on, its right halves still to come
            else:
                out.extend(split.right if split is not None else [])
                split = None
                if halves is not None:
                    last_id += 1
                    split = _Split(halves[0], right_id=last_id, page=item.page)
        gutter = split.gutter(item) if isinstance(item, Row) and split is not None else None
        if isinstance(item, Row) and split is not None and gutter is not None:
            out.append(Row(item.page, item.cells[:split.half], item.fills[:split.half],
                           item.table))
            apart = split.half + gutter
            split.right.append(Row(item.page, item.cells[apart:], item.fills[apart:],
                                   split.right_id))
            split.page = item.page
            continue
        out.append(item)
    out.extend(split.right if split is not None else [])
    return out


def _halves(cells: list[str]) -> tuple[int, int] | None:
    """(half width, gutter) where the header row names the same columns twice, the second time
    after a gutter of empty cells, every column named and the measure among them (each half a
    dashboard: a header of periods' figures repeated, "Target | Actual | Target | Actual",
    names no measure); None otherwise."""
    names = [" ".join(c.lower().split()) for c in cells]
    for gutter in range(MAX_GUTTER + 1):
        half, odd = divmod(len(names) - gutter, 2)
        if odd or half < MIN_HALF_COLUMNS:
            continue
        left, between, rest = names[:half], names[half:half + gutter], names[half + gutter:]
        if (left == rest and all(left) and not any(between)
                and any(role_of(c) == "description" for c in cells[:half])):
            return half, gutter
    return None

"""Two dashboards printed side by side as one table (a landscape page's "Ref | Indicator |
Target | Actual | RAG" twice across, each half a service's measures): its header names the same
columns twice, maybe with an empty column between the halves. Each row is read as two, the
left half's rows first, then the right half's as a table of their own."""

from __future__ import annotations

from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.layout import Item, Row

# Each half names at least this many columns (a measure, its figure and its rating).
MIN_HALF_COLUMNS = 3
# The halves may stand this many empty columns apart (a gutter printed as a column).
MAX_GUTTER = 1


def sides_apart(items: list[Item]) -> list[Item]:
    """The stream with each table whose header repeats its columns read as two tables: every
    row's left half where the row is, the right halves after the table's last row."""
    out: list[Item] = []
    split: tuple[int, int] | None = None  # the current table's (half width, gutter)
    table: int | None = None
    right: list[Row] = []
    right_id = max((i.table for i in items if isinstance(i, Row)), default=0)
    for item in items:
        if isinstance(item, Row) and item.table != table:
            out.extend(right)
            right, table = [], item.table
            split = _halves(item.cells)
            right_id += split is not None
        if (isinstance(item, Row) and split is not None
                and len(item.cells) == 2 * split[0] + split[1]):
            half, gutter = split
            out.append(Row(item.page, item.cells[:half], item.fills[:half], item.table))
            right.append(Row(item.page, item.cells[half + gutter:],
                             item.fills[half + gutter:], right_id))
            continue
        out.append(item)
    out.extend(right)
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

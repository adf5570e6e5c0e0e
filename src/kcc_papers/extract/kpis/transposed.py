"""A dashboard printed on its side: its measures as columns, its periods down the rows, then a
row of targets and a row of ratings ("Month | CP01 Households in ... | CP02 ..." / "Oct 2027 |
394 | 55.3%" / "Target | 380 | 65.0%" / "Q3 status | Red | Amber"). The grid reader reads a
measure per row, so such a table is turned to stand as one: a row per measure, its periods,
target and rating as columns, under a header of the rows' first cells."""

from __future__ import annotations

from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.extract.kpis.layout import Item, Row, is_wordy
from kcc_papers.extract.kpis.rag import parse_rag

# Measures needed across before a table reads as one on its side (one measure is a list).
MIN_MEASURES = 2
# The heading the measures' column takes once the table is turned: what its cells are.
MEASURE_HEADING = "Measure"
# The roles a transposed table's row labels must show: a rating row and a value row at least.
ROW_ROLES_NEEDED = ({"rag"}, {"latest", "ytd"})
# Rows labelled by a period ("Nov 2027", "Q3 2026/27") needed: a table on its side runs its
# periods down the rows. One with none (a capital programme's "Budget | Spend to date |
# Forecast outturn | Status" rows, a project's milestones' "Target date | Actual date")
# rates schemes or projects across, no measures.
MIN_PERIOD_ROWS = 1


def untransposed(items: list[Item]) -> list[Item]:
    """The stream with every table printed on its side turned to stand (a row per measure);
    every other item as it was."""
    out: list[Item] = []
    at = 0
    while at < len(items):
        item = items[at]
        if not isinstance(item, Row):
            out.append(item)
            at += 1
            continue
        rows: list[Row] = []
        # (read on from ``at``, not over a copy of the rest: asked of every table)
        for k in range(at, len(items)):
            nxt = items[k]
            if not isinstance(nxt, Row) or nxt.table != item.table:
                break
            rows.append(nxt)
        out.extend(_turned(rows) or rows)
        at += len(rows)
    return out


def _turned(rows: list[Row]) -> list[Row] | None:
    """A table on its side as a row per measure, or None where it is not one."""
    names_at = _measure_row(rows)
    if names_at is None:
        return None
    body = rows[names_at + 1:]
    roles = {role_of(r.cells[0]) for r in body if r.cells and r.cells[0].strip()}
    if not all(roles & needed for needed in ROW_ROLES_NEEDED):
        return None
    if not any(_rating_row(r) for r in body):
        return None
    if sum(1 for r in body if r.cells and period_of(r.cells[0]) is not None) < MIN_PERIOD_ROWS:
        return None
    names = rows[names_at]
    header = Row(names.page, [MEASURE_HEADING, *(r.cells[0] for r in body)], [], names.table)
    turned = [header]
    for j in range(1, len(names.cells)):
        cells = [names.cells[j], *(r.cells[j] if j < len(r.cells) else "" for r in body)]
        fills = [names.fill(j), *(r.fill(j) for r in body)]
        turned.append(Row(names.page, cells, fills, names.table))
    return turned


def _measure_row(rows: list[Row]) -> int | None:
    """The row naming the measures across (every cell after the first wordy), the last such
    one before the first row labelled by a period, a target or a rating: a group's heading
    above it ("Children and families" over two measures) names no measure."""
    found = None
    for i, row in enumerate(rows):
        names = [c for c in row.cells[1:] if c.strip()]
        if len(names) >= MIN_MEASURES and len(names) == len(row.cells) - 1 and \
                all(is_wordy(c) for c in names):
            found = i
        elif found is not None:
            return found
    return None


def _rating_row(row: Row) -> bool:
    """A row of ratings across the measures, under a rating's label ("Status", "Q3 status")."""
    if not row.cells or role_of(row.cells[0]) != "rag":
        return False
    rated = [c for c in row.cells[1:] if c.strip()]
    return len(rated) >= MIN_MEASURES and all(parse_rag(c) is not None for c in rated)

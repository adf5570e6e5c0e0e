"""The rows about a dashboard's row in its table, walked in the stream of items: the row
just below (a header's candidate reads its years or refs there), whether any row of the table
follows, and all the rows after it."""

from __future__ import annotations

from kcc_papers.extract.kpis.header import BARE_YEAR
from kcc_papers.extract.kpis.layout import Item, Row


def row_below(items: list[Item], n: int, row: Row, always: bool = False) -> list[str] | None:
    """The cells of the row after ``items[n]`` in its table, where the row is a
    header's candidate that prints a year (read by ``year_groups``) or, ``always``, one
    naming a ref or comparator column (``BELOW_READERS``)."""
    if not always and not any(BARE_YEAR.match(c) for c in row.cells):
        return None
    for k in range(n + 1, len(items)):
        nxt = items[k]
        if isinstance(nxt, Row):
            return nxt.cells if nxt.table == row.table else []
    return []


def last_in_table(items: list[Item], n: int, row: Row) -> bool:
    """Whether no row of the same table follows ``items[n]``."""
    # (read on from n, not over a copy of the rest: it is asked of every data row)
    nxt = next((items[k] for k in range(n + 1, len(items))
                if isinstance(items[k], Row)), None)
    return not isinstance(nxt, Row) or nxt.table != row.table


def table_rows(items: list[Item], n: int, row: Row) -> list[list[str]]:
    """The cells of the rows after ``items[n]`` in its table."""
    rows: list[list[str]] = []
    for item in items[n + 1:]:
        if isinstance(item, Row):
            if item.table != row.table:
                break
            rows.append(item.cells)
    return rows

"""A rating column named by a word of its own ("Metric | Plan 2025-26 | Q2 actual | Assessment":
"On track", "Not on track"): no rating's heading, but every row under it prints a rating and
nothing else. The column is the header's rating column, named so for the header's reader, as
a column rated by fill under an empty heading is (``unnamed``)."""

from __future__ import annotations

from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.extract.kpis.unnamed import next_row, rows_after

# The name the column is read by: the rating column's own word.
RATING_HEADING = "RAG"
# Rows needed under the heading, each rated in the column, before it is a rating column (one
# "Green" in a column of words is a coincidence).
MIN_RATED_ROWS = 2


def worded_rating(items: list[Item], n: int, cells: list[str]) -> list[str]:
    """``cells``, the heading of ``items[n]``, with the one unnamed column whose every cell
    below in its table is a rating's words named as the rating column, where none is named
    so; else ``cells`` as they were."""
    row = items[n]
    assert isinstance(row, Row)
    # (asked of every row of every table: the row below tells first, cheaply; a row itself
    # printing a rating is one of the rated rows, no header over them, and its table is not
    # read again from each of its rows)
    nxt = next_row(items, n)
    if nxt is None or nxt.table != row.table or len(nxt.cells) != len(cells) or not any(
            parse_rag(c) is not None for c in nxt.cells) or any(
            parse_rag(c) is not None for c in row.cells):
        return cells
    roles = [role_of(c) for c in cells]
    if "rag" in roles:
        return cells
    below = list(rows_after(items, n, row.table))
    if len(below) < MIN_RATED_ROWS or any(len(r.cells) != len(cells) for r in below):
        return cells
    rated = [j for j, (cell, role) in enumerate(zip(cells, roles, strict=True))
             if role is None and cell.strip()
             and all(parse_rag(r.cells[j]) is not None for r in below)]
    if len(rated) != 1:
        return cells
    return [RATING_HEADING if j == rated[0] else c for j, c in enumerate(cells)]


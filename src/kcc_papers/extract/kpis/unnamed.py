"""A rating column with no heading: a dashboard whose last column is rated by its cells' fill
alone, its heading cell left empty ("Ref | Standard | Target | Q4 | Q1 | [ ]", each row's last
cell shaded green, amber or red, the paper's prose saying "the rating column is shaded ...").
A table reader drops an empty heading cell at the end of its row, so the header is one cell
short of the rows under it. The unnamed column is the header's rating column: it is named so
for the header's reader (``rating_heading``)."""

from __future__ import annotations

from collections.abc import Iterator

from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.rag import colour_rag

# The name the unnamed column is read by: the rating column's own word.
RATING_HEADING = "RAG"
# A column rated by fill rates every row of its table: two rows at least, so that one shaded
# cell (a highlighted total) makes no rating column.
MIN_FILLED_ROWS = 2


def rating_heading(items: list[Item], n: int) -> list[str]:
    """The cells of ``items[n]``, a header's candidate, with its empty or missing last heading
    named as the rating column, where the header names no rating column and every row under
    it in its table prints one cell more than its named headings, that cell empty and filled
    with a rating's colour; else its cells as printed."""
    row = items[n]
    assert isinstance(row, Row)
    named = list(row.cells)
    while named and not named[-1].strip():
        named.pop()
    width = len(named)
    # (asked of every row of every table: the row below tells first, cheaply; a row itself
    # rated so is one of the rated rows, no header over them, and its table is not read
    # again from each of its rows)
    nxt = next_row(items, n)
    if (nxt is None or nxt.table != row.table or not _rated_last(nxt, width)
            or _rated_last(row, width)):
        return row.cells
    if not named or any(role_of(c) == "rag" for c in named):
        return row.cells
    if not _all_rated_last(items, n, row.table, width):
        return row.cells
    return [*named, RATING_HEADING]


def _rated_last(row: Row, width: int) -> bool:
    """Whether the row prints a cell past the header's ``width`` named ones, empty and filled
    with a rating's colour its named cells do not share, and no more. (A header row shaded
    whole, in a table style's green or orange, fills its empty last cell too: no rating.)"""
    fill = row.fill(width)
    return (len(row.cells) == width + 1 and not row.cells[width].strip()
            and colour_rag(fill, blue=False) is not None
            and any(row.fill(i) != fill for i in range(width)))


def next_row(items: list[Item], n: int) -> Row | None:
    """The first row after ``items[n]`` (read on from n, not over a copy of the rest)."""
    return next((item for k in range(n + 1, len(items))
                 if isinstance(item := items[k], Row)), None)


def _all_rated_last(items: list[Item], n: int, table: int, width: int) -> bool:
    """Whether ``table``'s rows after ``items[n]`` (text lines between them aside), at least
    MIN_FILLED_ROWS of them, each end in a rated cell past ``width`` (``_rated_last``); read
    up to the first that does not."""
    count = 0
    for item in rows_after(items, n, table):
        if not _rated_last(item, width):
            return False
        count += 1
    return count >= MIN_FILLED_ROWS


def rows_after(items: list[Item], n: int, table: int) -> Iterator[Row]:
    """The rows of ``table`` after ``items[n]``, text lines between them aside, read on from
    n as asked (not over a copy of the rest)."""
    for k in range(n + 1, len(items)):
        item = items[k]
        if not isinstance(item, Row):
            continue
        if item.table != table:
            return
        yield item

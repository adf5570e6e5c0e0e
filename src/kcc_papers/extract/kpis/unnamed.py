"""A rating column with no heading: a dashboard whose last column is rated by its cells' fill
alone, its heading cell left empty ("Ref | Standard | Target | Q4 | Q1 | [ ]", each row's last
cell shaded green, amber or red, the paper's prose saying "the rating column is shaded ...").
A table reader drops an empty heading cell at the end of its row, so the header is one cell
short of the rows under it. The unnamed column is the header's rating column: it is named so
for the header's reader (``rating_heading``)."""

from __future__ import annotations

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
    nxt = next((i for i in items[n + 1:] if isinstance(i, Row)), None)
    # (asked of every row of every table: the row below tells first, cheaply)
    if nxt is None or nxt.table != row.table or not _filled_last(nxt, width):
        return row.cells
    if not named or any(role_of(c) == "rag" for c in named):
        return row.cells
    rows = _rows_after(items, n, row.table)
    if len(rows) < MIN_FILLED_ROWS or not all(_filled_last(r, width) for r in rows):
        return row.cells
    return [*named, RATING_HEADING]


def _filled_last(row: Row, width: int) -> bool:
    """Whether the row prints a cell past the header's ``width`` named ones, empty and filled
    with a rating's colour, and no more."""
    return (len(row.cells) == width + 1 and not row.cells[width].strip()
            and colour_rag(row.fill(width), blue=False) is not None)


def _rows_after(items: list[Item], n: int, table: int) -> list[Row]:
    """The rows of ``table`` after ``items[n]`` (text lines between them aside)."""
    rows: list[Row] = []
    for item in items[n + 1:]:
        if not isinstance(item, Row):
            continue
        if item.table != table:
            break
        rows.append(item)
    return rows

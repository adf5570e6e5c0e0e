"""A text file's run of tab-separated lines that holds a table among numbered paragraphs.

A word processor's text export (RTF or Word saved as text) puts a tab after every paragraph
number and label ("2.1<TAB>The register below lists ...", "Report of:<TAB>Head of
Procurement"), so the loader's run of tab lines (``load.text.tab_tables``) can hold a whole
report with its one real table ("Ref | Contract | Supplier | Start | End | Value (£) | Route")
somewhere in the middle, its header far below the rows a header is looked for in. Such a run
is parted into its block of wide rows (the table) and the two-cell lines around it, each a
table of its own as before; a run of two-cell lines alone, or a table alone, is left whole.
"""

from __future__ import annotations

from kcc_papers.load.model import Table

# A table's row has this many cells at least; a numbered paragraph or label line has two.
MIN_TABLE_CELLS = 3
# A block of fewer wide rows (a header and one row at least) is no table to part out.
MIN_TABLE_ROWS = 2


def parted_runs(tables: list[Table]) -> list[Table]:
    """Each text table, or the parts of one whose wide rows stand among paragraph lines."""
    return [part for table in tables for part in _parts(table)]


def _parts(table: Table) -> list[Table]:
    if table.first_line is None or table.row_lines is not None:
        return [table]  # a table set out in spaces, or a PDF's: its rows are its own
    wide = [i for i, row in enumerate(table.rows) if len(row) >= MIN_TABLE_CELLS]
    if len(wide) < MIN_TABLE_ROWS:
        return [table]
    # the block runs from the first wide row to the last: a two-cell line between them is a
    # row's cell wrapped onto the next line ("C2028-130<TAB>Home to school transport:")
    first, last = wide[0], wide[-1]
    if first == 0 and last == len(table.rows) - 1:
        return [table]
    bounds = [(0, first), (first, last + 1), (last + 1, len(table.rows))]
    return [Table(table.rows[a:b], table.page, first_line=table.first_line + a)
            for a, b in bounds if b > a]

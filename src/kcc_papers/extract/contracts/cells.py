"""Table cells of running text, read as sentences, and the value their row prints beside them.

A register of decisions prints each decision as a sentence in one column and its value in
another ("Decision | Reason | Value": "To award the contract for the resurfacing of Tannery
Lane car park to Hartwell Surfacing Ltd" | ... | "£94,850"): the sentence names the award, the
row's value column prices it."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.load.model import Table
from kcc_papers.normalise.money import find_money, header_unit

# A table cell of this many words or more is running text: a register's "Decision" column
# ("To award a contract for ... to Trapeze Group (UK) Limited for £1,137,400 over five years.").
MIN_SENTENCE_CELL_WORDS = 8
# A table's header row is among its first rows (a title row may come above it).
HEADER_ROWS = 2
# A column of sums: "Value", "Value (£)", "Contract value", "Estimated cost", "Amount (£000)".
VALUE_COLUMN = re.compile(
    r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:value|cost|amount|sum)\s*(?:\(\s*£\s*(?:000|k|m)?\s*\))?\s*$",
    re.I)


def prose_cells(tables: list[Table]) -> list[tuple[int, str]]:
    """(page, text) of the table cells that are sentences, read as paragraphs: a table's rows
    are not sentences, but a cell of running text is, and the table readers read no prose."""
    return [(table.page, cell) for table in tables for row in table.texts() for cell in row
            if len(cell.split()) >= MIN_SENTENCE_CELL_WORDS]


def _valued_cells(table: Table) -> list[tuple[str, str, str]]:
    """(sentence cell, the row's value cell, the value column's header) of each row of a table
    with a value column."""
    rows = table.texts()
    for h, header in enumerate(rows[:HEADER_ROWS]):
        col = next((i for i, c in enumerate(header) if VALUE_COLUMN.match(c)), None)
        if col is None:
            continue
        return [(" ".join(cell.split()), row[col], header[col])
                for row in rows[h + 1:] if len(row) == len(header) and find_money(row[col])
                for i, cell in enumerate(row)
                if i != col and len(cell.split()) >= MIN_SENTENCE_CELL_WORDS]
    return []


def price_from_rows(drafts: list[Draft], tables: list[Table]) -> None:
    """Give an award read from a table's cell of running text, and priced nowhere in it, the
    value its row prints in the table's value column. A cell naming awards to several firms
    ("To award contracts ... to A Ltd and B Ltd" | "£120,400") prices them together, no one
    of them: its row's value is left unsplit rather than counted once for each (readings of
    the one award, as a sentence may give twice, share it)."""
    # (each sentence's spaces made single once, not once for every cell it is looked for in)
    unpriced = {id(d): (d, " ".join(d.text.split())) for d in drafts
                if d.value_gbp is None and d.text}
    if not unpriced:
        return
    for cell, value, head in (v for table in tables for v in _valued_cells(table)):
        named = [d for d, said in unpriced.values() if said in cell]
        if len({d.provider for d in named}) != 1:
            continue
        for draft in named:
            set_value(draft, value, unit=header_unit(head))
            del unpriced[id(draft)]

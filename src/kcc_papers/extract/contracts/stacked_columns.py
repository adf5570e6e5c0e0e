"""A contract table that prints each contract over two lines, two columns' names stacked in one
header cell (held-out round 25): a text pack's

    Ref          Contract title                                      Provider
                 Start / term                                        Total value
    DA/27/041    Supply of library stock (books and e-books)         Peverell Books Ltd
                 1 November 2027, 3 years                            £412,000

reads as one column "Provider Total value" whose cells are "Peverell Books Ltd £412,000". Where
a header cell names a party and then a value under it, and every cell under it is a name with
a sum at its end, the column is two: the party's and the value's (``tables.table_drafts``)."""

from __future__ import annotations

import re

# A party's column name, then a value's: "Provider Total value", "Supplier / Contract value".
# (the spaces between read once, possessively, with or without a stroke: "\s*/?\s+" tried
# each split of a run of spaces, 7 s on 5,000)
PARTY_OVER_VALUE = re.compile(
    r"^\s*+(?P<party>(?:provider|supplier|contractor|awarded\s+to)s?)(?:\s*+/\s*+|\s++)"
    r"(?P<value>(?:(?:total|annual|contract|estimated)\s+){0,2}(?:value|price|cost|sum)"
    r"(?:\s*\(£\))?)\s*$", re.I)
# A cell's sum at its end, after the name printed over it: "Peverell Books Ltd £412,000" (the
# name ends on a word and the spaces after it are read once: linear in a run of spaces).
SUM_AT_END = re.compile(
    r"^(?P<name>\S.*?(?<=\S))\s++(?P<sum>£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million))?)$")


def _stacked_column(header: list[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if PARTY_OVER_VALUE.match(cell)), None)


def unstacked(rows: list[list[str]]) -> list[list[str]]:
    """The rows with a stacked party-and-value column parted in two; the rows unchanged where
    no header cell stacks them, or a cell under it is not a name and a sum."""
    for at, header in enumerate(rows):
        col = _stacked_column(header)
        if col is None:
            continue
        body = [row for row in rows[at + 1:] if len(row) > col and row[col].strip()]
        parts = [SUM_AT_END.match(row[col].strip()) for row in body]
        if not body or not all(parts):
            return rows
        stacked = PARTY_OVER_VALUE.match(header[col])
        assert stacked is not None  # found by the same pattern above
        out = [list(row) for row in rows[:at]]
        out.append([*header[:col], stacked["party"], stacked["value"], *header[col + 1:]])
        for row in rows[at + 1:]:
            part = SUM_AT_END.match(row[col].strip()) if len(row) > col else None
            cell = row[col] if len(row) > col else ""
            split = [part["name"], part["sum"]] if part else [cell, ""]
            out.append([*row[:col], *split, *row[col + 1:]])
        return out
    return rows

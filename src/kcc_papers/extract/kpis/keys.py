"""Keys printed as tables: the two-column "Green | Improving" kind, and wider ones giving each
status a colour of its own ("Improving | ... | was Amber"), read as key lines for the status
reader."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.status import MAX_STATUS_WORDS
from kcc_papers.normalise.numbers import parse_value


def key_tables(items: list[Item]) -> list[str]:
    """A key printed as a table of two columns ("Green | Improving", "Amber | Stable"): each
    table's rows as one key line, "Green - Improving; Amber - Stable". Or a key of more
    columns giving each of its statuses a colour of its own, the old rating it replaces
    ("Improving | Target not met, but better than last year | was Amber"): its status and
    colour cells, "Improving - Amber" (``_coloured_rows``)."""
    pairs: dict[int, list[str]] = {}
    wider: dict[int, list[list[str]]] = {}
    for item in items:
        if isinstance(item, Row):
            cells = [" ".join(c.split()) for c in item.cells if c.strip()]
            if len(cells) == 2:
                pairs.setdefault(item.table, []).append(" - ".join(cells))
            elif len(cells) > 2:
                wider.setdefault(item.table, []).append(cells)
    keys = ["; ".join(rows) for rows in pairs.values() if len(rows) >= 2]
    return keys + [key for rows in wider.values() if (key := _coloured_rows(rows))]


# A cell naming a colour and little else: "Amber", "was Amber", "Previously Green".
COLOUR_CELL = re.compile(r"^(?:[A-Za-z]+\s){0,2}(?P<colour>green|amber|red)\W{0,2}$", re.I)
# A key names each of its statuses in a few words, no figures ("Not achieved"); the rows of a
# key give each colour once, so it has as many as the colours a rating may take.
KEY_WORD = re.compile(r"^[A-Za-z][A-Za-z '/-]*$")
MIN_KEY_ROWS = 2


def _coloured_rows(rows: list[list[str]]) -> str | None:
    """A table of three columns or more whose every row (its header row aside) gives a status
    of a few words its own colour in a cell of that colour alone, as one key line ("Achieved -
    Green; Improving - Amber"); a table whose rows repeat a colour (a dashboard's ratings) is
    no key."""
    body = rows[1:] if rows and not any(COLOUR_CELL.match(c) for c in rows[0]) else rows
    entries: dict[str, str] = {}
    for cells in body:
        if any(_dashboard_cell(c) for c in cells):
            return None
        coloured = [c for c in cells if COLOUR_CELL.match(c)]
        words = [c for c in cells if not COLOUR_CELL.match(c)]
        if len(coloured) != 1 or not words:
            return None
        word = words[0]
        if not KEY_WORD.match(word) or len(word.split()) > MAX_STATUS_WORDS:
            return None
        colour = COLOUR_CELL.match(coloured[0])
        entries[word] = colour.group("colour").lower() if colour else ""
    colours = list(entries.values())
    if len(entries) < MIN_KEY_ROWS or len(set(colours)) != len(colours):
        return None
    return "; ".join(f"{word} - {colour}" for word, colour in entries.items())


def _dashboard_cell(cell: str) -> bool:
    """A cell that is a figure or a measure's code alone ("97.2%", "HS4"): a dashboard's row
    prints one, a key's never (its meanings may mention a figure in words: "Within 5% of
    target")."""
    return bool(REF.match(cell)) or parse_value(cell).value is not None

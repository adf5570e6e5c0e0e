"""Keys printed as tables: the two-column "Green | Improving" kind, and wider ones giving each
status a colour of its own ("Improving | ... | was Amber"), read as key lines for the status
reader; and two-column keys of marks and what each says of the target ("▲ | More than 10%
worse than target"), as a table or as lines of two pieces (``key_columns``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.rag import Rag, parse_rag
from kcc_papers.extract.kpis.status import MAX_STATUS_WORDS, target_meaning_rag
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


# A key's mark: a glyph or two, no letter or figure ("▲", "●", "✔"); or, in a key of glyphs,
# a mark's name (``KEY_WORD``: "Tick").
KEY_SYMBOL = re.compile(r"^[^\w\s]{1,2}$")
# A two-column piece of a key: (its mark or word, its meaning).
KeyRow = tuple[str, str]
# A key rates two ways at least (a list of one rating is no key).
MIN_KEY_RATINGS = 2


def key_columns(items: list[Item]) -> dict[str, Rag]:
    """A key printed as two columns, each row a mark or a status's word and what it says of
    the target ("Tick | On or better than target", "● | Within 10% of target", "▲ | More than
    10% worse than target - exception"): as a table's rows, or as lines a column's gap parts
    in two (a borderless table, read as no table). Each mark's rating, where the key rates two
    ways or more and one mark at least is a glyph; a key whose meanings are no ratings ("◆ |
    No target set") rates that mark nothing, and a colour's name keeps its own (the "Green |
    Improving" kind, ``key_tables``)."""
    key: dict[str, Rag] = {}
    for rows in _two_column_blocks(items):
        key.update(_marks_rated(rows))
    return key


def _two_column_blocks(items: list[Item]) -> Iterator[list[KeyRow]]:
    """The rows of each two-column table, and each run of lines in two pieces outside tables."""
    tables: dict[int, list[KeyRow]] = {}
    block: list[KeyRow] = []
    for item in items:
        if isinstance(item, Row):
            cells = [c for c in item.cells if c.strip()]
            if len(cells) == 2:
                tables.setdefault(item.table, []).append((cells[0], cells[1]))
            continue
        if item.in_table:
            continue
        if item.parts and len(item.parts) == 2:
            block.append((item.parts[0][1], item.parts[1][1]))
            continue
        if block:
            yield block
            block = []
    if block:
        yield block
    yield from tables.values()


def _marks_rated(rows: list[KeyRow]) -> dict[str, Rag]:
    """The rated marks of one key's rows, when they rate two ways or more and one of them at
    least is a glyph; a mark rated two ways is no key's. (Words alone are a summary's
    subjects, "Housing | Two of four measures are below target": rating them would make a
    table's column of those words its status column.)"""
    named: dict[str, set[Rag]] = {}
    for mark, meaning in rows:
        mark = " ".join(mark.split())
        if parse_rag(mark) or not (KEY_SYMBOL.match(mark) or (
                KEY_WORD.match(mark) and len(mark.split()) <= MAX_STATUS_WORDS)):
            continue
        rag = target_meaning_rag(" ".join(meaning.split()))
        if rag:
            named.setdefault(mark.lower(), set()).add(rag)
    marks = {mark: next(iter(rags)) for mark, rags in named.items() if len(rags) == 1}
    glyphs = any(KEY_SYMBOL.match(mark) for mark in marks)
    return marks if glyphs and len(set(marks.values())) >= MIN_KEY_RATINGS else {}

"""Tiles set in a table's rows, a tile to a column and a field to a row: a row naming a
measure in each cell, its code first ("KB01 Residual household waste per household (kg) |
KB02 Household waste recycled | ..."), then under it a row of their figures ("97 kg | 48.1% |
58"), a row of their targets ("Target: 105 kg | Target: 50% | ..."), a row of their ratings
("On track | Close | On track"); the next row of codes opens the next band of tiles. A
landscape dashboard of a word processor's table prints its tiles so, each field a cell.

A band is a run of rows under its row of names; a cell is read as a field only where it is
a figure (the tile's latest, with a unit of a few words after it: "97 kg"), a labelled figure
("Target: 105 kg") or a rating alone. A tile needs its figure and a target or a rating
(``cards.close_card``): a table of measures with no such fields (context measures, not
targeted) gives none."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import FIELD_ROLES, LABEL_LINE, close_card
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.common import Extracted
from kcc_papers.extract.kpis.layout import Item, Row, Text
from kcc_papers.extract.kpis.rag import Rag, parse_rag
from kcc_papers.extract.kpis.tiles import CODE_LEAD

# A row of tiles' names holds two at least: one coded cell is a table's row, no tile band.
MIN_TILES = 2
# A figure with a unit of a few short words after it: "97 kg", "24.5 days", "48.1%".
FIGURE_UNIT = re.compile(r"^\s*(?P<figure>[-£]?\d[\d,]*(?:\.\d+)?%?)"
                         r"(?P<unit>(?:\s+[A-Za-z]{1,10}){0,3})\s*$")

Tile = dict[str, str]


def read_tile_rows(items: list[Item], key: dict[str, Rag]) -> Extracted:
    """The tiles of each table printing them in bands of rows under rows of their names."""
    tables: dict[int, list[Row]] = {}
    for item in items:
        if isinstance(item, Row):
            tables.setdefault(item.table, []).append(item)
    out = Extracted()
    for rows in [*tables.values(), *_unread_tables(items)]:
        for tile in _tiles(rows, key):
            close_card(tile, key, out)
    return out


def _unread_tables(items: list[Item]) -> list[list[Row]]:
    """The borderless tables no table was read for: runs of lines each drawn as one text
    object of cells (``Text.cells``), a row of the table each, read as its rows."""
    runs: list[list[Row]] = [[]]
    for item in items:
        if isinstance(item, Text) and item.cells and not item.in_table:
            runs[-1].append(Row(item.page, [text for _, text in item.cells]))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _names(row: Row) -> bool:
    """Whether each of the row's filled cells names a tile, its code first."""
    filled = [c for c in row.cells if c.strip()]
    return len(filled) >= MIN_TILES and all(CODE_LEAD.match(c) for c in filled)


def _tiles(rows: list[Row], key: dict[str, Rag]) -> list[Tile]:
    tiles: list[Tile] = []
    band: list[Tile | None] = []
    for row in rows:
        if _names(row):
            band = [_opened(cell, row.page) for cell in row.cells]
            tiles += [t for t in band if t is not None]
            continue
        if len(row.cells) != len(band):
            band = []  # a row of another shape ends the band
            continue
        for tile, cell in zip(band, row.cells, strict=True):
            if tile is not None:
                _take(tile, cell, key)
    return tiles


def _opened(cell: str, page: int) -> Tile | None:
    code = CODE_LEAD.match(cell)
    if code is None:
        return None
    return {"ref": code.group("ref"), "desc": code.group("desc"), "page": str(page)}


def _take(tile: Tile, cell: str, key: dict[str, Rag]) -> None:
    """The field a cell under the tile's name prints: its figure (the first read), a
    labelled figure, or its rating."""
    text = " ".join(cell.split())
    figure = FIGURE_UNIT.match(text)
    labelled = LABEL_LINE.match(text)
    if figure and not any(w and role_of(w) for w in figure.group("unit").split()):
        tile.setdefault("latest", figure.group("figure"))
    elif labelled and (role := role_of(labelled.group("label"))) in FIELD_ROLES:
        value = FIGURE_UNIT.match(labelled.group("value"))
        tile.setdefault(role, value.group("figure") if value else labelled.group("value"))
    elif len(text) > 1 and (parse_rag(text) or key.get(text.lower())):
        tile.setdefault("rag", text)

"""KPIs printed as tiles set in a table: each cell a tile, the measure's name then its figure
and its labelled fields ("Household waste recycled 50.4% Target 50.0%", "Residual waste per
household 104 kg Target 100 kg"), rated by the colour the cell is filled with (or by a rating
field the tile prints). The table's other rows (the themes heading its columns) hold no
tiles.

A fill rates a tile only where the paper says its colours rate (its key names two colours or
more: "The tile colour gives the status: green - on or better than target; amber - ...") or
where the tiles' fills rate two ways or more: a table filled in one house colour is no
dashboard's ratings. Labels are known by the words the dashboard reader knows columns by
(``grid.role_of``)."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import FIELD_ROLES, close_card
from kcc_papers.extract.kpis.common import Extracted
from kcc_papers.extract.kpis.grid import role_of
from kcc_papers.extract.kpis.layout import Item, Row
from kcc_papers.extract.kpis.rag import Rag, colour_rag
from kcc_papers.extract.kpis.status import COLOURS
from kcc_papers.extract.kpis.tiles import CODE_LEAD
from kcc_papers.normalise.numbers import parse_value

# A figure as a tile prints it: "50.4%", "104,310", "£1.2m", "-3".
FIGURE = re.compile(r"^[-£]?\d[\d,]*(?:\.\d+)?(?:%|[km]|bn)?$")
# A unit printed after a figure ("104 kg", "20.6 days"): one short word, no field's label.
UNIT = re.compile(r"^\(?[A-Za-z]{1,7}\)?$")
# A tile is a name and a few fields: a longer cell is prose (and each of its figures would
# be tried as the tile's own, over the rest of the cell).
MAX_TILE_WORDS = 40
# A measure's name has a word in it, not figures alone.
NAME_WORD = re.compile(r"[A-Za-z]{3}")
# A field's label is a word or two ("Target", "Last year", "Target:"), of letters: a figure
# before a label is a figure of the name ("in 8 weeks") or the tile's own.
MAX_LABEL_WORDS = 2
LABEL_WORD = re.compile(r"^[A-Za-z][A-Za-z.'-]*:?$")
# A table of tiles holds a few at least; one cell of figures is no dashboard.
MIN_TILES = 2
# The ratings a table's fills must take, with no key to say its colours rate.
MIN_FILL_RATINGS = 2
# The colours a key must name to say a fill rates.
MIN_KEY_COLOURS = 2

Tile = dict[str, str]


def read_tiled_table(items: list[Item], key: dict[str, Rag]) -> Extracted:
    """The tiles of each table whose cells are tiles."""
    tables: dict[int, list[Row]] = {}
    for item in items:
        if isinstance(item, Row):
            tables.setdefault(item.table, []).append(item)
    out = Extracted()
    keyed = sum(colour in key for colour in COLOURS) >= MIN_KEY_COLOURS
    for rows in tables.values():
        tiles = _tiles(rows)
        if tiles is None:
            continue
        # a table filled in one house colour, said nowhere to rate, rates nothing
        rated = keyed or len({t["fill"] for t in tiles if "fill" in t}) >= MIN_FILL_RATINGS
        for tile in tiles:
            if "rag" not in tile and "fill" in tile and rated:
                tile["rag"] = tile["fill"]
            close_card(tile, key, out)
    return out


def _tiles(rows: list[Row]) -> list[Tile] | None:
    """The table's tiles, if its rows are tiles in every cell or in none (a row of themes
    over the columns)."""
    tiles: list[Tile] = []
    for row in rows:
        cells = [(n, c) for n, c in enumerate(row.cells) if c.strip()]
        read = [_tile(text, row, n) for n, text in cells]
        found = [tile for tile in read if tile is not None]
        if found and len(found) < len(read):
            return None
        tiles += found
    return tiles if len(tiles) >= MIN_TILES else None


def _tile(text: str, row: Row, column: int) -> Tile | None:
    """A cell as a tile: its name, then its figure (a unit perhaps after it), then its
    labelled fields, each a label and a figure; None for any other cell."""
    words = text.split()
    if len(words) > MAX_TILE_WORDS:
        return None
    start = next((n for n in range(1, len(words)) if _figure_at(words, n)
                  and _fields(words[_after_unit(words, n + 1):]) is not None), None)
    fields = _fields(words[_after_unit(words, start + 1):]) if start is not None else None
    if start is None or fields is None or not NAME_WORD.search(" ".join(words[:start])):
        return None
    tile: Tile = {"desc": " ".join(words[:start]), "page": str(row.page),
                  "latest": words[start], **fields}
    code = CODE_LEAD.match(tile["desc"])
    if code:
        tile["ref"], tile["desc"] = code.group("ref"), code.group("desc")
    fill = colour_rag(row.fill(column), blue=False)
    if fill:
        tile["fill"] = fill
    return tile


def _figure_at(words: list[str], n: int) -> bool:
    return bool(FIGURE.match(words[n])) and parse_value(words[n]).value is not None


def _after_unit(words: list[str], n: int) -> int:
    """Past a unit printed after a figure, if one is there and is no field's label."""
    if n < len(words) and UNIT.match(words[n]) and role_of(words[n]) is None:
        return n + 1
    return n


def _fields(words: list[str]) -> dict[str, str] | None:
    """The labelled fields that make up the rest of a tile ("Target 50.0%", "Last year 48 kg",
    "Status Green"), one at least; None where anything else is printed."""
    fields: dict[str, str] = {}
    n = 0
    while n < len(words):
        field = _field(words, n)
        if field is None:
            return None
        role, value, n = field
        fields.setdefault(role, value)
    return fields or None


def _field(words: list[str], n: int) -> tuple[str, str, int] | None:
    """A field at ``words[n]``: its role, its value and where the next field starts."""
    for size in range(1, MAX_LABEL_WORDS + 1):
        at = n + size
        if at >= len(words) or not LABEL_WORD.match(words[at - 1]):
            return None
        role = role_of(" ".join(words[n:at]))
        if role not in FIELD_ROLES or role == "latest":
            continue
        if role == "rag":
            return role, words[at], at + 1
        if _figure_at(words, at):
            return role, words[at], _after_unit(words, at + 1)
        return None
    return None

"""KPIs printed as tiles set in a table: each cell a tile, the measure's name then its figure
and its labelled fields ("Household waste recycled 50.4% Target 50.0%", "Residual waste per
household 104 kg Target 100 kg"), rated by the colour the cell is filled with (or by a rating
field the tile prints). The table's other rows (the themes heading its columns) hold no
tiles; its other cells are empty, a placeholder for a measure to come ("TBC", "n/a"), or
fields alone. A tile may print fields that are none of a KPI's ("Trend: up"), passed over,
and a unit of a few words after a figure ("9.1 days per FTE").

A fill rates a tile only where the paper says its colours rate (its key names two colours or
more: "The tile colour gives the status: green - on or better than target; amber - ...") or
where the tiles' fills rate two ways or more: a table filled in one house colour is no
dashboard's ratings. Labels are known by the words the dashboard reader knows columns by
(``columns.role_of``)."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.cards import FIELD_ROLES, close_card
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.common import Extracted
from kcc_papers.extract.kpis.layout import Item, Row, tables_of
from kcc_papers.extract.kpis.rag import Rag, colour_rag
from kcc_papers.extract.kpis.status import COLOURS
from kcc_papers.extract.kpis.tiles import CODE_LEAD
from kcc_papers.normalise.numbers import parse_value

# A figure as a tile prints it: "50.4%", "104,310", "£1.2m", "-3".
FIGURE = re.compile(r"^[-£]?\d[\d,]*(?:\.\d+)?(?:%|[km]|bn)?$")
# A unit printed after a figure ("104 kg", "20.6 days", "9.1 days per FTE"): a few short
# words, none a field's label; labelled fields must follow it to the cell's end.
UNIT = re.compile(r"^\(?[A-Za-z]{1,10}\)?$")
MAX_UNIT_WORDS = 3
# Labels naming what is a measure's name, never a field of its tile ("Measure", "Indicator").
NAME_ROLES = {"description", "latest"}
# The fields a tile prints as a figure (a unit perhaps after it); a rating and any other
# field ("Trend: up") print a word.
FIGURE_FIELDS = {role for role in FIELD_ROLES if role != "rag"}
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
    out = Extracted()
    keyed = sum(colour in key for colour in COLOURS) >= MIN_KEY_COLOURS
    for rows in tables_of(items):
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
        cells = [(n, c) for n, c in enumerate(row.cells) if not _blank(c)]
        read = [(_tile(text, row, n), text) for n, text in cells]
        found = [tile for tile, _ in read if tile is not None]
        # beside a tile, a cell of fields alone ("Trend: up") is the tile's spill, no prose
        if found and any(tile is None and _fields(text.split()) is None for tile, text in read):
            return None
        tiles += found
    return tiles if len(tiles) >= MIN_TILES else None


def _blank(text: str) -> bool:
    """An empty cell, or one holding a placeholder for a measure to come ("TBC", "n/a")."""
    if not text.strip():
        return True
    value = parse_value(text)
    return value.value is None and value.placeholder is not None


def _tile(text: str, row: Row, column: int) -> Tile | None:
    """A cell as a tile: its name, then its figure (a unit perhaps after it), then its
    labelled fields (``_tails``), a KPI's one at least; None for any other cell."""
    words = text.split()
    if len(words) > MAX_TILE_WORDS:
        return None
    tails = _tails(words)
    start, fields = next(((n, fields) for n in range(1, len(words)) if _figure_at(words, n)
                          and (fields := _kpi_fields(_after_unit(words, n + 1, tails)))),
                         (None, None))
    if start is None or not fields or not NAME_WORD.search(" ".join(words[:start])):
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


def _kpi_fields(fields: Tile | None) -> Tile | None:
    """A tile's fields that are a KPI's ("Target 50.0%", "Status Green"), the others ("Trend:
    up") passed over; None where it prints none."""
    if fields is None:
        return None
    return {role: value for role, value in fields.items() if role in FIELD_ROLES} or None


def _fields(words: list[str]) -> Tile | None:
    """The labelled fields all the words make up, None where they make up none."""
    return _tails(words)[0] if words else None


def _tails(words: list[str]) -> list[Tile | None]:
    """For each place in the words, the labelled fields making up the rest of them ("Target
    50.0%", "Last year 48 kg", "Status Green", "Trend: up"), the first of a role kept; None
    where anything else is printed. Read from the end, each place once: a field's unit may be
    a word or a few, and the fields after it say where it ends."""
    tails: list[Tile | None] = [None] * len(words) + [{}]
    for n in range(len(words) - 1, -1, -1):
        for role, value, ends in _field(words, n):
            rest = _after_unit(words, ends, tails) if role in FIGURE_FIELDS else tails[ends]
            if rest is not None:
                tails[n] = {**rest, role: value}
                break
    return tails


def _after_unit(words: list[str], n: int, tails: list[Tile | None]) -> Tile | None:
    """The fields from ``words[n]`` to the end, past a unit of a few words printed there (no
    field's label) if fields follow it."""
    for size in range(MAX_UNIT_WORDS + 1):
        at = n + size
        if at > len(words) or (size and not _unit_word(words[at - 1])):
            return None
        if tails[at] is not None:
            return tails[at]
    return None


def _unit_word(word: str) -> bool:
    return bool(UNIT.match(word)) and role_of(word) is None


def _field(words: list[str], n: int) -> list[tuple[str, str, int]]:
    """The fields that may start at ``words[n]``, each its role, its value and where its
    unit (or the next field) starts: a KPI's figure after its label, a rating, or the word
    after any other label the dashboard reader knows ("Trend: up")."""
    found: list[tuple[str, str, int]] = []
    for size in range(1, MAX_LABEL_WORDS + 1):
        at = n + size
        if at >= len(words) or not LABEL_WORD.match(words[at - 1]):
            break
        role = role_of(" ".join(words[n:at]).rstrip(":"))
        if role is None or role in NAME_ROLES:
            continue
        if role in FIGURE_FIELDS:
            if _figure_at(words, at):
                found.append((role, words[at], at + 1))
            continue
        found.append((role, words[at], at + 1))
    return found

"""KPIs printed as cards or tiles set side by side in columns: each a bold heading naming the
measure (its code first, where it has one), then a line per field under it in the same column
("Latest (Q2): 46.8%", "Q4 (year total): 8,942", "Target: 50%", "Status: AMBER", "Rating: R"),
commentary lines among them read past; or, under a tile's name, its figure alone (a trend
arrow after it) and its fields on one line parted by bars ("Target 390 | rating A"). Cards
printed beside each other share baselines, so in reading order their lines alternate: each
column is told by where its lines start on the page, and read on its own. The labels are
known by the words the dashboard reader knows columns by (``columns.role_of``), never by their
order; a card needs its latest figure and a rating or a target to be a KPI
(``cards.close_card``). A field may stand on a line of its own with no colon ("Target 97.5%")
and the rating be a word alone, on its line or between bars ("Target 57.5% | AMBER | Trend:
Worse"); cards set as a borderless table's cells (three across, drawn as one text object a
row: ``Line.cells``) are read as the columns they print."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from kcc_papers.extract.kpis.cards import FIELD_ROLES, LABEL_LINE, close_card, opens_card
from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.extract.kpis.common import Extracted
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag, parse_rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.normalise.numbers import parse_value

# Lines of one column start at one x (points), give or take a glyph's side bearing.
COLUMN_TOLERANCE = 3.0
# A column's edge: where this many lines of the page start, at least.
EDGE_LINES = 2
# Two lines whose tops are this close (points) sit on one row of the page.
SAME_ROW = 2.0
# A card's heading opening with the measure's code: "CP01 Household waste ...", "SI2 Average
# days lost ...", "KPI-01 Council tax collected").
CODE_LEAD = re.compile(r"^\s*(?P<ref>[A-Z]{1,5}[-\s]?\d{1,3}[a-z]?)\s+(?P<desc>\S.*)$")
# A target's direction printed after its figure ("3.0% or lower", "9,500 or fewer"): the
# figure is the target. (Tried where a run of spaces starts only: from each of its spaces in
# turn, a long run was read to its end again and again, quadratic in its length.)
DIRECTION = re.compile(r"(?<!\s)\s+or\s+(?:lower|less|fewer|more|higher|greater|better|above|below|"
                       r"under|over)\s*$", re.I)
# Trend arrows, as a tile prints one after its figure ("412 ↑"): the figure is the value.
ARROWS = "↑↓→←↔▲▼⇧⇩⬆⬇"
# (tried where a run of spaces starts only, as DIRECTION is)
TREND_MARK = re.compile(rf"(?<!\s)\s*[{ARROWS}]\s*$")
# A tile's fields set on one line, parted by bars ("Target 390 | rating A"); (tried where a
# run of spaces starts only, as DIRECTION is)
FIELD_BAR = re.compile(r"(?<!\s)\s+\|\s+")
# A field labelled without a colon: its label's words, then its figure or rating ("Target 390",
# "rating A").
BARE_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s+(?P<value>\S+)\s*$")
# The figure alone under a tile's name, a trend arrow perhaps after it ("412 ↑"): its latest.
# (each optional mark takes the spaces before it with it: three "\s*" side by side tried every
# split of a long run of spaces, cubic in its length)
FIGURE = re.compile(rf"^\s*[-£]?\d[\d,]*(?:\.\d+)?(?:\s*%)?(?:\s*[{ARROWS}])?\s*$")
# The units of time a tile's figure may print alone with ("24 days"): its latest.
TIME_UNITS = ("days", "weeks", "hours")
# A printed page number: a bare number of a few figures (``layout.stream`` marks such a line a
# page's furniture wherever it stands).
# (matched whole against the stripped line: spaces either side searched a long run of them
# from each of its spaces)
PAGE_NUMBER = re.compile(r"\d{1,3}")


def read_tiles(items: list[Item], key: dict[str, Rag]) -> Extracted:
    """The cards of every page, column by column."""
    out = Extracted()
    by_page: dict[int, list[Text]] = {}
    for item in items:
        if (isinstance(item, Text) and not item.in_table
                and item.x0 is not None and item.top is not None):
            by_page.setdefault(item.page, []).append(item)
    for page_lines in _web_pages(items):
        # a web page's tiles follow one another in its reading order, one column
        columns = {id(line): 0 for line in page_lines}
        for card in _cards(page_lines, columns, {}, key):
            close_card(card, key, out)
    for page_lines in by_page.values():
        placed = [piece for line in page_lines if not _furniture(line, page_lines)
                  for piece in _parted(line)]
        lines = _at_edges(placed)
        columns = _columns(lines)
        rows = _rows(lines, columns)
        for column in _split(lines, columns):
            for card in _cards(column, columns, rows, key):
                close_card(card, key, out)
    return out


def _web_pages(items: list[Item]) -> Iterable[list[Text]]:
    """Each web page's lines outside its tables: no place on a page, their headings known by
    their type size (``Text.size``), a tile's name among them ("<h3>Staff turnover</h3>",
    then "3.4%", "Target: 3.0%", "AMBER"). A web page prints no page numbers: a bare figure
    marked as one is a tile's ("11")."""
    by_page: dict[int, list[Text]] = {}
    for item in items:
        if (isinstance(item, Text) and not item.in_table and item.top is None
                and item.size is not None
                and (not item.header or PAGE_NUMBER.fullmatch(item.text.strip()))):
            by_page.setdefault(item.page, []).append(item)
    return list(by_page.values())


def _furniture(line: Text, page: list[Text]) -> bool:
    """Whether the line is the page's furniture: a running header, or a page number, which
    stands above or below the page's other lines (a tile's figure alone, "412", stands among
    them, its card's name above it and its fields below)."""
    if not line.header:
        return False
    if not PAGE_NUMBER.fullmatch(line.text.strip()):
        return True
    top = line.top or 0.0
    return not (any((other.top or 0.0) < top for other in page)
                and any((other.top or 0.0) > top for other in page))


def _parted(line: Text) -> list[Text]:
    """The line, or the pieces a column's gap parts it into (two tiles' lines drawn as one
    text object, or a borderless table's row of tiles), each a line of its own at its
    place."""
    pieces = line.parts or line.cells
    if not pieces:
        return [line]
    return [_piece(line, x0, text) for x0, text in pieces]


def _piece(line: Text, x0: float, text: str) -> Text:
    return Text(line.page, text, x0=x0, top=line.top, bold=line.bold)


def _at_edges(lines: list[Text]) -> list[Text]:
    """The page's lines, each line joining runs (``Text.spans``) parted where a run starts at
    a column's edge: where EDGE_LINES other lines start too (a word drawn apart starts
    anywhere, a tile beside another where the tiles below it start)."""
    if not any(line.spans for line in lines):
        return lines
    starts = sorted(line.x0 for line in lines if line.x0 is not None)

    def edge(x: float) -> bool:
        near = (bisect.bisect_right(starts, x + COLUMN_TOLERANCE)
                - bisect.bisect_left(starts, x - COLUMN_TOLERANCE))
        return near >= EDGE_LINES

    out: list[Text] = []
    for line in lines:
        cuts = [k for k, (x, _) in enumerate(line.spans or []) if k and edge(x)]
        if not line.spans or not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.spans)]
        out += [_piece(line, line.spans[a][0], " ".join(t for _, t in line.spans[a:z]))
                for a, z in itertools.pairwise(bounds)]
    return out


def _columns(lines: list[Text]) -> dict[int, int]:
    """Each line's column (by ``id``): lines starting within COLUMN_TOLERANCE of each other
    share one."""
    starts = sorted({line.x0 for line in lines if line.x0 is not None})
    edges: list[float] = []  # each column's first start
    for x in starts:
        if not edges or x - edges[-1] > COLUMN_TOLERANCE:
            edges.append(x)
    return {id(line): bisect.bisect_right(edges, (line.x0 or 0.0) + COLUMN_TOLERANCE) - 1
            for line in lines}


def _split(lines: list[Text], columns: dict[int, int]) -> Iterable[list[Text]]:
    """The page's lines column by column, each in reading order."""
    split: dict[int, list[Text]] = {}
    for line in lines:
        split.setdefault(columns[id(line)], []).append(line)
    return split.values()


def _rows(lines: list[Text], columns: dict[int, int]) -> dict[int, set[int]]:
    """The columns holding a line at each height of the page (in bands SAME_ROW high)."""
    rows: dict[int, set[int]] = {}
    for line in lines:
        rows.setdefault(int((line.top or 0.0) // SAME_ROW), set()).add(columns[id(line)])
    return rows


def _beside(line: Text, columns: dict[int, int], rows: dict[int, set[int]]) -> bool:
    """Whether another column prints a line on the line's row (a card beside its card)."""
    band = int((line.top or 0.0) // SAME_ROW)
    own = columns[id(line)]
    return any(rows.get(b, set()) - {own} for b in (band - 1, band, band + 1))


def _cards(column: list[Text], columns: dict[int, int], rows: dict[int, set[int]],
           key: dict[str, Rag]) -> Iterable[dict[str, str]]:
    """The cards of one column: a run of bold lines heads one, the lines under it down to the
    next bold line hold its fields (unless one names a measure as a field, "Indicator: EL01
    ...": profiles under a heading, which ``cards`` reads)."""
    heading: list[Text] = []
    card: dict[str, str] | None = None
    for line in column:
        if line.bold:
            if card is not None:
                yield card
                card = None
            heading.append(line)
            continue
        if heading:
            card = _opened(heading, columns, rows)
            heading = []
        if card is not None and opens_card(line.text):
            card = None  # a measure named as a field: an indicator profile, the card reader's
        if card is None:
            continue
        fresh = not any(role in card for role in FIELD_ROLES)
        for role, value in _fields(line.text, fresh, key):
            card.setdefault(role, value)
    if card is not None:
        yield card


def _fields(text: str, fresh: bool, key: dict[str, Rag]) -> Iterable[tuple[str, str]]:
    """The fields a line of a card prints: "Label: value"; or fields parted by bars, each
    "Label: value", a label and its figure or rating ("Target 390 | rating A") or the rating
    alone ("Target 57.5% | AMBER"); or one such field alone on its line ("Target 97.5%",
    "AMBER"); or, on a ``fresh`` card (no field read yet), the figure alone (its latest)."""
    if fresh and (FIGURE.match(text) or _timed(text)):
        yield "latest", _figure(text)
        return
    labelled = LABEL_LINE.match(text)
    if labelled and "|" not in text:
        role = role_of(labelled.group("label"))
        if role in FIELD_ROLES:
            yield role, _figure(labelled.group("value"))
        return
    for part in FIELD_BAR.split(text) if "|" in text else [text]:
        if _rating_alone(part, key):
            yield "rag", part.strip()
            continue
        field = LABEL_LINE.match(part) or _bare_field(part)
        role = role_of(field.group("label")) if field else None
        if field is None or role not in FIELD_ROLES:
            continue
        value = _figure(field.group("value"))
        if field.re is LABEL_LINE or (status_rag(value, key, None) if role == "rag"
                                     else parse_value(value).value is not None):
            yield role, value


def _timed(text: str) -> bool:
    """Whether the text is a figure alone in a unit of time ("24 days", "12 wks", "61 hrs"):
    a tile's latest as much as a bare figure is."""
    return parse_value(text).unit in TIME_UNITS


def _bare_field(text: str) -> re.Match[str] | None:
    """A label and its figure with no colon ("Target 97.5%"); a period ("Quarter 3",
    "December 2026", a card's subtitle saying when its figure is for) is none, though its
    word names a period's column."""
    field = BARE_FIELD.match(text)
    return field if field and period_of(text) is None else None


def _rating_alone(text: str, key: dict[str, Rag]) -> bool:
    """Whether the text is a rating and nothing else: a colour's name ("AMBER"), a status
    the tolerance words name ("On track") or a word of the paper's key; a letter alone
    ("A") is too little to tell from a stray mark."""
    word = " ".join(text.split()).strip(" .()")
    return len(word) > 1 and bool(parse_rag(word) or key.get(word.lower()))


def _opened(heading: list[Text], columns: dict[int, int],
            rows: dict[int, set[int]]) -> dict[str, str]:
    """A card from its heading's lines, less the section headings printed above it in its
    column: a heading opens at its last line leading with a code, or else at its first line
    that has a card's heading beside it when its lines further down do."""
    coded = [n for n, line in enumerate(heading) if CODE_LEAD.match(line.text)]
    if coded:
        start = coded[-1]
    else:
        beside = [n for n, line in enumerate(heading) if _beside(line, columns, rows)]
        start = beside[0] if beside else _in_last_type(heading)
    text = " ".join(" ".join(line.text for line in heading[start:]).split())
    card = {"desc": text, "page": str(heading[start].page)}
    code = CODE_LEAD.match(text)
    if code:
        card["ref"], card["desc"] = code.group("ref"), code.group("desc")
    return card


def _in_last_type(heading: list[Text]) -> int:
    """Where a heading's last lines in the type of its last start: a section's heading in a
    larger type above a tile's name ("Key performance indicators" over "Staff turnover") is
    no part of it. (A PDF's lines carry no size here: the whole heading.)"""
    last = heading[-1].size
    start = len(heading) - 1
    while start and heading[start - 1].size == last:
        start -= 1
    return start


def _figure(value: str) -> str:
    """A field's figure as printed, less a target's direction and a trend arrow after it."""
    return DIRECTION.sub("", TREND_MARK.sub("", value.strip()))

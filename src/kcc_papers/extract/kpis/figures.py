"""Big-figure KPIs of a designed report (a magazine's "Our year in numbers", a newsletter's
performance snapshot): tiles set side by side, each its figure in large type on a line of its
own ("96.8%", "9.4 days", "1,184"), the measure's name under it over a line or two, then its
target and its rating on one line ("Target 96.0%  -  On target", "Target 8.0 days   RED").

A row of tiles is told by its figures: a line whose every piece (the parts a column's gap
parts it into) is a figure alone, a unit perhaps after it. Each figure's place on the page
(its left edge; a text file's column) is a tile's column, and the pieces of the lines under
it, down to the line printing each tile's target and rating, go to the column they start in.
A web page's stat cards are read alike: a card's code may stand over its figure ("CF1"), and
its rating be a badge alone on the line under its target ("Target: 90%", then "On track").
A tile needs its figure, a name and a target line with a rating's words (a colour, "On/Near/
Off target", a word of the paper's key) to be a KPI: a figure in large type with a caption
under it ("598,000 residents") rates nothing and is none."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from kcc_papers.extract.kpis.cards import close_card
from kcc_papers.extract.kpis.common import Extracted
from kcc_papers.extract.kpis.layout import Item, Text
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.extract.kpis.tiles import PAGE_NUMBER
from kcc_papers.normalise.numbers import parse_value
from kcc_papers.segment import Segment

# A tile's figure alone: "96.8%", "1,184", "£4.2m", "9.4 days" (a unit of a word or two).
FIGURE = re.compile(r"^[-£]?\d[\d,]*(?:\.\d+)?(?:%|[km]|bn)?(?:\s+[a-z]{1,8}){0,2}$")
# A tile's closing line: its target, a unit perhaps after it, then its rating, parted from it
# by a dash, a bar or a colon, or by spaces alone ("Target 96.0%  -  On target", "Target 8.0
# days   RED").
TARGET_LINE = re.compile(r"^Target:?\s+(?P<target>[-£]?\d[\d,]*(?:\.\d+)?(?:%|[km]|bn)?"
                         r"(?:\s+[a-z]{1,8})?)(?:\s*\([^()]*\))?"
                         r"(?:\s*(?:[-–—|:]\s*)?(?P<rag>[A-Za-z][A-Za-z ]*))?$")
# A rating is a word or a few ("On track", "Needs attention").
MAX_RATING_WORDS = 3
DIGIT = re.compile(r"\d")
# A year alone ("2027"), a timeline's or a plan's milestone's heading: a figure as big as a
# year prints its thousands' comma ("2,027").
YEAR = re.compile(r"(?:19|20)\d{2}")
# A sum of money in thousands, millions or billions ("£3.2m", "£450k"): a tile setting one
# against another ("£3.2m" saved, "Target £4.0m") is a budget monitor's line, sums spent or
# saved against sums planned, not a measure (rated or not, as a budget table's rows are:
# ``header.budget_heading``); a unit cost ("£4.20" a visit) is a measure still.
SUM_OF_MONEY = re.compile(r"^-?£\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)\b")
# A tile's code over its figure: "CF1", "HN-2", "KPI 04".
CODE = re.compile(r"[A-Z]{1,5}[-\s]?\d{1,3}[a-z]?")
# A quarter over a tile's figure ("Q2") is the period its figure is for, not its code.
QUARTER = re.compile(r"Q[1-4]")
# A line opening as a tile's target line does: a report printing none holds no tiles to read.
TARGET_LEAD = re.compile(r"^\s*Target:?\s+[-£]?\d")
# A measure's name runs over this many lines at most between its figure and its target line.
MAX_NAME_LINES = 3
# A piece starting this far (points) left of a tile's figure still starts in its column.
COLUMN_TOLERANCE = 3.0
# Two PDF lines whose tops are this close (points) sit on one row of the page.
SAME_ROW = 2.0

# A piece: where it starts, its text, and where it ends if it is a PDF's line whole (a line
# parted into pieces ends each where the next starts, inside its column).
Piece = tuple[float, str, float | None]


def prints_targets(seg: Segment) -> bool:
    """Whether a line of the segment opens as a tile's target line does."""
    return any(TARGET_LEAD.match(line.text) for _, _, line in seg.flat[seg.start : seg.end])


def read_figure_tiles(items: list[Item], key: dict[str, Rag]) -> Extracted:
    """The rated big-figure tiles of every page."""
    out = Extracted()
    lines = _rows(_body_lines(items))
    for start, (page, pieces) in enumerate(lines):
        columns = _figure_row(pieces)
        if columns is None:
            continue
        before = lines[start - 1] if start and lines[start - 1][0] == page else None
        # (only the lines a tile can hold: the rest of a long paper copied for each row of
        # figures would be quadratic in its length)
        after = lines[start + 1 : start + MAX_NAME_LINES + 3]
        for card in _tiles(page, pieces, columns, before, after, key):
            close_card(card, key, out)
    return out


def _body_lines(items: list[Item]) -> list[Text]:
    """The lines outside tables and page furniture. A bare number of a few figures is marked
    a printed page number wherever it stands, but may be a tile's figure ("412" on a web
    page): it is one only where the page's own text stands both above and below it, as a
    printed page number, at the head or foot of its page, never does."""
    texts = [item for item in items if isinstance(item, Text) and not item.in_table]
    body = [n for n, line in enumerate(texts) if not line.header]
    first = {texts[n].page: n for n in reversed(body)}
    last = {texts[n].page: n for n in body}
    return [line for n, line in enumerate(texts)
            if not line.header or (PAGE_NUMBER.fullmatch(line.text.strip())
                                   and first.get(line.page, n) < n < last.get(line.page, n))]


def _rows(texts: list[Text]) -> list[tuple[int, list[Piece]]]:
    """The lines' pieces row by row: a PDF's lines printed on one baseline (two tiles' lines
    drawn as text objects of their own) make one row, read left to right."""
    rows: list[tuple[int, list[Piece]]] = []
    last: Text | None = None
    for line in texts:
        if (last is not None and line.top is not None and last.top is not None
                and line.page == last.page and abs(line.top - last.top) <= SAME_ROW):
            rows[-1][1].extend(_pieces(line))
            rows[-1][1].sort()
        else:
            rows.append((line.page, _pieces(line)))
        last = line
    return rows


def _pieces(line: Text) -> list[Piece]:
    """The line's pieces at their places: a PDF's parts or cells where a column's gap parts
    it, or its runs (a text file's columns); else the line whole at its left edge."""
    pieces = line.parts or line.cells or line.spans
    if pieces:
        return [(x, " ".join(text.split()), None) for x, text in pieces]
    return [(line.x0 or 0.0, " ".join(line.text.split()), line.x1)]


def _figure_row(pieces: list[Piece]) -> list[float] | None:
    """The columns (left edges) of a row of tiles' figures: every piece a figure alone, none
    a year."""
    if pieces and all(FIGURE.match(text) and not YEAR.fullmatch(text)
                      and parse_value(text).value is not None for _, text, _ in pieces):
        return [x for x, _, _ in pieces]
    return None


def _tiles(page: int, figures: list[Piece], columns: list[float],
           before: tuple[int, list[Piece]] | None, after: list[tuple[int, list[Piece]]],
           key: dict[str, Rag]) -> Iterator[dict[str, str]]:
    """The tiles under a row of figures, where the lines under it name each and close on each
    one's target and rating (or its target, and its rating alone on the line under it); each
    tile's code on the line above its figure, where that line prints a code over each."""
    names: list[list[str]] = [[] for _ in columns]
    lines: list[list[str]] = []
    for line_page, pieces in after[: MAX_NAME_LINES + 2]:
        texts = _by_column(pieces, columns)
        if line_page != page or texts is None or _figure_row(pieces) is not None:
            # the page's end, a line across two tiles' columns, not parted (whose words are
            # whose?), or the next row of figures: the tiles close before it or are none
            break
        lines.append(texts)
    closed = next((n for n, texts in enumerate(lines[: MAX_NAME_LINES + 1])
                   if any(TARGET_LINE.match(text) for text in texts)), None)
    if closed is None:
        return
    for texts in lines[:closed]:
        for name, text in zip(names, texts, strict=True):
            if text:
                name.append(text)
    under = lines[closed + 1] if closed + 1 < len(lines) else [""] * len(columns)
    codes = _codes(before, columns)
    for n, ((_, figure, _), name) in enumerate(zip(figures, names, strict=True)):
        close = TARGET_LINE.match(lines[closed][n])
        rating = (close.group("rag") or under[n]) if close else ""
        if (close and name and _rating(rating, key)
                and not (SUM_OF_MONEY.match(figure) and SUM_OF_MONEY.match(close["target"]))):
            card = {"desc": " ".join(name), "page": str(page), "latest": figure,
                    "target": close.group("target"), "rag": rating}
            if codes:
                card["ref"] = codes[n]
            yield card


def _rating(text: str, key: dict[str, Rag]) -> bool:
    """Whether the text is a rating's words and nothing more ("On track", "AMBER")."""
    return (0 < len(text.split()) <= MAX_RATING_WORDS and not DIGIT.search(text)
            and status_rag(text, key, None) is not None)


def _codes(before: tuple[int, list[Piece]] | None, columns: list[float]) -> list[str] | None:
    """Each tile's code, where the line above the figures prints one over each ("CF1")."""
    if before is None:
        return None
    texts = _by_column(before[1], columns)
    if texts is None or not all(CODE.fullmatch(text) and not QUARTER.fullmatch(text)
                                for text in texts):
        return None
    return texts


def _by_column(pieces: Iterable[Piece], columns: list[float]) -> list[str] | None:
    """Each column's text on a line: its pieces joined, each in the column it starts in; None
    where a piece runs on into the next column."""
    texts: list[list[str]] = [[] for _ in columns]
    for x, text, end in pieces:
        at = max(bisect.bisect_right(columns, x + COLUMN_TOLERANCE) - 1, 0)
        if end is not None and at + 1 < len(columns) and end > columns[at + 1]:
            return None
        texts[at].append(text)
    return [" ".join(t) for t in texts]

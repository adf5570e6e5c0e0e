"""Tables a PDF prints with no rules at all (a word processor's table with its borders off):
only the places of the text tell the columns.

    Ref     Risk                 Owner         Likelihood  Impact  Current score   (bold)
    CRR01   Medium term          Director of   4           5       20
            financial ...        Finance

The header is a band of bold lines, or one plain line of names set apart with no figures. A
header word starts a column where the words of the lines below start at the same x (a cell's
text starts at its column's left edge, whatever its length), or where the fills of the cells
below begin (a RAG given by colour alone, with no text); the other header words go on the
name of the column they lie in. A line of both weights (a bold risk id or KPI code, then plain
cells) is a row, not a heading: each word's weight is read, not only the line's first run's.
Each line with words in the first column and another starts a row (one with words in the first
column alone is that cell wrapped); the lines of wrapped cells go to the row they belong to:
the nearest row's line when cells are set in the middle of their row (lines of the table's
first row printed above its first column's text show that), else the row above."""

from __future__ import annotations

import re
from typing import Any

from kcc_papers.load.aligned_cells import FIGURE, PERIOD_LABEL
from kcc_papers.load.model import Cell, Line, Table
from kcc_papers.load.table_scan import tables_from
from kcc_papers.load.unruled_columns import (
    ALIGN_POINTS,
    MIN_COLUMNS,
    Fill,
    _cells_apart,
    _column,
    _columns,
    _crosses,
    _starts,
    _within,
)
from kcc_papers.load.unruled_lines import LINE_TOLERANCE, _Line, word_lines
from kcc_papers.load.unruled_rows import _rows

# The page's words as lines, the columns' starts and the rows' lines are read apart
# (unruled_lines, unruled_columns, unruled_rows); the names other modules import from this
# one stay importable here.
__all__ = ["ALIGN_POINTS", "LINE_TOLERANCE", "MARK", "Fill", "continued_rows",
           "could_head", "read_words", "word_lines"]

# A column's name is a few words ("Baseline (12 months to June 2025)").
MAX_NAME_WORDS = 8
# The lines of a header band, and of a row, are at most this many font sizes apart; a wider gap
# below the header's last line ends the table.
BAND_PITCH_SIZES = 1.6
TABLE_GAP_SIZES = 3.0
# A header's first row of cells is within this many lines below its first line.
ROW_LOOKAHEAD = 4
# A page's head may print a running header or two before the rows carried over.
HEAD_LINES_SKIPPED = 2
# A line of another size than the table's first row is text around the table.
SIZE_TOLERANCE = 0.6


# A symbol-font glyph's word (a RAG dot, Wingdings' "l") is given the colour it is printed in
# under this key: the cell it lies in shows that colour, not a letter.
MARK = "mark"


def could_head(lines: list[Line], i: int) -> bool:
    """A bold line of a few words, or a plain one of columns' names (a few words, no
    figures), with a line of several runs (cells) soon below: reading the page's words is
    slow, so a page of headings and paragraphs is never read."""
    line = lines[i]
    words = line.text.split()
    if len(words) < MIN_COLUMNS:
        return False
    if not line.bold and (len(words) > MIN_COLUMNS * MAX_NAME_WORDS or _figure(line.text)):
        return False
    return any(len(below.spans) >= 2 or _figures_run(below.text)
               for below in lines[i + 1:i + 1 + ROW_LOOKAHEAD])


# A line of figures alone, two or more ("95 93.8 96.1", "-  418  377"): the cells of a row
# PDFium kept in one run (short figures set at even steps), its wrapped description on the
# lines above and below; no sentence's line.
FIGURES_RUN = re.compile(r"^\s*[-–£]?\d[\d,.]*%?(?:\s+(?:[-–£]?\d[\d,.]*%?|[-–]))+\s*$")


def _figures_run(text: str) -> bool:
    return bool(FIGURES_RUN.match(text))


def _figure(text: str) -> bool:
    """A figure other than a period a column's name holds ("Q2", "2025/26")."""
    return bool(FIGURE.search(PERIOD_LABEL.sub("", text)))


def read_words(words: list[dict[str, Any]], bold_tops: list[float], page: int,
               columns: list[float] | None = None, fills: list[Fill] | None = None,
               first_ruled: float = float("inf"), headed: bool = True) -> list[Table]:
    """Tables of a page's words (pdfplumber's ``extract_words`` with their ``size``, and
    their weight where known: ``bold``, or the ``fontname``), the tops of its bold lines
    given apart (the page model's line is bold when its first run is); ``columns``: the
    starts of the table the page before ended with, whose rows at this page's head lie above
    its first table (``first_ruled``: the top of its first ruled one); ``fills``: the page's
    filled rectangles, each cell's fill the one under its middle; ``headed``: whether the
    page's lines show a header a new table could start at (read for the rows carried over
    alone, a page showing none starts no table)."""
    lines = word_lines(words, bold_tops)
    tables = _tables_of(lines, page, fills or []) if headed else []
    if columns:
        limit = min(tables[0].bbox[1] if tables and tables[0].bbox else first_ruled,
                    first_ruled)
        rest = continued_rows([ln for ln in lines if ln.top < limit], columns, page, fills or [])
        tables = [rest, *tables] if rest is not None else tables
    return tables


def continued_rows(lines: list[_Line], starts: list[float], page: int,
               fills: list[Fill]) -> Table | None:
    """Rows at the page's head under the columns of the table carried from the page before
    (past a line or two of running header that fits no column)."""
    for skip in range(min(HEAD_LINES_SKIPPED + 1, len(lines))):
        body = _within(_body(lines, skip), starts)
        rows = _rows(body, starts)
        # the first row's line with its first cell (a wrapped cell's lines may come before)
        first = next((ln for ln in body if _column(starts, ln.words[0]["x0"]) == 0), None)
        if rows and first is not None and _cells_apart(first, starts):
            every = [w for ln in body for w in ln.words]
            bbox = (min(w["x0"] for w in every), body[0].top, max(w["x1"] for w in every),
                    body[-1].bottom)
            cells = [_cells(g, starts, bbox[2], fills) for g in rows]
            return Table(cells, page, bbox, columns=starts)
    return None


def _tables_of(lines: list[_Line], page: int, fills: list[Fill]) -> list[Table]:
    return tables_from(len(lines), lambda i: _table_at(lines, i, page, fills))


def _table_at(lines: list[_Line], at: int, page: int,
              fills: list[Fill]) -> tuple[Table, int] | None:
    if lines[at].bold:
        band = _band(lines, at)
    elif _plain_header(lines, at, fills):
        band = [lines[at]]
    else:
        return None
    body = _body(lines, at + len(band))
    if not body:
        return None
    first_body = at + len(band)
    starts = _starts(band, body, fills)
    # a bold caption set just above the header ("Appendix 1 - Risk Register") runs across the
    # columns, as no column's name does
    named = [ln for ln in band if not _crosses(ln, starts)]
    if named and len(named) < len(band):
        band, starts = named, _starts(named, body, fills)
    if len(starts) < MIN_COLUMNS or abs(starts[0] - min(w["x0"] for ln in band
                                                         for w in ln.words)) > ALIGN_POINTS:
        return None
    body = _within(body, starts)
    rows = _rows(body, starts)
    if not rows:
        return None
    header = [" ".join(w["text"] for w in col) for col in _columns(band, starts)]
    if any(len(name.split()) > MAX_NAME_WORDS for name in header):
        return None  # bold lines of prose or a list (an agenda's items), not columns' names
    every = [w for ln in band + body for w in ln.words]
    bbox = (min(w["x0"] for w in every), band[0].top, max(w["x1"] for w in every),
            body[-1].bottom)
    cells = [_cells(g, starts, bbox[2], fills) for g in [band, *rows]]
    return Table(cells, page, bbox, columns=starts), first_body + len(body)


def _cells(group: list[_Line], starts: list[float], right: float,
           fills: list[Fill]) -> list[Cell]:
    """A row's cells (its lines' words in each column) with the fill under each one's middle:
    a cell reaches from its column's start to the next one's (the last to the table's right
    edge), over its row's lines."""
    cols = _columns(group, starts)
    # a coloured glyph (a RAG dot) is no text: its colour is the cell's, over any shading
    texts = [" ".join(w["text"] for w in col if MARK not in w) for col in cols]
    marks = [next((w[MARK] for w in col if MARK in w), None) for col in cols]
    top, bottom = group[0].top, max(ln.bottom for ln in group)
    ends = [*starts[1:], max(right, starts[-1])]
    return [Cell(text, mark or _fill_at(fills, (start + end) / 2, (top + bottom) / 2))
            for text, mark, start, end in zip(texts, marks, starts, ends, strict=True)]


def _fill_at(fills: list[Fill], x: float, y: float) -> str | None:
    """The colour of the smallest filled rectangle under (x, y)."""
    under = [(abs((b[2] - b[0]) * (b[3] - b[1])), colour) for b, colour in fills
             if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
    return min(under)[1] if under else None


def _plain_header(lines: list[_Line], at: int, fills: list[Fill]) -> bool:
    """A header row printed in the body's weight: names, no figures (a row of values is no
    header), set apart (not a sentence's words a space apart) at columns the lines below
    start at, the first where the line starts."""
    line = lines[at]
    if len(line.words) < MIN_COLUMNS or any(_figure(w["text"]) for w in line.words):
        return False
    body = _body(lines, at + 1)
    if not body:
        return False
    starts = _starts([line], body, fills)
    return (len(starts) >= MIN_COLUMNS and abs(starts[0] - line.words[0]["x0"]) <= ALIGN_POINTS
            and _cells_apart(line, starts))


def _band(lines: list[_Line], at: int) -> list[_Line]:
    """The header: bold lines of one size, close together (a name wrapped over lines)."""
    band = [lines[at]]
    for line in lines[at + 1:]:
        last = band[-1]
        if not line.bold or abs(line.size - last.size) > SIZE_TOLERANCE \
                or line.top - last.top > BAND_PITCH_SIZES * last.size:
            break
        band.append(line)
    return band


def _body(lines: list[_Line], at: int) -> list[_Line]:
    """The lines below a header band up to the next bold line, a line of another size or a
    wide gap."""
    body: list[_Line] = []
    for line in lines[at:]:
        if line.bold:
            break
        if body and (abs(line.size - body[0].size) > SIZE_TOLERANCE
                     or line.top - body[-1].top > TABLE_GAP_SIZES * body[-1].size):
            break
        body.append(line)
    return body

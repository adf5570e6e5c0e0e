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
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from kcc_papers.load.aligned import FIGURE, PERIOD_LABEL, tables_from
from kcc_papers.load.centred import centred_rows
from kcc_papers.load.model import Cell, Line, Table

# Words of one visual line differ in top by less than this (points).
LINE_TOLERANCE = 2.0
# A cell's text starts at its column's left edge, give or take this many points.
ALIGN_POINTS = 2.0
# A header names at least this many columns.
MIN_COLUMNS = 3
# A column's name is a few words ("Baseline (12 months to June 2025)").
MAX_NAME_WORDS = 8
# A column start is confirmed by the words of at least this many lines below the header.
MIN_ALIGNED_LINES = 2
# A body of at most this many lines may be one row (cells wrapped above and below its line):
# its columns are confirmed by that one line.
ONE_ROW_LINES = 3
# The lines of a header band, and of a row, are at most this many font sizes apart; a wider gap
# below the header's last line ends the table.
BAND_PITCH_SIZES = 1.6
TABLE_GAP_SIZES = 3.0
# A header's first row of cells is within this many lines below its first line.
ROW_LOOKAHEAD = 4
# A page's head may print a running header or two before the rows carried over.
HEAD_LINES_SKIPPED = 2
# Cells of a row are further apart than the words of a sentence (a space is about a quarter of
# the font size).
CELL_GAP_SIZES = 0.6
# A line of another size than the table's first row is text around the table.
SIZE_TOLERANCE = 0.6
# Lines overlap when one's top lies this far above the other's bottom (not touching lines).
OVERLAP_POINTS = 0.5


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    size: float
    words: list[dict[str, Any]]
    bold: bool = False


# A symbol-font glyph's word (a RAG dot, Wingdings' "l") is given the colour it is printed in
# under this key: the cell it lies in shows that colour, not a letter.
MARK = "mark"


Fill = tuple[tuple[float, float, float, float], str]  # a filled rectangle's box and colour


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


def word_lines(words: list[dict[str, Any]], bold_tops: list[float]) -> list[_Line]:
    out: list[_Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(out[-1].top - w["top"]) < LINE_TOLERANCE:
            out[-1].words.append(w)
            out[-1].bottom = max(out[-1].bottom, w["bottom"])
            out[-1].size = max(out[-1].size, w["size"])
        else:
            out.append(_Line(w["top"], w["bottom"], w["size"], [w]))
    for line in out:
        line.words.sort(key=lambda w: w["x0"])
        line.bold = not _plain_cell(line) and any(
            abs(top - line.top) < LINE_TOLERANCE for top in bold_tops)
    return out


def _plain_cell(line: _Line) -> bool:
    """Whether a line of both weights has a cell set plain: a row whose first cell is bold (a
    risk's id, a KPI's code), not a heading or a header's line. Within a cell both weights
    are a header's name with its unit set plain ("Budget (£000)"): a cell starts at the
    line's start or past a gap wider than a space."""
    if {_heavy(w) for w in line.words} != {True, False}:
        return False
    return any(_heavy(word) is False and (before is None or word["x0"] - before["x1"]
                                          >= CELL_GAP_SIZES * word["size"])
               for before, word in zip([None, *line.words[:-1]], line.words, strict=True))


def _heavy(word: dict[str, Any]) -> bool | None:
    """The word's weight: bold, plain, or None where its words carry none."""
    if "bold" in word:
        return bool(word["bold"])
    if "fontname" in word:
        return "bold" in str(word["fontname"]).lower()
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


def _cells_apart(line: _Line, starts: list[float]) -> bool:
    """A row's line: words start at least MIN_COLUMNS columns, each past a gap wider than a
    space (a line of prose whose words fall near the columns' starts has only spaces)."""
    begun = 1 if _column(starts, line.words[0]["x0"]) == 0 else 0
    for before, word in pairwise(line.words):
        at_start = any(abs(word["x0"] - s) <= ALIGN_POINTS for s in starts[1:])
        if at_start and word["x0"] - before["x1"] >= CELL_GAP_SIZES * word["size"]:
            begun += 1
    return begun >= MIN_COLUMNS


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


def _starts(band: list[_Line], body: list[_Line], fills: list[Fill]) -> list[float]:
    """Header words whose x the words of enough lines below start at; columns set to the
    right (figures under a heading ending where they end): such a column starts where its
    heading or its widest figure starts; and columns of cells filled in colour with no text
    (a RAG given by the fill alone), each fill starting between the heading and the word
    before it."""
    # a table of one row has a line of its cells and the lines its wrapped cells go on to
    need = 1 if len(body) <= ONE_ROW_LINES else MIN_ALIGNED_LINES
    found: list[float] = []
    for line in band:
        for n, word in enumerate(line.words):
            if sum(_starts_cell_at(ln, word["x0"]) for ln in body) >= need:
                found.append(word["x0"])
                continue
            ends = [w for ln in body for w in ln.words if abs(w["x1"] - word["x1"]) <= ALIGN_POINTS]
            if len({id(ln) for ln in body for w in ln.words if w in ends}) >= need:
                found.append(min(_phrase_start(line.words, n), *(w["x0"] for w in ends)))
            elif _filled_below(line.words, n, body, fills) >= need:
                found.append(word["x0"])
    starts: list[float] = []
    for x in sorted(found):
        if not starts or x - starts[-1] > ALIGN_POINTS:
            starts.append(x)
    return starts


def _starts_cell_at(line: _Line, x: float) -> bool:
    """Whether a word of the line starts a cell at ``x``: it starts there, first on the line
    or past a gap wider than a space. A word a space after the one before it is inside a
    cell, however many rows print it at that x ("4 x 3 = 12" in every row of a column of
    scores puts each "12" at the same place)."""
    before: dict[str, Any] | None = None
    for word in line.words:
        if abs(word["x0"] - x) <= ALIGN_POINTS and (
                before is None or word["x0"] - before["x1"] >= CELL_GAP_SIZES * word["size"]):
            return True
        before = word
    return False


def _filled_below(words: list[dict[str, Any]], n: int, body: list[_Line],
                  fills: list[Fill]) -> int:
    """How many lines below lie on a fill whose left edge is a cell's: past the end of the
    heading's word before ``words[n]``, at or before ``words[n]``'s start."""
    after = words[n - 1]["x1"] if n else float("-inf")
    x = words[n]["x0"]
    edges = [b for b, _ in fills if after < b[0] <= x < b[2]]
    return sum(any(b[1] <= (ln.top + ln.bottom) / 2 <= b[3] for b in edges) for ln in body)


def _phrase_start(words: list[dict[str, Any]], n: int) -> float:
    """Where the heading that ends with ``words[n]`` starts: the words before it only a space
    apart are its own ("Target 2025/26" set to the right)."""
    while n > 0 and words[n]["x0"] - words[n - 1]["x1"] < CELL_GAP_SIZES * words[n]["size"]:
        n -= 1
    return float(words[n]["x0"])


def _column(starts: list[float], x: float) -> int | None:
    at = [n for n, s in enumerate(starts) if x >= s - ALIGN_POINTS]
    return at[-1] if at else None


def _within(body: list[_Line], starts: list[float]) -> list[_Line]:
    """The table's lines: it ends at a line starting left of its first column, or with a word
    that runs across a column's start (a sentence of prose below the table)."""
    kept: list[_Line] = []
    for line in body:
        if line.words[0]["x0"] < starts[0] - ALIGN_POINTS or _crosses(line, starts):
            break
        kept.append(line)
    return kept


def _crosses(line: _Line, starts: list[float]) -> bool:
    """A word of the line runs across a column's start: no cell's text does."""
    return any(w["x0"] < s - ALIGN_POINTS and w["x1"] > s + ALIGN_POINTS
               for w in line.words for s in starts[1:])


def _columns(lines: list[_Line], starts: list[float]) -> list[list[dict[str, Any]]]:
    cols: list[list[dict[str, Any]]] = [[] for _ in starts]
    for line in lines:
        for w in line.words:
            n = _column(starts, w["x0"])
            if n is not None:
                cols[n].append(w)
    return cols


def _rows(body: list[_Line], starts: list[float]) -> list[list[_Line]]:
    """Each line with a word in the first column and one in another starts a row; the others
    go to a row by how its cells are set (see ``_middle_groups``). A line with words in the
    first column alone is that column's cell wrapped ("Emergency admissions per 1,000" over
    "people aged 65 and over | 48.0 | 51.6"), unless no line of the table has more."""
    first = [n for n, ln in enumerate(body) if _column(starts, ln.words[0]["x0"]) == 0]
    anchors = [n for n in first if any(_column(starts, w["x0"]) != 0 for w in body[n].words)]
    # a line of figures in two columns or more, none in the first, is its row's line too:
    # figures never wrap, and the row's first cell is set wrapped above and below them
    anchors = sorted([*anchors, *(n for n, ln in enumerate(body) if _figures_row(ln, starts))])
    anchors = anchors or first
    if not anchors:
        return []
    if anchors[0] > 0 or not _top_set(body, anchors, starts):
        groups = _centred_groups(body, starts) or _middle_groups(body, anchors)
    else:
        groups = [body[a:b] for a, b in zip(anchors, [*anchors[1:], len(body)], strict=True)]
    return _overlaps_joined(groups)


def _centred_groups(body: list[_Line], starts: list[float]) -> list[list[_Line]] | None:
    """The rows of cells set in the middle of their rows, told by the middles of one column's
    cells of one line each (see ``centred``), where the layout is so."""
    columns = [{n for w in ln.words if (n := _column(starts, w["x0"])) is not None}
               for ln in body]
    rows = centred_rows([ln.top for ln in body], columns)
    if rows is None:
        return None
    groups: list[list[_Line]] = [[] for _ in range(max(rows) + 1)]
    for line, row in zip(body, rows, strict=True):
        groups[row].append(line)
    return [g for g in groups if g]


def _overlaps_joined(groups: list[list[_Line]]) -> list[list[_Line]]:
    """Rows never overlap: a row whose first line's glyphs reach up into the last line of the
    row above is that row still. A cell wrapped over two lines in the first column and the
    next, beside cells of one line set in the middle of the row, puts its second line (words
    in the first column and another, as a row's first line has) half a line below those
    cells, and so inside their band."""
    out: list[list[_Line]] = []
    for group in groups:
        if out and group[0].top < max(ln.bottom for ln in out[-1]) - OVERLAP_POINTS:
            out[-1] = [*out[-1], *group]
        else:
            out.append(group)
    return out


# A cell's figure: "95", "93.8", "61,480", "12%", "£1.2m", "(4.1)", or a dash for none.
FIGURE_WORD = re.compile(r"^[(£-]?\d[\d,.]*(?:%|m|k|bn)?\)?$|^[-–—]$")


def _figures_row(line: _Line, starts: list[float]) -> bool:
    """Whether the line prints figures alone, in two columns or more but not the first."""
    if len(line.words) < 2 or not all(FIGURE_WORD.match(w["text"]) for w in line.words):
        return False
    columns = {_column(starts, w["x0"]) for w in line.words}
    return len(columns) >= 2 and 0 not in columns and None not in columns


def _top_set(body: list[_Line], anchors: list[int], starts: list[float]) -> bool:
    """Whether the cells are set at the top of their rows: then every line below a row's first
    line goes on cells that line began. A line above the first row's first-column line, or one
    going on a cell its row's first line lacks, shows cells set in the middle of their rows."""
    if anchors[0] > 0:
        return False
    for at, end in zip(anchors, [*anchors[1:], len(body)], strict=True):
        begun = {_column(starts, w["x0"]) for w in body[at].words}
        if any(_column(starts, w["x0"]) not in begun for ln in body[at + 1:end] for w in ln.words):
            return False
    return True


def _middle_groups(body: list[_Line], anchors: list[int]) -> list[list[_Line]]:
    """Cells set in the middle of their row: a row reaches as far below its first column's
    line as it does above it, so the lines between two rows' first-column lines are shared
    by that reach, not by which line is nearer (a row of one line beside one of three)."""
    groups: list[list[_Line]] = [body[:anchors[0] + 1]]
    for k, at in enumerate(anchors):
        group = groups[k]
        reach = body[at].top - group[0].top + ALIGN_POINTS
        end = anchors[k + 1] if k + 1 < len(anchors) else len(body)
        below = body[at + 1:end]
        mine = [ln for ln in below if ln.top - body[at].top <= reach]
        if k + 1 == len(anchors):
            mine = below
        group.extend(mine)
        if k + 1 < len(anchors):
            groups.append([*below[len(mine):], body[anchors[k + 1]]])
    return groups

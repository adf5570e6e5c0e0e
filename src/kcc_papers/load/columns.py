"""Side-by-side columns: two blocks of text set beside each other on one page (a bilingual
Welsh/English paper, English left and Welsh right; minutes with an "Action by" column; a
two-column newsletter page). Their lines share baselines, so grouping runs by height alone
joins a left line and a right line into one ("Likelihood: 1 Unlikely ... Impact: 1 Low").

A region of the page is read as two columns when its rows keep a steady gutter: the right
block's lines start at one x on several rows, no row's text crosses it, and the left block
is prose wrapped in its column (several lines of words filling the column, each one run of
text with no cell-wide gap inside). Then its left lines are read first, then its right ones;
but a two-column table printed without rules (short bold names over plain rows of wrapped
cells, each row's cells starting side by side, in one language) is read row by row, each
row's left cell then its right one, so a risk stays beside its mitigation.
Short runs of such rows beside one gutter, each too few to count (a bilingual notice's
decisions, a block per item under headings across the page), count together. A column of
justified prose may wrap at several indents: its lines still fill it.
Tables (cells parted by gaps, a narrow first column), label lines ("Report to:  Cabinet":
short labels, no wrapped prose) and justified prose (lines crossing the gutter) keep their
lines as before."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from kcc_papers.load.labelled_columns import label_cells, labelled
from kcc_papers.load.model import Line
from kcc_papers.load.stamps import Placed  # a run as the text pass places it (pdf_runs.Run)
from kcc_papers.normalise.bilingual import is_welsh


class Celled(Placed, Protocol):
    """A run with the cells of a table row it holds whole (``pdf_runs.Run.cells``)."""

    @property
    def cells(self) -> tuple[tuple[float, str], ...]: ...


R = TypeVar("R", bound=Celled)
Cut = Callable[[R, float], "tuple[R, R] | None"]
Group = Callable[[list[R]], list[Line]]

# A gutter is at least this many times the type's (loose) height wide: word spaces, even
# stretched in a justified line, stay under it.
GUTTER_EMS = 1.0
# The right column's lines start within this many points of one x.
EDGE_TOLERANCE = 1.5
# A run holding this many cells of a table's row (``pdf_runs.Run.cells``) is that row.
MIN_ROW_CELLS = 3
# Rows with text both sides of the gutter, at least: one row beside another is a label and
# its value, not columns.
MIN_GUTTER_ROWS = 3
# The gutters tried on one page, at most (the commonest first).
MAX_GUTTERS = 3
# Inside one column's line, gaps between runs stay under this many times the type's height
# (a table's cells are parted by their padding and column widths).
CELL_GAP_EMS = 1.0
# Lines of the left column that fill it (wrapped prose), at least, each of at least
# FULL_WORDS words reaching within FULL_SLACK of the column's widest line, which is at
# least MIN_COLUMN_SHARE of the page wide (labels are short and narrow).
MIN_FULL_LINES = 3
FULL_WORDS = 4
FULL_SLACK = 0.2
MIN_COLUMN_SHARE = 0.3
# A column of prose has at least this share of its lines flush with its left margin (a
# heading centred, an indented first line aside); a table's rows start in several columns.
MARGIN_SHARE = 0.8
# A run of rows beside a gutter pooled with others on its page (``_pooled``) has at least
# this many rows: a lone row with a wide gap is a label and its value, or a signature line.
MIN_POOLED_ROWS = 2
# A row further below the row above than this many times its type's height starts anew
# (line pitch is about 1.2 to 1.5, a paragraph's or heading's space adds about one more).
MAX_ROW_GAP_EMS = 4.0
# A line of the left column going on below the right column's end sits at most this many
# times the columns' usual line pitch below the line above.
PITCH_SLACK = 1.15
# A table's header row names its two columns in a few bold words each ("Matter considered",
# "Decision"); its body rows are plain. Bilingual pages and minutes with an action column set
# their headings bold all down the page, or none.
HEADER_WORDS = 4
# A table has at least this many rows under its header (one row of each column reads the
# same either way).
MIN_TABLE_ROWS = 2


def side_by_side(runs: list[R], rows: list[list[R]], width: float, cut: Cut[R],
                 group: Group[R]) -> list[Line] | None:
    """The page's lines with each side-by-side region read column by column, or None when
    the page has none (most pages: one pass over its rows). ``rows``: the runs grouped into
    lines, top to bottom, each left to right; ``cut``: a run parted at x (PDFium joins runs
    on one baseline into one across a gutter), or None; ``group``: runs into lines."""
    for edge in _gutters(rows):
        if edge < MIN_COLUMN_SHARE * width:
            continue  # no room left of it for a column of prose (a table's narrow column)
        parted = [_parted(row, edge, cut) for row in rows]
        regions = _regions(parted, _breaks(rows), [row[0].top for row in rows], width)
        if regions:
            return _lines(rows, parted, regions, group)
    return None


def _lines(rows: list[list[R]], parted: list[tuple[list[R], list[R]] | None],
           regions: list[tuple[int, int]], group: Group[R]) -> list[Line]:
    lines: list[Line] = []
    at = 0
    for start, end in regions:
        lines += group([run for row in rows[at:start] for run in row])
        table = _table_rows([part for part in parted[start:end] if part])
        if table is None and labelled(parted[start:end]):
            table = label_cells(parted[start:end], [row[0].top for row in rows[start:end]])
        if table is None:
            left = [run for part in parted[start:end] if part for run in part[0]]
            right = [run for part in parted[start:end] if part for run in part[1]]
            lines += group(left) + group(right)
        else:
            # a table without rules: each row's cells left then right, rows kept in order
            for left, right in table:
                lines += group(left) + group(right)
        at = end
    return lines + group([run for row in rows[at:] for run in row])


def _gutters(rows: Sequence[Sequence[Placed]]) -> list[float]:
    """Where a right column's lines may start: the commonest starts of a run after a gap of
    a gutter's width (PDFium joins many such rows into one run, so one such row will do),
    at most MAX_GUTTERS of them; then the commonest such starts in rows with no other gap,
    as two columns' rows have (a table's rows, many gaps each, outvote a gutter beside it)."""
    starts: Counter[int] = Counter()
    lone: Counter[int] = Counter()
    for row in rows:
        gaps = [round(run.x0) for prev, run in pairwise(row)
                if run.x0 - prev.x1 >= GUTTER_EMS * max(prev.size, run.size)]
        starts.update(gaps)
        if len(gaps) == 1:
            lone.update(gaps)
    out = [x for x, _ in starts.most_common(MAX_GUTTERS)]
    out += [x for x, _ in lone.most_common(MAX_GUTTERS) if x not in out]
    return [float(x) for x in out]


def _parted(row: list[R], edge: float, cut: Cut[R]) -> tuple[list[R], list[R]] | None:
    """The row's runs left and right of the gutter, or None when its text crosses it (a
    run over it that cannot be cut there, or text right of the margin not at the edge)."""
    left: list[R] = []
    right: list[R] = []
    for run in row:
        if run.x1 <= edge - EDGE_TOLERANCE:
            left.append(run)
        elif run.x0 >= edge - EDGE_TOLERANCE:
            right.append(run)
        elif len(run.cells) >= MIN_ROW_CELLS:
            # a table's row PDFium kept in one run (a zebra agenda's "1 | Welcome | Chair |
            # - | 09:30"): its cells are one row, not a line of each of two columns
            return None
        else:
            pieces = cut(run, edge)
            if pieces is None:
                return None
            left.append(pieces[0])
            right.append(pieces[1])
    if not (_one_block(left) and _one_block(right)):
        return None
    return left, right


def _one_block(runs: list[R]) -> bool:
    """Whether the runs read as one line of one column: no cell-wide gap between them."""
    return all(run.x0 - prev.x1 < CELL_GAP_EMS * max(prev.size, run.size)
               for prev, run in pairwise(runs))


def _breaks(rows: list[list[R]]) -> list[bool]:
    """Whether each row is far below the row above (a footer under the columns' end), past
    MAX_ROW_GAP_EMS times its type's height: a region of columns does not reach over it."""
    out = [False]
    for above, row in pairwise(rows):
        size = max(run.size for run in row)
        out.append(row[0].top - above[0].top > MAX_ROW_GAP_EMS * size)
    return out


def _regions(parted: list[tuple[list[R], list[R]] | None], breaks: list[bool],
             tops: list[float], width: float) -> list[tuple[int, int]]:
    """(start, end) row ranges read as two columns: runs of rows parted at the gutter, with
    text on both sides somewhere and prose filling the left column; or, when none is, the
    page's short runs pooled (``_pooled``)."""
    spans = _spans(parted, breaks)
    out = [(start, _trimmed(parted, tops, start, end)) for start, end in spans
           if _columns(parted[start:end], width)]
    return out or _pooled(parted, spans, tops, width)


def _spans(parted: list[tuple[list[R], list[R]] | None],
           breaks: list[bool]) -> list[tuple[int, int]]:
    """(start, end) runs of rows parted at the gutter, none far below the row above."""
    out = []
    start = 0
    for i in range(len(parted) + 1):
        if i < len(parted) and parted[i] is not None and not (breaks[i] and i > start):
            continue
        if i > start:
            out.append((start, i))
        start = i + 1 if i == len(parted) or parted[i] is None else i
    return out


def _pooled(parted: list[tuple[list[R], list[R]] | None], spans: list[tuple[int, int]],
            tops: list[float], width: float) -> list[tuple[int, int]]:
    """The runs of rows with text both sides of one gutter, each too short to count (a
    bilingual notice's decisions, one block per item under a heading across the page), read
    as columns when together they do and the right column is prose too, the left one set
    from the page's margin: the gutter runs down the page between the headings (a table's
    inner columns start off the margin; its RAG column holds words, not wrapped prose)."""
    short = [(start, end) for start, end in spans if end - start >= MIN_POOLED_ROWS
             and any(row is not None and row[0] and row[1] for row in parted[start:end])]
    rows = [row for a, z in short for row in parted[a:z]]
    if len(short) < 2 or not _columns(rows, width):
        return []
    margin = min(part[0].x0 for row in parted if row is not None for part in row if part)
    lefts = [row[0] for row in rows if row is not None and row[0]]
    rights = [row[1] for row in rows if row is not None and row[1]]
    if min(runs[0].x0 for runs in lefts) > margin + EDGE_TOLERANCE or not _prose(rights, width):
        return []
    return [(start, _trimmed(parted, tops, start, end)) for start, end in short]


def _trimmed(parted: list[tuple[list[R], list[R]] | None], tops: list[float],
             start: int, end: int) -> int:
    """The region's end, without the rows of the left column only that follow its last row
    with a right column after more space than its lines' usual pitch (a heading, the next
    paragraph across the page): the left column going on runs at its pitch."""
    last = max(i for i in range(start, end) if (row := parted[i]) is not None and row[1])
    pitches = sorted(b - a for a, b in pairwise(tops[start : last + 1]))
    at = last + 1
    if not pitches:
        return at  # one row with a right column (a pooled block): no pitch to go on at
    usual = pitches[len(pitches) // 2]
    while at < end and tops[at] - tops[at - 1] <= PITCH_SLACK * usual:
        at += 1
    return at


def _columns(rows: list[tuple[list[R], list[R]] | None], width: float) -> bool:
    lefts = [row[0] for row in rows if row is not None and row[0]]
    both = sum(1 for row in rows if row is not None and row[0] and row[1])
    return both >= MIN_GUTTER_ROWS and (_prose(lefts, width)
                                        or _prose(_lefts_from_beside(rows), width))


def _lefts_from_beside(rows: list[tuple[list[R], list[R]] | None]) -> list[list[R]]:
    """The left column's lines from the first row with text both sides of the gutter: a line
    above it is the page's text across it, not the column's ("Purpose:  For assurance", a
    label's value reaching past the column's edge, over "Recommendation: The Committee is"
    beside "Key points: ..."), and its width would make the column's wrapped lines look short."""
    first = next((k for k, row in enumerate(rows) if row is not None and row[0] and row[1]),
                 len(rows))
    return [row[0] for row in rows[first:] if row is not None and row[0]]


def _prose(lines: list[list[R]], width: float) -> bool:
    """Whether a column's lines (each its runs) are prose wrapped in it: lines flush with
    its margin, several of them filling it."""
    if len(lines) < MIN_FULL_LINES:
        return False
    x0 = min(runs[0].x0 for runs in lines)
    reach = max(runs[-1].x1 for runs in lines)
    if reach - x0 < MIN_COLUMN_SHARE * width:
        return False
    fill = reach - FULL_SLACK * (reach - x0)
    starts = Counter(round(runs[0].x0) for runs in lines)
    margin = starts.most_common(1)[0][0]
    # a justified column's wrapped lines fill it at indents of their own; a table's second
    # column's cells line up at one x
    flush = sum(1 for runs in lines if abs(runs[0].x0 - margin) <= EDGE_TOLERANCE
                or (runs[-1].x1 >= fill and starts[round(runs[0].x0)] == 1))
    if flush < MARGIN_SHARE * len(lines):
        return False  # lines starting at two places: a table's columns, not one of prose
    full = sum(1 for runs in lines if runs[-1].x1 >= fill
               and sum(len(run.text.split()) for run in runs) >= FULL_WORDS)
    return full >= MIN_FULL_LINES


def _table_rows(rows: list[tuple[list[R], list[R]]]) -> list[tuple[list[R], list[R]]] | None:
    """A region's rows as the rows of a two-column table printed without rules, each (its
    left runs, its right runs), the lines above its header (one column's) first; None when
    the region is columns. A table heads its columns with short bold names over plain rows
    of cells starting side by side (``_headed``, ``_blocks``), in one language: a bilingual
    page pairs its paragraphs the same way, but reads best one language after the other."""
    lead = next((k for k, row in enumerate(rows) if row[0] and row[1]), 0)
    blocks = _blocks(rows[lead:]) if _headed(rows[lead:]) else None
    if blocks is None or len(blocks) < MIN_TABLE_ROWS + 1 or _bilingual(rows):
        return None
    above = ([run for row in rows[:lead] for run in row[0]],
             [run for row in rows[:lead] for run in row[1]])
    return [above, *blocks] if lead else blocks


def _headed(rows: list[tuple[list[R], list[R]]]) -> bool:
    """Whether the rows' first holds a short bold name each side (a header row) and the
    rest no bold text (bilingual minutes and action columns set a heading per item)."""
    if len(rows) < 2 or not (rows[0][0] and rows[0][1]):
        return False
    named = all(all(run.bold for run in side)
                and sum(len(run.text.split()) for run in side) <= HEADER_WORDS
                for side in rows[0])
    return named and not any(run.bold for row in rows[1:] for side in row for run in side)


def _blocks(rows: list[tuple[list[R], list[R]]]) -> list[tuple[list[R], list[R]]] | None:
    """The rows as a table's rows, each (left runs, right runs): a row starts where a cell
    starts in each column on one line, the line above ending its cell (a short line, or
    none: a cell's wrapped lines fill their column). None when a cell starts in one column
    only (cells centred in their row, or two columns of prose with their own paragraphs)."""
    fills = [_fill([row[k] for row in rows if row[k]]) for k in (0, 1)]
    out: list[tuple[list[R], list[R]]] = []
    for i, row in enumerate(rows):
        starts = [bool(row[k]) and (i == 0 or not rows[i - 1][k]
                                    or rows[i - 1][k][-1].x1 < fills[k]) for k in (0, 1)]
        if starts[0] != starts[1]:
            return None
        if starts[0]:
            out.append(([], []))
        out[-1][0].extend(row[0])
        out[-1][1].extend(row[1])
    return out


def _fill(lines: list[list[R]]) -> float:
    """Where a column's full lines end, at least: within FULL_SLACK of its widest line."""
    x0 = min(runs[0].x0 for runs in lines)
    reach = max(runs[-1].x1 for runs in lines)
    return reach - FULL_SLACK * (reach - x0)


def _bilingual(rows: list[tuple[list[R], list[R]]]) -> bool:
    """Whether one column is Welsh and the other not (a translation beside its English)."""
    left, right = (" ".join(run.text for row in rows for run in row[k]) for k in (0, 1))
    return is_welsh(left) != is_welsh(right)

"""The unruled reader's rows (``unruled``): which lines of a table's body make each row, by
its first column's lines and by how the cells are set in their rows (at the top, or in the
middle: a wrapped cell's lines above and below its row's line)."""

from __future__ import annotations

import re

from kcc_papers.load.centred import centred_rows
from kcc_papers.load.unruled_columns import ALIGN_POINTS, _column
from kcc_papers.load.unruled_lines import _Line

# Lines overlap when one's top lies this far above the other's bottom (not touching lines).
OVERLAP_POINTS = 0.5


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

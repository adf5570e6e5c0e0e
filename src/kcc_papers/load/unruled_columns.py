"""The unruled reader's columns (``unruled``): where a table's columns start, read from its
header's words and the lines below them (a cell's text starts at its column's left edge, a
figure set to the right ends at its heading's end, a cell filled in colour begins under its
heading), which column a word lies in, and where the table's lines end."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from kcc_papers.load.unruled_lines import CELL_GAP_SIZES, _Line

# A cell's text starts at its column's left edge, give or take this many points.
ALIGN_POINTS = 2.0
# A header names at least this many columns.
MIN_COLUMNS = 3
# A column start is confirmed by the words of at least this many lines below the header.
MIN_ALIGNED_LINES = 2
# A body of at most this many lines may be one row (cells wrapped above and below its line):
# its columns are confirmed by that one line.
ONE_ROW_LINES = 3

Fill = tuple[tuple[float, float, float, float], str]  # a filled rectangle's box and colour


def _cells_apart(line: _Line, starts: list[float]) -> bool:
    """A row's line: words start at least MIN_COLUMNS columns, each past a gap wider than a
    space (a line of prose whose words fall near the columns' starts has only spaces)."""
    begun = 1 if _column(starts, line.words[0]["x0"]) == 0 else 0
    for before, word in pairwise(line.words):
        at_start = any(abs(word["x0"] - s) <= ALIGN_POINTS for s in starts[1:])
        if at_start and word["x0"] - before["x1"] >= CELL_GAP_SIZES * word["size"]:
            begun += 1
    return begun >= MIN_COLUMNS


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

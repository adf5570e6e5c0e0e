"""A run that straddles another run of its line: two cells of a table row drawn as one.

A writer may draw a row's number and a later cell as one text object ("5" ... "Decision", the
lead's cell "Director of Property" drawn between them): PDFium reads them as one run with a
wide gap, and with only two pieces it holds too few cells to be read as a row's. One text
never holds another's words inside its own gap, so a run whose gap holds another run of its
line wholly is parted there into its two pieces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar


class _Box(Protocol):
    def loose_box(self, index: int) -> tuple[float, float, float, float]: ...


class _Run(Protocol):
    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Run)


def straddling(rows: Iterable[Sequence[_Run]]) -> list[tuple[_Run, list[_Run]]]:
    """Each run (with the runs of its line inside its extent) that straddles another run of its
    line; the rows' runs are in order left to right. A run ends before the next starts on
    nearly every line: the check is one comparison with its neighbour."""
    found = []
    for row in rows:
        for k, run in enumerate(row[:-1]):
            if row[k + 1].x0 < run.x1:
                inside = [other for other in row if other is not run
                          and run.x0 < other.x0 and other.x1 < run.x1]
                if inside:
                    found.append((run, inside))
    return found


def gap_holding(glyphs: _Box, text: str, run: _Run, inside: list[_Run]) -> tuple[int, int] | None:
    """Where (first space, first character after it) the run's text parts around the runs
    ``inside``: a gap whose two sides' glyphs lie left and right of all of them."""
    left_edge = min(other.x0 for other in inside)
    right_edge = max(other.x1 for other in inside)
    for i, after in spaces(text, run.start, run.end):
        if (glyphs.loose_box(i - 1)[2] <= left_edge
                and glyphs.loose_box(after)[0] >= right_edge):
            return i, after
    return None


def spaces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each run of spaces inside ``text[start:end]`` with a character either side: its first
    space and the first character after it (where a run's text may part in two)."""
    i = start + 1
    while i < end - 1:
        if not text[i].isspace() or text[i - 1].isspace():
            i += 1
            continue
        after = i
        while after < end and text[after].isspace():
            after += 1
        if after < end:
            yield i, after
        i = after


def parted(runs: list[R], rows: list[list[R]], glyphs: _Box, text: str,
           make: Callable[[int, int], R | None]) -> list[R] | None:
    """``runs`` with each straddling run parted at the gap that holds the others (``make``
    builds a run of the page's text between two offsets); None when no run straddles."""
    cuts: dict[int, tuple[int, int]] = {}
    for run, inside in straddling(rows):
        gap = gap_holding(glyphs, text, run, inside)
        if gap is not None:
            cuts[id(run)] = gap
    if not cuts:
        return None
    out: list[R] = []
    for run in runs:
        gap = cuts.get(id(run))
        if gap is None:
            out.append(run)
            continue
        for a, z in ((run.start, gap[0]), (gap[1], run.end)):
            piece = make(a, z)
            if piece is not None:
                out.append(piece)
    return out

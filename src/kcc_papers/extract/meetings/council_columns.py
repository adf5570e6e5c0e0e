"""A joint body's masthead of two columns: its name on the left ("WYEDALE JOINT PARKING" over
"BOARD"), the member councils listed on the right ("Arnmouth District Council, Fellby
Borough" over "Council, Wyedale County Council"), each column wrapped over the same lines.
Read across, a line is half a name and half a list ("BOARD Council, Wyedale County
Council"); the right column read down the lines is the list of councils that publish the
paper, no body, and the left column alone is the name."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line

from .council import COUNCIL

# The right column's runs start at one x on each line (a run a point or two off is the same
# column, as a renderer places it).
COLUMN_X_POINTS = 2.0
# How the list parts the councils' names: commas, "and", "&", semicolons.
_LIST_PARTING = re.compile(r"\s*(?:[,;&]|\band\b)\s*")
# A list names two councils at least (one council's name alone is read as the council's).
MIN_COUNCILS = 2


def left_of_councils(lines: list[Line]) -> list[str | None]:
    """Per line, its left column where the line is one of a run of two-column lines whose
    right column, read down the run's first lines, lists councils' names and nothing else;
    None elsewhere."""
    out: list[str | None] = [None] * len(lines)
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and _same_column(lines[n], lines[end]):
            end += 1
        # (the list may be over the venue in the same column, "Committee Room A, Fellmouth
        # Town Hall": the run's first lines that list councils, the list's lines)
        listed = next((stop for stop in range(end, n, -1)
                       if _lists_councils(" ".join(line.spans[1][1].strip()
                                                   for line in lines[n:stop]))), n)
        for k in range(n, listed):
            out[k] = lines[k].spans[0][1]
        n = max(end, n + 1)
    return out


def _same_column(first: Line, line: Line) -> bool:
    """Whether ``line`` is of two runs, its second at the x of ``first``'s second."""
    return (len(line.spans) == 2 and len(first.spans) == 2
            and abs(line.spans[1][0] - first.spans[1][0]) <= COLUMN_X_POINTS)


def _lists_councils(column: str) -> bool:
    """Whether ``column`` is two or more councils' whole names, listed, and nothing else."""
    names = [name for name in _LIST_PARTING.split(column) if name]
    return len(names) >= MIN_COUNCILS and all(COUNCIL.fullmatch(name) for name in names)

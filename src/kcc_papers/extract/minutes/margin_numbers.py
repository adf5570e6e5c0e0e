"""Minutes set as a borderless table of two columns: a narrow left column of bare minute
numbers ("52", "53."), and a wide one holding each minute's bold heading over its text. A
word processor centres the number in its cell down the height of the minute, so the text
layer gives it as a line of its own somewhere beside the minute's text, below its heading
(or run into a line of that text, across the column's gap): no heading reader pairs them.
Each number is its cell's, and its cell's top is the bold heading's: the number goes to the
nearest bold heading above it in the right-hand column, read as "52 APOLOGIES FOR ABSENCE"."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kcc_papers.extract.minutes.columns import Placed
from kcc_papers.extract.minutes.resolution_marks import RESOLVED_CASED
from kcc_papers.load.model import Line

# A minute's number alone in its cell: "52", "52.".
_BARE_NUMBER = re.compile(r"^(\d{1,4})\.?$")
# The minutes' column starts at least this many points right of the numbers' column.
MIN_COLUMN_GAP = 20.0
# A column of minute numbers has at least this many, each after the one above it.
MIN_NUMBERS = 2


def numbers_to_headings(lines: list[Placed], headed: bool = False) -> list[Placed]:
    """``lines`` with each marginal number (see the module) run into the heading it numbers
    and taken from where the text layer put it; unchanged unless at least MIN_NUMBERS of
    them, in ascending order, each find a heading, or (``headed``) the column is headed as
    the minutes' numbers' ("Minute": number_column), when one will do."""
    pairs = _pairs(lines)
    numbers = [int(number) for _, _, number in pairs]
    if len(pairs) < (1 if headed else MIN_NUMBERS) or any(b <= a for a, b in pairwise(numbers)):
        return lines
    out = list(lines)
    drop: set[int] = set()
    for k, head, number in pairs:
        page, line, share = lines[k]
        heading = out[head][1]
        x = line.x0 if line.x0 is not None else 0.0
        out[head] = (out[head][0], replace(heading, text=f"{number} {heading.text}", x0=x,
                                           spans=[(x, number), *heading.spans]), out[head][2])
        rest = line.spans[1:]
        if rest:  # the minute's text the number was run into
            text = " ".join(t for _, t in rest)
            out[k] = (page, replace(line, text=text, x0=rest[0][0], spans=list(rest)), share)
        else:
            drop.add(k)
    return [placed for k, placed in enumerate(out) if k not in drop]


def _pairs(lines: list[Placed]) -> list[tuple[int, int, str]]:
    """(marginal number's line, its heading's line, the number) of each number found with
    one."""
    pairs: list[tuple[int, int, str]] = []
    head: int | None = None  # the last bold heading of the minutes' column, not yet numbered
    for k, (page, line, _) in enumerate(lines):
        if head is not None and lines[head][0] != page:
            head = None
        number = _number_of(line)
        if number is not None and head is not None and _left_of(line, lines[head][1]):
            pairs.append((k, head, number))
            head = None
        elif number is None and line.bold and _bare(line) and not _label(line):
            head = k
    return pairs


def _number_of(line: Line) -> str | None:
    """The bare number a line opens with, in a run of its own (the number's cell)."""
    first = line.spans[0][1] if line.spans else line.text
    m = _BARE_NUMBER.match(first.strip())
    return m.group(1) if m and not line.bold else None


def _bare(line: Line) -> bool:
    """A heading that carries no number of its own."""
    return not any(c.isdigit() for c in line.text.split()[0]) if line.text.split() else False


def _label(line: Line) -> bool:
    """A bold label over the minute's text below it ("RESOLVED:", "Decision:"), set in its
    column as a heading is: inside the minute, no heading a number goes to."""
    text = line.text.strip()
    words = text.split()
    return text.endswith(":") or (bool(words) and words[0].strip(":.-–") in RESOLVED_CASED)


def _left_of(number: Line, heading: Line) -> bool:
    return (number.x0 is not None and heading.x0 is not None
            and heading.x0 - number.x0 >= MIN_COLUMN_GAP)

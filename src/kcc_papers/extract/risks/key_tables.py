"""Scales printed as a key table with a column per axis: a header naming the axes and the
numbers' columns ("Likelihood | Score | Impact | Score", "Score | Likelihood | Impact",
"Probability | Rating | Description"), then a row per step ("Rare | 1 | Negligible | 1").
The axis's heading may name the numbers' column instead ("Impact score | Rating",
"Likelihood | Descriptor" over "1 | Rare"): the steps' names are then the column beside it
that holds names.

The row-per-axis keys ("Likelihood | Rare (1) | Unlikely (2) ...") are read by the reader's
own scale rows; this reads the transposed form, where each axis's words run down a column
and their numbers down the column beside (or a number column the axes share)."""

from __future__ import annotations

import re

from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.values import MAX_FACTOR

# An axis's column heading, with the words health bodies and police use for the axes.
AXES = {"likelihood": "likelihood", "probability": "likelihood", "impact": "impact",
        "consequence": "impact", "severity": "impact"}
AXIS_HEAD = re.compile(r"^(?:risk\s+)?(?P<axis>" + "|".join(AXES) + r")(?:\s*\([A-Z]\))?"
                       r"(?P<numbered>\s+(?:score|rating|value|level))?$", re.I)
# The other headings a key table has: the steps' numbers and what each step means. A header
# with any other cell ("Risk ID", "Owner") is a register's, not a key's.
NUMBER_HEAD = re.compile(r"^(?:score|rating|value|level|no\.?|number|points|weighting)$", re.I)
TEXT_HEAD = re.compile(r"^(?:description|descriptor|definition|criteria|guide|meaning)$", re.I)
# A step's name: a few words ("Almost certain"), no figures.
STEP_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-]{0,29}$")
STEP_NUMBER = re.compile(rf"^[1-{MAX_FACTOR}]$")
# A key scores at least three steps (the shortest scale is High / Medium / Low).
MIN_STEPS = 3


def key_table_scales(rows: list[Row]) -> dict[str, dict[str, int]]:
    """Each axis's scale from the first key table giving it: axis -> name -> number."""
    out: dict[str, dict[str, int]] = {}
    for n, row in enumerate(rows):
        heads = [" ".join(c.split()) for c in row.cells]
        lines = len(heads) == 1
        if lines:
            # a key printed without rules reads as lines: "Score Likelihood Score Impact"
            heads = _line_heads(heads[0])
        axes = _axis_columns(heads)
        if not axes:
            continue
        body = _line_body(rows[n + 1:], heads) if lines else _body(rows[n + 1:], len(heads))
        for column, axis in axes.items():
            scale = _scale(body, heads, column)
            if axis not in out and scale:
                out[axis] = scale
    return out


def _axis_columns(heads: list[str]) -> dict[int, str]:
    """Column -> axis of a key table's header; {} for any other row."""
    axes: dict[int, str] = {}
    for column, head in enumerate(heads):
        m = AXIS_HEAD.match(head)
        if m:
            axes[column] = AXES[m.group("axis").lower()]
        elif not (NUMBER_HEAD.match(head) or TEXT_HEAD.match(head)):
            return {}
    # a key names the steps' numbers, or what the steps mean beside its axes' numbers
    if not any(NUMBER_HEAD.match(h) or TEXT_HEAD.match(h) or _numbered(h) for h in heads):
        return {}
    return axes


def _numbered(head: str) -> bool:
    """An axis's heading naming its numbers' column ("Impact score")."""
    m = AXIS_HEAD.match(head)
    return bool(m and m.group("numbered"))


def _body(rows: list[Row], width: int) -> list[list[str]]:
    """The rows under the header: as many cells as it has, up to the first that has not."""
    out: list[list[str]] = []
    for row in rows:
        if len(row.cells) != width:
            break
        out.append([" ".join(c.split()) for c in row.cells])
    return out


# A key's header as one line: its one-word headings, a few of them.
MAX_LINE_HEADS = 6
# A key's row as one line: its numbers and the names between them ("5 Almost certain 5
# Catastrophic").
LINE_FIELD = re.compile(r"\d+|[A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*)*")


def _line_heads(line: str) -> list[str]:
    """The headings of a key's header printed as one line, or [] for any other line."""
    words = line.split()
    if not 2 <= len(words) <= MAX_LINE_HEADS or not any(AXIS_HEAD.match(w) for w in words):
        return []
    return words


def _line_body(rows: list[Row], heads: list[str]) -> list[list[str]]:
    """The key's rows under a header printed as one line: lines whose numbers and names
    alternate as its headings do, as many as it has, up to the first line that does not.
    (Names of two axes side by side with no number between cannot be told apart: such a
    line ends the key.)"""
    out: list[list[str]] = []
    for row in rows:
        fields = LINE_FIELD.findall(row.text) if len(row.cells) == 1 else []
        fields = _lettered_steps(fields, heads)
        if len(fields) != len(heads):
            break
        out.append(fields)
    return out


# A step named by its letter, the scale's steps lettered "A" to "F" (a 6 x 4 matrix's
# likelihood), then what the step means: "A Almost impossible".
LETTER_STEP = re.compile(r"^(?P<letter>[A-Z])\s+(?P<meaning>[A-Za-z].*)$")


def _lettered_steps(fields: list[str], heads: list[str]) -> list[str]:
    """A key row printed as one line whose axis names its steps by letters, with a column of
    what each means after it ("Likelihood Description Score" over "A Almost impossible 1"):
    the letter and its meaning read as one name; split them as the headings do."""
    if len(fields) != len(heads) - 1:
        return fields
    for column in range(len(heads) - 1):
        if not (AXIS_HEAD.match(heads[column]) and TEXT_HEAD.match(heads[column + 1])):
            continue
        m = LETTER_STEP.match(fields[column])
        if m:
            return [*fields[:column], m["letter"], m["meaning"], *fields[column + 1:]]
    return fields


def _scale(body: list[list[str]], heads: list[str], column: int) -> dict[str, int]:
    """The axis's names down ``column`` and their numbers down the nearest number column
    (the one after it first: "Likelihood | Score | Impact | Score" gives each its own); or,
    where the axis's column holds the numbers, the names down the nearest column of names
    headed by no other axis."""
    if body and all(STEP_NUMBER.match(cells[column]) for cells in body[:MIN_STEPS]):
        named = [c for c in range(len(heads)) if c != column and not AXIS_HEAD.match(heads[c])
                 and all(STEP_NAME.match(cells[c]) for cells in body[:MIN_STEPS])]
        if not named:
            return {}
        return _steps(body, _nearest(named, column), column)
    numbered = [c for c in range(len(heads)) if NUMBER_HEAD.match(heads[c])]
    if not numbered:
        return {}
    return _steps(body, column, _nearest(numbered, column))


def _nearest(columns: list[int], column: int) -> int:
    """The column nearest ``column``, the one after it first."""
    return min(columns, key=lambda c: (abs(c - column), c < column))


def _steps(body: list[list[str]], name_column: int, number_column: int) -> dict[str, int]:
    scale: dict[str, int] = {}
    for cells in body:
        name, number = cells[name_column], cells[number_column]
        if not (STEP_NAME.match(name) and STEP_NUMBER.match(number)):
            break
        scale[name] = int(number)
    # each step named once with its own number: else the column is no scale
    if len(scale) < MIN_STEPS or len(set(scale.values())) != len(scale):
        return {}
    return scale

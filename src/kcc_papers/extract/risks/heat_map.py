"""A heat map placing each risk's id in the cell of its likelihood and impact: a table whose
corner names the axes ("Likelihood / Impact", "Likelihood"), whose column heads are one
axis's steps ("1 Negligible", "Impact 2", "Minor") and whose first cells the other's ("5
Almost certain", "4 Likely"); the other cells hold the ids placed there ("CAR08", "CR05,
CR11") or nothing ("-").

A paper that gives its risks' factors nowhere else ("the score is likelihood x impact") has
them only here: each id a table of the document names takes its row's and its column's step,
as printed, read against the paper's scales like a register's own factor cells. A map of the
risks before their controls or at their target ("Inherent risk heat map") places no risk as
it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kcc_papers.extract.risks.header_roles import NEW_ROW
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import LIKELIHOOD_WORDS, risk_key

_LIKELIHOOD = r"likelihood|probability"
_IMPACT = r"impact|consequences?|severity"
# The corner names the rows' axis, first where it names both ("Likelihood / Impact": the
# likelihood down the side, the impact across the top, as a cell split on its diagonal).
CORNER = re.compile(rf"^(?P<rows>{_LIKELIHOOD}|{_IMPACT})"
                    rf"(?:\s*(?:/|\\|v\.?|vs\.?|x|×|and|&)\s*(?P<cols>{_LIKELIHOOD}|{_IMPACT}))?$",
                    re.I)
# An axis's step as the map labels it: its number, its name or both, perhaps after the axis's
# word ("Impact 2 Moderate", "Impact 5 Very high"): a few words, no more. The number may stand
# apart ("5 - Almost certain", "(5) Almost certain") or after the name ("Almost certain (5)",
# "Major 4": a cell wrapping the name over its number).
STEP = re.compile(rf"^(?:(?P<axis>{_LIKELIHOOD}|{_IMPACT})\s+)?"
                  r"(?:\(?(?P<step>[1-9])\)?(?:\s*[-–.:]\s*|\s+|$))?"
                  r"(?P<name>[A-Za-z][A-Za-z -]*)?(?:\(?(?P<after>[1-9])\)?)?$", re.I)
MAX_STEP_WORDS = 4
UNNUMBERED = 0  # a step printed by its name alone
# A map has a few steps on each axis: 3 x 3 to 6 x 6.
MIN_STEPS = 3
MAX_STEPS = 6
# What a cell of the map may hold besides ids: nothing, a dash, or the cell's own score.
EMPTY_MARK = re.compile(r"^(?:[-–—]|\d{1,2})$")
# An id names its number ("CR05", "R/23/001"): a register's letters alone are no risk.
DIGIT = re.compile(r"\d")
ID_SEPARATORS = re.compile(r"[,;]|\s(?=[A-Z])")
# A register's letters spaced from the risk's own id ("SEND R1", "CRR F2")
REGISTER_LETTERS = re.compile(r"^[A-Z]{2,6}$")
# A map of the risks before their controls or at their target says so in its caption or its
# corner: its places are not the risks as they stand.
# A map of an earlier review is not either ("Previous quarter", "at the last review"), but
# a current map may show the moves since one ("arrows show the change since the last review").
NOT_CURRENT = re.compile(r"\b(?:inherent|gross|original|target|before\s+controls"
                         r"|without\s+(?:controls|mitigation)|pre-?\s?mitigation)\b"
                         r"|(?<!since\s)(?<!since\sthe\s)(?<!from\s)(?<!from\sthe\s)"
                         r"\b(?:previous|prior|last)\s+(?:quarter|review|period|report|meeting)\b",
                         re.I)
# How many lines just above the map may caption it ("Figure 1 - Inherent risk heat map"), and
# how long a caption is (a line of prose is longer); how far above the map its heading may
# stand over a paragraph ("Target risk map" / "The map below shows ...").
CAPTION_ROWS = 2
MAX_CAPTION_CHARS = 100
MAX_ROWS_ABOVE = 6
# A heading is shorter than a paragraph's wrapped lines and ends no sentence (its last line
# ends one: "... at its meeting in September.").
MAX_HEADING_CHARS = 60
SENTENCE_END = re.compile(r"[.,;:]$")


@dataclass
class _Axis:
    likelihood_rows: bool  # the rows' steps are the likelihood's, the columns' the impact's
    columns: list[str]  # each column's step as printed (the corner's column: "")
    heads: list[str]  # the column heads as printed ("4 Major")
    named: bool  # the column heads name their axis ("Impact 4")


def placed_risks(rows: list[Row]) -> list[SummaryEntry]:
    """Each risk a heat map of the risks as they stand places, as a register row giving its
    likelihood and impact and nothing else. An id placed in two cells is left out; one the
    paper's maps place in the same cell (a map printed again in its appendix) is kept."""
    places: dict[str, SummaryEntry] = {}
    twice: set[str] = set()
    i = 0
    while i < len(rows):
        axis = _axis(rows[i])
        if axis is None:
            i += 1
            continue
        header_at = i
        i += 1
        placed: list[SummaryEntry] = []
        numbers: list[int] = []
        while i < len(rows) and (row_places := _row_places(rows[i], axis, numbers)) is not None:
            placed.extend(row_places)
            i += 1
        steps = i - header_at - 1
        if steps < MIN_STEPS or steps > MAX_STEPS or _not_current(rows, header_at):
            continue
        if _named_the_other_way(axis, rows[header_at + 1 : i]):
            placed = [replace(e, likelihood=e.impact, impact=e.likelihood) for e in placed]
        for entry in placed:
            key = risk_key(entry.risk_id)
            if key in places and _place(places[key]) != _place(entry):
                twice.add(key)
            places[key] = entry
    return [e for key, e in places.items() if key not in twice]


def _place(entry: SummaryEntry) -> tuple[str | None, str | None]:
    return entry.likelihood, entry.impact


def _named_the_other_way(axis: _Axis, map_rows: list[Row]) -> bool:
    """Whether the steps' own names put the likelihood on the other side than the corner
    does: the rows "5 Almost certain" to "1 Rare" under a corner reading "Impact /
    Likelihood" (a cell split on its diagonal prints the columns' word first). A column
    naming its axis ("Impact 1") rules over both."""
    if axis.named:
        return False
    row_words = _likelihood_words([r.cells[0] for r in map_rows if r.cells])
    column_words = _likelihood_words(axis.heads)
    return row_words != column_words and row_words != axis.likelihood_rows


def _likelihood_words(cells: list[str]) -> bool:
    """Whether every step names itself by the likelihood's usual words ("4 Likely", "Rare")."""
    names = [m["name"] if (m := STEP.match(" ".join(c.split()))) else None for c in cells]
    return bool(names) and all(
        n is not None and " ".join(n.lower().split()) in LIKELIHOOD_WORDS for n in names)


def _axis(row: Row) -> _Axis | None:
    """The map's axes from its header row, or None when the row heads no heat map."""
    cells = [" ".join(c.split()) for c in row.cells]
    corner = CORNER.match(cells[0]) if cells else None
    if corner is None or not MIN_STEPS <= len(cells) - 1 <= MAX_STEPS:
        return None
    steps = [STEP.match(c) for c in cells[1:]]
    if not all(s and (_number(s) or s["name"]) and len(s[0].split()) <= MAX_STEP_WORDS
               for s in steps):
        return None
    # the columns' own word for their axis ("Impact 1") rules; else the corner's
    named = {_is_likelihood(s["axis"]) for s in steps if s and s["axis"]}
    if len(named) > 1:
        return None
    if named:
        likelihood_rows = not next(iter(named))
    else:
        likelihood_rows = _is_likelihood(corner["rows"])
        if corner["cols"] and _is_likelihood(corner["cols"]) == likelihood_rows:
            return None  # the same axis twice
    return _Axis(likelihood_rows, ["", *(_step(_number(s), s["name"]) for s in steps if s)],
                 cells[1:], bool(named))


def _is_likelihood(axis_word: str) -> bool:
    return bool(re.match(_LIKELIHOOD, axis_word, re.I))


def _number(step: re.Match[str]) -> str | None:
    """A step's number, before its name or after it."""
    return step["step"] or step["after"]


def _step(number: str | None, name: str | None) -> str:
    """A step as a register's factor cell prints it ("3 - Possible", "3", "Possible")."""
    name = " ".join((name or "").split())
    return f"{number} - {name}" if number and name else number or name


def _row_places(row: Row, axis: _Axis, numbers: list[int]) -> list[SummaryEntry] | None:
    """The risks a row of the map places, or None when the row is not one of the map's.
    ``numbers``: the steps of the rows before, which the row's own continues."""
    cells = [" ".join(c.split()) for c in row.cells]
    # a borderless map's reader drops a row's empty cells after its last id
    if not cells or len(cells) > len(axis.columns):
        return None
    label = STEP.match(cells[0])
    if not label or not (_number(label) or label["name"]) or len(
            cells[0].split()) > MAX_STEP_WORDS or not _next_step(_number(label), numbers):
        return None
    if len(cells) == 1 and not _number(label):
        return None  # a line of a few words under the map (a heading), no unnumbered step
    row_step = _step(_number(label), label["name"])
    out: list[SummaryEntry] = []
    for cell, column_step in zip(cells[1:], axis.columns[1:], strict=False):
        ids = _ids(cell)
        if ids is None:
            return None
        likelihood, impact = ((row_step, column_step) if axis.likelihood_rows
                              else (column_step, row_step))
        out.extend(SummaryEntry(risk_id=i, page=row.page, likelihood=likelihood, impact=impact)
                   for i in ids)
    return out


def _next_step(step: str | None, numbers: list[int]) -> bool:
    """Whether a row's step continues the map's side (``numbers``, extended; an unnumbered
    step as 0): numbered rows run one by one ("5 Almost certain", "4 Likely", ...) one way,
    unnumbered rows stay unnumbered."""
    number = int(step) if step else UNNUMBERED
    if numbers and (number == UNNUMBERED) != (numbers[-1] == UNNUMBERED):
        return False
    if number != UNNUMBERED and numbers and (abs(number - numbers[-1]) != 1 or (
            len(numbers) > 1 and number - numbers[-1] != numbers[-1] - numbers[-2])):
        return False
    numbers.append(number)
    return True


def _ids(cell: str) -> list[str] | None:
    """The ids a cell of the map holds, or None when it holds anything else (words)."""
    parts = _joined([p.strip() for p in ID_SEPARATORS.split(cell) if p.strip()])
    if not all(EMPTY_MARK.match(p) or (NEW_ROW.match(p) and DIGIT.search(p)) for p in parts):
        return None
    return [p for p in parts if not EMPTY_MARK.match(p)]


def _joined(parts: list[str]) -> list[str]:
    """The parts of a cell with a register's letters joined to the id after them ("SEND",
    "R1": "SEND R1"), as a register's id cell prints them."""
    out: list[str] = []
    for part in parts:
        if out and REGISTER_LETTERS.match(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _not_current(rows: list[Row], header_at: int) -> bool:
    """Whether the map's corner or its caption says it places the risks before their
    controls or at their target."""
    return bool(NOT_CURRENT.search(rows[header_at].cells[0])) or any(
        NOT_CURRENT.search(c) for c in _captions(rows, header_at))


def _captions(rows: list[Row], header_at: int) -> list[str]:
    """The short lines just over the map ("Figure 1 - Inherent risk heat map"), and the
    nearest heading over a paragraph between it and the map ("Target risk map" over "The map
    below shows ..."), up to the table before."""
    near = rows[max(0, header_at - CAPTION_ROWS) : header_at]
    out = [r.text for r in near if len(r.filled) == 1 and len(r.text) <= MAX_CAPTION_CHARS]
    for row in reversed(rows[max(0, header_at - MAX_ROWS_ABOVE) : header_at]):
        if len(row.filled) != 1:
            break
        if len(row.text) <= MAX_HEADING_CHARS and not SENTENCE_END.search(row.text):
            out.append(row.text)
            break
    return out


def with_places(entries: list[SummaryEntry], listed: list[SummaryEntry],
                placed: list[SummaryEntry]) -> list[SummaryEntry]:
    """The register's rows with the map's places of the risks no row scores: a risk a list
    names with its title and owner ("Ref | Risk | Risk owner") but no factor takes the list's
    row and its place on the map. A risk the map alone names is none of this document's: the
    map is a figure of a register (a cover report's map of its appendix's risks)."""
    if not placed:
        return entries
    scored = {risk_key(e.risk_id) for e in entries
              if e.likelihood or e.impact or e.current is not None}
    known = {risk_key(e.risk_id) for e in entries}
    by_key = {risk_key(p.risk_id): p for p in placed}
    out = list(entries)
    for e in listed:
        key = risk_key(e.risk_id)
        if key in by_key and key not in known:
            out.append(e)
            known.add(key)
    return out + [p for key, p in by_key.items() if key in known and key not in scored]

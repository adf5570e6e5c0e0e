"""Minutes whose resolutions are gathered at their end: each minute's text points to them ("See
decision D1 in the annex", "(Decisions 2 and 3)") and a schedule after the last minute prints
them, either as a table whose rows name the minute ("Ref | Minute | Decision | Outcome": "D5
HC/55 That the decision ... be deferred ... Deferred") or as a numbered list under a
"Decisions" heading ("3. That the order be extended to all council playing fields - LOST.").

Each row is the decision of the minute it names (by the minute's number, or by the decision's
number the minute points to), and that minute's own sentences ("The minutes ... were agreed.
(Decision 1)") only tell of it: the schedule's rows are its resolutions instead. The schedule's
lines are no part of the last minute's text. A row whose outcome cell or mark says it was
refused ("Not agreed", "- LOST") is a refusal whatever its words.

Only where the minutes point to their decisions so: a list of decisions under minutes that cite
none of them is the other readers' (a report's decisions for information, a summary)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kcc_papers.extract.minutes.items import MinuteBlock
from kcc_papers.extract.minutes.resolution_marks import Resolution

# A minute's pointer to its decisions: "See decision D1", "See decisions D2 and D3",
# "(Decisions 2 and 3)", "(Decision 4)"; not another body's decision named by its number
# ("decision 1 of the Cabinet", "decision 3 taken by Council"), which these minutes only note.
_POINTER = re.compile(
    r"\b[Dd]ecisions?\s+(?P<refs>D?\d{1,3}(?:(?:\s*,\s*|\s+and\s+)D?\d{1,3})*)\b"
    r"(?!\s+(?:of|by|made\s+by|taken\s+by)\s+(?:the\s+)?[A-Z])")
_REF = re.compile(r"D?(\d{1,3})")
# The schedule named where a minute points to it: "The decision is recorded in the Schedule of
# Decisions".
_NAMED = re.compile(r"\bSchedule\s+of\s+Decisions\b", re.I)
# The schedule's start: a table's header naming the minute and the decision columns ("Ref
# Minute Decision Outcome"), or a heading alone ("Decisions", "Schedule of decisions",
# "Annex: schedule of decisions").
_HEADER = re.compile(
    r"^\s*(?:(?:Ref|No\.?|Decision\s+No\.?)\s+)?Minute(?:\s+No\.?)?\s+Decision"
    r"(?:\s+(?:Outcome|Result|Reason))?\s*$"
    r"|^\s*(?:(?:Annex|Appendix)(?:\s+\w{1,3})?\s*[:–-]\s*)?(?:Schedule\s+of\s+)?Decisions\s*$",
    re.I)
# A table's row: the decision's reference perhaps, the minute's number, the decision.
_TABLE_ROW = re.compile(r"^\s*(?:(?P<ref>D?\d{1,3})\s+)?(?P<minute>\S+)\s+(?P<text>\S.*)$")
# A list's row: the decision's number, then the decision.
_LIST_ROW = re.compile(r"^\s*(?P<ref>\d{1,3})[.)]\s+(?P<text>\S.*)$")
# The outcome cell ending a table's row, and a refusal's words in it or a list's mark.
_OUTCOME_CELL = re.compile(
    r"\s+(?P<outcome>Not\s+agreed|Agreed|Approved|Deferred|Rejected|Refused|Carried|Lost)\s*$",
    re.I)
_REFUSED = re.compile(r"^(?:Not\s+agreed|Rejected|Refused|Lost)$|[-–]\s*LOST\.?\s*$", re.I)
# What closes the minutes after the schedule: "The meeting ended at 7.55 pm."
_CLOSE = re.compile(r"^\s*The\s+meeting\s+(?:ended|closed|finished|concluded)\b", re.I)


def scheduled_resolutions(items: list[MinuteBlock],
                          tables: Callable[[], Iterable[list[list[str]]]] | None = None,
                          ) -> dict[int, list[Resolution]]:
    """The resolutions of the minutes (by their index in ``items``) that a schedule after the
    last minute prints; the schedule's lines are cut from the minute they ran into. Empty
    where the minutes point to no decisions or no schedule is found. ``tables``: the cells of
    the minutes' tables, where a PDF's text layer runs a ruled schedule's wrapped cells
    together (read only once a schedule is found)."""
    pointed = _pointers(items)
    if not pointed and not any(_NAMED.search(" ".join(t for _, t in item.body))
                               for item in items):
        return {}
    for item in items:
        start = next((k for k, (_, t) in enumerate(item.body) if _HEADER.match(t)), None)
        if start is None:
            continue
        rows, end = _rows(item.body[start + 1:], items, pointed)
        cells = _table_rows(tables(), items, item.body[start][0]) if tables else []
        if cells:
            rows, end = cells, _until_close(item.body[start + 1:])
        if not rows:
            return {}
        del item.body[start : start + 1 + end]
        found: dict[int, list[Resolution]] = {}
        for minute, text, page, refused in rows:
            found.setdefault(minute, []).append(
                Resolution(text=text, page=page, kind="lost" if refused else "resolved"))
        # (a minute pointing to a decision the schedule does not hold keeps its own words)
        return found
    return {}


def _pointers(items: list[MinuteBlock]) -> dict[str, int]:
    """The decision numbers the minutes point to ("1", "2"), each with its minute's index."""
    found: dict[str, int] = {}
    for index, item in enumerate(items):
        for _, text in item.body:
            for m in _POINTER.finditer(text):
                for ref in _REF.finditer(m["refs"]):
                    found.setdefault(ref.group(1), index)
    return found


def _rows(lines: list[tuple[int, str]], items: list[MinuteBlock], pointed: dict[str, int]
          ) -> tuple[list[tuple[int, str, int, bool]], int]:
    """The schedule's rows (the minute's index, the decision's words, its page, whether it was
    refused) and how many lines they take; a line starting no row goes on with the row before
    (a wrapped cell or list entry)."""
    numbers = {_plain(item.number): k for k, item in enumerate(items) if item.number}
    rows: list[list[object]] = []
    taken = 0
    for page, text in lines:
        if _CLOSE.match(text):
            break
        taken += 1
        if _HEADER.match(text) and not rows:
            continue  # the table's header under the schedule's heading
        row = _row(text, numbers, pointed)
        if row is not None:
            rows.append([row[0], row[1], page])
        elif _LIST_ROW.match(text):
            # a numbered entry no minute points to: the list is not these minutes' decisions
            # (another body's for information), so none of it is read as theirs
            return [], 0
        elif rows:
            rows[-1][1] = f"{rows[-1][1]} {text.strip()}"
        else:
            return [], 0  # the heading is over no schedule
    return [_read(int(str(m)), str(t), int(str(p))) for m, t, p in rows], taken


def _row(text: str, numbers: dict[str, int], pointed: dict[str, int]) -> tuple[int, str] | None:
    """(the minute's index, the row's text) where ``text`` starts a row naming a minute or a
    decision the minutes point to."""
    table = _TABLE_ROW.match(text)
    if table and _plain(table["minute"]) in numbers:
        return numbers[_plain(table["minute"])], table["text"]
    listed = _LIST_ROW.match(text)
    if listed and listed["ref"] in pointed:
        return pointed[listed["ref"]], listed["text"]
    return None


def _read(minute: int, text: str, page: int) -> tuple[int, str, int, bool]:
    """A row's decision: its words (the outcome cell kept after them, as printed) and whether
    the outcome or a mark after the words says it was refused."""
    cell = _OUTCOME_CELL.search(text)
    refused = bool(_REFUSED.search(cell["outcome"] if cell else text))
    return minute, text, page, refused


def _plain(number: str | None) -> str:
    """A minute's number as compared: its case and closing stops aside."""
    return (number or "").strip().rstrip(".:").lower()


def _until_close(lines: list[tuple[int, str]]) -> int:
    """How many lines run from the schedule's header to the minutes' closing line (or end)."""
    return next((k for k, (_, t) in enumerate(lines) if _CLOSE.match(t)), len(lines))


# A table's header cells naming the minute's column and the decision's.
_MINUTE_CELL = re.compile(r"^\s*Minute(?:\s+No\.?)?\s*$", re.I)
_DECISION_CELL = re.compile(r"^\s*Decision\s*$", re.I)
_OUTCOME_HEAD = re.compile(r"^\s*(?:Outcome|Result)\s*$", re.I)


def _table_rows(tables: Iterable[list[list[str]]], items: list[MinuteBlock], page: int
                ) -> list[tuple[int, str, int, bool]]:
    """The schedule's rows read from a table's cells: the first table whose header names the
    minute and the decision columns, each row naming a minute of ``items`` (its outcome cell,
    if the table has one, read as a list's would be)."""
    numbers = {_plain(item.number): k for k, item in enumerate(items) if item.number}
    for table in tables:
        if not table:
            continue
        header = table[0]
        minute = next((k for k, c in enumerate(header) if _MINUTE_CELL.match(c)), None)
        decision = next((k for k, c in enumerate(header) if _DECISION_CELL.match(c)), None)
        if minute is None or decision is None:
            continue
        outcome = next((k for k, c in enumerate(header) if _OUTCOME_HEAD.match(c)), None)
        rows = []
        for row in table[1:]:
            if max(minute, decision) >= len(row) or _plain(row[minute]) not in numbers:
                continue
            text = " ".join(row[decision].split())
            if outcome is not None and outcome < len(row):
                text = f"{text} {' '.join(row[outcome].split())}"
            rows.append(_read(numbers[_plain(row[minute])], text, page))
        if rows:
            return rows
    return []

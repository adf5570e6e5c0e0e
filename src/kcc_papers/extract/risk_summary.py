"""Summary tables of a risk register: "Risk No. | Risk Title | Current Risk Rating | [Change]
| Target Risk Rating", one row per risk, long titles and ids ("CRR" / "10(a)") wrapping onto
continuation rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.risk_rows import Row
from kcc_papers.normalise.risk_values import (
    Rating,
    parse_change,
    parse_rating,
    parse_risk_id,
)

ID_HEAD = re.compile(r"^\s*Risk\s*(No|ID|Ref|Number)\b", re.I)
REGISTER_HEADING = re.compile(r"risk\s+register", re.I)


@dataclass
class SummaryEntry:
    risk_id: str
    page: int
    title: str = ""
    current: Rating | None = None
    target: Rating | None = None
    change_printed: str | None = None
    change: str | None = None
    closed: bool = False
    register: str | None = None
    table_index: int = 0  # which summary table of the paper (0, 1, ...)
    at: int = 0  # row index of its table's header in the document's row stream


def _columns(row: Row) -> dict[str, int] | None:
    """Column roles of a summary-table header row, or None if the row is not one."""
    cells = [" ".join(c.split()) for c in row.cells]
    if len(cells) < 3 or not ID_HEAD.match(cells[0]):
        return None
    roles: dict[str, int] = {"id": 0}
    for i, cell in enumerate(cells[1:], start=1):
        low = cell.lower()
        if "change" in low and "change" not in roles:
            roles["change"] = i
        elif "target" in low and "target" not in roles:
            roles["target"] = i
        elif "current" in low and "current" not in roles:
            roles["current"] = i
        elif "title" in low and "title" not in roles:
            roles["title"] = i
    return roles if {"title", "current"} <= set(roles) else None


def _cell(cells: list[str], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return " ".join(cells[i].split()) if i is not None and i < len(cells) else ""


def _register_before(rows: list[Row], at: int) -> str | None:
    """The nearest short heading naming a register ("KCC Corporate Risk Register")."""
    for row in reversed(rows[max(0, at - 12) : at]):
        text = row.text
        if len(row.filled) == 1 and REGISTER_HEADING.search(text) and len(text) < 100:
            return text.strip()
    return None


def parse_summaries(rows: list[Row]) -> list[SummaryEntry]:
    out: list[SummaryEntry] = []
    i = 0
    table_index = -1
    while i < len(rows):
        roles = _columns(rows[i])
        if roles is None:
            i += 1
            continue
        table_index += 1
        register = _register_before(rows, i)
        header_at = i
        width = len(rows[i].cells)
        i += 1
        while i < len(rows) and _in_table(rows[i], width):
            _add_row(out, rows[i], roles, register, (table_index, header_at))
            i += 1
    return out


def _in_table(row: Row, width: int) -> bool:
    """A row of the table: a new risk, or a continuation (the rest of a wrapped id or title)
    as wide as the header."""
    if len(row.cells) < 3 or _columns(row) is not None:
        return False
    first = " ".join(row.cells[0].split())
    if re.match(r"^[A-Z]{2,6}\s?\d", first) or re.match(r"^[A-Z]{2,6}$", first):
        return True
    fragment = not first or re.match(r"^\(?\d{1,3}\)?(\s?\(?[a-z]\))?$", first)
    return bool(fragment) and len(row.cells) == width


def _add_row(
    out: list[SummaryEntry],
    row: Row,
    roles: dict[str, int],
    register: str | None,
    where: tuple[int, int],
) -> None:
    table, header_at = where
    cells = row.cells
    id_text = _cell(cells, roles, "id")
    title = _cell(cells, roles, "title")
    current = _cell(cells, roles, "current")
    change = _cell(cells, roles, "change")
    target = _cell(cells, roles, "target")
    starts_new = bool(re.match(r"^[A-Z]{2,6}\b", id_text))
    if not starts_new:
        # A continuation row: the rest of a wrapped id, title or change text.
        if not out or out[-1].table_index != table:
            return
        last = out[-1]
        if id_text:
            joined = parse_risk_id(f"{last.risk_id} {id_text}") or parse_risk_id(
                f"{last.risk_id}{id_text}"
            )
            if joined:
                last.risk_id = joined
        if title:
            last.title = f"{last.title} {title}".strip()
        if change:
            last.change_printed = f"{last.change_printed or ''} {change}".strip()
            last.change = parse_change(last.change_printed)
        return
    entry = SummaryEntry(risk_id=id_text, page=row.page, title=title, register=register,
                         table_index=table, at=header_at)
    entry.current = parse_rating(current)
    entry.target = parse_rating(target)
    entry.change_printed = change or None
    entry.change = parse_change(change) if change else None
    closed_cells = [c for c in (current, change, target) if re.search(r"\bclosed\b", c, re.I)]
    if closed_cells:
        entry.closed = True
        entry.change = "closed"
        entry.change_printed = entry.change_printed or closed_cells[0]
        if entry.current and entry.current.closed:
            entry.current = None
    out.append(entry)

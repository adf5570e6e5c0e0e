"""A ModernGov "Meeting attendance" page: a table per group (members, officers and others)
with the columns Attendee, Role, Attendance and Notes. The Attendance column says who was
there ("Present", "Present as substitute", "Apologies", "In attendance"); a status this reader
does not know ("Expected" before the meeting) gives no row rather than a guessed one."""

from __future__ import annotations

import re

from kcc_papers.load.model import Table
from kcc_papers.models import Attendance, AttendanceCategory

_CATEGORIES: list[tuple[re.Pattern[str], AttendanceCategory]] = [
    (re.compile(r"^\s*Apolog", re.I), "apologies"),
    (re.compile(r"^\s*In\s+attendance", re.I), "in_attendance"),
    (re.compile(r"^\s*Also\s+present", re.I), "also_present"),
    (re.compile(r"^\s*Present\b|^\s*Attended\b", re.I), "present"),
]
_SUBSTITUTE = re.compile(r"Substitute\s+for\s+(?P<who>.+?)\s*\.?$", re.I)


def attendance_rows(tables: list[Table], page: int) -> list[Attendance]:
    out: list[Attendance] = []
    for table in tables:
        rows = table.texts()
        if not rows:
            continue
        columns = _columns(rows[0])
        if columns is None:
            continue
        name_at, status_at, role_at, notes_at = columns
        for row in rows[1:]:
            name = _cell(row, name_at)
            category = _category(_cell(row, status_at) or "")
            if not name or category is None:
                continue
            substitute = _SUBSTITUTE.search(_cell(row, notes_at) or "")
            out.append(
                Attendance(
                    name=name,
                    category=category,
                    role=_cell(row, role_at),
                    substitute_for=substitute.group("who") if substitute else None,
                    page=page,
                )
            )
    return out


def _columns(header: list[str]) -> tuple[int, int, int | None, int | None] | None:
    """Indexes of the attendee, attendance, role and notes columns, from the header row."""
    lower = [h.strip().lower() for h in header]
    name = next((i for i, h in enumerate(lower) if h in ("attendee", "name", "member")), None)
    status = next((i for i, h in enumerate(lower) if h == "attendance"), None)
    if name is None or status is None:
        return None
    role = next((i for i, h in enumerate(lower) if h == "role"), None)
    notes = next((i for i, h in enumerate(lower) if h in ("notes", "note")), None)
    return name, status, role, notes


def _cell(row: list[str], at: int | None) -> str | None:
    if at is None or at >= len(row):
        return None
    return " ".join(row[at].split()) or None


def _category(status: str) -> AttendanceCategory | None:
    return next((c for rx, c in _CATEGORIES if rx.search(status)), None)

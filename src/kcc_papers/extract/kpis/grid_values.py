"""A dashboard row's figures set on its KPI: the numbers into their fields, placeholders into
the note, and the value column a RAG printed before any value rates."""

from __future__ import annotations

from kcc_papers.extract.kpis.common import VALUE_FIELDS
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value

NOTE_NAMES = {
    "latest": "Latest",
    "ytd": "Year to date",
    "target": "Target",
    "floor": "Floor standard",
    "previous_year": "Previous year",
    "previous": "Previous",
}


def _set_values(kpi: Kpi, raw: dict[str, Value]) -> None:
    """Numbers into fields; placeholders ("Snapshot data", "New Indicator") into the note."""
    notes = []
    for role, name in VALUE_FIELDS.items():
        value = raw.get(role)
        if value is None:
            continue
        setattr(kpi, name, value.value)
        if value.placeholder:
            notes.append(f"{NOTE_NAMES[role]}: {value.placeholder}")
    latest = raw.get("latest")
    kpi.latest_text = latest.text if latest and latest.text else None
    units = [v.unit for v in raw.values() if v.unit]
    kpi.unit = units[0] if units else None
    if notes:
        kpi.note = "; ".join(filter(None, [kpi.note, *notes]))


def _first_value(roles: list[str | None]) -> str | None:
    return next((r for r in roles if r in ("latest", "ytd")), None)

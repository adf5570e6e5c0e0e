"""Activity indicators read from a dashboard's rows ("Year to date | In expected range |
Expected Upper | Lower | Prev. yr YTD"): counts of what a service did, watched against an
expected range rather than a target (``grid`` finds their rows by the header's names)."""

from __future__ import annotations

import re
from datetime import date

from kcc_papers.models import ActivityIndicator
from kcc_papers.normalise.numbers import parse_value

# The words an "In expected range" cell says; any other is a note on the row.
IN_RANGE = re.compile(r"yes|no|high|low", re.I)


def activity_indicator(first: dict[str, str], service_area: str | None,
                       when: tuple[str, date | None] | None,
                       page: int) -> ActivityIndicator | None:
    """The activity indicator of a row, by its cells' roles (each role's first cell); None
    where the row gives neither this year's figure nor last year's."""
    ytd, prev = parse_value(first.get("ytd")), parse_value(first.get("previous_year"))
    if ytd.empty and prev.empty:
        return None
    in_range = first.get("in_range", "")
    notes = []
    if in_range and not IN_RANGE.fullmatch(in_range):
        notes.append(in_range)
        in_range = ""
    for name, value in (("Year to date", ytd), ("Previous year", prev)):
        if value.placeholder or value.unparseable:
            notes.append(f"{name}: {value.text}")
    return ActivityIndicator(
        ref=first.get("ref") or None,
        description=" ".join(first.get("description", "").split()),
        service_area=service_area,
        period=f"Year to date: {when[0]}" if when else "Year to date",
        period_date=when[1] if when else None,
        ytd_value=ytd.value,
        in_expected_range=in_range.title() or None,
        expected_upper=parse_value(first.get("upper")).value,
        expected_lower=parse_value(first.get("lower")).value,
        previous_ytd=prev.value,
        unit=ytd.unit or prev.unit,
        note="; ".join(notes) or None,
        page=page,
    )

"""A pipeline of procurements to come, printed as a table (held-out round 26): "Contract |
Estimated value | Procurement route | Award expected" lists contracts the body plans to let,
each with an estimate, and names no one they are let to. Its rows are no contracts: a contract
is let to a party, and these are not let yet."""

from __future__ import annotations

import re

# A column saying when the award is to come: "Award expected", "Expected award (date)",
# "Planned award date", "Anticipated contract award", "Target award date", "Award due".
AWARD_TO_COME = re.compile(
    r"^\s*(?:(?:expected|planned|anticipated|target|forecast|estimated)\s+(?:contract\s+)?"
    r"award(?:\s+date)?|award\s+(?:date\s+)?(?:expected|due|planned|anticipated|forecast))"
    r"\s*(?:\(\s*(?:date|month|quarter)\s*\))?\s*$",
    re.I)


def awards_to_come(header: list[str]) -> bool:
    """Whether a table's header has a column of awards still to come (its rows not let yet)."""
    return any(AWARD_TO_COME.match(cell) for cell in header)

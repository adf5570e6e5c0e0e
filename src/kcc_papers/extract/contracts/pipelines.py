"""A pipeline of procurements to come, printed as a table (held-out round 26): "Contract |
Estimated value | Procurement route | Award expected" lists contracts the body plans to let,
each with an estimate, and names no one they are let to. Its rows are no contracts: a contract
is let to a party, and these are not let yet. A table that says when its rows end ("Contract |
Annual value | End date | Expected award date") lists contracts let and running, their
successors' awards expected: its rows are read."""

from __future__ import annotations

import re
from collections.abc import Mapping

# A column saying when the award is to come: "Award expected", "Expected award (date)",
# "Planned award date", "Anticipated contract award", "Target award date", "Award due".
AWARD_TO_COME = re.compile(
    r"^\s*(?:(?:expected|planned|anticipated|target|forecast|estimated)\s+(?:contract\s+)?"
    r"award(?:\s+date)?|award\s+(?:date\s+)?(?:expected|due|planned|anticipated|forecast))"
    r"\s*(?:\(\s*(?:date|month|quarter)\s*\))?\s*$",
    re.I)


def awards_to_come(header: list[str], roles: Mapping[str, int]) -> bool:
    """Whether a table's header has a column of awards still to come and none of when its rows
    end (``roles``: the header's column roles): its rows are not let yet."""
    return "end" not in roles and any(AWARD_TO_COME.match(cell) for cell in header)

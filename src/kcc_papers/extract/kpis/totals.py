"""A dashboard's closing row of totals ("All cases | 3,152 | 2,893 | 91.8%" under rows each
with a ref, a target and a rating): the sum of the measures above it, no measure of its own."""

from __future__ import annotations

import re

# The columns every measure of such a table fills and its total leaves empty.
MEASURE_ROLES = ("ref", "target", "rag")
# A row naming itself a total, in a short label: "Total", "Grand total", "Total cases", "Fund
# total", "All cases", "All case types", "Overall". (A longer label is a measure's name:
# "Total number of households in temporary accommodation", "All complaints answered in 10
# working days".)
# (Anchored at both ends and read from the stripped cell: no step is tried at each start.)
TOTAL_LABEL = re.compile(
    r"^(?:(?:(?:grand|sub-?)\s*)?totals?(?:\s+[a-z]+)?"
    r"|overall(?:\s+totals?)?"
    r"|all(?:\s+[a-z]+){1,2}"
    r"|[a-z]+\s+totals?)$", re.I)


def closing_total(roles: list[str | None], aligned: list[str], rated_by_fill: bool,
                  last: bool) -> bool:
    """Whether a row is its table's total: the table's last row, under a header naming a ref,
    a target and a rating column, printing none of them (nor rating by its fill)."""
    if not last or rated_by_fill or not all(r in roles for r in MEASURE_ROLES):
        return False
    if not any(TOTAL_LABEL.match(cell.strip()) for role, cell in zip(roles, aligned, strict=True)
               if role not in MEASURE_ROLES and cell.strip()):
        # a measure printed for context under the others ("Households in temporary
        # accommodation | 412"), no ref, target nor rating: it says nothing of a total
        return False
    return all(not cell.strip() for role, cell in zip(roles, aligned, strict=True)
               if role in MEASURE_ROLES)

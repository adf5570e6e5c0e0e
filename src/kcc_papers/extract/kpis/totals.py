"""A dashboard's closing row of totals ("All cases | 3,152 | 2,893 | 91.8%" under rows each
with a ref, a target and a rating): the sum of the measures above it, no measure of its own."""

from __future__ import annotations

# The columns every measure of such a table fills and its total leaves empty.
MEASURE_ROLES = ("ref", "target", "rag")


def closing_total(roles: list[str | None], aligned: list[str], rated_by_fill: bool,
                  last: bool) -> bool:
    """Whether a row is its table's total: the table's last row, under a header naming a ref,
    a target and a rating column, printing none of them (nor rating by its fill)."""
    if not last or rated_by_fill or not all(r in roles for r in MEASURE_ROLES):
        return False
    return all(not cell.strip() for role, cell in zip(roles, aligned, strict=True)
               if role in MEASURE_ROLES)

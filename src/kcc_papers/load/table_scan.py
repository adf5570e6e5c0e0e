"""A scan of a page's lines for tables, each reader saying whether a table starts at a line
(the spaced tables of ``aligned``, the unruled ones of ``unruled``)."""

from __future__ import annotations

from collections.abc import Callable

from kcc_papers.load.model import Table


def tables_from(count: int, table_at: Callable[[int], tuple[Table, int] | None]) -> list[Table]:
    """The tables a scan of ``count`` lines finds: ``table_at(i)`` is the table starting at
    line ``i`` and the line after it, or None; the scan goes on after each table."""
    out: list[Table] = []
    i = 0
    while i < count:
        found = table_at(i)
        if found is None:
            i += 1
            continue
        table, i = found
        out.append(table)
    return out

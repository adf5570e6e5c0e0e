"""Tables that say of each figure whether it keeps within a limit ("Indicator | 2026/27 actual |
2027/28 forecast | Status: Within limit"): a treasury report's prudential indicators, each a
ceiling the council set itself, whose status is compliance with it, no rating of a measure
against a target. The header names no limit (``header.LIMIT_HEADING`` reads those): its
status cells do."""

from __future__ import annotations

import re

# A status saying a figure is within, or past, its limit or boundary ("Within limit", "Within
# the authorised limit", "Limit breached", "Exceeds boundary"), as its cell opens: a measure's
# name speaks of a limit later ("FOI requests answered within time limit").
COMPLIANCE = re.compile(
    r"(?:within\s+(?:the\s+)?(?:[a-z]+\s+)?(?:limits?|boundary)\b"
    r"|(?:limits?|boundary)\s+(?:breached|exceeded)\b"
    r"|(?:breach|exceed)\w*\s+(?:the\s+)?(?:[a-z]+\s+)?(?:limits?|boundary)\b)", re.I)
# A status is a few words; a longer cell is a measure's name or commentary ("Gross debt
# within the authorised limit for the year"), which may speak of a limit as a dashboard's does.
MAX_STATUS_WORDS = 5


def states_limits(rows: list[list[str]]) -> bool:
    """Whether a table's rows print a status of compliance with a limit in a cell of its own:
    its rows are limits kept, not KPIs."""
    return any(len(cell.split()) <= MAX_STATUS_WORDS and COMPLIANCE.match(cell.strip())
               for row in rows for cell in row)

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


# The least share of a table's rows whose status speaks of a limit: a table of limits kept
# says so of (nearly) every figure; a dashboard rated Green, Amber and Red whose one measure
# is "Within limits" is still a dashboard.
MIN_LIMIT_SHARE = 0.5


def states_limits(rows: list[list[str]]) -> bool:
    """Whether a table's rows print, in a cell of their own, a status of compliance with a
    limit, on at least ``MIN_LIMIT_SHARE`` of its rows: its rows are limits kept, not KPIs."""
    printed = [row for row in rows if any(cell.strip() for cell in row)]
    stated = sum(1 for row in printed if any(_states_limit(cell) for cell in row))
    return stated > 0 and stated >= MIN_LIMIT_SHARE * len(printed)


def _states_limit(cell: str) -> bool:
    return len(cell.split()) <= MAX_STATUS_WORDS and COMPLIANCE.match(cell.strip()) is not None

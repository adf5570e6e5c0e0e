"""A table headed as a KPI table ("Ambition | Measure | Target") whose rows hold no figure: a
strategy's ambitions, their targets "To be set" or "Reduce year on year", the values to come
once baselines are set. Nothing is measured in it, so it makes no performance report (the
report asks for comments on the strategy)."""

from __future__ import annotations

import re

# A figure standing as a cell of its own: a number (perhaps money or a percentage) ending its
# row, or followed by another cell (a figure, or a capitalised word such as a rating: "93.1
# Amber"); not a number inside a measure's words ("within 2 working days", "per 100,000
# collections" reads as one only where the cell after it starts in capitals).
_FIGURE_CELL = re.compile(r"(?<![\w/-])[£$€]?-?\d[\d,.]*%?(?=[^\S\n]*$|[^\S\n]+(?![a-z]))", re.M)
# A rating ending its row as a cell of its own ("... Improve Improved Green", "... On track"):
# a row rated is measured though its measure is told in words, not figures (a survey's
# "Improved", "All"), so a table of such rows is performance still.
_RATING_CELL = re.compile(
    r"(?:^|\s)(?:Green|Amber|Red|On\s+track|Off\s+track|Achieved|Not\s+achieved|Met|Not\s+met)"
    r"[^\S\n]*\|?[^\S\n]*$")
# A page's running foot under the table ("Place Scrutiny Panel - 2 February 2033 - Page 5"):
# no row.
_PAGE_FOOT = re.compile(r"\bPage\s+\d+\b", re.I)
# How many lines under the header are read as its rows, and how many must be there to judge
# (a header at the head's end has its rows cut off: it is left as read).
ROWS_READ = 6
MIN_ROWS = 2


def rows_without_figures(head: str, at: int) -> bool:
    """Whether the lines under the table header starting at ``at`` in ``head`` (its rows) are
    at least MIN_ROWS and hold no figure standing as a cell (_FIGURE_CELL) nor a rating ending
    the row (_RATING_CELL)."""
    rows = [s for s in head[at:].split("\n")[1 : 1 + ROWS_READ]
            if s.strip() and not _PAGE_FOOT.search(s)]
    return len(rows) >= MIN_ROWS and not any(
        _FIGURE_CELL.search(row) or _RATING_CELL.search(row) for row in rows)

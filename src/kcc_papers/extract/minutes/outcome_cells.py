"""A table of minutes' cell holding more than one record: "The motion for a rent freeze was
lost.<br><br>RESOLVED: That the Panel recommends ..." in an Outcome column. The cell's
paragraphs reach the reader run together, so the resolution's capital mark after a sentence's
end is where the second record starts: read as a line of its own, what the cell said before
it (a motion lost) is a record of its own too, not the resolution's head."""

from __future__ import annotations

import re

# A resolution's mark in capitals starting a sentence inside a cell: ". RESOLVED: That ...",
# ". RESOLVED - that ...". (Capitals only: "it was resolved" in running prose is no mark.)
_MARK_WITHIN = re.compile(r"(?<=[.;!?])\s+(?=RESOLVED\b)")


def resolution_parts(text: str) -> list[str]:
    """A cell's text, parted before each resolution mark that starts a sentence after
    another's end."""
    return [part for part in _MARK_WITHIN.split(text) if part]


def marks_resolution_within(text: str) -> bool:
    """Whether a cell holds a resolution mark of its own after a sentence of something else:
    its records are read as printed, not labelled by the column's name."""
    return _MARK_WITHIN.search(text) is not None

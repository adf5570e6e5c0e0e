"""The councils of a joint committee named side by side in its masthead: "ASHCOMBE DISTRICT
COUNCIL | WEXLEY BOROUGH COUNCIL" over "Ashcombe and Wexley Joint Strategic Planning
Committee". The line names the councils that publish the paper, each a council's name, and
no committee: the joint committee is the body named below."""

from __future__ import annotations

import re

from .council import COUNCIL

# What sets the councils' names apart on one line: a bar, a slash, or a long run of spaces.
_PARTING = re.compile(r"\s*[|/]\s*|\s{3,}")
# Two names at least: one council's name alone is read as the council's elsewhere.
MIN_COUNCILS = 2


def councils_side_by_side(line: str) -> bool:
    """Whether ``line`` is two or more councils' names parted by bars, slashes or a wide gap,
    and nothing else."""
    parts = [p for p in _PARTING.split(line.strip()) if p]
    return len(parts) >= MIN_COUNCILS and all(COUNCIL.fullmatch(p) for p in parts)

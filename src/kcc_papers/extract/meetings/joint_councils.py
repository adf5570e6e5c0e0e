"""The councils of a joint committee named side by side in its masthead: "ASHCOMBE DISTRICT
COUNCIL | WEXLEY BOROUGH COUNCIL" over "Ashcombe and Wexley Joint Strategic Planning
Committee". The line names the councils that publish the paper, each a council's name, and
no committee: the joint committee is the body named below."""

from __future__ import annotations

import re

from .council import COUNCIL

# What sets the councils' names apart on one line: a bar, a slash, an ampersand or a bullet,
# "and" or a spaced dash ("NORBURY DISTRICT COUNCIL & HALSTEAD BOROUGH COUNCIL"), or a long
# run of spaces where each name has its own column.
_PARTING = r"(?:\s*[|/&·•+]\s*|\s+(?:and|AND|[-–—])\s+|\s{3,})"
# Two names at least, each a council's whole name: one council's name alone is read as the
# council's elsewhere, and a name that only ends in a council's ("Norbury Schools Forum |
# Halstead Borough Council") is no list of councils.
SIDE_BY_SIDE = re.compile(rf"\s*(?:{COUNCIL.pattern})(?:{_PARTING}(?:{COUNCIL.pattern}))+\s*")


def councils_side_by_side(line: str) -> bool:
    """Whether ``line`` is two or more councils' names parted by bars, slashes, "&", "and",
    dashes or a wide gap, and nothing else."""
    return SIDE_BY_SIDE.fullmatch(line) is not None

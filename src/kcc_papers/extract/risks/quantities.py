"""Headings naming a quantity as it stands now ("Current supply", "Current demand",
"Current capacity"): an evidence base's or a budget's columns, set beside what they will be
("Balance 2037"). A register's "Current" heads the risk as it stands (its score, rating or
level); the same word before a quantity's name heads no score, unless the heading goes on to
say it is one ("Current supply risk score": a procurement register's risk to supply)."""

from __future__ import annotations

import re

# "Current" before the name of a quantity a service plans for or spends, not a risk's.
QUANTITY_NOW = re.compile(
    r"^current\s+(?:supply|demand|capacity|provision|budget|spend(?:ing)?|stock|usage|use"
    r"|population|numbers?|users?|members(?:hip)?|occupancy|balance|surplus|shortfall)\b", re.I)
# A heading saying it scores or rates a risk, whatever it scores the risk to.
NAMES_SCORE = re.compile(r"\b(?:risk|score|rating|RAG|level)\b", re.I)


def names_quantity_now(heading: str) -> bool:
    """Whether a column's heading names a quantity as it stands now, not a risk's score."""
    return bool(QUANTITY_NOW.match(heading.strip())) and not NAMES_SCORE.search(heading)

"""A programme's or project's progress report, titled so ("Town Deal Programme: Progress
Report, February 2026", "Leisure Centre Project - Highlight Report"): it reports delivery, its
budgets, contracts and outputs, and its register of the programme's risks is one section of it,
the evidence of its progress, not the paper's subject. A register's own paper is titled by its
risks ("Corporate Risk Register", "Risk Management Progress Report"), and is read so."""

from __future__ import annotations

import re

# A title naming the paper a progress or highlight report, or a progress update.
_PROGRESS_TITLE = re.compile(
    r"\b(?:progress|highlight)\s+(?:report|update)\b|\bprogress\s+on\s+delivery\b", re.I)
# ... and one naming the risks (or the assurance framework that holds them) is the register's.
_RISK_WORD = re.compile(r"\brisks?\b|\bassurance\s+framework\b", re.I)


def progress_titled(titles: list[str]) -> bool:
    """Whether the paper's title lines call it a progress report of something other than its
    risks."""
    return (any(_PROGRESS_TITLE.search(t) for t in titles)
            and not any(_RISK_WORD.search(t) for t in titles))

"""A mark a dashboard's key says stands for a figure not yet in ("n/a = data not yet
available", "n/a: not yet available"), and what it means under the latest period of a table
that rates each period in a column of its own:

    Ref | Measure | Target | Q2 | Q3 (latest) | Q2 RAG | Q3 RAG
    HS4 | Repairs done on time (%) | 92 | 90.5 | n/a | Amber | n/a

The latest quarter's figure is not in, and its own rating column rates nothing: the row has
no figure and no rating this period. The quarter before's figure and rating are last time's,
a comparison, not the row's value (read otherwise, the row would take Q2's "90.5" and "Amber").
Without such a key, "n/a" under a period may mean a measure taken once a year (its figure the
year's outturn, printed before the quarters: ``grid.PENDING``), so it is read so only where
the paper says."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.grid_values import period_status
from kcc_papers.extract.kpis.rag import parse_rag

# "n/a = data not yet available", "N/A - not yet reported", "tbc: figures not yet in": a short
# mark, then what it stands for. (A mark for "no target set" or "not applicable" is no figure
# to come, and is not read here.)
PENDING_KEY = re.compile(
    r"(?:^|[\s.;,(])(?P<mark>[A-Za-z/*]{1,4})\s*(?:=|:|-|–|means)\s*"
    r"(?:(?:the\s+)?(?:data|figures?|results?|information)\s+)?(?:is\s+|are\s+)?"
    r"not\s+yet\s+(?:available|reported|received|published|in)\b",
    re.I)
# The words a key line must hold (most lines hold none, and are not searched).
PENDING_LITERAL = "not yet"


def pending_marks(texts: list[str]) -> frozenset[str]:
    """The marks (lower case) the paper's key says stand for a figure not yet in."""
    return frozenset(m.group("mark").lower() for text in texts if PENDING_LITERAL in text.lower()
                     for m in PENDING_KEY.finditer(text))


def unrated_apart(roles: list[str | None], periods: list[str | None], labels: list[str],
                  aligned: list[str], pending_at: int) -> bool:
    """Whether the table rates each period in a column of its own and the column rating the
    period at ``pending_at`` (the latest, whose figure is not in) rates nothing."""
    own = [j for j, role in enumerate(roles)
           if role == "rag" and period_status(roles, periods, j, pending_at, labels)]
    return bool(own) and not any(parse_rag(aligned[j].strip()) for j in own)

"""A mark a dashboard's key says stands for a figure not yet in ("n/a = data not yet
available", "n/a: not yet available"), and what it means under the latest period of a table
that rates each period in a column of its own:

    Ref | Measure | Target | Q2 | Q3 (latest) | Q2 RAG | Q3 RAG
    HS4 | Repairs done on time (%) | 92 | 90.5 | n/a | Amber | n/a

The latest quarter's figure is not in, and its own rating column rates nothing: the row has
no figure and no rating this period. The quarter before's figure and rating are last time's,
a comparison, not the row's value (read otherwise, the row would take Q2's "90.5" and "Amber").
Where the latest quarter's own column does rate the row ("n/a | Red"), that is the row's
rating, its figure still not in. Without such a key, "n/a" under a period may mean a measure
taken once a year (its figure the year's outturn, printed before the quarters:
``grid.PENDING``), so it is read so only where the paper says."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.grid_values import period_status

# "n/a = data not yet available", "N/A - not yet reported", "tbc: figures not yet in",
# "- = awaiting data", "n/a (data not yet available)": a short mark, then what it stands for;
# or the words first, then the mark ("Data not yet available = n/a"). (A mark for "no target
# set" or "not applicable" is no figure to come, and is not read here.)
_MARK = r"[A-Za-z/*]{1,4}|[-\u2013\u2014]"
_SAYS = (r"(?:(?:the\s+)?(?:data|figures?|results?|information)\s+)?(?:is\s+|are\s+)?"
         r"(?:not\s+yet\s+(?:available|reported|received|published|in)\b|awaiting\b)")
PENDING_KEY = re.compile(
    rf"(?:^|[\s.;,(])(?P<mark>{_MARK})\s*(?:=|:|-|\u2013|means|\()\s*{_SAYS}"
    rf"|{_SAYS}\s*=\s*(?P<after>{_MARK})(?=$|[\s.;,)])",
    re.I)
# The words a key line must hold (most lines hold none, and are not searched).
PENDING_LITERALS = ("not yet", "awaiting")
# A mark the key names in words ("A dash = data not yet available").
NAMED_MARKS = {"dash": "-"}


def _mark(text: str) -> str:
    mark = re.sub(r"[\u2013\u2014]", "-", text.strip().lower())
    return NAMED_MARKS.get(mark, mark)


def pending_marks(texts: list[str]) -> frozenset[str]:
    """The marks (lower case) the paper's key says stand for a figure not yet in."""
    return frozenset(_mark(m.group("mark") or m.group("after")) for text in texts
                     if any(w in text.lower() for w in PENDING_LITERALS)
                     for m in PENDING_KEY.finditer(text))


def is_pending_mark(text: str, marks: frozenset[str]) -> bool:
    """Whether a cell prints one of the key's marks for a figure not yet in."""
    return bool(marks) and bool(text.strip()) and _mark(text) in marks


def own_ratings(roles: list[str | None], periods: list[str | None], labels: list[str],
                pending_at: int) -> list[int]:
    """The rating columns of a table that rates each period in a column of its own which
    rate the period at ``pending_at`` (the latest, whose figure is not in); none where the
    table rates no period apart."""
    return [j for j, role in enumerate(roles)
            if role == "rag" and period_status(roles, periods, j, pending_at, labels)]


# "n/a = not applicable", "- = no target set": a key giving a placeholder another meaning than
# a figure still to come.
OTHER_MEANING_KEY = re.compile(
    rf"(?:^|[\s.;,(])(?P<mark>{_MARK})\s*(?:=|:|-|\u2013|means)\s*"
    r"(?:not\s+applicable|no\s+target|not\s+(?:measured|rated|collected))", re.I)
OTHER_MEANING_LITERALS = ("applicable", "no target", "not measured", "not rated",
                          "not collected")


def other_marks(texts: list[str]) -> frozenset[str]:
    """The marks (lower case) the paper's key gives a meaning other than a figure to come."""
    return frozenset(_mark(m.group("mark")) for text in texts
                     if any(w in text.lower() for w in OTHER_MEANING_LITERALS)
                     for m in OTHER_MEANING_KEY.finditer(text))


def not_in_yet(text: str, pending: bool, rated: bool, others: frozenset[str]) -> bool:
    """Whether a cell under a table's latest period, rated in a column of its own, says the
    period's figure is not yet in: a pending word or the key's mark (``pending``); or a
    placeholder ("n/a", "-") where that column rates the row (``rated``: a row rated this
    period has a figure to come, no annual measure's mark) and no key gives the mark another
    meaning ("n/a = not applicable")."""
    return pending or (rated and _mark(text) not in others)


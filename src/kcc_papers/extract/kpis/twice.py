"""A header that names one column twice, or names its rating column as a result: a fire
authority's table of service standards ("Ref | Standard | 2027/28 | Standard | Result"),
where the first "Standard" is the standard's name and the second the figure it sets, and the
"Result" column says "Achieved" or "Not achieved"; or a heading's word printed again with a
year ("Target | Baseline 2028/29 | Target 2030/31"). Both are told by the row below the header:
the heading's first column prints words there, its later one a figure; the result column
prints a rating's words, no figure, while another column named as the value prints one."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.layout import is_wordy
from kcc_papers.extract.kpis.status import status_rag
from kcc_papers.normalise.numbers import parse_number

# The roles a heading printed twice may claim for both its columns: a figure's.
FIGURE_ROLES = frozenset({"target", "latest"})
DIGIT = re.compile(r"\d")


def named_twice(cells: list[str], roles: list[str | None],
                below: list[str] | None) -> list[str | None]:
    """The header's roles, a heading printed twice read by the row below (its first column
    the description where that prints words and the later one a figure), and a value's
    column printing a rating's words read as the rating."""
    if below is None or len(below) != len(cells):
        return roles
    return _rating_named_as_value(cells, _first_of_two_as_name(cells, roles, below), below)


def _first_of_two_as_name(cells: list[str], roles: list[str | None],
                          below: list[str]) -> list[str | None]:
    if "description" in roles:
        return roles
    # (by the role the headings claim, not their words: "Target | Baseline 2028/29 | Target
    # 2030/31" heads the targets' names, then the figure each sets, as "Standard ... Standard"
    # does)
    seen: dict[str, int] = {}
    for i, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if role not in FIGURE_ROLES or not cell.strip():
            continue
        first = seen.setdefault(role, i)
        if (first != i and is_wordy(below[first])
                and parse_number(below[first]) is None and parse_number(below[i]) is not None):
            named = list(roles)
            named[first] = "description"
            return named
    return roles


def _rating_named_as_value(cells: list[str], roles: list[str | None],
                           below: list[str]) -> list[str | None]:
    if "rag" in roles or "description" not in roles:
        return roles
    values = [i for i, r in enumerate(roles) if r == "latest"]
    figured = [i for i in values if parse_number(below[i]) is not None]
    rated = [i for i in values if below[i].strip() and not DIGIT.search(below[i])
             and status_rag(below[i], {}, None)]
    if not figured or len(rated) != 1:
        return roles
    named = list(roles)
    named[rated[0]] = "rag"
    return named
